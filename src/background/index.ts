/**
 * The service worker: analyses the articles content scripts hand over (off the pages' main threads, with the
 * knowledge base compiled once while the worker lives), owns per-tab state and the badge, and relays sidebar
 * layout requests to the tab's content script. The rules for each message are in router.ts.
 */
import browser from 'webextension-polyfill';
import { analyze, compileKb } from '../core/analyze.ts';
import type { ArticleInput } from '../core/types.ts';
import { KB_ENTRIES } from '../kb/index.ts';
import { clearTabReport, getTabReport, setTabReport } from './tab-state.ts';
import { showBadge } from './badge.ts';
import { createRouter } from './router.ts';
import { isSamePage } from '../shared/page-url.ts';
import { topDocument } from '../shared/top-document.ts';

let compiledKb: ReturnType<typeof compileKb> | null = null;

function analyzeArticle(article: ArticleInput) {
  try {
    compiledKb ??= compileKb(KB_ENTRIES);
    return analyze(article, compiledKb);
  } catch (error) {
    // The analyzer is built never to throw; if it ever does, the tab simply shows nothing.
    console.warn('LeakLens background: analysis failed', error);
    return null;
  }
}

const route = createRouter({
  analyze: analyzeArticle,
  extensionId: browser.runtime.id,
  extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
  currentUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url,
  getReport: getTabReport,
  setReport: setTabReport,
  clearReport: clearTabReport,
  showBadge,
  sendToTopFrame: (tabId, message, documentId) => browser.tabs.sendMessage(tabId, message, topDocument(documentId)),
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => route(message, sender));

browser.tabs.onRemoved.addListener((tabId) => {
  void clearTabReport(tabId);
});

// A tab that navigates to another page loses its report (a new fragment, #comments, is the same page); the
// content script of the new page reports afresh.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url === undefined) return;
  void getTabReport(tabId).then(async (report) => {
    if (!report || isSamePage(report.url, change.url)) return;
    await clearTabReport(tabId);
    await showBadge(tabId, null);
  }).catch(() => undefined);
});
