import type { Language } from '../core/types.ts';
import type { Entry } from '../kb/schema.ts';
import { COMMON } from '../shared/i18n-common.ts';
import { formatPartialDate, translator } from '../shared/i18n.ts';
import type { Translate } from '../shared/i18n.ts';
import type { SidebarKey } from './strings.ts';
import { ResponseQuote } from './ResponseQuote.tsx';
import { SourceLink } from './SourceLink.tsx';
import { formatAmount } from './amounts.ts';

export function OfficialResponses({ responses, language, t }: { responses: Entry['responses']; language: Language; t: Translate<SidebarKey> }) {
  const common = translator(COMMON, language);
  if (responses.length === 0) return <p class="muted">{t('response.none')}</p>;
  return (
    <ol class="responses">
      {responses.map((r, i) => (
        <li class="response" data-testid="official-response" key={i}>
          <div class="response__meta">
            <span class={`chip chip--${r.stance}`}>{common(`stance.${r.stance}`)}</span>
            <span>{t('response.by', { by: r.by[language], date: formatPartialDate(r.date, language) })}</span>
            {r.dateNote && (
              <span class="date-note" data-testid="response-date-note">
                ({r.dateNote})
              </span>
            )}
          </div>
          <p class="response__statement">{r.statement[language]}</p>
          {r.officialCount && (
            <p class="small" data-testid="official-count">
              {t('response.officialCount')}: <strong>{formatAmount(r.officialCount.value, r.officialCount.unit, language)}</strong>
            </p>
          )}
          {r.scopeDisputes && r.scopeDisputes.length > 0 && (
            <div class="small" data-testid="scope-disputes">
              {t('response.scopeDisputes')}:
              <ul class="scope-disputes">
                {r.scopeDisputes.map((d) => (
                  <li key={d} data-scope={d}>
                    {t(`scope.${d}`)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {r.quote && <ResponseQuote quote={r.quote} translation={r.quoteTranslation} language={language} t={t} />}
          <div class="sources">
            {r.sources.map((s) => (
              <SourceLink href={s} key={s} />
            ))}
          </div>
        </li>
      ))}
    </ol>
  );
}
