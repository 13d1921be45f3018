import { describe, expect, it } from 'vitest';
import { scanSentences, splitSentences } from '../../src/core/sentences.ts';

const split = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('sentence segmentation', () => {
  it('ends at a danda, ?, !, a line break and a full stop before a space', () => {
    expect(split('डेटा लीक हुआ। कंपनी ने इनकार किया')).toEqual(['डेटा लीक हुआ।', 'कंपनी ने इनकार किया']);
    expect(split('data leaked. the firm denied it? yes! no\nmore')).toEqual(['data leaked.', 'the firm denied it?', 'yes!', 'no', 'more']);
  });
  it('keeps numbers, domains and abbreviations whole', () => {
    expect(split('81.5 crore records on cowin.gov.in leaked.')).toEqual(['81.5 crore records on cowin.gov.in leaked.']);
    expect(split('he contacted mobikwik on feb. 25, after finding the data. dr. rao said rs. 500 was paid.')).toEqual([
      'he contacted mobikwik on feb. 25, after finding the data.',
      'dr. rao said rs. 500 was paid.',
    ]);
    expect(split('section no. 3 applies. the case was filed in feb. the police said so.')).toEqual(['section no. 3 applies.', 'the case was filed in feb.', 'the police said so.']);
    // A word that only ends like an abbreviation ends its sentence.
    expect(split('it was a lot of fun. next came the leak.')).toEqual(['it was a lot of fun.', 'next came the leak.']);
  });
  it("given the original case, a '.' between a lowercase word and a capital letter ends a sentence (blocks joined without a space)", () => {
    const cased = 'Hackers sold data of MobiKwik.Rajaharia found it on cowin.gov.in and in the U.S.Later more came.';
    const text = cased.toLowerCase();
    const parts = (): string[] => {
      const out: string[] = [];
      scanSentences(text, 0, text.length, (a, b) => out.push(text.slice(a, b)), cased);
      return out;
    };
    expect(parts()).toEqual(['hackers sold data of mobikwik.', 'rajaharia found it on cowin.gov.in and in the u.s.later more came.']);
    // Without the original case nothing can tell it from a domain.
    expect(split(text)).toEqual([text]);
  });
});
