import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { parseLabelCount } from '../../src/cli/eval.ts';
import { countsAgree } from '../../src/core/record-count.ts';
import { realKb } from './helpers.ts';

const count = (text: string): number | null => analyze({ title: 'Data leak claim', text: `A hacker claims the leaked data of ${text} was put up for sale on a forum.` }, realKb()).claimedCount?.value ?? null;
const countHi = (text: string): number | null => analyze({ title: 'डेटा लीक', text: `एक हैकर ने दावा किया है कि ${text} का डेटा लीक हुआ है और डार्क वेब पर बिक्री के लिए रखा गया है।` }, realKb()).claimedCount?.value ?? null;

describe('claimed count', () => {
  it.each([
    ['20,000 people', 20000],
    ['1.2 lakh users', 120000],
    ['81.5 crore Indians', 815000000],
    ['3-4 crore patients', 40000000],
    ['31 million customers', 31000000],
    ['two million users', 2000000],
  ])('English %s', (text, value) => expect(count(text)).toBe(value));
  it.each([
    ['20 हजार से अधिक लोगों', 20000],
    ['8.15 करोड़ लोगों', 81500000],
    ['दो करोड़ यूजर्स', 20000000],
    ['तीन करोड़ ग्राहकों', 30000000],
    ['३ लाख ग्राहकों', 300000],
    ['3-4 करोड़ मरीजों', 40000000],
  ])('Hindi %s', (text, value) => expect(countHi(text)).toBe(value));
  it('skips money', () => {
    expect(count('users, and the hacker wants Rs 200 crore')).toBeNull();
  });
  it('parses stand-alone phrases and compares with tolerance', () => {
    expect(parseLabelCount('20 हजार')).toBe(20000);
    expect(parseLabelCount('3-4 crore')).toBe(40000000);
    expect(parseLabelCount('दो करोड़')).toBe(20000000);
    expect(parseLabelCount('2 करोड़ से ज्यादा')).toBe(20000000);
    expect(countsAgree(20000, 20000)).toBe(true);
    expect(countsAgree(100000000, 110000000)).toBe(true);
    expect(countsAgree(10000000, 815000000)).toBe(false);
  });
});

describe('a headline that cuts the count off', () => {
  it('prefers the body\'s precise count that the headline\'s "more than 3 crore" truncates', () => {
    const a = analyze({ title: 'तीन करोड़ से ज्यादा ग्राहकों का डेटा हैक', text: 'एक हैकर ने दावा किया कि उसने कंपनी के 3.7 करोड़ ग्राहकों का डेटा चुरा लिया है और उसे डार्क वेब पर बेच रहा है।' }, realKb());
    expect(a.claimedCount?.value).toBe(37_000_000);
  });
  it('keeps the headline when the body\'s number does not truncate to it (4.2 crore is not "3 crore")', () => {
    const a = analyze({ title: 'तीन करोड़ ग्राहकों का डेटा हैक', text: 'एक हैकर ने दावा किया कि उसने कंपनी के 3 करोड़ ग्राहकों का डेटा चुरा लिया। कंपनी के कुल 4.2 करोड़ ग्राहक हैं।' }, realKb());
    expect(a.claimedCount?.value).toBe(30_000_000);
  });
});
