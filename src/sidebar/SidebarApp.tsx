import type { Analysis, Language } from '../core/types.ts';
import { contradictions } from '../core/types.ts';
import type { Entry } from '../kb/schema.ts';
import { COMMON } from '../shared/i18n-common.ts';
import { formatPartialDate, translator } from '../shared/i18n.ts';
import type { SidebarLayout } from '../shared/messages.ts';
import { ArticleClaim, ClaimSummary } from './ClaimSummary.tsx';
import { MismatchList } from './MismatchList.tsx';
import { OfficialResponses } from './OfficialResponses.tsx';
import { SourceLink } from './SourceLink.tsx';
import { SIDEBAR_STRINGS } from './strings.ts';

export interface SidebarAppProps {
  analysis: Analysis;
  /** The matched knowledge-base entry, or null for a leak the knowledge base does not hold. */
  entry: Entry | null;
  language: Language;
  layout: Exclude<SidebarLayout, 'closed'>;
  kbAsOf: string | null;
  onLanguageChange(language: Language): void;
  onLayoutChange(layout: SidebarLayout): void;
}

export function SidebarApp({ analysis, entry, language, layout, kbAsOf, onLanguageChange, onLayoutChange }: SidebarAppProps) {
  const t = translator(SIDEBAR_STRINGS, language);
  const common = translator(COMMON, language);
  const disagreements = entry ? contradictions(analysis) : [];
  const notAddressed = entry ? analysis.mismatches.filter((m) => m.kind === 'not-addressed') : [];
  const otherLanguage: Language = language === 'hi' ? 'en' : 'hi';
  const orgName = entry ? (language === 'hi' ? entry.organisation.aliases.hi[0] : entry.organisation.aliases.en[0]) ?? entry.organisation.name[language] : '';

  if (layout === 'collapsed') {
    return (
      <div class="collapsed" lang={language} data-testid="sidebar-collapsed">
        <button class="collapsed__open" type="button" onClick={() => onLayoutChange('expanded')} aria-label={t('action.expand')}>
          <strong>{t('app.name')}</strong>
          <span>{disagreements.length > 0 ? t(disagreements.length === 1 ? 'collapsed.summary.one' : 'collapsed.summary', { count: disagreements.length }) : t('collapsed.summaryNone')}</span>
        </button>
        <button class="icon" type="button" onClick={() => onLayoutChange('closed')} aria-label={t('action.close')} title={t('action.close')}>
          ×
        </button>
      </div>
    );
  }

  return (
    <div class="sidebar" lang={language} data-testid="sidebar">
      <header class="bar">
        <div>
          <div class="brand">{t('app.name')}</div>
          <div class="muted small">{t('app.tagline')}</div>
        </div>
        <div class="bar__actions">
          <button type="button" class="text" lang={otherLanguage} onClick={() => onLanguageChange(otherLanguage)} data-testid="language-switch">
            {t('action.switchLanguage')}
          </button>
          <button type="button" class="icon" onClick={() => onLayoutChange('collapsed')} aria-label={t('action.collapse')} title={t('action.collapse')} data-testid="collapse">
            –
          </button>
          <button type="button" class="icon" onClick={() => onLayoutChange('closed')} aria-label={t('action.close')} title={t('action.close')} data-testid="close">
            ×
          </button>
        </div>
      </header>

      <main>
        {entry ? (
          <section aria-labelledby="incident-heading">
            <h2 id="incident-heading" class="eyebrow">{t('incident.heading')}</h2>
            <h1 class="title" data-testid="incident-title">{entry.title[language]}</h1>
            <div class="chips">
              <span class={`chip chip--${entry.status}`} data-testid="incident-status">{common(`status.${entry.status}`)}</span>
              <span class={`chip chip--${entry.verification}`} data-testid="incident-verification">{common(`verification.${entry.verification}`)}</span>
            </div>
          </section>
        ) : (
          <section data-testid="unknown-incident">
            <h1 class="title">{t('incident.unknown.heading')}</h1>
            <p>{t('incident.unknown.body')}</p>
          </section>
        )}

        {entry && (
          <section aria-labelledby="mismatch-heading" class="card card--alert">
            <h2 id="mismatch-heading">{t('mismatch.heading')}</h2>
            {disagreements.length > 0 ? (
              <>
                <p class="count" data-testid="mismatch-count">{t(disagreements.length === 1 ? 'mismatch.count.one' : 'mismatch.count', { count: disagreements.length })}</p>
                <MismatchList mismatches={disagreements} orgName={orgName} language={language} t={t} />
              </>
            ) : (
              <p class="muted" data-testid="mismatch-count">{t('mismatch.none')}</p>
            )}
          </section>
        )}

        {entry && (
          <section aria-labelledby="response-heading">
            <h2 id="response-heading">{t('response.heading')}</h2>
            <OfficialResponses responses={entry.responses} language={language} t={t} />
          </section>
        )}

        <section aria-labelledby="claim-heading">
          <h2 id="claim-heading">{t('claim.heading')}</h2>
          {entry ? <ClaimSummary claims={entry.claims} analysis={analysis} language={language} t={t} /> : <ArticleClaim analysis={analysis} language={language} t={t} />}
          <p class="small">
            {t('stanceInText.heading')} <strong>{t(`stanceInText.${analysis.officialStanceInText}`)}</strong>
          </p>
        </section>

        {notAddressed.length > 0 && (
          <section aria-labelledby="not-addressed-heading">
            <h2 id="not-addressed-heading">{t('mismatch.notAddressed.heading')}</h2>
            <MismatchList mismatches={notAddressed} orgName={orgName} language={language} t={t} />
          </section>
        )}

        {entry && entry.uncertain.length > 0 && (
          <section aria-labelledby="uncertain-heading" class="card card--uncertain" data-testid="uncertain">
            <h2 id="uncertain-heading">{t('uncertain.heading')}</h2>
            <ul>
              {entry.uncertain.map((u, i) => (
                <li key={i}>{u[language]}</li>
              ))}
            </ul>
          </section>
        )}

        {entry && entry.timeline.length > 0 && (
          <details>
            <summary>{t('timeline.heading')}</summary>
            <ol class="timeline">
              {entry.timeline.map((e, i) => (
                <li key={i}>
                  <strong>{formatPartialDate(e.date, language)}</strong>
                  {e.dateNote && (
                    <span class="date-note" data-testid="timeline-date-note">
                      {' '}({e.dateNote})
                    </span>
                  )}{' '}
                  — {e.event[language]}{' '}
                  {e.sources.map((s) => (
                    <SourceLink href={s} key={s} />
                  ))}
                </li>
              ))}
            </ol>
          </details>
        )}
      </main>

      <footer class="small muted">
        <p>{t('noVerdict')}</p>
        {kbAsOf && <p data-testid="kb-as-of">{t('kbAsOf', { date: formatPartialDate(kbAsOf, language) })}</p>}
      </footer>
    </div>
  );
}
