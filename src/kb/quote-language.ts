/**
 * The language of a response's verbatim `quote`, told by its script: Devanagari is Hindi, anything else is taken as
 * English (the knowledge base quotes in those two languages only). `kb validate` uses it to ask for the rendering in
 * the other language (`quoteTranslation`), and the sidebar to label the original and the rendering.
 */
export type QuoteLanguage = 'hi' | 'en';

const DEVANAGARI = /[\u0900-\u097F]/;

export function quoteLanguage(quote: string): QuoteLanguage {
  return DEVANAGARI.test(quote) ? 'hi' : 'en';
}

/** The other of the two languages: the one a quote's rendering is in. */
export function otherLanguage(language: QuoteLanguage): QuoteLanguage {
  return language === 'hi' ? 'en' : 'hi';
}
