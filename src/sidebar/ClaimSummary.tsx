import type { Analysis, Language } from '../core/types.ts';
import type { Entry } from '../kb/schema.ts';
import { formatCount, formatPartialDate } from '../shared/i18n.ts';
import type { Translate } from '../shared/i18n.ts';
import type { SidebarKey } from './strings.ts';
import { SourceLink } from './SourceLink.tsx';
import { fieldName } from './MismatchList.tsx';
import { formatAmount } from './amounts.ts';

/** The knowledge base's record of the claim(s), next to what this article says. */
export function ClaimSummary({ claims, analysis, language, t }: { claims: Entry['claims']; analysis: Analysis; language: Language; t: Translate<SidebarKey> }) {
  return (
    <div class="claims">
      {claims.map((c, i) => (
        <dl class="facts" key={i} data-testid="kb-claim">
          <dt>{t('claim.who')}</dt>
          <dd>{c.claimant[language]}</dd>
          <dt>{t('claim.where')}</dt>
          <dd>{c.venue.name[language]}</dd>
          <dt>{t('claim.when')}</dt>
          <dd>{formatPartialDate(c.date, language)}</dd>
          {c.recordCount.value !== null && (
            <>
              <dt>{t('claim.count')}</dt>
              <dd>{formatAmount(c.recordCount.value, c.recordCount.unit, language)}</dd>
            </>
          )}
          {c.price && (
            <>
              <dt>{t(c.price.kind === 'sale' ? 'claim.price.sale' : 'claim.price.ransom')}</dt>
              <dd data-testid="claim-price" data-kind={c.price.kind}>
                {c.price.asReported.join(' / ')}
              </dd>
            </>
          )}
          <dd class="sources">
            {c.sources.map((s) => (
              <SourceLink href={s} key={s} />
            ))}
          </dd>
        </dl>
      ))}
      <ArticleClaim analysis={analysis} language={language} t={t} />
    </div>
  );
}

/** What the article itself says was claimed: the fields and the count, as found in its text. */
export function ArticleClaim({ analysis, language, t }: { analysis: Analysis; language: Language; t: Translate<SidebarKey> }) {
  return (
    <div class="article-claim" data-testid="article-claim">
      <h3>{t('claim.fieldsInArticle')}</h3>
      {analysis.claimedFields.length > 0 ? (
        <ul class="field-list">
          {analysis.claimedFields.map((f) => (
            <li key={f}>{fieldName(f, language)}</li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('claim.noFields')}</p>
      )}
      {analysis.claimedCount && (
        <p data-testid="article-count">
          {/* Page text inside <bdi>: bidi controls in it (a right-to-left mark in "12\u200f,000") stay inside the quotes. */}
          {t('claim.articleCount')}: “<bdi>{analysis.claimedCount.text}</bdi>” ({formatCount(analysis.claimedCount.value, language)})
        </p>
      )}
    </div>
  );
}
