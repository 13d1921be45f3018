import type { Mismatch } from '../core/types.ts';
import type { Language } from '../core/types.ts';
import { FIELDS } from '../kb/fields.ts';
import type { FieldId } from '../kb/fields.ts';
import { COMMON } from '../shared/i18n-common.ts';
import { formatPartialDate, translator } from '../shared/i18n.ts';
import type { Translate } from '../shared/i18n.ts';
import type { SidebarKey } from './strings.ts';
import { SourceLink } from './SourceLink.tsx';
import { quoteLinksFor } from './quote-links.ts';
import type { LinkedHighlight } from './quote-links.ts';

export function fieldName(field: FieldId | 'record-count', language: Language): string {
  if (field === 'record-count') return language === 'hi' ? 'रिकॉर्ड की संख्या' : 'Number of records';
  return FIELDS[field]?.name[language] ?? field;
}

/**
 * One row per mismatch: the field, what the article says, what the official side says about that field (its
 * position in one sentence; the full statement is in the response section), with who said it, when, and the source.
 * `orgName` is the short name readers know (e.g. CoWIN, को-विन).
 */
export function MismatchList({ mismatches, orgName, language, t, quotes = [], onShowQuote }: {
  mismatches: readonly Mismatch[];
  orgName: string;
  language: Language;
  t: Translate<SidebarKey>;
  /** The sentences marked in the article; a row links to those that name its field (see quote-links.ts). */
  quotes?: readonly LinkedHighlight[];
  /** Scroll the article to marked sentence `index`; without it (no marks in the article) no row links. */
  onShowQuote?: ((index: number) => void) | undefined;
}) {
  const common = translator(COMMON, language);
  return (
    <ul class="mismatches">
      {mismatches.map((m) => {
        const links = onShowQuote ? quoteLinksFor(quotes, m.field) : {};
        return (
        <li class={`mismatch mismatch--${m.kind}`} data-testid="mismatch" data-field={m.field} data-kind={m.kind} key={`${m.kind}:${m.field}`}>
          <div class="mismatch__field" id={`mismatch-${m.kind}-${m.field}`}>{fieldName(m.field, language)}</div>
          {/* The official line below already says "not collected" / "not affected" / "did not mention": said once. */}
          {m.kind === 'count' && <div class="mismatch__kind">{common(`kind.${m.kind}`)}</div>}
          <dl>
            <dt>{t('mismatch.articleSays')}</dt>
            <dd lang={/[\u0900-\u097F]/.test(m.claim) ? 'hi' : 'en'}>“<bdi>{m.claim}</bdi>”</dd>
            <dt>{t('mismatch.officialSays')}</dt>
            <dd>
              {t(`mismatch.official.${m.kind}`, { by: m.official.by[language], org: orgName, text: m.official.text[language] })}{' '}
              <span class="muted">({formatPartialDate(m.official.date, language)})</span>
            </dd>
          </dl>
          <SourceLink href={m.official.source} label={t('source')} />
          {(links.claim !== undefined || links.response !== undefined) && (
            <div class="mismatch__quotes">
              {links.claim !== undefined && (
                <button type="button" class="text" data-testid="mismatch-show-claim" aria-describedby={`mismatch-${m.kind}-${m.field}`} onClick={() => onShowQuote?.(links.claim!)}>
                  {t('quotes.showClaim')}
                </button>
              )}
              {links.response !== undefined && (
                <button type="button" class="text" data-testid="mismatch-show-response" aria-describedby={`mismatch-${m.kind}-${m.field}`} onClick={() => onShowQuote?.(links.response!)}>
                  {t('quotes.showResponse')}
                </button>
              )}
            </div>
          )}
        </li>
        );
      })}
    </ul>
  );
}
