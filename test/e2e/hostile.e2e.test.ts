/**
 * Bad input, in a real browser: a huge page, a page whose scripts tamper with the DOM APIs and listen for
 * LeakLens, corrupt stored settings, and a "leak" story that is about a phone's price. LeakLens must keep working
 * where it should, stay silent where it should, and never break the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasSidebarFrame, launchWithExtension, sidebarFrame, startPageServer } from './harness.ts';
import type { ExtensionBrowser, PageServer } from './harness.ts';
import { FIXTURES_DIR, newsPage, readArticleText } from './pages.ts';

const cowin = readArticleText(FIXTURES_DIR + 'cowin-2022-01-hi.txt');
let server: PageServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startPageServer();
  // About 3 MB of article: the claim first, then thousands of paragraphs of filler.
  const filler = Array.from({ length: 6000 }, (_, i) => `अनुच्छेद ${i}: ${'यह लंबी खबर का एक साधारण हिस्सा है जिसमें कोई नई बात नहीं है। '.repeat(8)}`);
  server.route('/huge', newsPage({ title: cowin.title, paragraphs: [...cowin.paragraphs, ...filler] }, { lang: 'hi', siteName: 'Prabhat Khabar' }));
  const tamper = `<script>
    window.__seen = [];
    Element.prototype.attachShadow = function () { window.__seen.push('attachShadow'); throw new Error('no shadow for you'); };
    const realAppend = Element.prototype.append;
    Element.prototype.append = function (...nodes) { window.__seen.push('append'); return realAppend.apply(this, nodes); };
    JSON.parse = () => { throw new Error('tampered'); };
    window.addEventListener('message', (e) => window.__seen.push('message:' + JSON.stringify(e.data)));
    new MutationObserver((records) => { for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'DIV' && n.hasAttribute('popover')) window.__seen.push('host:' + String(n.shadowRoot)); }).observe(document.documentElement, { childList: true });
  </script>`;
  server.route('/tampered', newsPage(cowin, { lang: 'hi', siteName: 'Prabhat Khabar', extraHead: tamper }));
  server.route('/settings', newsPage(cowin, { lang: 'hi', siteName: 'Prabhat Khabar' }));
  server.route(
    '/phone-price-leak',
    newsPage(
      {
        title: 'Leaked: the price and specifications of a new budget phone ahead of its India launch',
        paragraphs: [
          'A tipster has leaked the price and full specifications of the upcoming budget phone days before its launch in India. The leaked data suggests a 6.7-inch display and a 5,000mAh battery.',
          'According to the leak, the phone will cost under Rs 15,000 and come in three colours. The company has not confirmed the details and says more will be shared at the launch event next week.',
          'Earlier leaks had pointed to a larger camera sensor, which now appears to be true, the tipster said in a post on X.',
        ],
      },
      { lang: 'en', siteName: 'NDTV' },
    ),
  );
  ext = await launchWithExtension(server.port);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('LeakLens under hostile conditions', () => {
  it('handles a 3 MB article and leaves the page responsive', async () => {
    const page = await ext.context.newPage();
    await page.goto('http://www.prabhatkhabar.com/huge', { waitUntil: 'load' });
    const loaded = Date.now();
    const frame = await sidebarFrame(page, ext.extensionId, 20_000);
    await frame.locator('[data-testid="mismatch"]').first().waitFor();
    console.log(`3 MB page: load → sidebar ${Date.now() - loaded} ms; page text ${(await page.evaluate(() => document.body.textContent!.length)).toLocaleString()} chars`);
    await expect.poll(() => frame.locator('[data-testid="mismatch"]').count()).toBe(2);
    // The page's own scripts still run.
    expect(await page.evaluate(() => 6 * 7)).toBe(42);
    await page.close();
  });

  it('works on a page that tampers with DOM APIs, and shows the page nothing of itself', async () => {
    const page = await ext.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('http://www.prabhatkhabar.com/tampered', { waitUntil: 'load' });
    const frame = await sidebarFrame(page, ext.extensionId);
    await expect.poll(() => frame.locator('[data-testid="mismatch"]').count()).toBe(2);
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    // The content script's own (isolated) DOM functions were used: the page's patched ones never ran for it,
    // no message reached the page, and the shadow roots the page saw (the sidebar's host, the article marks' host)
    // were closed (null).
    expect(seen.length).toBeGreaterThan(0);
    expect([...new Set(seen)]).toEqual(['host:null']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('does not let the page frame the sidebar itself', async () => {
    const page = await ext.context.newPage();
    await page.goto('http://www.prabhatkhabar.com/tampered', { waitUntil: 'load' });
    await sidebarFrame(page, ext.extensionId);
    // Wait for the page's own frame to settle (Chromium loads an error page in its place when it refuses).
    await page.evaluate(
      (id) =>
        new Promise<void>((resolve) => {
          const frame = document.createElement('iframe');
          frame.id = 'fake';
          frame.addEventListener('load', () => resolve(), { once: true });
          frame.addEventListener('error', () => resolve(), { once: true });
          frame.src = `chrome-extension://${id}/src/sidebar/index.html`;
          document.body.append(frame);
        }),
      ext.extensionId,
    );
    const sidebars = page.frames().filter((f) => f.url().startsWith(`chrome-extension://${ext.extensionId}/src/sidebar/`));
    // Only LeakLens's own frame; the page's copy was refused (web_accessible_resources with use_dynamic_url).
    expect(sidebars).toHaveLength(1);
    await page.close();
  });

  it('falls back to defaults for corrupt stored settings, keeping what is valid', async () => {
    await ext.worker.evaluate(() =>
      chrome.storage.local.set({ settings: { version: 2, language: 42, sites: { prabhatkhabar: { enabled: 'yes', startCollapsed: true }, ndtv: null, bogus: { enabled: false } } } }),
    );
    const page = await ext.context.newPage();
    await page.goto('http://www.prabhatkhabar.com/settings', { waitUntil: 'load' });
    const frame = await sidebarFrame(page, ext.extensionId);
    // enabled: 'yes' is invalid → the default (on); startCollapsed: true is valid → kept.
    await frame.locator('[data-testid="sidebar-collapsed"]').waitFor();
    await ext.worker.evaluate(() => chrome.storage.local.clear());
    await page.close();
  });

  it('stays silent on a story about a phone’s leaked price', async () => {
    const page = await ext.context.newPage();
    await page.goto('http://www.ndtv.com/phone-price-leak', { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    expect(hasSidebarFrame(page, ext.extensionId)).toBe(false);
    expect(await page.evaluate(() => document.querySelector('html > div[popover]'))).toBeNull();
    await page.close();
  });
});
