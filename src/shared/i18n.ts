/**
 * Translation for LeakLens's own pages. The sidebar switches language per article, so it cannot rely on the
 * browser's UI locale (browser.i18n); each app keeps a typed catalogue with every key in both languages, and
 * the compiler refuses a catalogue that misses a key in one of them.
 */
import type { Language } from '../core/types.ts';

export type Catalogue<K extends string> = Record<Language, Record<K, string>>;

export type Translate<K extends string> = (key: K, params?: Record<string, string | number>) => string;

/** A translator for one language; `{name}` placeholders are filled from params (as text, never HTML). */
export function translator<K extends string>(catalogue: Catalogue<K>, language: Language): Translate<K> {
  const strings = catalogue[language];
  return (key, params) => {
    const template = strings[key] ?? catalogue.en[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
  };
}

/**
 * The one answer to "which language does LeakLens speak here?", for the sidebar and the popup alike: the reader's
 * explicit choice in the options, else the article's language, else the browser's.
 */
export function chooseLanguage(setting: 'auto' | Language, articleLanguage: Language | null, browser: Language): Language {
  if (setting !== 'auto') return setting;
  return articleLanguage ?? browser;
}

/** The UI language of the browser, reduced to the two LeakLens speaks. */
export function browserLanguage(): Language {
  const lang = typeof navigator !== 'undefined' && typeof navigator.language === 'string' ? navigator.language : 'en';
  return lang.toLowerCase().startsWith('hi') ? 'hi' : 'en';
}

/** Formats a partial date (YYYY, YYYY-MM, YYYY-MM-DD) for readers, in Indian style. */
export function formatPartialDate(date: string, language: Language): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y) return date;
  const locale = language === 'hi' ? 'hi-IN' : 'en-IN';
  const when = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', ...(m ? { month: 'long' } : {}), ...(d ? { day: 'numeric' } : {}) };
  return new Intl.DateTimeFormat(locale, options).format(when);
}

/** Formats a count in the Indian system (lakh, crore) as readers of Indian news expect. */
export function formatCount(value: number, language: Language): string {
  const crore = 10_000_000;
  const lakh = 100_000;
  const trim = (n: number) => (Math.round(n * 10) / 10).toLocaleString(language === 'hi' ? 'hi-IN' : 'en-IN');
  if (value >= crore) return `${trim(value / crore)} ${language === 'hi' ? 'करोड़' : 'crore'}`;
  if (value >= lakh) return `${trim(value / lakh)} ${language === 'hi' ? 'लाख' : 'lakh'}`;
  return value.toLocaleString(language === 'hi' ? 'hi-IN' : 'en-IN');
}
