/**
 * Per-tab reports, kept in session storage so they survive the service worker being stopped and restarted
 * (MV3 workers are short-lived), and never written to disk.
 */
import browser from 'webextension-polyfill';
import type { TabReport } from '../shared/messages.ts';
import { isTabReport } from '../shared/messages.ts';

const key = (tabId: number) => `tab:${tabId}`;

// Firefox < 115 has no storage.session; a plain map is the fallback there (state is then lost on restart).
const memory = new Map<number, TabReport>();
const session = (browser.storage as { session?: browser.Storage.StorageArea }).session;

export async function getTabReport(tabId: number): Promise<TabReport | null> {
  if (!session) return memory.get(tabId) ?? null;
  const stored = (await session.get(key(tabId)))[key(tabId)];
  return isTabReport(stored) ? stored : null;
}

export async function setTabReport(tabId: number, report: TabReport): Promise<void> {
  if (!session) memory.set(tabId, report);
  else await session.set({ [key(tabId)]: report });
}

export async function clearTabReport(tabId: number): Promise<void> {
  if (!session) memory.delete(tabId);
  else await session.remove(key(tabId));
}
