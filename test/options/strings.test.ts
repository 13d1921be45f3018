import { describe, expect, it } from 'vitest';
import { OPTIONS_STRINGS, optionsTranslator } from '../../src/options/strings.ts';
import { COMMON } from '../../src/shared/i18n-common.ts';
import { expectSameKeysAndPlaceholders } from '../shared/catalogue-checks.ts';

describe('options strings', () => {
  it('Hindi and English have the same keys and placeholders, and Hindi is written in Devanagari', () => {
    expectSameKeysAndPlaceholders(OPTIONS_STRINGS);
  });

  it('does not redefine a common key', () => {
    for (const key of Object.keys(OPTIONS_STRINGS.en)) expect(Object.keys(COMMON.en)).not.toContain(key);
  });

  it('the translator reaches both its own and the common strings', () => {
    expect(optionsTranslator('hi')('page.title')).toBe('LeakLens की सेटिंग्स');
    expect(optionsTranslator('en')('language.hi')).toBe('हिंदी');
  });
});
