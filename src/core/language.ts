/** Decides the article's language from its letters: Hindi when Devanagari letters are a fair share of all letters. */
import type { Language } from './types.ts';

export function detectLanguage(text: string, limit = 20000): Language {
  let deva = 0;
  let latin = 0;
  const n = Math.min(text.length, limit);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x900 && c <= 0x97f) deva++;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latin++;
  }
  // Devanagari words carry fewer code units per word than English ones; 0.3 of letters already means Hindi prose.
  return deva > 0 && deva >= (deva + latin) * 0.3 ? 'hi' : 'en';
}
