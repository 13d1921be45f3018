import { describe, expect, it } from 'vitest';
import { POPUP_STRINGS, popupTranslator } from '../../src/popup/strings.ts';
import { COMMON } from '../../src/shared/i18n-common.ts';
import { expectSameKeysAndPlaceholders } from '../shared/catalogue-checks.ts';

describe('popup strings', () => {
  it('Hindi and English have the same keys and placeholders, and Hindi is written in Devanagari', () => {
    expectSameKeysAndPlaceholders(POPUP_STRINGS);
  });

  it('does not redefine a common key', () => {
    for (const key of Object.keys(POPUP_STRINGS.en)) expect(Object.keys(COMMON.en)).not.toContain(key);
  });

  it('the translator reaches both its own and the common strings', () => {
    const hi = popupTranslator('hi');
    expect(hi('action.showSidebar')).toBe('साइडबार दिखाएं');
    expect(hi('status.denied')).toBe(COMMON.hi['status.denied']);
    expect(popupTranslator('en')('found.mismatches.other', { count: 3 })).toBe('3 claims in the article contradict the official response.');
  });
});
