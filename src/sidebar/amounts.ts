/** Counts with their unit, as the sidebar shows them (a count of bytes reads as GB or TB, not as crore). */
import type { Language } from '../core/types.ts';
import type { CountUnit } from '../kb/schema.ts';
import { formatCount } from '../shared/i18n.ts';

const UNIT_NAMES: Record<Language, Record<Exclude<CountUnit, 'bytes'>, string>> = {
  en: { people: 'people', records: 'records', accounts: 'accounts', orders: 'orders', cards: 'cards', documents: 'documents' },
  hi: { people: 'लोग', records: 'रिकॉर्ड', accounts: 'अकाउंट', orders: 'ऑर्डर', cards: 'कार्ड', documents: 'दस्तावेज' },
};

const BYTE_STEPS: readonly [number, string][] = [
  [1e12, 'TB'],
  [1e9, 'GB'],
  [1e6, 'MB'],
  [1e3, 'kB'],
];

/** "3.5 crore records", "5.6 लाख लोग", "278 GB". */
export function formatAmount(value: number, unit: CountUnit, language: Language): string {
  if (unit === 'bytes') {
    const locale = language === 'hi' ? 'hi-IN' : 'en-IN';
    const [size, name] = BYTE_STEPS.find(([step]) => value >= step) ?? [1, language === 'hi' ? 'बाइट' : 'bytes'];
    return `${(Math.round((value / size) * 10) / 10).toLocaleString(locale)} ${name}`;
  }
  return `${formatCount(value, language)} ${UNIT_NAMES[language][unit]}`;
}
