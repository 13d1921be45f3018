import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { badgeTextFor } = await import('../../src/background/badge.ts');

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
