/**
 * "Add a site" (issue 10), in Chromium: a reader adds a news site LeakLens does not list; the options page asks the
 * browser for that one site's permission at run time (permissions.request on optional_host_permissions), and once it
 * is granted the site gets the every-page prefilter (scripting.registerContentScripts, kept across sessions) and
 * LeakLens works there as on a listed site. Removed, the site's script is unregistered.
 *
 * What headless Chromium does not let a test do: answer the browser's permission prompt. A request for a site not yet
 * granted waits for a click nobody can make (seen: no answer after 6 s), and chrome://extensions' site access only
 * covers required hosts. So the test uses a copy of the build whose manifest already grants the test's host (as if
 * the reader had clicked "Allow"): the options page's request then resolves at once, and everything after the prompt
 * is the real code path. Not covered end to end: the prompt itself, a refusal, and giving the permission back on
 * removal (a permission the build holds cannot be removed). The refusal's message is unit-tested in the view
 * (test/options/OptionsApp.test.tsx); the options page's handler for a refusal is not tested.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST_DIR, badgeText, hasSidebarFrame, launchWithExtension, sidebarFrame, startPageServer } from './harness.ts';
import type { ExtensionBrowser, PageServer } from './harness.ts';
import { FIXTURES_DIR, newsPage, readArticleText } from './pages.ts';

const HOST = 'example-news.test';
const STORY_PATH = '/india/cowin-data-leak-claim';
const STORY = (n: number) => `http://www.${HOST}${STORY_PATH}?r=${n}`;

let server: PageServer;
let ext: ExtensionBrowser;
let dir: string;

beforeAll(async () => {
  server = await startPageServer();
  server.route(STORY_PATH, newsPage(readArticleText(FIXTURES_DIR + 'cowin-2022-01-en.txt'), { lang: 'en', siteName: 'Example News' }));
  // The build, with the test's host granted (the stand-in for the reader's "Allow").
  dir = mkdtempSync(join(tmpdir(), 'leaklens-add-site-'));
  const dist = join(dir, 'extension');
  cpSync(DIST_DIR, dist, { recursive: true });
  const manifestPath = join(dist, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[] };
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, host_permissions: [...manifest.host_permissions, `*://*.${HOST}/*`] }, null, 2));
  // Every host name to the local server (the added site's too); nothing leaves the machine.
  ext = await launchWithExtension(server.port, { resolveEveryHost: true, dist });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const registered = () => ext.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches, js: s.js })));
const granted = () => ext.worker.evaluate((host) => chrome.permissions.contains({ origins: [`*://*.${host}/*`] }), HOST);

async function optionsPage(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  await page.getByTestId('options-add-site-section').waitFor();
  return page;
}

async function openStory(n: number): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(STORY(n), { waitUntil: 'load' });
  return page;
}

describe('Add a site', () => {
  it('an unlisted site gets nothing; added (its permission granted), it gets the prefilter and the sidebar; removed, nothing again', async () => {
    const before = await openStory(1);
    await before.waitForTimeout(1500);
    expect(hasSidebarFrame(before, ext.extensionId)).toBe(false);
    // Granted, but not added: the page still gets nothing (no script is registered for it).
    expect(await granted()).toBe(true);
    expect(await registered()).toEqual([]);

    const options = await optionsPage();
    await options.getByLabel('Site address').fill(`https://www.${HOST}/india/some-story`);
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => options.getByTestId('options-add-site-status').innerText()).toContain(`${HOST} added`);
    expect(await options.getByTestId('options-added-sites').innerText()).toContain(HOST);
    await expect.poll(registered).toEqual([{ id: 'leaklens-added-sites', matches: [`*://*.${HOST}/*`], js: ['content/prefilter.js'] }]);

    const after = await openStory(2);
    const frame = await sidebarFrame(after, ext.extensionId);
    await frame.locator('[data-testid="sidebar"]').waitFor();
    expect(await frame.getByTestId('incident-title').innerText()).toContain('CoWIN');
    await expect.poll(() => badgeText(ext, STORY(2))).toBe('2');

    // Removed: the script is unregistered, and the next page there gets nothing.
    await options.getByRole('button', { name: `Remove ${HOST}` }).click();
    await expect.poll(() => options.getByTestId('options-add-site-status').innerText()).toContain(`${HOST} removed`);
    await expect.poll(registered).toEqual([]);
    expect(await options.getByTestId('options-added-sites').count()).toBe(0);
    const removed = await openStory(3);
    await removed.waitForTimeout(1500);
    expect(hasSidebarFrame(removed, ext.extensionId)).toBe(false);
  });

  it('starts as a compact card on a site added after the reader chose "compact" for new sites, and the site’s row says so', async () => {
    const options = await optionsPage();
    await options.getByTestId('options-new-site-compact').check();
    await options.getByLabel('Site address').fill(`www.${HOST}`);
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => options.getByTestId('options-add-site-status').innerText()).toContain(`${HOST} added`);
    const id = `options-site-added:${HOST}`;
    expect(await options.getByTestId(`${id}-startCollapsed`).isChecked()).toBe(true);

    // The same story that opens beside the article by default (the first test) now opens as the compact card.
    const story = await openStory(4);
    const frame = await sidebarFrame(story, ext.extensionId);
    await frame.locator('[data-testid="sidebar-collapsed"]').waitFor();
    expect(await frame.locator('[data-testid="sidebar"]').count()).toBe(0);

    await options.getByRole('button', { name: `Remove ${HOST}` }).click();
    await expect.poll(registered).toEqual([]);
    await options.getByTestId('options-new-site-open').check();
    await options.close();
    await story.close();
  });

  it('turns away an address that is not a site, and a site LeakLens already lists, without asking for anything', async () => {
    const options = await optionsPage();
    await options.getByLabel('Site address').fill('localhost');
    await options.getByLabel('Site address').press('Enter');
    await expect.poll(() => options.getByTestId('options-add-site-status').innerText()).toContain('not a site address');
    await options.getByLabel('Site address').fill('https://m.ndtv.com/india-news');
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => options.getByTestId('options-add-site-status').innerText()).toContain('LeakLens already reads NDTV');
    expect(await registered()).toEqual([]);
  });
});
