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

// LEAKLENS_DIST: another build (e.g. an older one, to see a test fail on it).
export const DIST_DIR = process.env.LEAKLENS_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url));
export function chromiumPath(): string {
  const found = chromiumPathOrNull();
  if (!found) throw new Error(NO_CHROMIUM_MESSAGE);
  return found;
}

export interface PageServer {
  port: number;
  /** Serves `html` at `path` for any of the sites' host names, with extra response headers if given. */
  route(path: string, html: string, headers?: Record<string, string>): void;
  /**
   * Every request the server got: host, path, and whether it came from a web context (a page, a frame, a worker or
   * an extension page: those send Sec-Fetch-* headers; the browser's own update checks do not).
   */
  readonly requests: { host: string; path: string; fromWebContext: boolean }[];
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const routes = new Map<string, { html: string; headers: Record<string, string> }>();
  const requests: PageServer['requests'][number][] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ host: req.headers.host ?? '', path: req.url ?? '/', fromWebContext: Object.keys(req.headers).some((h) => h.startsWith('sec-fetch-')) });
    const found = routes.get(path);
    if (found === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...found.headers }).end(found.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    route: (path, html, headers = {}) => void routes.set(path, { html, headers }),
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/**
 * `dist`: another build folder than DIST_DIR (a test's own build, or a copy of the build it changed).
 * `trustAnyCertificate`: accept the test server's self-signed certificate (sites Chromium loads over https only).
 */
export async function launchWithExtension(port: number, options: { headless?: boolean; resolveEveryHost?: boolean; dist?: string; trustAnyCertificate?: boolean } = {}): Promise<ExtensionBrowser> {
  const dist = options.dist ?? DIST_DIR;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} has no build; run \`npm run build\` first.`);
  const profile = mkdtempSync(join(tmpdir(), 'leaklens-profile-'));
  // resolveEveryHost: every host name leads to the local server, so any request to anywhere is seen there.
  const rules = options.resolveEveryHost
    ? `MAP * 127.0.0.1:${port}`
    : NEWS_SITES.flatMap((s) => s.hosts.flatMap((h) => [`MAP ${h} 127.0.0.1:${port}`, `MAP *.${h} 127.0.0.1:${port}`])).join(',');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    // Wide enough that the sidebar opens beside the test pages' article column (on narrower windows it starts as a
    // compact card, see reader.e2e.test.ts).
    viewport: { width: 1640, height: 900 },
    ignoreHTTPSErrors: options.trustAnyCertificate ?? false,
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      `--host-resolver-rules=${rules}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.trustAnyCertificate ? ['--ignore-certificate-errors'] : []),
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

/** The element that hosts LeakLens's sidebar (a plain div in the top layer), as a page-side selector. */
export const HOST_SELECTOR = 'html > div[popover][role="complementary"]';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string; stackTrace?: { url?: string }[] } };
}

/**
 * Records the page's main-thread tasks through the DevTools protocol (a trace) while `action` runs, and returns
 * the longest task that ran LeakLens's code, in ms, how many there were, and the longest task of any kind there.
 * A task is LeakLens's when it holds an event of a chrome-extension:// script, or, on a page without scripts of
 * its own (`pageRunsNoScript`), when it runs any JavaScript at all (promise continuations carry no script URL).
 * Only the page's own renderer main thread counts (the sidebar is a frame in another process).
 */
export async function longestLeakLensTask(page: Page, action: () => Promise<void>, options: { pageRunsNoScript?: boolean } = {}): Promise<{ leakLensMs: number; anyMs: number; leakLensTasks: number }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach().catch(() => undefined);
  }
  // The page's renderer: the process that parsed the page's HTML; its main thread.
  const parse = events.find((e) => e.name === 'ParseHTML' && String((e.args as { beginData?: { url?: string } } | undefined)?.beginData?.url ?? '').startsWith('http'));
  const pid = parse?.pid;
  const tid = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain')?.tid ?? parse?.tid;
  const JS = new Set(['FunctionCall', 'EvaluateScript', 'v8.run', 'v8.callFunction', 'V8.Execute', 'RunMicrotasks', 'v8.evaluateModule']);
  const isOurs = (e: TraceEvent) => {
    const d = e.args?.data;
    if (d && ((d.url ?? d.scriptName ?? '').startsWith('chrome-extension://') || d.stackTrace?.some((f) => f.url?.startsWith('chrome-extension://')))) return true;
    return !!options.pageRunsNoScript && JS.has(e.name);
  };
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined);
  const ours = onMain.filter(isOurs);
  let leakLensMs = 0;
  let anyMs = 0;
  let leakLensTasks = 0;
  for (const t of tasks) {
    const ms = t.dur! / 1000;
    anyMs = Math.max(anyMs, ms);
    if (ours.some((o) => o.ts >= t.ts && o.ts <= t.ts + t.dur!)) {
      leakLensTasks++;
      leakLensMs = Math.max(leakLensMs, ms);
    }
  }
  return { leakLensMs, anyMs, leakLensTasks };
}
