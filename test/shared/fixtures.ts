/** Test data shared by the shared-module, popup and options tests. */
import type { Analysis, Mismatch } from '../../src/core/types.ts';
import type { TabReport } from '../../src/shared/messages.ts';

export const COWIN_ID = 'cowin-2022-01';

export function mismatch(kind: Mismatch['kind'], field: Mismatch['field'], claim = 'addresses'): Mismatch {
  return {
    kind,
    field,
    claim,
    official: {
      by: { en: 'Union Ministry of Health and Family Welfare', hi: 'केंद्रीय स्वास्थ्य एवं परिवार कल्याण मंत्रालय' },
      date: '2022-01-21',
      text: { en: 'CoWIN does not collect addresses.', hi: 'को-विन पता नहीं जुटाता।' },
      source: 'https://pib.gov.in/PressReleasePage.aspx?PRID=1791698',
    },
  };
}

/** A CoWIN article analysis with two contradictions (addresses, test results) and one field left unaddressed. */
export function analysis(overrides: Partial<Analysis> = {}): Analysis {
  return {
    language: 'en',
    isLeakArticle: true,
    score: 0.92,
    incident: { id: COWIN_ID, confidence: 0.9 },
    claimedFields: ['names', 'physical-addresses', 'covid-test-results'],
    claimedCount: { text: 'over 20,000 people', value: 20000 },
    claimDate: '2022-01-21',
    venue: 'Raid Forums',
    officialStanceInText: 'denied',
    mismatches: [
      mismatch('not-collected', 'physical-addresses'),
      mismatch('not-collected', 'covid-test-results', 'RT-PCR results'),
      mismatch('not-addressed', 'names', 'names'),
    ],
    highlights: [{ role: 'claim', exact: 'addresses of 20,000 people', prefix: 'leaked the ', suffix: ' on a forum' }],
    ...overrides,
  };
}

export function report(overrides: Partial<TabReport> = {}): TabReport {
  return {
    url: 'https://www.ndtv.com/india-news/cowin-data-leak-123',
    title: 'CoWIN data of 20,000 people leaked, claims researcher',
    siteId: 'ndtv',
    analysis: analysis(),
    ...overrides,
  };
}
