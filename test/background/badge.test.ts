import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { badgeTextFor, badgeTitleFor } = await import('../../src/background/badge.ts');

const base = { url: 'https://www.prabhatkhabar.com/x', title: 't', siteId: 'prabhatkhabar' };
const analysis = {
  language: 'hi' as const, isLeakArticle: true, score: 1, incident: { id: 'cowin-2022-01', confidence: 1 }, claimedFields: [], claimedCount: null,
  claimDate: null, venue: null, officialStanceInText: 'denied' as const, highlights: [],
  mismatches: [] as never[],
};
const mismatch = (kind: string) => ({ kind, field: 'names', claim: 'x', official: { by: { en: 'a', hi: 'अ' }, date: '2022', text: { en: 'a', hi: 'अ' }, source: 'https://x' } });

describe('badgeTextFor', () => {
  it('counts the contradicting mismatches, not the unaddressed fields', () => {
    expect(badgeTextFor({ ...base, analysis: { ...analysis, mismatches: [mismatch('not-collected'), mismatch('count'), mismatch('not-addressed')] as never[] } })).toBe('2');
  });
  it('shows a neutral mark (never a tick) for a matched incident with no contradiction or an unknown leak, and nothing otherwise', () => {
    expect(badgeTextFor({ ...base, analysis })).toBe('i');
    expect(badgeTextFor({ ...base, analysis: { ...analysis, incident: null } })).toBe('?');
    expect(badgeTextFor({ ...base, analysis: { ...analysis, isLeakArticle: false, incident: null } })).toBe('');
    expect(badgeTextFor({ ...base, analysis: null })).toBe('');
    expect(badgeTextFor(null)).toBe('');
  });
});

describe('badgeTitleFor (the button’s title: which article the badge is about)', () => {
  const withTitle = (title: string, a: object = analysis) => ({ ...base, title, analysis: a as typeof analysis });
  it('names the article by its headline, in the reader’s language', () => {
    const two = withTitle('CoWIN data leak claim', { ...analysis, mismatches: [mismatch('not-collected'), mismatch('count')] });
    expect(badgeTitleFor(two, 'en')).toBe('LeakLens: 2 mismatches in “CoWIN data leak claim”');
    expect(badgeTitleFor(two, 'hi')).toBe('LeakLens: “CoWIN data leak claim” में 2 जगह अंतर');
    expect(badgeTitleFor(withTitle('A', { ...analysis, mismatches: [mismatch('not-affected')] }), 'en')).toBe('LeakLens: 1 mismatch in “A”');
    expect(badgeTitleFor(withTitle('कोविन डेटा'), 'hi')).toBe('LeakLens: “कोविन डेटा” पर आधिकारिक जवाब');
    expect(badgeTitleFor(withTitle('Bank data', { ...analysis, incident: null }), 'en')).toBe('LeakLens: a claimed leak it has no record of, in “Bank data”');
  });
  it('gives the default title (null) when there is no badge', () => {
    expect(badgeTitleFor(null, 'en')).toBeNull();
    expect(badgeTitleFor(withTitle('Cricket', { ...analysis, isLeakArticle: false, incident: null }), 'en')).toBeNull();
  });
  it('keeps the page’s headline on one line, without control characters, and cuts a long one at a word', () => {
    expect(badgeTitleFor(withTitle('Line\none\u202e evil'), 'en')).toBe('LeakLens: the official response to “Line one evil”');
    const long = badgeTitleFor(withTitle('word '.repeat(40)), 'en')!;
    expect(long).toMatch(/“(word ){23}word…”$/);
  });
});
