/**
 * The popup's side effects, behind a small interface (`PopupDeps`) that index.tsx binds to the browser.
 * Tests pass plain functions instead.
 */
import type { Message, TabReport } from '../shared/messages.ts';
import { isTabReport } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';
import { withSiteSettings } from '../shared/settings.ts';

export interface ActiveTab {
  id: number | undefined;
  url: string | undefined;
}

export interface PopupDeps {
  activeTab(): Promise<ActiveTab | undefined>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** Sends a message to the background and resolves with its answer. */
  sendToBackground(message: Message): Promise<unknown>;
  /** Sends a message to the top frame of a tab. */
  /** Sends a message to the tab's top document (`documentId` where the background knows it, else frame 0). */
  sendToTab(tabId: number, message: Message, documentId: string | undefined): Promise<unknown>;
  openOptionsPage(): Promise<void>;
  closePopup(): void;
}

/**
 * The tab the popup is about when opened as a page with `?tabId=<id>` (end-to-end tests, and a popup opened
 * in a tab of its own, where the active tab would be the popup itself); null for the usual toolbar popup.
 */
export function requestedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

export interface PopupData {
  tab: ActiveTab | undefined;
  settings: Settings;
  report: TabReport | null;
}

/** Everything the popup needs when it opens. */
export async function loadPopupData(deps: PopupDeps): Promise<PopupData> {
  const [tab, settings] = await Promise.all([deps.activeTab(), deps.loadSettings()]);
  const report = tab?.id !== undefined ? await fetchTabReport(deps, tab.id) : null;
  return { tab, settings, report };
}

/** The background's report for a tab; null when there is none or the answer is malformed. */
export async function fetchTabReport(deps: PopupDeps, tabId: number): Promise<TabReport | null> {
  try {
    const answer = await deps.sendToBackground({ type: 'get-tab-state', tabId });
    const report = typeof answer === 'object' && answer !== null ? (answer as { report?: unknown }).report : undefined;
    return isTabReport(report) ? report : null;
  } catch (error) {
    console.warn('LeakLens popup: could not ask the background about the tab', error);
    return null;
  }
}

/**
 * Switches LeakLens on or off for a site. Starts from the stored settings (not the popup's copy), so a change
 * made elsewhere meanwhile is kept. Resolves with the settings as saved.
 */
export async function setSiteEnabled(deps: PopupDeps, siteId: string, enabled: boolean): Promise<Settings> {
  const next = withSiteSettings(await deps.loadSettings(), siteId, { enabled });
  await deps.saveSettings(next);
  return next;
}

/** Asks the tab's content script to open the sidebar, then closes the popup. False when the tab did not answer. */
export async function showSidebar(deps: PopupDeps, tabId: number, documentId?: string): Promise<boolean> {
  try {
    await deps.sendToTab(tabId, { type: 'show-sidebar' }, documentId);
  } catch (error) {
    console.warn('LeakLens popup: the tab did not take the show-sidebar message', error);
    return false;
  }
  deps.closePopup();
  return true;
}

export async function openOptions(deps: PopupDeps): Promise<void> {
  await deps.openOptionsPage();
  deps.closePopup();
}
