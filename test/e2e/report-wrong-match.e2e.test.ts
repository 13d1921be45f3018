/**
 * Issue 10, "Report a wrong match", as a reader uses it in Chromium: the button at the end of the sidebar puts a
 * short report on the clipboard (the page's address, the incident matched and the evidence, LeakLens's version) and
 * opens the project's issue page in a new tab; LeakLens itself sends nothing. The issue page's address is package.json's
 * `bugs.url`, which this repository does not set yet: the shipped build only copies and says so (first test), and a
 * build given an address (built here into a temporary folder, that address defined as package.json's would be) opens
 * it (second test).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { launchWithExtension, sidebarFrame, startPageServer } from './harness.ts';
import type { ExtensionBrowser, PageServer } from './harness.ts';
import { newsPage, seedArticle } from './pages.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED_PATH = '/national/cowin-data-leak-claim-ministry-denies/2022-01-21';
const ISSUES_PATH = '/leaklens/issues/new';
const STRICT_PATH = '/national/cowin-data-leak-claim-ministry-denies/strict';
const CLIPBOARD_PATH = '/clipboard';
const ISSUES_URL = `http://issues.leaklens.test${ISSUES_PATH}`;
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer();
  server.route(SEED_PATH, newsPage(seedArticle().article, { lang: 'hi', siteName: 'Prabhat Khabar' }));
  server.route(STRICT_PATH, newsPage(seedArticle().article, { lang: 'hi', siteName: 'Prabhat Khabar' }), { 'permissions-policy': 'clipboard-write=(), clipboard-read=()' });
  server.route(CLIPBOARD_PATH, '<!doctype html><title>Clipboard</title>');
  server.route(ISSUES_PATH, '<!doctype html><title>Issues</title><p>New issue</p>');
});
afterAll(async () => {
  await server?.close();
});

/** Opens the seed article, clicks "Report a wrong match" in the sidebar, and returns what the clipboard then holds. */
async function reportFromSidebar(ext: ExtensionBrowser, url: string): Promise<{ page: Page; clipboard: string; status: string }> {
  // The reader's clipboard, readable by the test (Chromium asks the reader for clipboard-read; the test grants it).
  // The article page is plain http, where there is no clipboard API: the test reads the clipboard in a page of
  // the local server's own address (a secure context, http://127.0.0.1 being local), granted clipboard access.
  const origin = `http://127.0.0.1:${server.port}`;
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const reader = await ext.context.newPage();
  await reader.goto(`${origin}${CLIPBOARD_PATH}`);
  // Something else on the clipboard first, so the test sees the report replace it.
  await reader.evaluate(() => navigator.clipboard.writeText('before'));
  const page = await ext.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const frame = await sidebarFrame(page, ext.extensionId);
  await frame.locator('[data-testid="sidebar"]').waitFor();
  const button = frame.getByRole('button', { name: 'गलत मिलान की शिकायत करें' });
  await button.scrollIntoViewIfNeeded();
  await button.click();
  const status = frame.locator('[data-testid="report-status"]');
  await expect.poll(() => status.innerText(), { timeout: 5000 }).not.toBe('');
  await reader.bringToFront();
  const clipboard = await reader.evaluate(() => navigator.clipboard.readText());
  await reader.close();
  await page.bringToFront();
  return { page, clipboard, status: await status.innerText() };
}

function expectReport(clipboard: string, url: string) {
  expect(clipboard).toContain('LeakLens: wrong match report');
  expect(clipboard).toContain(`Page: ${url}`);
  expect(clipboard).toMatch(/^Matched incident: cowin-2022-01 \(.*CoWIN.*\)$/m);
  // The matcher's evidence, in the article's words (analysis.incident.why).
  expect(clipboard).toMatch(/^Why: name: .+\| count: .+/m);
  expect(clipboard).toContain(`LeakLens version: ${VERSION}`);
  expect(clipboard).toContain('क्या गलत है (अपने शब्दों में):');
}

describe('Report a wrong match', () => {
  it('in the shipped build (no issue page address) copies the report, says so, and opens no tab', async () => {
    const ext = await launchWithExtension(server.port);
    try {
      const url = `http://www.prabhatkhabar.com${SEED_PATH}?r=1`;
      const tabsBefore = ext.context.pages().length + 1;
      const { clipboard, status } = await reportFromSidebar(ext, url);
      console.log(`report (shipped build):\n${clipboard}`);
      expectReport(clipboard, url);
      expect(status).toContain('रिपोर्ट कॉपी हो गई');
      expect(status).toContain('पता नहीं है');
      await new Promise((r) => setTimeout(r, 500));
      expect(ext.context.pages().length).toBe(tabsBefore);
      expect(server.requests.some((r) => r.path === ISSUES_PATH)).toBe(false);
    } finally {
      await ext.close();
    }
  });

  it('copies the report also on a page whose Permissions-Policy forbids its frames the Clipboard API', async () => {
    const ext = await launchWithExtension(server.port);
    try {
      const url = `http://www.prabhatkhabar.com${STRICT_PATH}`;
      const { clipboard } = await reportFromSidebar(ext, url);
      expect(clipboard.split('\n')[1]).toBe(`Page: ${url}`);
      expectReport(clipboard, url);
    } finally {
      await ext.close();
    }
  });

  it('in a build with an issue page address copies the report and opens that page in a new tab', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'leaklens-dist-issues-'));
    // The shipped vite.config.ts, with __LEAKLENS_ISSUES_URL__ (package.json's bugs.url) set.
    await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', define: { __LEAKLENS_ISSUES_URL__: JSON.stringify(ISSUES_URL) }, build: { outDir: dist, emptyOutDir: true } });
    // Every host to the local server, so the issue page loads from it (nothing leaves the machine).
    const ext = await launchWithExtension(server.port, { resolveEveryHost: true, dist });
    try {
      const url = `http://www.prabhatkhabar.com${SEED_PATH}?r=2`;
      const { clipboard, status, page } = await reportFromSidebar(ext, url);
      expectReport(clipboard, url);
      expect(status).toContain('नए टैब में');
      // A new tab with the issue page, loaded from the local server.
      await expect.poll(() => ext.context.pages().map((p) => p.url()), { timeout: 10_000 }).toContain(ISSUES_URL);
      const issues = ext.context.pages().find((p) => p.url() === ISSUES_URL)!;
      expect(issues).not.toBe(page);
      await expect.poll(() => issues.locator('p').innerText().catch(() => '')).toBe('New issue');
      expect(server.requests.some((r) => r.host.startsWith('issues.leaklens.test') && r.path === ISSUES_PATH)).toBe(true);
      // The article's tab stays where it was.
      expect(page.url()).toBe(url);
    } finally {
      await ext.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
