import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeDetailed } from '../../src/core/analyze.ts';
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

/**
 * analyze() catches every exception and returns an empty result, so "does not throw" proves nothing: these tests
 * run analyzeDetailed(), which says when the analysis failed, and require that it never did.
 */
function analyzeOk(title: string, text: string): Analysis {
  const d = analyzeDetailed({ title, text }, realKb());
  expect(d.error, `analysis failed: ${d.error}`).toBeUndefined();
  expect(d.features).not.toBeNull();
  return d.analysis;
}

describe('analyze properties', () => {
  it('never fails and returns a well-formed Analysis on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 60 }), (text, title) => {
        const a = analyzeOk(title, text);
        wellFormed(a, text);
      }),
      { numRuns: 300 },
    );
  });
  it('handles word salads of cue words, mixed scripts and broken surrogates', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 300 }), (parts) => {
        const text = parts.join(' ');
        const a = analyzeOk(parts.slice(0, 5).join(' '), text);
        wellFormed(a, text);
      }),
      { numRuns: 300 },
    );
  });
  it('treats non-string inputs as empty text without failing', () => {
    const d = analyzeDetailed({ title: null as unknown as string, text: undefined as unknown as string }, realKb());
    expect(d.error).toBeUndefined();
    expect(d.analysis.isLeakArticle).toBe(false);
  });
  it('reports a failure instead of hiding it (analyzeDetailed), while analyze() still returns a safe empty result', () => {
    const broken = { ...realKb(), automaton: null } as unknown as ReturnType<typeof realKb>;
    const d = analyzeDetailed({ title: 'x', text: 'Hackers leaked CoWIN data' }, broken);
    expect(d.error).toBeTypeOf('string');
    expect(analyze({ title: 'x', text: 'Hackers leaked CoWIN data' }, broken).incident).toBeNull();
  });
  it('stays fast on adversarial text (long runs, 5 MB)', () => {
    const cases = ['a'.repeat(1_000_000), 'ड़'.repeat(500_000), '1,'.repeat(500_000), 'लीक डेटा '.repeat(100_000), '\ud800'.repeat(200_000), `${'x'.repeat(5 * 1024 * 1024)}`];
    for (const text of cases) {
      const t0 = performance.now();
      const a = analyzeOk('t', text);
      const ms = performance.now() - t0;
      wellFormed(a, text);
      expect(ms).toBeLessThan(5000);
    }
  });
});

/**
 * Linear time on adversarial text: repeated field words, aliases, cue words and numbers in one endless sentence.
 * The time per character at 200k may not exceed the time per character at 10k by more than LINEAR_SLACK: a
 * quadratic step (as the old all-pairs check in claimed-fields was) makes it grow 20-fold over that range.
 */
const LINEAR_SLACK = 3;
const ADVERSARIAL: Record<string, string> = {
  'field words': 'age sex ',
  'Hindi field words': 'ईमेल पता ',
  aliases: 'CoWIN MobiKwik Aadhaar BSNL Airtel ',
  'cue words': 'hacker leaked dark web claimed denied ministry said ',
  'Hindi cue words': 'हैकर ने डेटा लीक का दावा किया मंत्रालय ने खंडन किया ',
  numbers: '20,000 1.5 crore 3 lakh 2022 ',
  months: 'January 2022 मई 2021 ',
};

function msPerChar(unit: string, n: number): number {
  const text = 'A hacker claimed CoWIN data of 20,000 users is for sale on a forum. ' + unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  analyzeOk('Data leak: hacker claims CoWIN data of users for sale', text); // warm up
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    analyzeOk('Data leak: hacker claims CoWIN data of users for sale', text);
    best = Math.min(best, performance.now() - t0);
  }
  return best / n;
}

describe('analysis time is linear in the text', () => {
  for (const [name, unit] of Object.entries(ADVERSARIAL)) {
    it(`per-character time stays flat from 10k to 200k characters of ${name}`, () => {
      const small = msPerChar(unit, 10_000);
      const large = msPerChar(unit, 200_000);
      // A floor for the small size: at 10k a run takes a few ms, where timer noise dominates.
      expect(large).toBeLessThan(Math.max(small, 0.0005) * LINEAR_SLACK);
    }, 60_000);
  }
});
