/**
 * Real-browser harness: serves test pages from a local HTTP server under the news sites' real host names
 * (Chromium's --host-resolver-rules sends them to 127.0.0.1), and launches Debian's Chromium with the built
 * extension from dist/ loaded. Used by the end-to-end tests and by `npm run demo`.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Frame, Page, Worker } from 'playwright-core';
import { NEWS_SITES } from '../../src/shared/sites.ts';
import { NO_CHROMIUM_MESSAGE, chromiumPathOrNull } from '../../scripts/chromium.ts';

export const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));
export function chromiumPath(): string {
  const found = chromiumPathOrNull();
  if (!found) throw new Error(NO_CHROMIUM_MESSAGE);
  return found;
}

export interface PageServer {
  port: number;
  /** Serves `html` at `path` for any of the sites' host names. */
  route(path: string, html: string): void;
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const routes = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const html = routes.get(path);
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    route: (path, html) => void routes.set(path, html),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export async function launchWithExtension(port: number, options: { headless?: boolean } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(DIST_DIR, 'manifest.json'))) throw new Error('dist/ has no build; run `npm run build` first.');
  const profile = mkdtempSync(join(tmpdir(), 'leaklens-profile-'));
  const rules = NEWS_SITES.flatMap((s) => s.hosts.flatMap((h) => [`MAP ${h} 127.0.0.1:${port}`, `MAP *.${h} 127.0.0.1:${port}`])).join(',');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 860 },
    args: [
      `--disable-extensions-except=${DIST_DIR}`,
      `--load-extension=${DIST_DIR}`,
      `--host-resolver-rules=${rules}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const isSidebarFrame = (frame: Frame, extensionId: string) => frame.url().startsWith(`chrome-extension://${extensionId}/src/sidebar/`);

/** The sidebar's frame on a page (the extension iframe inside LeakLens's closed shadow root), once it exists. */
export async function sidebarFrame(page: Page, extensionId: string, timeout = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => isSidebarFrame(f, extensionId));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error('the LeakLens sidebar did not appear');
    await page.waitForTimeout(50);
  }
}

/**
 * How many elements match `selector` in the page's live sidebar frames. A sidebar that is replaced (a collapsed one
 * reopened expanded) leaves a detached frame behind for a moment; this looks only at attached ones.
 */
export async function sidebarCount(page: Page, extensionId: string, selector: string): Promise<number> {
  let count = 0;
  for (const frame of page.frames()) {
    if (frame.isDetached() || !isSidebarFrame(frame, extensionId)) continue;
    count += await frame.locator(selector).count().catch(() => 0);
  }
  return count;
}

export function hasSidebarFrame(page: Page, extensionId: string): boolean {
  return page.frames().some((f) => isSidebarFrame(f, extensionId));
}

/** The toolbar badge text of the tab showing `url`, read in the service worker. */
export async function badgeText(ext: ExtensionBrowser, url: string): Promise<string> {
  return ext.worker.evaluate(async (tabUrl) => {
    const [tab] = await chrome.tabs.query({ url: tabUrl });
    return tab?.id === undefined ? '(no tab)' : chrome.action.getBadgeText({ tabId: tab.id });
  }, url);
}

/** The toolbar badge text of a tab. */
export async function badgeTextOfTab(ext: ExtensionBrowser, tabId: number): Promise<string> {
  return ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The id of the tab showing `url`. */
export async function tabIdOf(ext: ExtensionBrowser, url: string): Promise<number> {
  const id = await ext.worker.evaluate(async (tabUrl) => (await chrome.tabs.query({ url: tabUrl }))[0]?.id ?? -1, url);
  if (id < 0) throw new Error(`no tab shows ${url}`);
  return id;
}
