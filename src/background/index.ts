/**
 * The service worker: owns per-tab state and the badge, and relays sidebar layout requests to the tab's
 * content script. Every message is checked for shape and sender; anything else is ignored and logged.
 */
import browser from 'webextension-polyfill';
import type { Message, TabStateAnswer } from '../shared/messages.ts';
import { isFromOwnExtension, isMessage, logIgnoredMessage } from '../shared/messages.ts';
import { siteForUrl } from '../shared/sites.ts';
import { clearTabReport, getTabReport, setTabReport } from './tab-state.ts';
import { showBadge } from './badge.ts';

const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
const SIDEBAR_PATH = '/src/sidebar/index.html';

type Sender = browser.Runtime.MessageSender;

/** The content script in the top frame of a news-site tab. */
function isTopFrameContentScript(sender: Sender): sender is Sender & { tab: { id: number } } {
  return sender.tab?.id !== undefined && sender.frameId === 0 && !!siteForUrl(sender.url) && !sender.url?.startsWith(extensionOrigin);
}
/** One of our own extension pages (popup, options). */
function isExtensionPage(sender: Sender): boolean {
  return !!sender.url && new URL(sender.url).origin === extensionOrigin;
}
/** Our sidebar page, framed inside a tab. */
function isSidebarInTab(sender: Sender): sender is Sender & { tab: { id: number } } {
  return sender.tab?.id !== undefined && !!sender.url && new URL(sender.url).origin === extensionOrigin && new URL(sender.url).pathname === SIDEBAR_PATH;
}

async function handle(message: Message, sender: Sender): Promise<unknown> {
  switch (message.type) {
    case 'tab-report':
      if (!isTopFrameContentScript(sender)) return reject(message, 'tab-report not from a top-frame content script');
      await setTabReport(sender.tab.id, message.report);
      await showBadge(sender.tab.id, message.report);
      return undefined;
    case 'tab-cleared':
      if (!isTopFrameContentScript(sender)) return reject(message, 'tab-cleared not from a top-frame content script');
      await clearTabReport(sender.tab.id);
      await showBadge(sender.tab.id, null);
      return undefined;
    case 'get-tab-state': {
      if (!isExtensionPage(sender)) return reject(message, 'get-tab-state not from an extension page');
      const answer: TabStateAnswer = { report: await getTabReport(message.tabId) };
      return answer;
    }
    case 'get-sidebar-report':
      if (!isSidebarInTab(sender)) return reject(message, 'get-sidebar-report not from the sidebar');
      return getTabReport(sender.tab.id);
    case 'sidebar-layout':
      if (!isSidebarInTab(sender)) return reject(message, 'sidebar-layout not from the sidebar');
      await browser.tabs.sendMessage(sender.tab.id, message, { frameId: 0 });
      return undefined;
    case 'show-sidebar':
      return reject(message, 'show-sidebar is for content scripts');
  }
}

function reject(message: unknown, why: string): undefined {
  logIgnoredMessage('background', message, why);
  return undefined;
}

browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
  if (!isFromOwnExtension(sender, browser.runtime.id)) {
    logIgnoredMessage('background', message, 'sender is not this extension');
    return undefined;
  }
  if (!isMessage(message)) {
    logIgnoredMessage('background', message, 'unknown or malformed message');
    return undefined;
  }
  return handle(message, sender).catch((error: unknown) => {
    console.warn('LeakLens background: failed to handle', message.type, error);
    return undefined;
  });
});

browser.tabs.onRemoved.addListener((tabId) => {
  void clearTabReport(tabId);
});

// A tab that navigates away loses its report; the content script of the new page reports afresh.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url !== undefined) {
    void clearTabReport(tabId);
    void showBadge(tabId, null).catch(() => undefined);
  }
});
