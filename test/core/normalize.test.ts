import { describe, expect, it } from 'vitest';
import { normalize, normalizePhrase } from '../../src/core/normalize.ts';

describe('normalize', () => {
  it('folds nukta, chandrabindu, digits, nasal conjuncts and spelling variants', () => {
    expect(normalizePhrase('ज़ड़फ़')).toBe('जडफ');
    expect(normalizePhrase('पाँच')).toBe('पांच');
    expect(normalizePhrase('२० हज़ार')).toBe('20 हजार');
    expect(normalizePhrase('नम्बर')).toBe('नंबर');
    expect(normalizePhrase('डाटा')).toBe('डेटा');
    expect(normalizePhrase('डैटा')).toBe('डेटा');
    expect(normalizePhrase('हेकर')).toBe('हैकर');
    expect(normalizePhrase('सायबर')).toBe('साइबर');
  });
  it('removes zero-width characters, lowercases Latin, unifies quotes and dashes, collapses whitespace', () => {
    expect(normalize('Co\u200bWIN \u201cdata\u201d \u2013  leak\u00ad').text).toBe('cowin "data" - leak');
    expect(normalize('a \n\n b').text).toBe('a\nb');
  });
  it('maps every normalised index back into the original', () => {
    const src = '  Hello\u200d  वर्ल्ड\u093c! ';
    const n = normalize(src);
    expect(n.map.length).toBe(n.text.length + 1);
    for (let i = 0; i < n.text.length; i++) expect(n.map[i]!).toBeLessThan(src.length);
    expect(src.slice(n.map[0]!, n.map[4]! + 1)).toBe('Hello');
    expect(n.cased.slice(0, 5)).toBe('Hello');
  });
  it('keeps the case copy aligned', () => {
    const n = normalize('boAt and BOAT');
    expect(n.text).toBe('boat and boat');
    expect(n.cased).toBe('boAt and BOAT');
  });
});
