/**
 * The page side of LeakLens, loaded only on pages the prefilter let through: decide whether LeakLens is on
 * here, find the article, hand it to the background for analysis (the analyzer and the knowledge base never load
 * into the page), and show the sidebar and highlights.
 *
 * Lifetimes, each an AbortController: `lifetime` (the content script itself, ended if the extension goes away),
 * one `run` per analysed article (its sidebar and highlights), and one per mounted sidebar frame. Aborting one
 * tears down everything below it.
 */
import browser from 'webextension-polyfill';
import type { Analysis, ArticleInput } from '../core/types.ts';
import type { Message, SidebarLayout } from '../shared/messages.ts';
import { isFromOwnExtension, isMessage, isTabReport, logIgnoredMessage } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';
import { loadSettings, watchSettings } from '../shared/settings-store.ts';
import { MAX_URL_LENGTH } from '../shared/page-url.ts';
import { decideForUrl } from '../shared/site-decision.ts';
import { extractArticleAsync, findArticleRoot, nextTask } from './article/extract-article.ts';
import { highlightQuotes } from './highlights.ts';
import type { QuoteMarks } from './highlights.ts';
import { HIGHLIGHT_CARD } from './highlights.ts';
import { articleRightEdge, firstLayout, mountSidebarFrame } from './sidebar-frame.ts';
import { browserLanguage, chooseLanguage } from '../shared/i18n.ts';
import type { SidebarFrame } from './sidebar-frame.ts';
import { watchUrl } from './url-watch.ts';
import { isOwnMutation } from './own-nodes.ts';

type Reason = 'start' | 'settings' | 'address' | 'restored' | 'content';

/** What identifies a story on the page, so that a new address for the same story does not start over. */
function storyKey(article: ArticleInput | null): string {
  return article ? `${article.title}\u0000${article.text.length}\u0000${article.text.slice(0, 300)}` : '';
}

/** Whether this content script still belongs to a live extension (after an update, old ones are orphaned). */
const extensionAlive = (): boolean => {
  try {
    return !!browser.runtime.id;
  } catch {
    return false;
  }
};

/**
 * Whether this document is sandboxed without its own origin (a `Content-Security-Policy: sandbox` header): an
 * extension frame cannot load there, so LeakLens shows no sidebar (the badge and the popup still work).
 */
export function isSandboxedDocument(): boolean {
  try {
    return window.origin === 'null' || document.domain === '' ;
  } catch {
    return true;
  }
}

/** How often, at most, a page whose DOM changes is read again to see whether the analysed text still stands. */
const RECHECK_MS = 1000;

export async function startLeakLens(): Promise<void> {
  const lifetime = new AbortController();
  let settings: Settings = await loadSettings();
  let run: AbortController | null = null;
  let story: { key: string; analysis: Analysis | null } | null = null;
  let sidebar: SidebarFrame | null = null;
  let sidebarControl: AbortController | null = null;
  /** The quotes marked in the article for the current run (the sidebar can scroll the article to one). */
  let marks: QuoteMarks | null = null;
  /** The element holding the analysed article, found once per analysis. */
  let articleRoot: Element | null = null;
  /** The article text the shown analysis was made from (what the reader must still be able to see). */
  let analysedText: string | null = null;
  // One look at the page (extraction and analysis) at a time; a request that comes meanwhile replaces any
  // earlier waiting one and runs when the current one ends.
  let busy = false;
  let waiting: Reason | null = null;

  const send = async (message: Message): Promise<unknown> => {
    try {
      return await browser.runtime.sendMessage(message);
    } catch (error) {
      if (!extensionAlive()) lifetime.abort();
      // The background may be restarting; the tab then shows nothing, which is the safe side.
      console.debug('LeakLens: could not reach the background', error);
      return undefined;
    }
  };

  /** Mounts a sidebar frame in `layout`, replacing any earlier one; it goes when `runSignal` aborts. */
  const openSidebar = (layout: SidebarLayout, runSignal: AbortSignal, focus = false, quote?: number) => {
    sidebarControl?.abort();
    const control = new AbortController();
    sidebarControl = control;
    runSignal.addEventListener('abort', () => control.abort(), { once: true, signal: control.signal });
    if (isSandboxedDocument()) return;
    const language = chooseLanguage(settings.language, story?.analysis?.language ?? null, browserLanguage());
    // Where the article ends, for placing the sidebar beside it (the element found once per analysis).
    const articleRight = () => articleRightEdge(articleRoot?.isConnected ? articleRoot : null);
    sidebar = mountSidebarFrame(layout, control.signal, (reason) => {
      console.warn(`LeakLens: the sidebar was withdrawn (${reason})`);
      sidebar = null;
    }, { language, articleRight, focus, short: !story?.analysis?.incident, ...(quote !== undefined ? { quote } : {}) });
  };

  const lookAtPage = async (reason: Reason): Promise<void> => {
    if (lifetime.signal.aborted) return;
    if (busy) {
      waiting = reason === 'content' && waiting ? waiting : reason;
      return;
    }
    busy = true;
    try {
      await lookAtPageNow(reason);
    } finally {
      busy = false;
      const next = waiting;
      waiting = null;
      if (next) void lookAtPage(next);
    }
  };

  const lookAtPageNow = async (reason: Reason): Promise<void> => {
    const decision = decideForUrl(location.href, settings);
    if (!decision.on) {
      run?.abort();
      run = null;
      story = null;
      analysedText = null;
      void send({ type: 'tab-cleared' });
      return;
    }
    const article = await extractArticleAsync(document, location.href, { checkLayout: true, signal: lifetime.signal });
    if (lifetime.signal.aborted) return;
    const key = storyKey(article);
    if (reason === 'content' && article?.text === analysedText) return;
    const message: Message = { type: 'analyze-page', url: location.href.slice(0, MAX_URL_LENGTH), title: (article?.title ?? document.title).slice(0, 500), article };
    if (reason === 'address' && story && story.key === key) {
      // The same story under a new address (tracking parameters, replaceState): keep what the reader has open,
      // and let the background file it under the new address.
      await send(message);
      return;
    }
    let answer: unknown;
    let answered = false;
    if (reason === 'content' && run && story?.analysis) {
      // The page changed what a reader sees. If the analysis of what is there now is the same, the reader keeps
      // the sidebar (a live ticker in the story must not make it flicker); otherwise it is replaced or withdrawn.
      const shown = run;
      answer = await send(message);
      answered = true;
      if (run !== shown || shown.signal.aborted) return;
      const analysis = isTabReport(answer) ? answer.analysis : null;
      if (analysis?.isLeakArticle && JSON.stringify(analysis) === JSON.stringify(story.analysis)) {
        analysedText = article?.text ?? null;
        story = { key, analysis };
        return;
      }
    }
    run?.abort();
    const current = new AbortController();
    run = current;
    story = null;
    analysedText = null;
    if (!answered) answer = await send(message);
    // A newer look at the page (settings or address changed meanwhile) owns it now.
    if (current.signal.aborted) return;
    const analysis = isTabReport(answer) ? answer.analysis : null;
    story = { key, analysis };
    if (!analysis?.isLeakArticle) return;
    analysedText = article?.text ?? null;
    // Finding the article element, mounting the sidebar beside it and highlighting each get a task of their own: on a
    // long or deeply nested article, any two together would make one long task.
    await nextTask();
    if (current.signal.aborted) return;
    const root = findArticleRoot(document, location.href, { checkLayout: true });
    articleRoot = root;
    await nextTask();
    if (current.signal.aborted) return;
    openSidebar(firstLayout(decision.siteSettings, articleRightEdge(root)), current.signal);
    if (decision.siteSettings.highlightInPage) {
      await nextTask();
      if (current.signal.aborted) return;
      // A click on a marked sentence opens the sidebar at that quote's row.
      if (root) {
        const cardText = HIGHLIGHT_CARD[chooseLanguage(settings.language, analysis.language, browserLanguage())];
        marks = highlightQuotes(root, analysis.highlights, current.signal, (article?.text.length ?? 0) + 50_000, (quote) => openSidebar('expanded', current.signal, true, quote), cardText);
      }
    }
  };

  // The evidence must stay on the page: when the page changes what a reader sees, read it again (at most once a
  // second); if the text differs from what was analysed, analyse again, which withdraws a sidebar that no longer
  // applies.
  let recheckTimer: ReturnType<typeof setTimeout> | undefined;
  let lastRecheck = 0;
  const observer = new MutationObserver((records) => {
    if (analysedText === null || recheckTimer !== undefined || records.every(isOwnMutation)) return;
    recheckTimer = setTimeout(() => {
      recheckTimer = undefined;
      lastRecheck = performance.now();
      if (analysedText !== null) void lookAtPage('content');
    }, Math.max(0, lastRecheck + RECHECK_MS - performance.now()));
  });
  observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['style', 'class', 'hidden', 'open', 'aria-hidden'] });
  lifetime.signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(recheckTimer);
  }, { once: true });

  const onMessage = (message: unknown, sender: browser.Runtime.MessageSender) => {
    if (!isFromOwnExtension(sender, browser.runtime.id) || !isMessage(message)) {
      logIgnoredMessage('content', message, 'unknown sender or malformed message');
      return undefined;
    }
    if (message.type === 'show-sidebar') {
      // A collapsed or closed sidebar is replaced by an expanded one: the frame starts in the layout it is given.
      if (!story?.analysis?.isLeakArticle || !run) return undefined;
      if (sidebar && !sidebar.removed && sidebar.layout === 'expanded') sidebar.focus();
      else openSidebar('expanded', run.signal, true);
    } else if (message.type === 'sidebar-layout') {
      sidebar?.setLayout(message.layout);
    } else if (message.type === 'show-quote') {
      marks?.reveal(message.index);
    } else if (message.type === 'sidebar-ready') {
      sidebar?.confirmReady();
    } else {
      logIgnoredMessage('content', message, `not for the content script: ${message.type}`);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  lifetime.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });

  // What of the settings makes this page look again: whether LeakLens is on here and whether it highlights. The
  // sidebar's own remembered layout and language are the sidebar's business (it is open already).
  const concerns = (s: Settings) => {
    const decision = decideForUrl(location.href, s);
    return JSON.stringify([decision.on, decision.on && decision.siteSettings.highlightInPage]);
  };
  watchSettings((next) => {
    const before = concerns(settings);
    settings = next;
    // The sidebar shows the new language itself; its frame's title and its landmark's name are the page's side.
    sidebar?.setLanguage(chooseLanguage(next.language, story?.analysis?.language ?? null, browserLanguage()));
    if (concerns(next) !== before) void lookAtPage('settings');
  }, lifetime.signal);
  // A new story loaded into the same page (the address changed without a reload) is a new article to look at.
  watchUrl(() => {
    if (!extensionAlive()) lifetime.abort();
    else void lookAtPage('address');
  }, lifetime.signal);
  // A page restored from the back/forward cache keeps this script but the background has forgotten the tab.
  addEventListener('pageshow', (event) => event.persisted && void lookAtPage('restored'), { signal: lifetime.signal });
  await lookAtPage('start');
}
