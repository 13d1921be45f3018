/**
 * What the background does with each message, and who may ask for it. Every message is checked for its sender
 * and its shape first; anything else is ignored and logged. The browser is reached only through `deps`, so the
 * rules can be tested as they are.
 */
import type { Analysis, ArticleInput } from '../core/types.ts';
import type { Message, TabReport, TabStateAnswer } from '../shared/messages.ts';
import { isFromOwnExtension, isMessage, logIgnoredMessage } from '../shared/messages.ts';
import { MAX_URL_LENGTH, isSamePage } from '../shared/page-url.ts';
import { siteForUrl } from '../shared/sites.ts';
import type { NewsSite } from '../shared/sites.ts';

export const SIDEBAR_PATH = '/src/sidebar/index.html';

export interface Sender {
  id?: string | undefined;
  url?: string | undefined;
  frameId?: number | undefined;
  /** Chrome: 'outermost_frame' for a tab's top document, also while it is prerendered (when frameId is not 0). */
  frameType?: string | undefined;
  /** Chrome: the id of the sending document. */
  documentId?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
}

export interface RouterDeps {
  extensionId: string;
  /** e.g. chrome-extension://<id> */
  extensionOrigin: string;
  /**
   * Analyses a tab's article (never throws; null if the analyzer failed, 'superseded' when a newer article from the
   * same tab replaced it before its turn).
   */
  analyze(article: ArticleInput, tabId: number): Analysis | null | 'superseded' | Promise<Analysis | null | 'superseded'>;
  /** The address the tab shows now (undefined if unknown). */
  currentUrl(tabId: number): Promise<string | undefined>;
  getReport(tabId: number): Promise<TabReport | null>;
  setReport(tabId: number, report: TabReport): Promise<void>;
  clearReport(tabId: number): Promise<void>;
  showBadge(tabId: number, report: TabReport | null): Promise<void>;
  /** The hosts the reader added in the options (settings.addedSites): their pages count as news-site pages too. */
  addedHosts(): Promise<readonly string[]>;
  /** Whether LeakLens is on for a page at `url` (the site's switch in the settings). */
  isOnFor(url: string): Promise<boolean>;
  /** Remembers a candidate page on a switched-off site: switching the site on injects the page side there. */
  rememberOffPage(tabId: number, documentId: string | undefined): Promise<void>;
  /** Injects the page side (content/page.js) into the tab's document `documentId` where known, else into frame 0. */
  injectPageScript(tabId: number, documentId: string | undefined): Promise<void>;
  /** Sends to the tab's top document: to `documentId` where known, else to frame 0. */
  sendToTopFrame(tabId: number, message: Message, documentId: string | undefined): Promise<unknown>;
}

// protocol + host rather than URL.origin, which is "null" for chrome-extension: URLs outside browsers.
const originOf = (url: string | undefined): string | null => {
  try {
    if (!url) return null;
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
};

export function createRouter(deps: RouterDeps): (message: unknown, sender: Sender) => Promise<unknown> | undefined {
  /**
   * The content script in the top frame of a news-site tab (a listed site or one the reader added): the sender's
   * site, else null.
   */
  const topFrameContentScriptSite = async (s: Sender): Promise<NewsSite | null> => {
    if (s.tab?.id === undefined || !(s.frameId === 0 || s.frameType === 'outermost_frame') || originOf(s.url) === deps.extensionOrigin) return null;
    return siteForUrl(s.url) ?? siteForUrl(s.url, await deps.addedHosts());
  };
  /** Our own extension pages other than the sidebar (the popup, the options page): they may ask about any tab. */
  const isPopupOrOptions = (s: Sender) => originOf(s.url) === deps.extensionOrigin && new URL(s.url!).pathname !== SIDEBAR_PATH;
  /** Our sidebar page, framed inside a tab. */
  const isSidebarInTab = (s: Sender): s is Sender & { tab: { id: number } } =>
    s.tab?.id !== undefined && originOf(s.url) === deps.extensionOrigin && new URL(s.url!).pathname === SIDEBAR_PATH;

  const ignore = (message: unknown, why: string): undefined => {
    logIgnoredMessage('background', message, why);
    return undefined;
  };

  const handle = async (message: Message, sender: Sender): Promise<unknown> => {
    switch (message.type) {
      case 'analyze-page': {
        const site = await topFrameContentScriptSite(sender);
        if (!site || sender.tab?.id === undefined) return ignore(message, 'analyze-page not from a top-frame content script');
        const tabId = sender.tab.id;
        // The site comes from the sender, which the browser vouches for. The browser keeps the address the document
        // was loaded with, though, while the page may have changed it since (history.replaceState); the content
        // script's own address is used when it is on the same site.
        const pageUrl = siteForUrl(message.url, site.id.startsWith('added:') ? site.hosts : [])?.id === site.id ? message.url : sender.url!;
        const analysis = message.article ? await deps.analyze(message.article, tabId) : null;
        if (analysis === 'superseded') return undefined;
        const report: TabReport = {
          url: pageUrl.slice(0, MAX_URL_LENGTH),
          title: message.title,
          siteId: site.id,
          ...(sender.documentId ? { documentId: sender.documentId } : {}),
          analysis,
        };
        // The tab may have moved on while the article was analysed: an old page's report must not land on a new one.
        const now = await deps.currentUrl(tabId);
        if (now !== undefined && !isSamePage(now, pageUrl)) return report;
        await deps.setReport(tabId, report);
        await deps.showBadge(tabId, report);
        return report;
      }
      case 'start-page':
        if (!(await topFrameContentScriptSite(sender)) || sender.tab?.id === undefined) return ignore(message, 'start-page not from a top-frame content script');
        if (await deps.isOnFor(sender.url!)) await deps.injectPageScript(sender.tab.id, sender.documentId);
        else await deps.rememberOffPage(sender.tab.id, sender.documentId);
        return undefined;
      case 'tab-cleared':
        if (!(await topFrameContentScriptSite(sender)) || sender.tab?.id === undefined) return ignore(message, 'tab-cleared not from a top-frame content script');
        await deps.clearReport(sender.tab.id);
        await deps.showBadge(sender.tab.id, null);
        return undefined;
      case 'get-tab-state': {
        if (!isPopupOrOptions(sender)) return ignore(message, 'get-tab-state not from the popup or options page');
        const answer: TabStateAnswer = { report: await deps.getReport(message.tabId) };
        return answer;
      }
      case 'get-sidebar-report':
        if (!isSidebarInTab(sender)) return ignore(message, 'get-sidebar-report not from the sidebar');
        return deps.getReport(sender.tab.id);
      case 'sidebar-ready':
      case 'sidebar-layout':
      case 'show-quote':
        if (!isSidebarInTab(sender)) return ignore(message, `${message.type} not from the sidebar`);
        await deps.sendToTopFrame(sender.tab.id, message, (await deps.getReport(sender.tab.id))?.documentId);
        return undefined;
      case 'show-sidebar':
        return ignore(message, 'show-sidebar is for content scripts');
    }
  };

  return (message, sender) => {
    if (!isFromOwnExtension(sender, deps.extensionId)) return ignore(message, 'sender is not this extension');
    if (!isMessage(message)) return ignore(message, 'unknown or malformed message');
    return handle(message, sender).catch((error: unknown) => {
      console.warn('LeakLens background: failed to handle', message.type, error);
      return undefined;
    });
  };
}
