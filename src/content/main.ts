/**
 * The page side of LeakLens, loaded only on pages the prefilter let through: decide whether LeakLens is on
 * here, find the article, hand it to the background for analysis (the analyzer and the knowledge base never load
 * into the page), and show the sidebar and highlights. Everything it sets up hangs off one AbortController per
 * run, so switching the site off (or a new run) tears it all down.
 */
import browser from 'webextension-polyfill';
import type { Analysis } from '../core/types.ts';
import type { Message, SidebarLayout } from '../shared/messages.ts';
import { isFromOwnExtension, isMessage, isTabReport, logIgnoredMessage } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';
import { loadSettings, watchSettings } from '../shared/settings-store.ts';
import { decideForUrl } from '../shared/site-decision.ts';
import { extractArticle, findArticleRoot } from './article/extract-article.ts';
import { highlightQuotes } from './highlights.ts';
import { mountSidebarFrame } from './sidebar-frame.ts';
import { watchUrl } from './url-watch.ts';
import type { SidebarFrame } from './sidebar-frame.ts';

export async function startLeakLens(): Promise<void> {
  const lifetime = new AbortController();
  let run: AbortController | null = null;
  let sidebar: SidebarFrame | null = null;
  let lastAnalysis: Analysis | null = null;

  const startRun = async (settings: Settings): Promise<void> => {
    run?.abort();
    sidebar = null;
    lastAnalysis = null;
    const current = new AbortController();
    run = current;
    const decision = decideForUrl(location.href, settings);
    if (!decision.on) {
      void send({ type: 'tab-cleared' });
      return;
    }
    const article = extractArticle(document, location.href);
    const answer = await send({ type: 'analyze-page', title: (article?.title ?? document.title).slice(0, 500), article });
    // A newer run (settings changed meanwhile) owns the page now.
    if (current.signal.aborted) return;
    const analysis = isTabReport(answer) ? answer.analysis : null;
    lastAnalysis = analysis;
    if (!analysis?.isLeakArticle) return;
    sidebar = mountSidebarFrame(decision.siteSettings.startCollapsed ? 'collapsed' : 'expanded', current.signal);
    if (decision.siteSettings.highlightInPage) {
      const root = findArticleRoot(document, location.href);
      if (root) highlightQuotes(root, analysis.highlights, current.signal);
    }
  };

  const onMessage = (message: unknown, sender: browser.Runtime.MessageSender) => {
    if (!isFromOwnExtension(sender, browser.runtime.id) || !isMessage(message)) {
      logIgnoredMessage('content', message, 'unknown sender or malformed message');
      return undefined;
    }
    if (message.type === 'show-sidebar' && lastAnalysis?.isLeakArticle && run && !run.signal.aborted) {
      if (sidebar && sidebar.layout !== 'closed') sidebar.setLayout('expanded');
      else sidebar = mountSidebarFrame('expanded', run.signal);
    } else if (message.type === 'sidebar-layout') {
      setLayout(message.layout);
    } else {
      logIgnoredMessage('content', message, `not for the content script: ${message.type}`);
    }
    return undefined;
  };
  const setLayout = (layout: SidebarLayout) => sidebar?.setLayout(layout);

  browser.runtime.onMessage.addListener(onMessage);
  lifetime.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });

  let settings = await loadSettings();
  watchSettings((next) => {
    const before = decideForUrl(location.href, settings);
    const after = decideForUrl(location.href, next);
    settings = next;
    // Only a change that concerns this page re-runs it.
    if (before.on !== after.on || JSON.stringify(before) !== JSON.stringify(after)) void startRun(next);
  }, lifetime.signal);
  // A new story in the same page (the address changed without a reload) is a new article to look at.
  watchUrl(() => void startRun(settings), lifetime.signal);
  await startRun(settings);
}

async function send(message: Message): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch (error) {
    // The background may be restarting; the tab then shows nothing, which is the safe side.
    console.debug('LeakLens: could not reach the background', error);
    return undefined;
  }
}
