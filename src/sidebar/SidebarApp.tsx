import { useEffect, useRef } from 'preact/hooks';
import type { Analysis, Language, MatchEvidence } from '../core/types.ts';
import { contradictions } from '../core/types.ts';
import type { Entry } from '../kb/schema.ts';
import { COMMON } from '../shared/i18n-common.ts';
import { formatPartialDate, translator } from '../shared/i18n.ts';
import type { Translate } from '../shared/i18n.ts';
import type { SidebarLayout } from '../shared/messages.ts';
import { ArticleClaim, ClaimSummary } from './ClaimSummary.tsx';
import { MismatchList } from './MismatchList.tsx';
import { OfficialResponses } from './OfficialResponses.tsx';
import { SourceLink } from './SourceLink.tsx';
import { SIDEBAR_STRINGS } from './strings.ts';
import type { SidebarKey } from './strings.ts';

export interface SidebarAppProps {
  analysis: Analysis;
  /** The matched knowledge-base entry, or null for a leak the knowledge base does not hold. */
  entry: Entry | null;
  language: Language;
  layout: SidebarLayout;
  kbAsOf: string | null;
  /** The entry the analyzer named as possibly related when it matched none (never shown as the match). */
  possibleEntry?: Entry | null;
  /**
   * Bumped when keyboard focus should move to the layout's main control (after the reader collapsed, expanded or
   * closed it, or opened it from the keyboard); 0: leave focus alone.
   */
  focusRequest?: number;
  /** Whether the claim and response sentences are marked in the article (the legend says how). */
  showLegend?: boolean;
  /** Scroll the article to one of the marked sentences (the analysis's highlights, by index). */
  onShowQuote?(index: number): void;
  /** The marked sentence the reader clicked in the article: its row is scrolled to and focused. */
  targetQuote?: number;
  /** "Report a wrong match": copy the report (and open the issue page, where the build has its address). */
  onReportWrongMatch?(): void;
  /** What became of the last report: copied and the issue page opened, copied only, or not copied. */
  reportStatus?: ReportStatus | null;
  onLanguageChange(language: Language): void;
  onLayoutChange(layout: SidebarLayout): void;
}

export type ReportStatus = 'copied-opened' | 'copied-only' | 'copy-failed';
const REPORT_STATUS_KEY = { 'copied-opened': 'report.copiedOpened', 'copied-only': 'report.copiedOnly', 'copy-failed': 'report.copyFailed' } as const;

export function SidebarApp({ analysis, entry, language, layout, kbAsOf, possibleEntry = null, focusRequest = 0, showLegend = false, onShowQuote, targetQuote, onReportWrongMatch, reportStatus = null, onLanguageChange, onLayoutChange }: SidebarAppProps) {
  const focusTarget = useRef<HTMLElement>(null);
  useEffect(() => {
    if (targetQuote !== undefined && layout === 'expanded') {
      const row = document.getElementById(`quote-${targetQuote}`);
      row?.scrollIntoView({ block: 'center' });
      row?.querySelector('button')?.focus();
      return;
    }
    if (focusRequest > 0) focusTarget.current?.focus();
  }, [focusRequest, layout, targetQuote]);
  const t = translator(SIDEBAR_STRINGS, language);
  const common = translator(COMMON, language);
  const disagreements = entry ? contradictions(analysis) : [];
  const notAddressed = entry ? analysis.mismatches.filter((m) => m.kind === 'not-addressed') : [];
  const otherLanguage: Language = language === 'hi' ? 'en' : 'hi';
  const orgName = entry ? (language === 'hi' ? entry.organisation.aliases.hi[0] : entry.organisation.aliases.en[0]) ?? entry.organisation.name[language] : '';

  if (layout === 'closed') {
    // The way back after closing: a small tab at the page's edge.
    return (
      <div class="edge-tab" lang={language} data-testid="sidebar-tab">
        <button type="button" ref={focusTarget as never} onClick={() => onLayoutChange('expanded')} aria-label={t('action.expand')} title={t('action.expand')} data-testid="reopen">
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
            <circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" stroke-width="2.4" />
            <path d="M15 15l6 6" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" />
          </svg>
        </button>
      </div>
    );
  }

  if (layout === 'collapsed') {
    // The button's name is its visible text (a different aria-label would hide what sighted users read).
    const summary = disagreements.length > 0
      ? t(disagreements.length === 1 ? 'collapsed.summary.one' : 'collapsed.summary', { count: disagreements.length })
      : entry ? t('collapsed.summaryNone') : t('collapsed.summaryUnknown');
    return (
      <div class="collapsed" lang={language} data-testid="sidebar-collapsed">
        <button class="collapsed__open" type="button" ref={focusTarget as never} onClick={() => onLayoutChange('expanded')} aria-expanded="false" data-testid="expand">
          <strong>{t('app.name')}</strong>
          <span class={disagreements.length > 0 ? 'collapsed__count' : 'collapsed__none'}>{summary}</span>
        </button>
        <button class="icon" type="button" onClick={() => onLayoutChange('closed')} aria-label={t('action.close')} title={t('action.close')} data-testid="close-card">
          ×
        </button>
      </div>
    );
  }

  return (
    <div class={`sidebar${entry ? '' : ' sidebar--compact'}`} lang={language} data-testid="sidebar">
      {/* One line that stays on top while the reader scrolls: the name and the controls (the tagline scrolls below). */}
      <header class="bar">
        <div class="brand">{t('app.name')}</div>
        <div class="bar__actions">
          <button type="button" class="text" lang={otherLanguage} onClick={() => onLanguageChange(otherLanguage)} data-testid="language-switch">
            {t('action.switchLanguage')}
          </button>
          <button type="button" class="icon" ref={focusTarget as never} onClick={() => onLayoutChange('collapsed')} aria-label={t('action.collapse')} title={t('action.collapse')} aria-expanded="true" data-testid="collapse">
            –
          </button>
          <button type="button" class="icon" onClick={() => onLayoutChange('closed')} aria-label={t('action.close')} title={t('action.close')} data-testid="close">
            ×
          </button>
        </div>
      </header>

      <main>
        <p class="tagline muted small">{t('app.tagline')}</p>
        {entry ? (
          <section aria-labelledby="incident-heading">
            <p class="eyebrow">{t('incident.heading')}</p>
            <h1 id="incident-heading" class="title" data-testid="incident-title">{entry.title[language]}</h1>
            <div class="chips">
              <span class={`chip chip--${entry.status}`} data-testid="incident-status">{common(`status.${entry.status}`)}</span>
              <span class={`chip chip--${entry.verification}`} data-testid="incident-verification">{common(`verification.${entry.verification}`)}</span>
            </div>
            {analysis.incident?.why && analysis.incident.why.length > 0 && <WhyThisIncident why={analysis.incident.why} language={language} t={t} />}
          </section>
        ) : (
          <section data-testid="unknown-incident">
            <h1 class="title">{t('incident.unknown.heading')}</h1>
            <p>{t(possibleEntry ? 'incident.possible.body' : 'incident.unknown.body')}</p>
            {possibleEntry && (
              <p class="possible" data-testid="possibly-related">
                {t('incident.possible.label')} <span class="possible__title">{possibleEntry.title[language]}</span>
              </p>
            )}
          </section>
        )}


        {entry && (
          <section aria-labelledby="mismatch-heading" class={disagreements.length > 0 ? 'card card--alert' : 'card'}>
            <h2 id="mismatch-heading">{t('mismatch.heading')}</h2>
            {disagreements.length > 0 ? (
              <>
                <p class="count" data-testid="mismatch-count">{t(disagreements.length === 1 ? 'mismatch.count.one' : 'mismatch.count', { count: disagreements.length })}</p>
                <MismatchList mismatches={disagreements} orgName={orgName} language={language} t={t} quotes={analysis.highlights} onShowQuote={showLegend ? onShowQuote : undefined} />
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

        {showLegend && analysis.highlights.length > 0 && (
          <section aria-labelledby="quotes-heading" data-testid="article-quotes">
            <h2 id="quotes-heading">{t('legend.heading')}</h2>
            <p class="legend small" data-testid="highlight-legend">
              <span class="legend__claim">{t('legend.claim')}</span> · <span class="legend__response">{t('legend.response')}</span>
            </p>
            <ul class="quotes">
              {analysis.highlights.map((h, i) => (
                <li key={i} id={`quote-${i}`} class={`quote${targetQuote === i ? ' quote--target' : ''}`} data-role={h.role} data-testid="article-quote">
                  <span class={`quote__role legend__${h.role}`}>{t(h.role === 'claim' ? 'legend.claim' : 'legend.response')}</span>{' '}
                  <span lang={/[\u0900-\u097F]/.test(h.exact) ? 'hi' : 'en'}>“<bdi>{h.exact}</bdi>”</span>{' '}
                  <button type="button" class="text" data-testid="show-quote" onClick={() => onShowQuote?.(i)}>
                    {t('quotes.show')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}

        {notAddressed.length > 0 && (
          <section aria-labelledby="not-addressed-heading">
            <h2 id="not-addressed-heading">{t('mismatch.notAddressed.heading')}</h2>
            <MismatchList mismatches={notAddressed} orgName={orgName} language={language} t={t} quotes={analysis.highlights} onShowQuote={showLegend ? onShowQuote : undefined} />
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
                  — {e.event[language]}
                  <span class="sources sources--inline">
                    {e.sources.map((s) => (
                      <SourceLink href={s} key={s} />
                    ))}
                  </span>
                </li>
              ))}
            </ol>
          </details>
        )}
      </main>

      <footer class="small muted">
        {onReportWrongMatch && (
          <div class="report" data-testid="report">
            <button type="button" class="text" aria-describedby="report-hint" onClick={() => onReportWrongMatch()} data-testid="report-wrong-match">
              {t('report.button')}
            </button>
            <p id="report-hint">{t('report.hint')}</p>
            <p role="status" class="report__status" data-testid="report-status">
              {reportStatus ? t(REPORT_STATUS_KEY[reportStatus]) : ''}
            </p>
          </div>
        )}
        <p>{t('noVerdict')}</p>
        {kbAsOf && <p data-testid="kb-as-of">{t('kbAsOf', { date: formatPartialDate(kbAsOf, language) })}</p>}
      </footer>
    </div>
  );
}

/** "Why this incident: 20,000 people · Raid Forums · January 2022 — as in the claim": the article's own words. */
function WhyThisIncident({ why, language, t }: { why: readonly MatchEvidence[]; language: Language; t: Translate<SidebarKey> }) {
  return (
    <div class="why" data-testid="why-incident">
      <span class="why__label">{t('why.label')}</span>{' '}
      {why.map((w, i) => {
        // A publication date comes from the page's metadata (2022-01-21T18:30:00+05:30): shown as a reader's date.
        const iso = w.kind === 'published' ? /^(\d{4}-\d{2}-\d{2})(T|$)/.exec(w.text) : null;
        return (
          <span key={`${w.kind}:${i}`} data-kind={w.kind}>
            {i > 0 && ' · '}
            {iso ? (
              t('why.published', { date: formatPartialDate(iso[1]!, language) })
            ) : (
              /* Page text: inside <bdi>, in the script it was written in. */
              <bdi lang={/[\u0900-\u097F]/.test(w.text) ? 'hi' : 'en'}>{w.text}</bdi>
            )}
          </span>
        );
      })}{' '}
      <span class="why__suffix">{t('why.suffix')}</span>
    </div>
  );
}
