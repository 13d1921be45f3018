/**
 * A reader opens the seed article on www.prabhatkhabar.com with LeakLens installed: the sidebar shows the
 * Health Ministry's response and both field mismatches, in Hindi; the badge shows 2; switching the site off in
 * the popup removes the sidebar, and it stays off after a reload. An exam paper-leak page gets no sidebar.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeText, badgeTextOfTab, hasSidebarFrame, launchWithExtension, sidebarCount, sidebarFrame, startPageServer, tabIdOf } from './harness.ts';
import { markedText, marks } from './marks.ts';
import type { ExtensionBrowser, PageServer } from './harness.ts';
import { FIXTURES_DIR, newsPage, readArticleText, seedArticle } from './pages.ts';

const SEED_PATH = '/national/cowin-data-leak-claim-ministry-denies/2022-01-21';
const SEED_URL = `http://www.prabhatkhabar.com${SEED_PATH}`;
const PAPER_LEAK_URL = 'http://www.prabhatkhabar.com/state/jharkhand/exam-paper-leak-exam-cancelled';

let server: PageServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startPageServer();
  const seed = seedArticle();
  console.log(`seed article: ${seed.source}`);
  server.route(SEED_PATH, newsPage(seed.article, { lang: 'hi', siteName: 'Prabhat Khabar' }));
  server.route(new URL(PAPER_LEAK_URL).pathname, newsPage(readArticleText(FIXTURES_DIR + 'paper-leak-hi.txt'), { lang: 'hi', siteName: 'Prabhat Khabar' }));
  ext = await launchWithExtension(server.port);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

// The sidebar remembers the reader's choices (language, collapsed, closed) in the settings: each test starts afresh.
afterEach(async () => {
  await ext.worker.evaluate(() => chrome.storage.local.clear());
});

let opened = 0;
/** Opens the seed in a new tab, at an address of its own (so each test finds its own tab, whatever others left). */
async function openSeed(): Promise<{ page: Page; url: string; tabId: number; msToSidebar: number }> {
  const page = await ext.context.newPage();
  const url = `${SEED_URL}?tab=${++opened}`;
  await page.goto(url, { waitUntil: 'load' });
  const loadedAt = Date.now();
  const frame = await sidebarFrame(page, ext.extensionId);
  await frame.locator('[data-testid="sidebar"]').waitFor();
  return { page, url, tabId: await tabIdOf(ext, url), msToSidebar: Date.now() - loadedAt };
}

describe('the seed article on Prabhat Khabar', () => {
  it('shows the official response and both field mismatches in Hindi, and a badge of 2', async () => {
    const { page, url, msToSidebar } = await openSeed();
    console.log(`page load → sidebar shown: ${msToSidebar} ms`);
    const frame = await sidebarFrame(page, ext.extensionId);
    const sidebar = frame.locator('[data-testid="sidebar"]');

    await expect.poll(() => sidebar.getAttribute('lang')).toBe('hi');
    const text = await sidebar.innerText();
    expect(text).toContain('स्वास्थ्य एवं परिवार कल्याण मंत्रालय');
    expect(text).toContain('खंडन');
    expect(await frame.locator('[data-testid="mismatch-count"]').innerText()).toContain('2');

    const rows = frame.locator('[data-testid="mismatch"]');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-field')}:${e.getAttribute('data-kind')}`).sort())).toEqual([
      'covid-test-results:not-collected',
      'physical-addresses:not-collected',
    ]);
    const addressRow = await frame.locator('[data-testid="mismatch"][data-field="physical-addresses"]').innerText();
    expect(addressRow).toContain('पते');
    expect(addressRow).toContain('pib.gov.in');
    const testRow = await frame.locator('[data-testid="mismatch"][data-field="covid-test-results"]').innerText();
    expect(testRow).toContain('कोविड-19 जांच के नतीजे');

    expect(await frame.locator('[data-testid="kb-as-of"]').innerText()).toMatch(/LeakLens में दर्ज जानकारी .+ तक की है।/);
    expect(await badgeText(ext, url)).toBe('2');

    // The claim and the response sentences are marked in the article itself (LeakLens's own mark layer).
    await expect.poll(async () => (await marks(page, 'claim')).length).toBeGreaterThan(0);
    expect((await marks(page, 'response')).length).toBeGreaterThan(0);
    expect(await markedText(page, 'response', { scroll: true })).toMatch(/को-विन|कोविन/);
    await page.close();
  });

  it('switches to English, collapses and closes on the reader’s request', async () => {
    const { page } = await openSeed();
    const frame = await sidebarFrame(page, ext.extensionId);
    await frame.locator('[data-testid="language-switch"]').click();
    const sidebar = frame.locator('[data-testid="sidebar"]');
    await expect.poll(() => sidebar.getAttribute('lang')).toBe('en');
    expect(await sidebar.innerText()).toContain('Ministry of Health and Family Welfare');
    expect(await frame.locator('[data-testid="mismatch"][data-field="physical-addresses"]').innerText()).toContain('Addresses');

    await frame.locator('[data-testid="collapse"]').click();
    await frame.locator('[data-testid="sidebar-collapsed"]').waitFor();
    const collapsedHeight = await page.evaluate(() => (document.querySelector('html > div[popover][role="complementary"]') as HTMLElement).getBoundingClientRect().height);
    expect(collapsedHeight).toBeLessThan(100);

    // Closed, it leaves a small tab at the page's edge: the way back.
    await frame.locator('button[aria-label="Close"]').click();
    await frame.locator('[data-testid="sidebar-tab"]').waitFor();
    await expect.poll(() => page.evaluate(() => (document.querySelector('html > div[popover][role="complementary"]') as HTMLElement).getBoundingClientRect().width)).toBeLessThanOrEqual(40);
    await page.close();
  });

  it('keeps the sidebar out of the page’s reach: closed shadow root, cross-origin frame, page CSS has no effect', async () => {
    const { page } = await openSeed();
    // A hostile page stylesheet tries to hide and shrink the sidebar.
    await page.addStyleTag({ content: 'html > div, div[popover], iframe { display: none !important; width: 0 !important; opacity: 0 !important; }' });
    const seen = await page.evaluate(() => {
      const host = document.querySelector('html > div[popover][role="complementary"]') as HTMLElement;
      const rect = host.getBoundingClientRect();
      return { shadowRoot: host.shadowRoot, iframes: document.querySelectorAll('iframe').length, width: rect.width, display: getComputedStyle(host).display };
    });
    expect(seen.shadowRoot).toBeNull();
    expect(seen.iframes).toBe(0);
    expect(seen.display).toBe('block');
    expect(seen.width).toBeGreaterThan(300);
    await page.close();
  });

  it('goes away when the site is switched off in the popup, and stays off after a reload', async () => {
    const { page, tabId } = await openSeed();
    const popup = await ext.context.newPage();
    try {
      await popup.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html?tabId=${tabId}`);
      // The popup renders before its data arrives: wait for what a reader would wait for.
      await expect.poll(() => popup.locator('[data-testid="popup-site-name"]').innerText()).toContain('Prabhat Khabar');
      await expect.poll(() => popup.locator('[data-testid="popup-mismatch-count"]').innerText()).toContain('2');
      const siteSwitch = popup.locator('[data-testid="popup-site-switch"]');
      expect(await siteSwitch.isChecked()).toBe(true);
      await siteSwitch.click();
      await expect.poll(() => siteSwitch.isChecked()).toBe(false);

      await expect.poll(() => page.evaluate(() => document.querySelector('html > div[popover]') === null)).toBe(true);
      await expect.poll(() => badgeTextOfTab(ext, tabId)).toBe('');

      await page.reload({ waitUntil: 'load' });
      await page.waitForTimeout(1500);
      expect(hasSidebarFrame(page, ext.extensionId)).toBe(false);
      expect(await page.evaluate(() => document.querySelector('html > div[popover]'))).toBeNull();

      // Switching it back on brings the sidebar back without a reload.
      await popup.reload();
      const switchAgain = popup.locator('[data-testid="popup-site-switch"]');
      await expect.poll(() => switchAgain.isChecked()).toBe(false);
      await switchAgain.click();
      await sidebarFrame(page, ext.extensionId);
    } finally {
      // Whatever happened above, the next test starts from default settings.
      await ext.worker.evaluate(() => chrome.storage.local.clear());
      await popup.close();
      await page.close();
    }
  });
});

describe('the popup', () => {
  it('reopens a closed sidebar with “Show the sidebar”', async () => {
    const { page, tabId } = await openSeed();
    const frame = await sidebarFrame(page, ext.extensionId);
    await frame.locator('[data-testid="close"]').click();
    await frame.locator('[data-testid="sidebar-tab"]').waitFor();

    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html?tabId=${tabId}`);
    await popup.locator('[data-testid="popup-show-sidebar"]').click();
    await expect.poll(() => sidebarCount(page, ext.extensionId, '[data-testid="mismatch"]')).toBe(2);
    if (!popup.isClosed()) await popup.close();
    await page.close();
  });
});

describe('the popup and a collapsed sidebar', () => {
  it('“Show the sidebar” expands a collapsed sidebar to its full height', async () => {
    const { page, tabId } = await openSeed();
    const frame = await sidebarFrame(page, ext.extensionId);
    await frame.locator('[data-testid="collapse"]').click();
    await frame.locator('[data-testid="sidebar-collapsed"]').waitFor();
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html?tabId=${tabId}`);
    await popup.locator('[data-testid="popup-show-sidebar"]').click();
    const hostHeight = () => page.evaluate(() => document.querySelector('html > div[popover][role="complementary"]')?.getBoundingClientRect().height ?? 0);
    await expect.poll(hostHeight).toBeGreaterThan(500);
    await expect.poll(() => sidebarCount(page, ext.extensionId, '[data-testid="sidebar"]')).toBe(1);
    if (!popup.isClosed()) await popup.close();
    await page.close();
  });
});

describe('a site that loads the next story into the same page', () => {
  it('keeps the reader’s sidebar and the badge when only the fragment or tracking parameters change', async () => {
    const { page, tabId } = await openSeed();
    const frame = await sidebarFrame(page, ext.extensionId);
    await frame.locator('[data-testid="collapse"]').click();
    await frame.locator('[data-testid="sidebar-collapsed"]').waitFor();
    await page.evaluate(() => {
      location.hash = 'comments';
      history.replaceState({}, '', location.pathname + '?utm_source=whatsapp#comments');
    });
    // Longer than the content script's one-second look at the address.
    await page.waitForTimeout(2500);
    expect(await badgeTextOfTab(ext, tabId)).toBe('2');
    const collapsedFrame = await sidebarFrame(page, ext.extensionId);
    expect(await collapsedFrame.locator('[data-testid="sidebar-collapsed"]').count()).toBe(1);
    await page.close();
  });

  it('follows the new address: the sidebar goes when the next story is not about a leak', async () => {
    const { page, tabId } = await openSeed();
    const next = readArticleText(FIXTURES_DIR + 'paper-leak-hi.txt');
    // What infinite-scroll news pages do: swap the story in place and pushState its address.
    await page.evaluate((story) => {
      document.querySelector('h1')!.textContent = story.title;
      document.querySelector('meta[property="og:title"]')!.setAttribute('content', story.title);
      const body = document.querySelector('.story-content')!;
      body.replaceChildren(...story.paragraphs.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
      history.pushState({}, '', '/state/jharkhand/exam-paper-leak-exam-cancelled-2');
    }, next);
    await expect.poll(() => page.evaluate(() => document.querySelector('html > div[popover]') === null), { timeout: 5000 }).toBe(true);
    await expect.poll(() => badgeTextOfTab(ext, tabId)).toBe('');
    await page.close();
  });
});

describe('a Prabhat Khabar page about an exam paper leak', () => {
  it('gets no sidebar and no badge', async () => {
    const page = await ext.context.newPage();
    await page.goto(PAPER_LEAK_URL, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    expect(hasSidebarFrame(page, ext.extensionId)).toBe(false);
    expect(await page.evaluate(() => document.querySelector('html > div[popover]'))).toBeNull();
    expect(await badgeText(ext, PAPER_LEAK_URL)).toBe('');
    await page.close();
  });
});
