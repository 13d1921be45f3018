import type { Language } from '../core/types.ts';
import type { Entry } from '../kb/schema.ts';
import { COMMON } from '../shared/i18n-common.ts';
import { formatPartialDate, translator } from '../shared/i18n.ts';
import type { Translate } from '../shared/i18n.ts';
import type { SidebarKey } from './strings.ts';
import { SourceLink } from './SourceLink.tsx';

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
          </div>
          <p class="response__statement">{r.statement[language]}</p>
          {r.quote && (
            <blockquote class="response__quote">
              <span class="muted">{t('response.quote')}: </span>“{r.quote}”
            </blockquote>
          )}
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
