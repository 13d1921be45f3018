/**
 * What the popup shows, worked out from plain data: the tab's URL, the settings, the background's report for
 * the tab and the knowledge base. No browser APIs here (see controller.ts and index.tsx).
 */
import type { Language } from '../core/types.ts';
import { contradictions } from '../core/types.ts';
import type { Bilingual, Entry, OverallStatus } from '../kb/schema.ts';
import type { TabReport } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';
import { chooseLanguage } from '../shared/i18n.ts';
import { decideForUrl } from '../shared/site-decision.ts';
import type { NewsSite } from '../shared/sites.ts';

/** What LeakLens found on the tab, as the popup reports it. */
export type Finding =
  /** A matched knowledge-base incident. */
  | { kind: 'incident'; incidentId: string; title: Bilingual; status: OverallStatus; contradictions: number; hasResponse: boolean }
  /** A leak article whose incident the knowledge base does not hold. */
  | { kind: 'unknown-leak' }
  /** The page was read and is not a leak article. */
  | { kind: 'no-leak' }
  /** The page holds no article (a front page, a list of stories). */
  | { kind: 'not-an-article' }
  /** LeakLens is on for the site and is still reading this page (no report yet, and the page may be a leak article). */
  | { kind: 'not-checked' }
  | { kind: 'switched-off' }
  | { kind: 'paused' }
  | { kind: 'not-a-news-site' };

export interface PopupView {
  language: Language;
  /** The listed news site of the tab, or null. */
  site: NewsSite | null;
  /** The site's switch; false when there is no site. */
  siteEnabled: boolean;
  finding: Finding;
  /** Whether "Show the sidebar" makes sense: the tab holds a leak-article report. */
  canShowSidebar: boolean;
  /**
   * The headline of the article the finding is about (the report's title), for a leak article: on an infinite-scroll
   * page the tab holds several stories, and the finding is about the one the reader had in view.
   */
  headline: string | null;
}

export interface PopupInput {
  /** The active tab's URL; undefined when the browser does not reveal it (pages LeakLens has no access to). */
  url: string | undefined;
  settings: Settings;
  report: TabReport | null;
  entries: readonly Entry[];
  browserLanguage: Language;
  /**
   * What a look at the page itself found, for a page the background has no report on (the every-page prefilter
   * found no sign of a data leak there and so asked for nothing): null when the popup could not look.
   */
  pageCheck?: PageCheck | null;
}

/** What the popup's own look at the tab's page found (see index.tsx). */
export interface PageCheck {
  /** The page has finished loading (the prefilter runs when it has). */
  loaded: boolean;
  /** The prefilter's answer on the page as it is now. */
  mayBeLeak: boolean;
  /** The page looks like a single article (og:type article, a NewsArticle in JSON-LD, or an <article>). */
  isArticle: boolean;
}

export function buildPopupView({ url, settings, report, entries, browserLanguage, pageCheck = null }: PopupInput): PopupView {
  const decision = decideForUrl(url, settings);
  // A report is only trusted for the site the tab is on now (it may be left over from before a navigation).
  const siteReport = decision.site && report && report.siteId === decision.site.id ? report : null;
  // What LeakLens found counts only while it is on; the article's language holds either way, so switching
  // the site off does not flip the popup into another language.
  const liveReport = decision.on ? siteReport : null;
  const analysis = liveReport?.analysis ?? null;
  // Before any report (and whether the site is on or off), the site's own language: a Hindi site gets Hindi.
  const language = chooseLanguage(settings.language, siteReport?.analysis?.language ?? decision.site?.language ?? null, browserLanguage);

  let finding: Finding;
  if (!decision.on) {
    finding = { kind: decision.reason === 'paused' ? 'paused' : decision.reason === 'switched-off' ? 'switched-off' : 'not-a-news-site' };
  } else if (!liveReport) {
    // No report: either LeakLens is still reading the page, or the prefilter found no sign of a leak and asked for
    // nothing (then the popup's own look at the page says which).
    finding = pageCheck?.loaded && !pageCheck.mayBeLeak ? { kind: pageCheck.isArticle ? 'no-leak' : 'not-an-article' } : { kind: 'not-checked' };
  } else if (!analysis) {
    // The page side found no article on the page.
    finding = { kind: 'not-an-article' };
  } else if (!analysis.isLeakArticle) {
    finding = { kind: 'no-leak' };
  } else {
    const entry = analysis.incident ? entries.find((e) => e.id === analysis.incident!.id) : undefined;
    finding = entry
      ? {
          kind: 'incident',
          incidentId: entry.id,
          title: entry.title,
          status: entry.status,
          contradictions: contradictions(analysis).length,
          hasResponse: entry.responses.some((r) => r.stance !== 'no-comment'),
        }
      : { kind: 'unknown-leak' };
  }

  return {
    language,
    site: decision.site,
    siteEnabled: decision.site !== null && decision.siteSettings.enabled,
    finding,
    canShowSidebar: finding.kind === 'incident' || finding.kind === 'unknown-leak',
    headline: (finding.kind === 'incident' || finding.kind === 'unknown-leak') && liveReport?.title.trim() ? liveReport.title.trim() : null,
  };
}
