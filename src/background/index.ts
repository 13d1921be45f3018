/**
 * The service worker: analyses the articles content scripts hand over (off the pages' main threads, with the
 * knowledge base compiled once while the worker lives), owns per-tab state and the badge, and relays sidebar
 * layout requests to the tab's content script. The rules for each message are in router.ts.
 */
import browser from 'webextension-polyfill';
import { analyze } from '../core/analyze.ts';
import type { CompiledKb } from '../core/analyze.ts';
import compiledKbJson from 'virtual:leaklens-compiled-kb';
import { reviveCompiledKb } from './precompiled-kb.ts';
import { createAnalysisQueue } from './analysis-queue.ts';
import type { ArticleInput } from '../core/types.ts';
import { KB_ENTRIES } from '../kb/index.ts';
import { clearTabReport, getTabReport, setTabReport } from './tab-state.ts';
import { showBadge } from './badge.ts';
import { browserLanguage, chooseLanguage } from '../shared/i18n.ts';
import { createRouter } from './router.ts';
import { isSamePage } from '../shared/page-url.ts';
import { topDocument } from '../shared/top-document.ts';
import { loadSettings, migrateStoredSettings } from '../shared/settings-store.ts';
import { decideForUrl } from '../shared/site-decision.ts';
import { SETTINGS_KEY } from '../shared/settings.ts';
import { forgetOffPage, offPages, rememberOffPage } from './off-pages.ts';
import { ADDED_SITES_SCRIPT_ID, PREFILTER_SCRIPT, syncAddedSiteScripts } from './added-sites.ts';

/** The page side, built by scripts/vite-plugin-content.ts. */
const PAGE_SCRIPTS = ['content/page.js'];

/** Injects the page side into the tab's document that asked (Chrome gives its documentId; Firefox: frame 0). */
async function injectPageScript(tabId: number, documentId: string | undefined): Promise<void> {
  await browser.scripting.executeScript({ target: documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [0] }, files: PAGE_SCRIPTS });
  // The page now extracts its article (tens of ms): meanwhile a freshly started worker revives the knowledge base,
  // so the analysis that follows does not wait for it.
  setTimeout(loadKb, 0);
}

function loadKb(): CompiledKb {
  if (!compiledKb) {
    const start = performance.now();
    compiledKb = reviveCompiledKb<CompiledKb>(compiledKbJson, KB_ENTRIES);
    performance.measure('leaklens:kb-load', { start });
  }
  return compiledKb;
}

let compiledKb: CompiledKb | null = null;

function analyzeArticle(article: ArticleInput) {
  try {
    // For the benchmark (npm run bench:page): how long each analysis takes (with reviving the knowledge base, if
    // that was not done yet), and when (since the worker started) it ends.
    const start = performance.now();
    // Compiled at build time; reviving the tables is all a cold worker does before its first analysis.
    const analysis = analyze(article, loadKb());
    performance.measure('leaklens:analysis', { start });
    return analysis;
  } catch (error) {
    // The analyzer is built never to throw; if it ever does, the tab simply shows nothing.
    console.warn('LeakLens background: analysis failed', error);
    return null;
  }
}

const analysisQueue = createAnalysisQueue(analyzeArticle);

const route = createRouter({
  analyze: (article, tabId) => analysisQueue(tabId, article),
  extensionId: browser.runtime.id,
  extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
  currentUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url,
  getReport: getTabReport,
  setReport: setTabReport,
  clearReport: clearTabReport,
  // The title names the article in the reader's language: the sidebar language chosen in the options, else the article's.
  showBadge: async (tabId, report) => showBadge(tabId, report, chooseLanguage((await loadSettings()).language, report?.analysis?.language ?? null, browserLanguage())),
  addedHosts: async () => (await loadSettings()).addedSites,
  isOnFor: async (url) => decideForUrl(url, await loadSettings()).on,
  rememberOffPage,
  injectPageScript,
  sendToTopFrame: (tabId, message, documentId) => browser.tabs.sendMessage(tabId, message, topDocument(documentId)),
});

// Settings of an older version are migrated once, when LeakLens is installed or updated, and written back (reads
// only sanitize). Registered at the top level, so the event that started this worker reaches it.
browser.runtime.onInstalled.addListener((details) => {
  if (details.reason !== 'install' && details.reason !== 'update') return;
  migrateStoredSettings().catch((error: unknown) => console.warn('LeakLens background: could not migrate the settings', error));
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => route(message, sender));

browser.tabs.onRemoved.addListener((tabId) => {
  void clearTabReport(tabId);
  void forgetOffPage(tabId);
});

// The sites the reader added get the every-page prefilter, where the reader granted their permission: checked when
// the worker starts, and again whenever the settings or the granted permissions change.
let addedSitesSync: Promise<unknown> = Promise.resolve();
function syncAddedSites(): void {
  addedSitesSync = addedSitesSync
    .then(async () =>
      syncAddedSiteScripts((await loadSettings()).addedSites, {
        granted: (origins) => browser.permissions.contains({ origins }),
        getRegistered: () => browser.scripting.getRegisteredContentScripts({ ids: [ADDED_SITES_SCRIPT_ID] }),
        register: (matches) =>
          browser.scripting.registerContentScripts([{ id: ADDED_SITES_SCRIPT_ID, matches, js: [PREFILTER_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true }]),
        unregister: () => browser.scripting.unregisterContentScripts({ ids: [ADDED_SITES_SCRIPT_ID] }),
      }),
    )
    .catch((error: unknown) => console.warn('LeakLens background: could not register the added sites', error));
}
syncAddedSites();
browser.permissions.onAdded.addListener(syncAddedSites);
browser.permissions.onRemoved.addListener(syncAddedSites);

// A site switched back on: the candidate pages seen while it was off get the page side now.
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
  syncAddedSites();
  void (async () => {
    const settings = await loadSettings();
    for (const [tabId, page] of await offPages()) {
      const url = (await browser.tabs.get(tabId).catch(() => undefined))?.url;
      if (!url || !decideForUrl(url, settings).on) continue;
      await forgetOffPage(tabId);
      await injectPageScript(tabId, page.documentId).catch(() => undefined);
    }
  })().catch((error: unknown) => console.warn('LeakLens background: could not start on a switched-on site', error));
});

// A tab that navigates to another page loses its report (a new fragment, #comments, is the same page); the
// content script of the new page reports afresh.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url === undefined) return;
  // The remembered document is gone or has moved on; a new candidate page asks again.
  void forgetOffPage(tabId);
  void getTabReport(tabId).then(async (report) => {
    if (!report || isSamePage(report.url, change.url)) return;
    await clearTabReport(tabId);
    await showBadge(tabId, null);
  }).catch(() => undefined);
});

// The keyboard shortcut (manifest "commands"): open the sidebar on the active tab's article and focus it, as the
// popup's "Show the sidebar" does.
browser.commands?.onCommand.addListener((command, tab) => {
  if (command !== 'show-sidebar') return;
  void (async () => {
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    const report = await getTabReport(tabId);
    if (!report?.analysis?.isLeakArticle) return;
    await browser.tabs.sendMessage(tabId, { type: 'show-sidebar' }, topDocument(report.documentId));
  })().catch((error: unknown) => console.warn('LeakLens background: the shortcut could not open the sidebar', error));
});

// For the benchmark: when, since the worker started, its code was loaded and its listeners were in place.
performance.mark('leaklens:worker-ready');
