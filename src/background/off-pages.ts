/**
 * Candidate pages (the prefilter said "may be a leak article") on sites the reader switched off: the page side is
 * not injected there, but switching the site back on should bring LeakLens to those pages without a reload. Kept
 * in session storage (the worker may be stopped in between), one entry per tab, dropped when the tab navigates or
 * closes.
 */
import browser from 'webextension-polyfill';

const PREFIX = 'off-page:';

export interface OffPage {
  documentId?: string;
}

export async function rememberOffPage(tabId: number, documentId: string | undefined): Promise<void> {
  await browser.storage.session.set({ [PREFIX + tabId]: documentId ? { documentId } : {} });
}

export async function forgetOffPage(tabId: number): Promise<void> {
  await browser.storage.session.remove(PREFIX + tabId);
}

/** Every remembered tab with its entry. */
export async function offPages(): Promise<Map<number, OffPage>> {
  const all = await browser.storage.session.get(null);
  const out = new Map<number, OffPage>();
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(PREFIX)) continue;
    const tabId = Number(key.slice(PREFIX.length));
    const documentId = (value as { documentId?: unknown } | null)?.documentId;
    if (Number.isInteger(tabId)) out.set(tabId, typeof documentId === 'string' ? { documentId } : {});
  }
  return out;
}
