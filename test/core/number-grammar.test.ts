/**
 * The number grammar (src/core/number-grammar.ts), Duckling-style: a corpus of input → value pairs in Hindi and
 * English (test/core/fixtures/numbers.json), read three ways that must agree: as a label (parseCountPhrase, as eval
 * reads corpus labels), as the grammar reads it (parseQuantity), and as the analyzer's claimed count in an article.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { NUMBER_WORDS, SCALES } from '../../src/core/lexicon.ts';
import { normalize, normalizePhrase } from '../../src/core/normalize.ts';
import { isCountToken, numberBefore, parseDigits, parseQuantity, quantityBefore, scaleWordAt, scaled } from '../../src/core/number-grammar.ts';
import { parseCountPhrase } from '../../src/core/record-count.ts';
import corpus from './fixtures/numbers.json' with { type: 'json' };
import { realKb } from './helpers.ts';

const CASES = corpus.cases as Array<{ input: string; value: number | null }>;
const hindi = (s: string): boolean => /[\u0900-\u097f]/.test(s);

describe('number grammar corpus', () => {
  it('is broad: at least 60 pairs, both languages, ranges, words, fractions, Devanagari digits', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(CASES.filter((c) => hindi(c.input)).length).toBeGreaterThanOrEqual(25);
    expect(CASES.filter((c) => !hindi(c.input)).length).toBeGreaterThanOrEqual(25);
    expect(new Set(CASES.map((c) => c.input)).size).toBe(CASES.length);
  });

  for (const c of CASES) {
    it(`${c.input} → ${c.value}`, () => {
      expect(parseQuantity(c.input)).toBe(c.value);
      // eval reads corpus labels this way.
      expect(parseCountPhrase(c.input, SCALES, NUMBER_WORDS, normalizePhrase)).toBe(c.value);
    });
  }

  // The analyzer reads the same quantity in an article: a count of people (values of 100 or more, in digits or with a
  // scale word; number words alone, "one hundred", are not read as counts in running text).
  const counted = (s: string): boolean => /\d/.test(normalizePhrase(s)) || normalizePhrase(s).split(' ').some((w) => SCALES.some(([x]) => x === w));
  const inArticle = CASES.filter((c) => c.value !== null && c.value >= 100 && counted(c.input) && !/लोग/.test(c.input));
  for (const c of inArticle) {
    it(`in an article: ${c.input} people → ${c.value}`, () => {
      const text = hindi(c.input)
        ? `एक हैकर ने दावा किया है कि ${c.input} ग्राहकों का डेटा डार्क वेब पर बिक्री के लिए रखा गया है।`
        : `A hacker claims the data of ${c.input} customers was put up for sale on a forum.`;
      const a = analyze({ title: hindi(c.input) ? 'डेटा लीक' : 'Data leak claim', text }, realKb());
      expect(a.claimedCount?.value ?? null).toBe(c.value);
    });
  }
});

describe('number grammar parts', () => {
  it('reads digits: grouping, decimals, Devanagari digits', () => {
    expect(parseDigits('7,82,21,397')).toBe(78221397);
    expect(parseDigits('1,000,000')).toBe(1000000);
    expect(parseDigits('८१.५')).toBe(81.5);
    expect(parseDigits('81.5.')).toBeNull();
    expect(parseDigits('abc')).toBeNull();
    expect(scaled(7.82, 1e7)).toBe(78200000);
    expect(scaled(1.15, 1e5)).toBe(115000);
  });

  it('finds the number before a scale word, with its range and fraction', () => {
    const at = (s: string, scale: string): { start: number; value: number } | null => {
      const t = normalize(s).text;
      return quantityBefore(t, t.indexOf(scale));
    };
    expect(at('करीब 3-4 करोड़ लोग', 'करोड')).toEqual({ start: 5, value: 4 });
    expect(at('3 से 4 करोड़', 'करोड')).toEqual({ start: 0, value: 4 });
    expect(at('साढ़े तीन लाख', 'लाख')).toEqual({ start: 0, value: 3.5 });
    expect(at('दो सौ करोड़', 'करोड')).toEqual({ start: 0, value: 200 });
    expect(at('twenty-five lakh', 'lakh')).toEqual({ start: 0, value: 25 });
    expect(at('the crore', 'crore')).toBeNull();
    expect(numberBefore('1.2 crore to 1.5', 16)).toEqual({ start: 13, value: 1.5 });
  });

  it('knows a scale word after a number, and the tokens of a count', () => {
    expect(scaleWordAt(' lakh users', 0)).toBe(true);
    expect(scaleWordAt(' lakhs users', 0)).toBe(true);
    expect(scaleWordAt(' करोडों यूजर', 0)).toBe(true);
    expect(scaleWordAt(' kids', 0)).toBe(false);
    expect(scaleWordAt(' k users', 0)).toBe(true);
    expect(scaleWordAt(' users', 0)).toBe(false);
    for (const t of ['18', '2,000', '81.5', 'crore', 'करोड', 'lakhs', 'mn']) expect(isCountToken(t), t).toBe(true);
    for (const t of ['', 'orders', 'k', 'दो', '-5']) expect(isCountToken(t), t).toBe(false);
  });

  it('lists each scale and number word once, in normalised spelling', () => {
    for (const list of [SCALES, NUMBER_WORDS]) {
      const words = list.map(([w]) => w);
      expect(new Set(words).size).toBe(words.length);
      for (const w of words) expect(normalizePhrase(w)).toBe(w);
    }
  });
});
