/**
 * The Aho–Corasick matcher against the obvious reference: for random pattern sets and texts, scan() must report
 * exactly the occurrences a naive indexOf search finds, in order of the end position and, at one end, longest first.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../src/core/aho-corasick.ts';

type Occ = [pattern: number, start: number, end: number];

function naive(patterns: readonly string[], text: string): Occ[] {
  const out: Occ[] = [];
  patterns.forEach((p, i) => {
    if (p.length === 0) return;
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) out.push([i, at, at + p.length]);
  });
  // Order of end, then longest first (= smallest start); identical patterns keep their index order.
  return out.sort((a, b) => a[2] - b[2] || a[1] - b[1] || a[0] - b[0]);
}

function scanned(ac: AhoCorasick, text: string): Occ[] {
  const { pairs, count } = ac.scan(text);
  const out: Occ[] = [];
  for (let k = 0; k < count; k += 2) out.push([pairs[k]!, pairs[k + 1]! - ac.patternLengths[pairs[k]!]!, pairs[k + 1]!]);
  return out;
}

// A small alphabet (Latin, Devanagari, a space) makes overlaps, shared prefixes and suffix links common.
const CHARS = ['a', 'b', 'c', ' ', 'क', 'ख', 'ा', '\u093c'];
const str = (max: number) => fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: max }).map((a) => a.join(''));

describe('AhoCorasick', () => {
  it('finds exactly what a naive indexOf search finds, in order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(str(5), { minLength: 1, maxLength: 12 }), str(80), (patterns, text) => {
        const ac = new AhoCorasick(patterns);
        const got = scanned(ac, text).sort((a, b) => a[2] - b[2] || a[1] - b[1] || a[0] - b[0]);
        expect(got).toEqual(naive(patterns, text));
        // The order scan() promises: by end, and at one end the longest first.
        const raw = scanned(ac, text);
        for (let i = 1; i < raw.length; i++) {
          const [, s0, e0] = raw[i - 1]!;
          const [, s1, e1] = raw[i]!;
          expect(e1 > e0 || (e1 === e0 && s1 >= s0)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('handles a pattern that is a suffix of another, and matches at the very start and end', () => {
    const ac = new AhoCorasick(['he', 'she', 'hers', 'his']);
    expect(scanned(ac, 'ushers')).toEqual([[1, 1, 4], [0, 2, 4], [2, 2, 6]]);
    expect(scanned(ac, 'he')).toEqual([[0, 0, 2]]);
  });

  it('scans a range of the text only', () => {
    const ac = new AhoCorasick(['ab']);
    const { pairs, count } = ac.scan('ab ab ab', 3, 5);
    expect([...pairs.slice(0, count)]).toEqual([0, 5]);
  });
});
