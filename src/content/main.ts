/**
 * The page side of LeakLens, loaded only on pages the prefilter let through: decide whether LeakLens is on
 * here, find the article, analyse it, report to the background, and show the sidebar and highlights.
 * Everything it sets up hangs off one AbortController per run, so switching the site off (or a new run)
 * tears it all down.
 */
import browser from 'webextension-polyfill';
import { analyze, compileKb } from '../core/analyze.ts';
import type { Analysis } from '../core/types.ts';
import { KB_ENTRIES } from '../kb/index.ts';
import type { Message, SidebarLayout, TabReport } from '../shared/messages.ts';
import { isFromOwnExtension, isMessage, logIgnoredMessage } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';
import { loadSettings, watchSettings } from '../shared/settings-store.ts';
import { decideForUrl } from '../shared/site-decision.ts';
import { extractArticle, findArticleRoot } from './article/extract-article.ts';
import { highlightQuotes } from './highlights.ts';
import { mountSidebarFrame } from './sidebar-frame.ts';
import type { SidebarFrame } from './sidebar-frame.ts';

let compiledKb: ReturnType<typeof compileKb> | null = null;

export async function startLeakLens(): Promise<void> {
  const lifetime = new AbortController();
  let run: AbortController | null = null;
  let sidebar: SidebarFrame | null = null;
  let lastAnalysis: Analysis | null = null;

  const startRun = (settings: Settings) => {
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
    const analysis = article ? analyzeArticle(article) : null;
    lastAnalysis = analysis;
    const report: TabReport = { url: location.href, title: (article?.title ?? document.title).slice(0, 500), siteId: decision.site.id, analysis };
    void send({ type: 'tab-report', report });
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
    if (before.on !== after.on || JSON.stringify(before) !== JSON.stringify(after)) startRun(next);
  }, lifetime.signal);
  startRun(settings);
}

function analyzeArticle(article: NonNullable<ReturnType<typeof extractArticle>>): Analysis | null {
  try {
    compiledKb ??= compileKb(KB_ENTRIES);
    return analyze(article, compiledKb);
  } catch (error) {
    // The analyzer is built never to throw; if it ever does, the page must not notice.
    console.warn('LeakLens: analysis failed', error);
    return null;
  }
}

async function send(message: Message): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch (error) {
    // The background may be restarting; the popup then shows nothing for this tab, which is the safe side.
    console.debug('LeakLens: could not reach the background', error);
  }
}
