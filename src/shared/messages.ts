/**
 * Every message between LeakLens's parts, with a guard per message that checks its shape.
 * Receivers also check the sender (see `isFromOwnExtension`): a message that fails either check is
 * ignored and logged, never acted on.
 */
import type { Analysis, ArticleInput } from '../core/types.ts';
import { MAX_URL_LENGTH } from './page-url.ts';

/** Longest article text a page may hand over for analysis: the extractor cuts articles there. */
export const MAX_ARTICLE_TEXT = 200_000;

/** What the background knows about a tab: the page and, for a page that was analysed, the analysis. */
export interface TabReport {
  url: string;
  title: string;
  siteId: string;
  /** The browser's id of the page's document, where it gives one: messages for the page go to exactly it. */
  documentId?: string;
  /** null when the page was looked at and is not a leak article. */
  analysis: Analysis | null;
}

export type Message =
  /**
   * every-page content script → background: this page may be a leak article; inject the rest of the page side
   * (content/page.js) into the sending document, if LeakLens is on for it. No answer.
   */
  | { type: 'start-page' }
  /**
   * content → background: the article on this tab (null when the page has none), to analyse off the page's main
   * thread. Answer: the TabReport for the tab (it replaces any earlier one).
   */
  | { type: 'analyze-page'; url: string; title: string; article: ArticleInput | null }
  /** content → background: nothing to show on this tab any more (site switched off, navigation). */
  | { type: 'tab-cleared' }
  /** popup → background: what is known about a tab. Answer: TabStateAnswer. */
  | { type: 'get-tab-state'; tabId: number }
  /** sidebar (in a tab) → background: the report for the sidebar's own tab. Answer: TabReport | null. */
  | { type: 'get-sidebar-report' }
  /** sidebar → background → content: the sidebar wants to be collapsed, expanded or closed. */
  | { type: 'sidebar-layout'; layout: SidebarLayout }
  /**
   * sidebar → background → content: the sidebar page has loaded in its frame (the content script withdraws a
   * frame whose load nobody confirms: someone else navigated it).
   */
  | { type: 'sidebar-ready' }
  /** sidebar → background → content: scroll the article to the quote `index` of the analysis's highlights. */
  | { type: 'show-quote'; index: number }
  /** popup → content (through tabs.sendMessage): open the sidebar. */
  | { type: 'show-sidebar' };

export type SidebarLayout = 'expanded' | 'collapsed' | 'closed';

export interface TabStateAnswer {
  report: TabReport | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const LAYOUTS: readonly string[] = ['expanded', 'collapsed', 'closed'];
const MISMATCH_KINDS: readonly string[] = ['not-collected', 'not-affected', 'not-addressed', 'count'];
const STANCES_IN_TEXT: readonly string[] = ['denied', 'confirmed', 'partial', 'investigating', 'none'];
const HIGHLIGHT_ROLES: readonly string[] = ['claim', 'response'];

const isBilingual = (v: unknown): boolean => isObject(v) && typeof v.en === 'string' && typeof v.hi === 'string';
const isStringOrNull = (v: unknown): boolean => v === null || typeof v === 'string';

function isSourcedStatement(v: unknown): boolean {
  return isObject(v) && isBilingual(v.by) && typeof v.date === 'string' && isBilingual(v.text) && typeof v.source === 'string';
}

/** A light structural check of an Analysis: enough that the UI can render it without throwing. */
export function isAnalysisShape(v: unknown): v is Analysis {
  return (
    isObject(v) &&
    (v.language === 'hi' || v.language === 'en') &&
    typeof v.isLeakArticle === 'boolean' &&
    typeof v.score === 'number' &&
    (v.incident === null || (isObject(v.incident) && typeof v.incident.id === 'string' && typeof v.incident.confidence === 'number')) &&
    Array.isArray(v.claimedFields) && v.claimedFields.every((f) => typeof f === 'string') &&
    (v.claimedCount === null || (isObject(v.claimedCount) && typeof v.claimedCount.text === 'string' && typeof v.claimedCount.value === 'number')) &&
    isStringOrNull(v.claimDate) &&
    isStringOrNull(v.venue) &&
    typeof v.officialStanceInText === 'string' && STANCES_IN_TEXT.includes(v.officialStanceInText) &&
    Array.isArray(v.mismatches) && v.mismatches.every((m) => isObject(m) && typeof m.kind === 'string' && MISMATCH_KINDS.includes(m.kind) && typeof m.field === 'string' && typeof m.claim === 'string' && isSourcedStatement(m.official)) &&
    Array.isArray(v.highlights) && v.highlights.every((h) => isObject(h) && typeof h.role === 'string' && HIGHLIGHT_ROLES.includes(h.role) && typeof h.exact === 'string' && typeof h.prefix === 'string' && typeof h.suffix === 'string' &&
      // The fields a sentence is evidence for, where the analyzer names them (see sidebar/quote-links.ts).
      (h.fields === undefined || (Array.isArray(h.fields) && h.fields.length <= 64 && h.fields.every((f) => typeof f === 'string'))))
  );
}

export function isTabReport(v: unknown): v is TabReport {
  return (
    isObject(v) &&
    typeof v.url === 'string' && v.url.length <= MAX_URL_LENGTH &&
    typeof v.title === 'string' && v.title.length < 2000 &&
    typeof v.siteId === 'string' &&
    (v.documentId === undefined || (typeof v.documentId === 'string' && v.documentId.length < 200)) &&
    (v.analysis === null || isAnalysisShape(v.analysis))
  );
}

const isOptionalShortString = (v: unknown, max: number) => v === undefined || (typeof v === 'string' && v.length <= max);

/** An article as the content script extracts it, within the sizes the extractor produces. */
export function isArticleInput(v: unknown): v is ArticleInput {
  return (
    isObject(v) &&
    typeof v.title === 'string' && v.title.length <= 2000 &&
    typeof v.text === 'string' && v.text.length <= MAX_ARTICLE_TEXT &&
    isOptionalShortString(v.url, MAX_URL_LENGTH) &&
    isOptionalShortString(v.publishedDate, 100) &&
    isOptionalShortString(v.declaredLanguage, 40)
  );
}

export function isMessage(v: unknown): v is Message {
  if (!isObject(v) || typeof v.type !== 'string') return false;
  switch (v.type) {
    case 'analyze-page':
      return (
        typeof v.url === 'string' && v.url.length <= MAX_URL_LENGTH &&
        typeof v.title === 'string' && v.title.length <= 2000 &&
        (v.article === null || isArticleInput(v.article))
      );
    case 'start-page':
    case 'sidebar-ready':
    case 'tab-cleared':
    case 'get-sidebar-report':
    case 'show-sidebar':
      return Object.keys(v).length === 1;
    case 'get-tab-state':
      return Number.isInteger(v.tabId) && (v.tabId as number) >= 0;
    case 'sidebar-layout':
      return typeof v.layout === 'string' && LAYOUTS.includes(v.layout);
    case 'show-quote':
      return Number.isInteger(v.index) && (v.index as number) >= 0 && (v.index as number) < 1000 && Object.keys(v).length === 2;
    default:
      return false;
  }
}

/** Whether a runtime message comes from this extension (not from a web page or another extension). */
export function isFromOwnExtension(sender: { id?: string | undefined }, ownId: string): boolean {
  return sender.id === ownId;
}

/** The one way LeakLens logs a message it will not act on. */
export function logIgnoredMessage(where: string, message: unknown, why: string): void {
  console.warn(`LeakLens ${where}: ignored a message (${why})`, describeForLog(message));
}

/** A short text for the log; never throws (a message may be cyclic or hold a BigInt under structured clone). */
function describeForLog(message: unknown): unknown {
  if (typeof message !== 'object' || message === null) return message;
  try {
    return JSON.stringify(message)?.slice(0, 200);
  } catch {
    return '[unserialisable message]';
  }
}
