/**
 * The blind set (test/core/fixtures/blind.ts): leak or not, the incident (never a wrong one), and, where labelled,
 * the claimed fields and the count.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { NUMBER_WORDS, SCALES } from '../../src/core/lexicon.ts';
import { normalizePhrase } from '../../src/core/normalize.ts';
import { parseCountPhrase } from '../../src/core/record-count.ts';
import { BLIND, BLIND_KNOWN_COUNT_GAPS, BLIND_KNOWN_FIELD_GAPS } from './fixtures/blind.ts';
import { realKb } from './helpers.ts';

describe('blind set', () => {
  it('is broad: sixty articles, about half Hindi, with every kind', () => {
    expect(BLIND.length).toBe(60);
    const hi = BLIND.filter((f) => f.lang === 'hi').length;
    expect(hi / BLIND.length).toBeGreaterThan(0.4);
    expect(hi / BLIND.length).toBeLessThan(0.6);
    for (const k of ['kb', 'not-in-kb', 'abroad', 'near-miss'] as const) expect(BLIND.some((f) => f.kind === k)).toBe(true);
    expect(new Set(BLIND.map((f) => f.id)).size).toBe(BLIND.length);
    // The known gaps are few and named; everything else is asserted.
    expect(BLIND_KNOWN_FIELD_GAPS.length).toBeLessThanOrEqual(20);
    expect(BLIND_KNOWN_COUNT_GAPS.length).toBeLessThanOrEqual(1);
  });

  for (const f of BLIND) {
    it(`${f.id} (${f.lang}, ${f.kind})`, () => {
      const a = analyze({ title: f.title, text: f.text }, realKb());
      expect(`${f.id}: ${a.isLeakArticle}`).toBe(`${f.id}: ${f.leak}`);
      expect(`${f.id}: ${a.incident?.id ?? null}`).toBe(`${f.id}: ${f.incident}`);
      if (f.fields) {
        const want = f.fields.filter((x) => !x.startsWith('other:')).sort();
        expect([...a.claimedFields].sort()).toEqual(want);
      }
      if (f.count) {
        const want = parseCountPhrase(f.count, SCALES, NUMBER_WORDS, normalizePhrase);
        expect(a.claimedCount?.value ?? null).toBe(want);
        if (a.claimedCount) expect(f.title + '\n\n' + f.text).toContain(a.claimedCount.text);
      }
    });
  }
});
