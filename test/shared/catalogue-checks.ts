/** Checks every catalogue must pass: same keys in both languages, same placeholders, Hindi in Devanagari. */
import { expect } from 'vitest';
import type { Catalogue } from '../../src/shared/i18n.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

export function expectSameKeysAndPlaceholders<K extends string>(catalogue: Catalogue<K>): void {
  const en = catalogue.en as Record<string, string>;
  const hi = catalogue.hi as Record<string, string>;
  expect(Object.keys(hi).sort()).toEqual(Object.keys(en).sort());
  for (const key of Object.keys(en)) {
    expect(en[key]!.trim(), `en ${key}`).not.toBe('');
    expect(hi[key]!.trim(), `hi ${key}`).not.toBe('');
    expect(placeholders(hi[key]!), `placeholders of ${key}`).toEqual(placeholders(en[key]!));
  }
  // Every Hindi string except language names and brand-only strings carries Devanagari.
  for (const [key, value] of Object.entries(hi)) {
    if (key === 'language.en' || (/^[\sA-Za-z]+$/.test(en[key] ?? '') && value === en[key])) continue;
    expect(value, `hi ${key}`).toMatch(/[\u0900-\u097F]/);
  }
}
