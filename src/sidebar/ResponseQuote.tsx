import type { Language } from '../core/types.ts';
import { quoteLanguage } from '../kb/quote-language.ts';
import type { QuoteTranslation } from '../kb/schema.ts';
import type { Translate } from '../shared/i18n.ts';
import type { SidebarKey } from './strings.ts';

/**
 * An official response's verbatim quote, in the language it was said in (lang set, text isolated in <bdi>), and,
 * when the sidebar is in the other language, LeakLens's rendering of it below, labelled as LeakLens's translation.
 * Knowledge-base text goes in as text nodes only.
 */
export function ResponseQuote({ quote, translation, language, t }: { quote: string; translation: QuoteTranslation | undefined; language: Language; t: Translate<SidebarKey> }) {
  const own = quoteLanguage(quote);
  const foreign = own !== language;
  const rendering = foreign ? translation?.[language] : undefined;
  return (
    <figure class="response__quote" data-testid="response-quote">
      <figcaption class="muted small">{t(foreign ? (own === 'en' ? 'response.quote.inEnglish' : 'response.quote.inHindi') : 'response.quote')}</figcaption>
      <blockquote class="quote__original" lang={own} data-testid="quote-original">
        “<bdi>{quote}</bdi>”
      </blockquote>
      {rendering && (
        <p class="quote__translation" data-testid="quote-translation">
          <span class="quote__translation-label muted small">{t('response.quoteTranslation')}: </span>
          <span lang={language} data-testid="quote-translation-text">“{rendering}”</span>
        </p>
      )}
    </figure>
  );
}
