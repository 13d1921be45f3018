/**
 * One automaton pass over the normalised text: every pattern occurrence that respects word boundaries
 * (and exact case for exact-case aliases), with its payload.
 */
import type { CompiledKb, Payload } from './compile-kb.ts';
import { isWordChar } from './normalize.ts';

/** Hits are in order of their end (then longest first); `start` is monotonic only up to the longest pattern. */
export interface Hit {
  start: number;
  end: number;
  p: Payload;
}

export function findHits(kb: CompiledKb, text: string, cased: string): Hit[] {
  const hits: Hit[] = [];
  const payloads = kb.payloads;
  const lengths = kb.automaton.patternLengths;
  const { pairs, count } = kb.automaton.scan(text);
  for (let k = 0; k < count; k += 2) {
    const pattern = pairs[k]!;
    const end = pairs[k + 1]!;
    const start = end - lengths[pattern]!;
    if (start > 0 && isWordChar(text.charCodeAt(start - 1)) && isWordChar(text.charCodeAt(start))) continue;
    const endIsWord = end < text.length && isWordChar(text.charCodeAt(end)) && isWordChar(text.charCodeAt(end - 1));
    const ps = payloads[pattern]!;
    for (let j = 0; j < ps.length; j++) {
      const p = ps[j]!;
      if (endIsWord && !p.stem) continue;
      if (p.k === 'org' && p.exact !== null && cased.slice(start, end) !== p.exact) continue;
      hits.push({ start, end, p });
    }
  }
  return hits;
}
