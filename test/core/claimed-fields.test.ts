import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { realKb } from './helpers.ts';

const LEAD = 'Hackers stole the data of 45 lakh passengers of a private airline, the company said on Friday. ';

function fieldsOf(text: string): string[] {
  const a = analyze({ title: 'Airline says passenger data stolen in cyberattack', text: LEAD + text }, realKb());
  expect(a.isLeakArticle).toBe(true);
  return a.claimedFields;
}

describe('an official negation reaches its own clause only', () => {
  it('"card data was involved, but CVV numbers were not held": the card data is claimed, the CVV is not', () => {
    const fields = fieldsOf('Credit card data was involved but CVV numbers were not held by the provider, the airline said.');
    expect(fields).toContain('credit-cards');
    expect(fields).not.toContain('card-cvv');
  });

  it('in Hindi: "कार्ड की जानकारी भी चोरी हुई लेकिन पासवर्ड चोरी नहीं हुए"', () => {
    const a = analyze(
      {
        title: 'एयरलाइन के 45 लाख यात्रियों का डेटा चोरी',
        text: 'हैकरों ने एक निजी एयरलाइन के 45 लाख यात्रियों का डेटा चुरा लिया, कंपनी ने शुक्रवार को बताया। कंपनी ने कहा कि यात्रियों के क्रेडिट कार्ड की जानकारी भी चोरी हुई लेकिन पासवर्ड चोरी नहीं हुए।',
      },
      realKb(),
    );
    expect(a.claimedFields).toContain('credit-cards');
    expect(a.claimedFields).not.toContain('passwords');
  });

  it('a sentence of one clause that denies its fields gives none of them', () => {
    const fields = fieldsOf('The airline said no passport numbers, credit card numbers or passwords were stolen.');
    expect(fields).not.toContain('passport-numbers');
    expect(fields).not.toContain('credit-cards');
    expect(fields).not.toContain('passwords');
  });
});
