/**
 * The knowledge base's and the UI's one Hindi spelling style: **no nukta** on ज, फ, क, ख, ग (ज not ज़, फ not फ़),
 * as most Hindi newspapers print. ड़ and ढ़ are separate letters, not a style, and stay. See docs/knowledge-base.md.
 *
 * The analyzer folds nukta (src/core/normalize.ts), so the style is about what readers see, not about matching:
 * aliases and example snippets may spell a name either way, because articles do.
 */

/** The five nukta letters the style drops: precomposed (U+0958–095A, 095B, 095E) or letter + U+093C. */
const NUKTA = /[\u0958\u0959\u095A\u095B\u095E]|[\u0915\u0916\u0917\u091C\u092B]\u093C/;
const NUKTA_ALL = new RegExp(NUKTA.source, 'g');
const BASE: Record<string, string> = { '\u0958': 'क', '\u0959': 'ख', '\u095A': 'ग', '\u095B': 'ज', '\u095E': 'फ' };

export function hasNukta(text: string): boolean {
  return NUKTA.test(text);
}

/** The words of `text` spelled with one of the five nukta letters, for messages. */
export function nuktaWords(text: string): string[] {
  return [...new Set(text.split(/[\s,.;:!?()"'“”‘’।|/]+/).filter((w) => NUKTA.test(w)))];
}

/** `text` in the house style (ज़्यादा → ज्यादा); ड़ and ढ़ are left alone. */
export function withoutNukta(text: string): string {
  return text.replace(NUKTA_ALL, (m) => BASE[m] ?? m[0]!);
}
