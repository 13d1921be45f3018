/**
 * Settings migrations run once, on update (issue 10): a reader's settings in the old format (v1: a list of
 * switched-off sites) are left as they are while LeakLens runs and reads them, and are migrated and written back, in
 * the current format, when LeakLens is updated.
 *
 * The update is Chromium's own: the unpacked extension (a copy of dist/ in a folder of the test's) gets a higher
 * version in its manifest and is reloaded the way chrome://extensions reloads it in developer mode
 * (developerPrivate.reload), which fires runtime.onInstalled with reason "update". A probe the test adds to the copy's
 * worker records each onInstalled reason, so the test knows which event it saw. What Chromium does not let this test
 * show: that a plain browser restart leaves the settings alone (an extension loaded with --load-extension gets
 * onInstalled "install" on every start of the browser); the test shows instead that LeakLens at work, its worker
 * stopped and started again, reads the old settings without rewriting them.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST_DIR, hasSidebarFrame, launchWithExtension, sidebarFrame, startPageServer } from './harness.ts';
import type { ExtensionBrowser, PageServer } from './harness.ts';
import { newsPage, seedArticle } from './pages.ts';

const SEED_PATH = '/national/cowin-data-leak-claim-ministry-denies/2022-01-21';

let server: PageServer;
let dir: string;
let ext: ExtensionBrowser;
let dist: string;

beforeAll(async () => {
  server = await startPageServer();
  server.route(SEED_PATH, newsPage(seedArticle().article, { lang: 'hi', siteName: 'Prabhat Khabar' }));
  dir = mkdtempSync(join(tmpdir(), 'leaklens-update-'));
  dist = join(dir, 'extension');
  cpSync(DIST_DIR, dist, { recursive: true });
  // The probe (the test's, not LeakLens's): each runtime.onInstalled reason, with the version it came with.
  const loader = join(dist, 'service-worker-loader.js');
  writeFileSync(loader, `${readFileSync(loader, 'utf8')}
chrome.runtime.onInstalled.addListener(async (d) => {
  const seen = (await chrome.storage.session.get('testInstalled')).testInstalled ?? [];
  await chrome.storage.session.set({ testInstalled: [...seen, d.reason + ' ' + chrome.runtime.getManifest().version] });
});
`);
  ext = await launchWithExtension(server.port, { dist });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** An extension page of LeakLens (its options page), to read extension storage from whatever worker runs now. */
async function extensionPage(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  return page;
}
const readStorage = async (page: Page) => {
  await page.reload();
  return page.evaluate(async () => ({
    settings: (await chrome.storage.local.get('settings')).settings as Record<string, unknown> | undefined,
    installed: ((await chrome.storage.session.get('testInstalled')).testInstalled ?? []) as string[],
  }));
};

async function openSeed(n: number): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`http://www.prabhatkhabar.com${SEED_PATH}?r=${n}`, { waitUntil: 'load' });
  return page;
}

describe('settings of an older version', () => {
  it('are read, not rewritten, while LeakLens runs, and migrated once when it is updated', async () => {
    const version = (JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { version: string }).version;
    // Installed: its install event handled while the first article is read.
    const first = await openSeed(1);
    await (await sidebarFrame(first, ext.extensionId, 20_000)).locator('[data-testid="sidebar"]').waitFor();
    const probe = await extensionPage();
    expect((await readStorage(probe)).installed).toEqual([`install ${version}`]);

    // The settings an older LeakLens left: Prabhat Khabar (by id) and NDTV (by host name) switched off.
    const V1 = { version: 1, disabledSites: ['prabhatkhabar', 'www.ndtv.com'] };
    await probe.evaluate((v1) => chrome.storage.local.set({ settings: v1 }), V1);

    // LeakLens at work, its worker stopped and started again: a v1 object reads as the defaults (the site is on),
    // and nothing rewrites it.
    const cdp = await ext.context.newCDPSession(first);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const second = await openSeed(2);
    await (await sidebarFrame(second, ext.extensionId, 20_000)).locator('[data-testid="sidebar"]').waitFor();
    expect((await readStorage(probe)).settings).toEqual(V1);

    // The update: a higher version, reloaded as chrome://extensions does in developer mode.
    const manifestPath = join(dist, 'manifest.json');
    writeFileSync(manifestPath, JSON.stringify({ ...JSON.parse(readFileSync(manifestPath, 'utf8')), version: '99.0.0' }, null, 2));
    const extensions = await ext.context.newPage();
    await extensions.goto('chrome://extensions/');
    await extensions.evaluate(async (id) => {
      const dev = (globalThis as unknown as { chrome: { developerPrivate: { updateProfileConfiguration(c: object): Promise<void>; reload(id: string, o: object): Promise<void> } } }).chrome.developerPrivate;
      await dev.updateProfileConfiguration({ inDeveloperMode: true });
      await dev.reload(id, { failQuietly: false });
    }, ext.extensionId);

    const after = await extensionPage();
    await expect.poll(async () => (await readStorage(after)).settings?.version, { timeout: 10_000 }).toBe(2);
    const { settings, installed } = await readStorage(after);
    console.log(`runtime.onInstalled: ${installed.join(', ')}`);
    // (Session storage starts empty again with the reloaded extension: the update's event is the only one.)
    expect(installed).toEqual(['update 99.0.0']);
    const migrated = settings as { version: number; sites: Record<string, { enabled: boolean }> };
    console.log(`after the update: settings version ${migrated.version}, switched off: ${Object.entries(migrated.sites).filter(([, s]) => !s.enabled).map(([id]) => id).join(', ')}`);
    expect(migrated.sites.prabhatkhabar?.enabled).toBe(false);
    expect(migrated.sites.ndtv?.enabled).toBe(false);
    expect(migrated.sites.aajtak?.enabled).toBe(true);
    expect('disabledSites' in migrated).toBe(false);

    // As the reader sees it: the options page shows both sites switched off, and the article gets no sidebar.
    await expect.poll(() => after.getByTestId('options-site-prabhatkhabar-enabled').isChecked()).toBe(false);
    expect(await after.getByTestId('options-site-ndtv-enabled').isChecked()).toBe(false);
    expect(await after.getByTestId('options-site-aajtak-enabled').isChecked()).toBe(true);
    const third = await openSeed(3);
    await third.waitForTimeout(1500);
    expect(hasSidebarFrame(third, ext.extensionId)).toBe(false);
  });
});
