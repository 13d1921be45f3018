import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { FIELD_IDS } from '../../src/kb/fields.ts';
import type { Analysis } from '../../src/core/types.ts';
import { realKb } from './helpers.ts';

const FIELDS = new Set<string>(FIELD_IDS);

function wellFormed(a: Analysis, text: string): void {
  expect(['hi', 'en']).toContain(a.language);
  expect(typeof a.isLeakArticle).toBe('boolean');
  expect(a.score).toBeGreaterThanOrEqual(0);
  expect(a.score).toBeLessThanOrEqual(1);
  if (a.incident) {
    expect(a.incident.confidence).toBeGreaterThanOrEqual(0);
    expect(a.incident.confidence).toBeLessThanOrEqual(1);
  }
  for (const f of a.claimedFields) expect(FIELDS.has(f)).toBe(true);
  expect(new Set(a.claimedFields).size).toBe(a.claimedFields.length);
  if (a.claimedCount) expect(Number.isFinite(a.claimedCount.value)).toBe(true);
  expect(['denied', 'confirmed', 'partial', 'investigating', 'none']).toContain(a.officialStanceInText);
  for (const h of a.highlights) {
    expect(text.includes(h.exact)).toBe(true);
    expect(text.includes(h.prefix + h.exact + h.suffix)).toBe(true);
  }
  expect(() => JSON.stringify(a)).not.toThrow();
}

const WORDS = ['data', 'leak', 'लीक', 'डेटा', 'हैकर', 'hacker', 'CoWIN', 'कोविन', '20 हजार', '3-4 crore', 'नाम', 'पता', 'names', 'denied', 'खंडन', '.', '।', '\n', ' ', '\u200d', '\ud800', 'ज़', '२०', 'forum', 'Telegram', 'crore', 'लाख', '81.5', ',', '-'];

describe('analyze properties', () => {
  it('never throws and returns a well-formed Analysis on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 60 }), (text, title) => {
        const a = analyze({ title, text }, realKb());
        wellFormed(a, text);
      }),
      { numRuns: 300 },
    );
  });
  it('handles word salads of cue words, mixed scripts and broken surrogates', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 300 }), (parts) => {
        const text = parts.join(' ');
        const a = analyze({ title: parts.slice(0, 5).join(' '), text }, realKb());
        wellFormed(a, text);
      }),
      { numRuns: 300 },
    );
  });
  it('survives non-string inputs', () => {
    expect(() => analyze({ title: null as unknown as string, text: undefined as unknown as string }, realKb())).not.toThrow();
  });
  it('stays fast on adversarial text (long runs, 5 MB)', () => {
    const cases = ['a'.repeat(1_000_000), 'ड़'.repeat(500_000), '1,'.repeat(500_000), 'लीक डेटा '.repeat(100_000), '\ud800'.repeat(200_000), `${'x'.repeat(5 * 1024 * 1024)}`];
    for (const text of cases) {
      const t0 = performance.now();
      const a = analyze({ title: 't', text }, realKb());
      const ms = performance.now() - t0;
      wellFormed(a, text);
      expect(ms).toBeLessThan(5000);
    }
  });
});
