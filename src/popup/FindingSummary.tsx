/** "What LeakLens found on this tab": one of the popup's findings, in words. */
import type { Language } from '../core/types.ts';
import type { Finding } from './model.ts';
import type { PopupTranslate } from './strings.ts';

export interface FindingSummaryProps {
  t: PopupTranslate;
  language: Language;
  finding: Finding;
  /** The headline of the article the finding is about (page text), or null. */
  headline?: string | null;
}

export function FindingSummary({ t, language, finding, headline = null }: FindingSummaryProps) {
  return (
    <section class={`finding finding--${finding.kind}`} aria-labelledby="popup-found-heading" data-testid="popup-found" data-finding={finding.kind}>
      <h2 id="popup-found-heading" class="finding__heading">
        {t('found.heading')}
      </h2>
      {headline && (
        <p class="finding__article" data-testid="popup-article">
          <span class="finding__article-label">{t('found.article')}</span>{' '}
          {/* Page text: inside <bdi>, in the script it was written in. */}
          <bdi lang={/[\u0900-\u097F]/.test(headline) ? 'hi' : 'en'}>{headline}</bdi>
        </p>
      )}
      <FindingBody t={t} language={language} finding={finding} />
    </section>
  );
}

function FindingBody({ t, language, finding }: FindingSummaryProps) {
  switch (finding.kind) {
    case 'incident': {
      const count = finding.contradictions;
      // "Nothing contradicts the response" says nothing when there was no response to contradict.
      const countKey = count === 0 ? (finding.hasResponse ? 'found.mismatches.none' : 'found.noResponse') : count === 1 ? 'found.mismatches.one' : 'found.mismatches.other';
      return (
        <>
          <p class="finding__lead">{t('found.incident.lead')}</p>
          <p class="finding__title" data-testid="popup-incident-title">
            {finding.title[language]}
          </p>
          <p class={`finding__status status--${finding.status}`} data-testid="popup-incident-status" data-status={finding.status}>
            {t('found.status', { status: t(`status.${finding.status}`) })}
          </p>
          <p class={`finding__count${count > 0 ? ' finding__count--contradicted' : ''}`} data-testid="popup-mismatch-count" data-count={count}>
            {t(countKey, { count })}
          </p>
        </>
      );
    }
    case 'unknown-leak':
      return (
        <>
          <p class="finding__lead">{t('found.unknownLeak')}</p>
          <p class="finding__hint">{t('found.unknownLeak.hint')}</p>
        </>
      );
    case 'no-leak':
      return <p class="finding__lead">{t('found.noLeak')}</p>;
    case 'not-an-article':
      return (
        <>
          <p class="finding__lead">{t('found.notArticle')}</p>
          <p class="finding__hint">{t('found.notArticle.hint')}</p>
        </>
      );
    case 'not-checked':
      return (
        <p class="finding__lead" role="status">
          {t('found.notChecked')}
        </p>
      );
    case 'paused':
      return (
        <>
          <p class="finding__lead">{t('found.paused')}</p>
          <p class="finding__hint">{t('found.paused.hint')}</p>
        </>
      );
    case 'switched-off':
      return (
        <>
          <p class="finding__lead">{t('found.switchedOff')}</p>
          <p class="finding__hint">{t('found.switchedOff.hint')}</p>
        </>
      );
    case 'not-a-news-site':
      return (
        <>
          <p class="finding__lead">{t('found.notNewsSite')}</p>
          <p class="finding__hint">{t('found.notNewsSite.hint')}</p>
        </>
      );
  }
}
