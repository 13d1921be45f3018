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
  | { kind: 'incident'; incidentId: string; title: Bilingual; status: OverallStatus; contradictions: number }
  /** A leak article whose incident the knowledge base does not hold. */
  | { kind: 'unknown-leak' }
  /** The page was read and is not a leak article. */
  | { kind: 'no-leak' }
  /** LeakLens is on for the site but has not reported on this page (yet). */
  | { kind: 'not-checked' }
  | { kind: 'switched-off' }
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
}

export interface PopupInput {
  /** The active tab's URL; undefined when the browser does not reveal it (pages LeakLens has no access to). */
  url: string | undefined;
  settings: Settings;
  report: TabReport | null;
  entries: readonly Entry[];
  browserLanguage: Language;
}

export function buildPopupView({ url, settings, report, entries, browserLanguage }: PopupInput): PopupView {
  const decision = decideForUrl(url, settings);
  // A report is only trusted for the site the tab is on now (it may be left over from before a navigation).
  const siteReport = decision.site && report && report.siteId === decision.site.id ? report : null;
  // What LeakLens found counts only while it is on; the article's language holds either way, so switching
  // the site off does not flip the popup into another language.
  const liveReport = decision.on ? siteReport : null;
  const analysis = liveReport?.analysis ?? null;
  const language = chooseLanguage(settings.language, siteReport?.analysis?.language ?? null, browserLanguage);

  let finding: Finding;
  if (!decision.on) {
    finding = decision.reason === 'switched-off' ? { kind: 'switched-off' } : { kind: 'not-a-news-site' };
  } else if (!liveReport) {
    finding = { kind: 'not-checked' };
  } else if (!analysis || !analysis.isLeakArticle) {
    finding = { kind: 'no-leak' };
  } else {
    const entry = analysis.incident ? entries.find((e) => e.id === analysis.incident!.id) : undefined;
    finding = entry
      ? { kind: 'incident', incidentId: entry.id, title: entry.title, status: entry.status, contradictions: contradictions(analysis).length }
      : { kind: 'unknown-leak' };
  }

  return {
    language,
    site: decision.site,
    siteEnabled: decision.on,
    finding,
    canShowSidebar: finding.kind === 'incident' || finding.kind === 'unknown-leak',
  };
}
