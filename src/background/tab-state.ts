/**
 * Per-tab reports, kept in session storage so they survive the service worker being stopped and restarted
 * (MV3 workers are short-lived), never written to disk, and out of content scripts' reach (session storage is
 * for trusted contexts only by default).
 */
import browser from 'webextension-polyfill';
import type { TabReport } from '../shared/messages.ts';
import { isTabReport } from '../shared/messages.ts';

const key = (tabId: number) => `tab:${tabId}`;

export async function getTabReport(tabId: number): Promise<TabReport | null> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  return isTabReport(stored) ? stored : null;
}

export async function setTabReport(tabId: number, report: TabReport): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: report });
}

export async function clearTabReport(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
