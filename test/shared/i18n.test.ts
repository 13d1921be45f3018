import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Catalogue } from '../../src/shared/i18n.ts';
import { browserLanguage, formatCount, formatPartialDate, translator } from '../../src/shared/i18n.ts';
import { COMMON } from '../../src/shared/i18n-common.ts';
import { expectSameKeysAndPlaceholders } from './catalogue-checks.ts';

type Key = 'greeting' | 'plain' | 'onlyEnglish';
const catalogue = {
  en: { greeting: 'Hello {name}, {count} new', plain: 'Plain', onlyEnglish: 'English only' },
  hi: { greeting: 'नमस्ते {name}, {count} नए', plain: 'सादा' },
} as unknown as Catalogue<Key>;

describe('translator', () => {
  it('translates into the chosen language and fills placeholders as text', () => {
    expect(translator(catalogue, 'hi')('plain')).toBe('सादा');
    expect(translator(catalogue, 'en')('greeting', { name: 'Asha', count: 3 })).toBe('Hello Asha, 3 new');
    expect(translator(catalogue, 'hi')('greeting', { name: '<b>x</b>', count: 0 })).toBe('नमस्ते <b>x</b>, 0 नए');
  });

  it('leaves unknown placeholders alone, including names of Object.prototype members', () => {
    const t = translator({ en: { k: '{missing} {constructor} {toString}' }, hi: { k: '' } } as Catalogue<'k'>, 'en');
    expect(t('k', { other: 1 })).toBe('{missing} {constructor} {toString}');
  });

  it('falls back to English, then to the key', () => {
    expect(translator(catalogue, 'hi')('onlyEnglish')).toBe('English only');
    expect(translator(catalogue, 'hi')('nothing' as Key)).toBe('nothing');
  });
});

describe('browserLanguage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    ['hi', 'hi'],
    ['hi-IN', 'hi'],
    ['HI-in', 'hi'],
    ['en-IN', 'en'],
    ['en-US', 'en'],
    ['bn-IN', 'en'],
    ['mr', 'en'],
  ] as const)('%s → %s', (language, expected) => {
    vi.stubGlobal('navigator', { language });
    expect(browserLanguage()).toBe(expected);
  });

  it('is English without a navigator or a language', () => {
    vi.stubGlobal('navigator', undefined);
    expect(browserLanguage()).toBe('en');
    vi.stubGlobal('navigator', {});
    expect(browserLanguage()).toBe('en');
  });
});

describe('formatting', () => {
  it('formats partial dates in Indian style', () => {
    expect(formatPartialDate('2022', 'en')).toBe('2022');
    expect(formatPartialDate('2022-01', 'en')).toBe('January 2022');
    expect(formatPartialDate('2022-01-21', 'en')).toBe('21 January 2022');
    expect(formatPartialDate('2022-01-21', 'hi')).toContain('जनवरी');
    expect(formatPartialDate('not a date', 'en')).toBe('not a date');
  });

  it('formats counts in lakh and crore', () => {
    expect(formatCount(950, 'en')).toBe('950');
    expect(formatCount(20_000, 'en')).toBe('20,000');
    expect(formatCount(150_000, 'en')).toBe('1.5 lakh');
    expect(formatCount(150_000_000, 'en')).toBe('15 crore');
    expect(formatCount(150_000_000, 'hi')).toBe('15 करोड़');
    expect(formatCount(250_000, 'hi')).toBe('2.5 लाख');
  });
});

describe('COMMON catalogue', () => {
  it('Hindi and English have the same keys and placeholders, and Hindi is written in Devanagari', () => {
    expectSameKeysAndPlaceholders(COMMON);
  });
});

describe('chooseLanguage', () => {
  it('puts the reader’s choice first, then the article, then the browser', async () => {
    const { chooseLanguage } = await import('../../src/shared/i18n.ts');
    expect(chooseLanguage('en', 'hi', 'hi')).toBe('en');
    expect(chooseLanguage('auto', 'hi', 'en')).toBe('hi');
    expect(chooseLanguage('auto', null, 'hi')).toBe('hi');
  });
});
