/**
 * The blind set (test/core/fixtures/blind.ts): leak or not, the incident (never a wrong one), and, where labelled,
 * the claimed fields and the count.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { NUMBER_WORDS, SCALES } from '../../src/core/lexicon.ts';
import { normalizePhrase } from '../../src/core/normalize.ts';
import { parseCountPhrase } from '../../src/core/record-count.ts';
import { BLIND, BLIND_KNOWN_COUNT_GAPS } from './fixtures/blind.ts';
import { realKb } from './helpers.ts';

/** Blind-set articles whose claimed fields the analyzer still gets wrong, and why (expected failures). */
const KNOWN_FIELD_FAILURES: Record<string, string> = {
  'blind-003': "'claim papers' of a health insurer are not read as health-insurance records",
  'blind-006': "'टीका लगवाने की जगह' (where one was vaccinated) is not read as a vaccination record",
  'blind-015': "the headline's 'card details' is read as full card numbers, where the body says only partial card data",
  'blind-018': "'खरीदे' in an aside to the reader ('if you bought …') is read as purchase data",
  'blind-019': "'city' is not read as location data",
  'blind-023': "the portal's login ID and password, and the Aadhaar number typed in, are read as leaked holder data",
  'blind-028': "'केवाईसी अपडेट' in a fraud warning is read as leaked KYC documents",
  'blind-032': "'आधार नंबर भी दिख रहा था' (Aadhaar numbers were also visible) is missed",
  'blind-035': "Social Security numbers and passcodes are missed; AT&T account numbers are read as bank accounts",
};

describe('blind set', () => {
  it('is broad: sixty articles, about half Hindi, with every kind', () => {
    expect(BLIND.length).toBe(60);
    const hi = BLIND.filter((f) => f.lang === 'hi').length;
    expect(hi / BLIND.length).toBeGreaterThan(0.4);
    expect(hi / BLIND.length).toBeLessThan(0.6);
    for (const k of ['kb', 'not-in-kb', 'abroad', 'near-miss'] as const) expect(BLIND.some((f) => f.kind === k)).toBe(true);
    expect(new Set(BLIND.map((f) => f.id)).size).toBe(BLIND.length);
    // Every leak article carries its field labels; the known count gap is named.
    for (const f of BLIND) if (f.leak) expect(f.fields, `${f.id} has field labels`).toBeDefined();
    expect(BLIND_KNOWN_COUNT_GAPS.length).toBeLessThanOrEqual(1);
  });

  for (const f of BLIND) {
    it(`${f.id} (${f.lang}, ${f.kind})`, () => {
      const a = analyze({ title: f.title, text: f.text }, realKb());
      expect(`${f.id}: ${a.isLeakArticle}`).toBe(`${f.id}: ${f.leak}`);
      expect(`${f.id}: ${a.incident?.id ?? null}`).toBe(`${f.id}: ${f.incident}`);
      if (f.fields) {
        const want = f.fields.filter((x) => !x.startsWith('other:')).sort();
        const got = [...a.claimedFields].sort();
        // A known failure must still fail: when the analyzer gets it right, the entry comes out of the list.
        if (KNOWN_FIELD_FAILURES[f.id]) expect(got, `${f.id} now passes: remove it from KNOWN_FIELD_FAILURES`).not.toEqual(want);
        else expect(got).toEqual(want);
      }
      if (f.count) {
        const want = parseCountPhrase(f.count, SCALES, NUMBER_WORDS, normalizePhrase);
        expect(a.claimedCount?.value ?? null).toBe(want);
        if (a.claimedCount) expect(f.title + '\n\n' + f.text).toContain(a.claimedCount.text);
      }
    });
  }
});
