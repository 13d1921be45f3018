/**
 * Issue 10, as a reader meets LeakLens in Chromium: it covers none of the article as first shown (1366×768 and
 * 1024×768) and sits on no header, navigation or search; it reads at 15 px or more; it remembers collapse, close and
 * language across reloads; it is usable from the keyboard alone; axe finds nothing serious or critical in any state;
 * the popup says what happened on every page; the badge never says "fine".
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { HOST_SELECTOR, badgeTextOfTab, launchWithExtension, sidebarFrame, startPageServer, tabIdOf } from './harness.ts';
import { markedText, marks } from './marks.ts';
import type { ExtensionBrowser, PageServer } from './harness.ts';
import { FIXTURES_DIR, newsPage, readArticleText, seedArticle } from './pages.ts';

const SEED_PATH = '/national/cowin-data-leak-claim-ministry-denies/2022-01-21';
const UNKNOWN_PATH = '/india-news/pune-bank-data-sale-claim';
const PAPER_PATH = '/state/jharkhand/exam-paper-leak-exam-cancelled';
const RAIN_PATH = '/india-news/rain-alert-five-states';
const FRONT_PATH = '/';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: PageServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startPageServer();
  server.route(SEED_PATH, newsPage(seedArticle().article, { lang: 'hi', siteName: 'Prabhat Khabar' }));
  server.route(PAPER_PATH, newsPage(readArticleText(FIXTURES_DIR + 'paper-leak-hi.txt'), { lang: 'hi', siteName: 'Prabhat Khabar' }));
  server.route(UNKNOWN_PATH, newsPage(readArticleText(FIXTURES_DIR + 'unknown-leak-en.txt'), { lang: 'en', siteName: 'NDTV' }));
  server.route(RAIN_PATH, newsPage({ title: 'Heavy rain alert in five states', paragraphs: ['The weather office has issued a heavy rain alert for five states over the next two days.', 'Schools in some districts will stay closed on Monday.'] }, { lang: 'en', siteName: 'NDTV' }));
  server.route(FRONT_PATH, '<!doctype html><html lang="hi"><head><meta charset="utf-8"><title>प्रभात खबर</title></head><body><nav><a href="/a">देश</a> <a href="/b">खेल</a></nav><ul><li><a href="/x">मौसम</a></li><li><a href="/y">क्रिकेट</a></li></ul></body></html>');
  ext = await launchWithExtension(server.port);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

// Every test starts from default settings.
afterEach(async () => {
  await ext.worker.evaluate(() => chrome.storage.local.clear());
});

let opened = 0;
const pk = (path: string) => `http://www.prabhatkhabar.com${path}?r=${++opened}`;
const ndtv = (path: string) => `http://www.ndtv.com${path}?r=${++opened}`;

async function open(url: string, viewport = { width: 1640, height: 900 }): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** The sidebar's frame, once it shows one of its layouts. */
async function shown(page: Page): Promise<{ frame: Frame; layout: string }> {
  const frame = await sidebarFrame(page, ext.extensionId);
  const any = frame.locator('[data-testid="sidebar"], [data-testid="sidebar-collapsed"], [data-testid="sidebar-tab"]');
  await any.first().waitFor();
  const layout = (await any.first().getAttribute('data-testid'))!;
  return { frame, layout };
}

const hostRect = (page: Page) => page.evaluate((s) => document.querySelector(s)!.getBoundingClientRect().toJSON() as DOMRect, HOST_SELECTOR);

/** How much of the article's text (headline, byline, body) and of the site's header and menu the sidebar host covers. */
async function covered(page: Page): Promise<{ textRects: number; chrome: number }> {
  return page.evaluate((selector) => {
    const host = document.querySelector(selector)!.getBoundingClientRect();
    const hits = (r: DOMRect) => r.width > 0 && r.height > 0 && r.left < host.right && r.right > host.left && r.top < host.bottom && r.bottom > host.top;
    let textRects = 0;
    for (const el of document.querySelectorAll('h1, .byline, .story-content')) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) if (hits(r)) textRects++;
      }
    }
    let chrome = 0;
    for (const el of document.querySelectorAll('header, nav, [role="search"], input[type="search"]')) if (hits(el.getBoundingClientRect())) chrome++;
    return { textRects, chrome };
  }, HOST_SELECTOR);
}

async function axeSerious(frame: Frame | Page): Promise<string[]> {
  await frame.evaluate(AXE_SOURCE);
  const violations = await frame.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes})`);
}

const focusedTestId = (frame: Frame) => frame.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid ?? document.activeElement?.tagName ?? null);

describe('where the sidebar sits', () => {
  for (const viewport of [{ width: 1366, height: 768 }, { width: 1024, height: 768 }]) {
    it(`as first shown at ${viewport.width}×${viewport.height}, covers none of the article and none of the site's header or menu`, async () => {
      const page = await open(pk(SEED_PATH), viewport);
      const { layout } = await shown(page);
      await page.waitForTimeout(300);
      const rect = await hostRect(page);
      const cover = await covered(page);
      console.log(`${viewport.width}×${viewport.height}: first shown ${layout}, host ${Math.round(rect.width)}×${Math.round(rect.height)} at x=${Math.round(rect.left)}, text rects covered ${cover.textRects}, header/menu covered ${cover.chrome}`);
      expect(cover.textRects).toBe(0);
      // The compact card sits on no header, menu or search (a panel docked beside the article runs its full height).
      if (layout !== 'sidebar') expect(cover.chrome).toBe(0);
      await page.close();
    });
  }

  it('on a wide window opens beside the article, and on a phone-sized one is a bar along the bottom', async () => {
    const wide = await open(pk(SEED_PATH));
    expect((await shown(wide)).layout).toBe('sidebar');
    // Docked beside the article for its full height (it may reach the right end of the site's header bar).
    expect((await covered(wide)).textRects).toBe(0);
    await wide.close();

    const phone = await open(pk(SEED_PATH), { width: 390, height: 800 });
    expect((await shown(phone)).layout).toBe('sidebar-collapsed');
    const rect = await hostRect(phone);
    expect(rect.bottom).toBe(800);
    expect(rect.height).toBeLessThanOrEqual(60);
    expect(rect.width).toBe(390);
    await phone.close();
  });

  it('main text is at least 15 px', async () => {
    const page = await open(pk(SEED_PATH));
    const { frame } = await shown(page);
    await frame.locator('details summary').click();
    const sizes = await frame.evaluate(() => {
      const out: Record<string, number> = {};
      // Labels (the eyebrow over the title, field names in a <dt>) and source links may be smaller; what a reader reads may not.
      for (const selector of ['.response__statement', '.mismatch dd', '.facts dd:not(.sources)', 'main p:not(.eyebrow)', '.timeline li', '[data-testid="uncertain"] li']) {
        const els = [...document.querySelectorAll(selector)];
        if (els.length) out[selector] = Math.min(...els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
      }
      return out;
    });
    console.log('sidebar font sizes (px):', JSON.stringify(sizes));
    for (const size of Object.values(sizes)) expect(size).toBeGreaterThanOrEqual(15);
    expect(Object.keys(sizes).length).toBeGreaterThanOrEqual(5);
    await page.close();
  });
});

describe('what the reader chooses is remembered', () => {
  it('collapse, close and the language survive a reload; the tab at the edge brings the sidebar back', async () => {
    const page = await open(pk(SEED_PATH));
    let { frame } = await shown(page);
    await frame.locator('[data-testid="language-switch"]').click();
    await expect.poll(() => frame.locator('[data-testid="sidebar"]').getAttribute('lang')).toBe('en');
    await frame.locator('[data-testid="collapse"]').click();
    await frame.locator('[data-testid="sidebar-collapsed"]').waitFor();
    await page.waitForTimeout(300);

    await page.reload({ waitUntil: 'load' });
    let state = await shown(page);
    expect(state.layout).toBe('sidebar-collapsed');
    expect(await state.frame.locator('[data-testid="sidebar-collapsed"]').getAttribute('lang')).toBe('en');

    await state.frame.locator('button[aria-label="Close"]').click();
    await state.frame.locator('[data-testid="sidebar-tab"]').waitFor();
    await page.waitForTimeout(300);
    await page.reload({ waitUntil: 'load' });
    state = await shown(page);
    expect(state.layout).toBe('sidebar-tab');
    const tab = await hostRect(page);
    expect(tab.width).toBeLessThanOrEqual(40);
    expect(await covered(page)).toEqual({ textRects: 0, chrome: 0 });

    await state.frame.locator('[data-testid="reopen"]').click();
    frame = state.frame;
    await frame.locator('[data-testid="sidebar"]').waitFor();
    await page.reload({ waitUntil: 'load' });
    expect((await shown(page)).layout).toBe('sidebar');
    await page.close();
  });

  it('a sidebar language chosen in the options reaches an open sidebar; the options page keeps its own language', async () => {
    const page = await open(pk(SEED_PATH));
    const { frame } = await shown(page);
    await expect.poll(() => frame.locator('[data-testid="sidebar"]').getAttribute('lang')).toBe('hi');
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
    await options.locator('[data-testid="options-sidebar-language-en"]').check();
    await expect.poll(() => frame.locator('[data-testid="sidebar"]').getAttribute('lang')).toBe('en');

    await options.locator('[data-testid="options-page-language-hi"]').click();
    await expect.poll(() => options.locator('[data-testid="options"]').getAttribute('lang')).toBe('hi');
    await options.waitForTimeout(300);
    await options.reload();
    await expect.poll(() => options.locator('[data-testid="options"]').getAttribute('lang')).toBe('hi');
    await options.close();
    await page.close();
  });
});

describe('keyboard', () => {
  it('the sidebar is the first Tab stop; Escape collapses then closes; focus stays in LeakLens at every step', async () => {
    const page = await open(pk(SEED_PATH));
    const { frame } = await shown(page);
    const host = await page.evaluate((s) => {
      const el = document.querySelector(s)!;
      return { role: el.getAttribute('role'), label: el.getAttribute('aria-label') };
    }, HOST_SELECTOR);
    expect(host.role).toBe('complementary');
    expect(host.label).toContain('LeakLens');
    expect(await (await frame.frameElement()).getAttribute('title')).toMatch(/डेटा लीक/);

    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate((s) => document.activeElement === document.querySelector(s), HOST_SELECTOR)).toBe(true);
    expect(await frame.evaluate(() => document.hasFocus())).toBe(true);

    await page.keyboard.press('Escape');
    await frame.locator('[data-testid="sidebar-collapsed"]').waitFor();
    await expect.poll(() => focusedTestId(frame)).toBe('expand');
    await page.keyboard.press('Enter');
    await frame.locator('[data-testid="sidebar"]').waitFor();
    await expect.poll(() => focusedTestId(frame)).toBe('collapse');
    await page.keyboard.press('Escape');
    await frame.locator('[data-testid="sidebar-collapsed"]').waitFor();
    await page.keyboard.press('Escape');
    await frame.locator('[data-testid="sidebar-tab"]').waitFor();
    await expect.poll(() => focusedTestId(frame)).toBe('reopen');
    await page.keyboard.press('Enter');
    await frame.locator('[data-testid="sidebar"]').waitFor();
    await expect.poll(() => focusedTestId(frame)).toBe('collapse');
    await page.close();
  });

  it('declares a keyboard shortcut that opens the sidebar', async () => {
    const commands = await ext.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'show-sidebar')?.shortcut).toBe('Alt+Shift+L');
  });
});

describe('axe: no serious or critical violations', () => {
  it('in the expanded and collapsed sidebar, on an unknown leak, on a dark page, in the popup and the options page', async () => {
    const found: Record<string, string[]> = {};
    const seed = await open(pk(SEED_PATH));
    const { frame } = await shown(seed);
    found.expanded = await axeSerious(frame);
    await frame.locator('[data-testid="collapse"]').click();
    await frame.locator('[data-testid="sidebar-collapsed"]').waitFor();
    found.collapsed = await axeSerious(frame);
    await frame.locator('[data-testid="close-card"]').click();
    await frame.locator('[data-testid="sidebar-tab"]').waitFor();
    found.tab = await axeSerious(frame);

    await ext.worker.evaluate(() => chrome.storage.local.clear());
    const unknown = await open(ndtv(UNKNOWN_PATH));
    found.unknown = await axeSerious((await shown(unknown)).frame);

    const dark = await ext.context.newPage();
    await dark.emulateMedia({ colorScheme: 'dark' });
    await dark.setViewportSize({ width: 1640, height: 900 });
    await dark.goto(pk(SEED_PATH), { waitUntil: 'load' });
    await dark.addStyleTag({ content: 'html, body { background: #111 !important; color: #eee !important; color-scheme: dark; }' });
    found.dark = await axeSerious((await shown(dark)).frame);

    const tabId = await tabIdOf(ext, seed.url());
    const popup = await ext.context.newPage();
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html?tabId=${tabId}`);
    await popup.locator('[data-testid="popup-found"]').waitFor();
    found.popupDark = await axeSerious(popup);
    await popup.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
    await popup.locator('[data-testid="options-sites-heading"], #options-sites-heading').first().waitFor();
    found.optionsDark = await axeSerious(popup);
    console.log('axe serious/critical:', JSON.stringify(found));
    for (const list of Object.values(found)) expect(list).toEqual([]);
    for (const p of [seed, unknown, dark, popup]) await p.close();
  });
});

describe('the popup says what happened', () => {
  async function popupFor(page: Page): Promise<Page> {
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html?tabId=${await tabIdOf(ext, page.url())}`);
    return popup;
  }

  it('on an exam paper-leak page, an article with no leak, a front page and a switched-off site, in the site language', async () => {
    const cases: [string, string, string][] = [
      [pk(PAPER_PATH), 'no-leak', 'इस पेज पर डेटा लीक की कोई खबर नहीं मिली।'],
      [ndtv(RAIN_PATH), 'no-leak', 'No data-leak article found on this page.'],
      [pk(FRONT_PATH), 'not-an-article', 'यह पेज कोई खबर नहीं है।'],
    ];
    for (const [url, kind, text] of cases) {
      const page = await open(url);
      await page.waitForTimeout(800);
      const popup = await popupFor(page);
      const found = popup.locator('[data-testid="popup-found"]');
      await expect.poll(() => found.getAttribute('data-finding'), { timeout: 8000 }).toBe(kind);
      expect(await found.innerText()).toContain(text);
      await popup.close();
      await page.close();
    }

    const page = await open(pk(PAPER_PATH));
    const popup = await popupFor(page);
    await expect.poll(() => popup.locator('[data-testid="popup-found"]').getAttribute('data-finding')).toBe('no-leak');
    await popup.locator('[data-testid="popup-site-switch"]').click();
    await expect.poll(() => popup.locator('[data-testid="popup-found"]').getAttribute('data-finding')).toBe('switched-off');
    expect(await popup.locator('[data-testid="popup"]').getAttribute('lang')).toBe('hi');
    await popup.close();
    await page.close();
  });
});

describe('signals', () => {
  it('an unknown leak gets a neutral "?" badge, never a green tick, and a compact panel, not a full-height one', async () => {
    const page = await open(ndtv(UNKNOWN_PATH));
    expect((await shown(page)).layout).toBe('sidebar');
    const rect = await hostRect(page);
    expect(rect.height).toBeLessThanOrEqual(560);
    expect((await covered(page)).textRects).toBe(0);
    const tabId = await tabIdOf(ext, page.url());
    await expect.poll(() => badgeTextOfTab(ext, tabId)).toBe('?');
    await page.close();
  });

  it('timeline source links stand apart, each on one line; the match says why, in the article’s words', async () => {
    const page = await open(pk(SEED_PATH));
    const { frame } = await shown(page);
    await frame.locator('details summary').click();
    const links = await frame.evaluate(() =>
      [...document.querySelectorAll('.timeline .source')].map((a) => ({ lines: a.getClientRects().length, rect: a.getBoundingClientRect().toJSON() as DOMRect })),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.lines).toBe(1);
    for (let i = 1; i < links.length; i++) {
      const [a, b] = [links[i - 1]!.rect, links[i]!.rect];
      if (Math.abs(a.top - b.top) < 2) expect(b.left - a.right).toBeGreaterThanOrEqual(8);
    }
    const why = frame.locator('[data-testid="why-incident"]');
    if (await why.count()) expect(await why.innerText()).toMatch(/^यही मामला क्यों:/);
    await page.close();
  });
});

describe('options a reader expects', () => {
  it('one switch pauses LeakLens on every site; settings export to a file and import back; "restore defaults" can be undone', async () => {
    const page = await open(pk(SEED_PATH));
    await shown(page);
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
    await options.locator('[data-testid="options-pause"]').check();
    await expect.poll(() => page.evaluate((s) => document.querySelector(s) === null, HOST_SELECTOR)).toBe(true);
    await options.locator('[data-testid="options-pause"]').uncheck();
    await sidebarFrame(page, ext.extensionId);

    await options.locator('[data-testid="options-site-ndtv-enabled"]').uncheck();
    await options.locator('[data-testid="options-sidebar-language-hi"]').check();
    await options.waitForTimeout(200);
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-testid="options-export"]').click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { language: string; sites: Record<string, { enabled: boolean }> };
    expect(exported.language).toBe('hi');
    expect(exported.sites.ndtv?.enabled).toBe(false);

    await options.locator('[data-testid="options-restore"]').click();
    await expect.poll(() => options.locator('[data-testid="options-site-ndtv-enabled"]').isChecked()).toBe(true);
    await options.locator('[data-testid="options-undo-restore"]').click();
    await expect.poll(() => options.locator('[data-testid="options-site-ndtv-enabled"]').isChecked()).toBe(false);

    await options.locator('[data-testid="options-restore"]').click();
    await expect.poll(() => options.locator('[data-testid="options-site-ndtv-enabled"]').isChecked()).toBe(true);
    await options.locator('[data-testid="options-import"]').setInputFiles({ name: 'leaklens-settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await expect.poll(() => options.locator('[data-testid="options-site-ndtv-enabled"]').isChecked()).toBe(false);
    expect(await options.locator('[data-testid="options-sidebar-language-hi"]').isChecked()).toBe(true);
    await options.locator('[data-testid="options-import"]').setInputFiles({ name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
    await expect.poll(() => options.locator('[data-testid="options-status"]').innerText()).toContain('does not hold LeakLens settings');
    await options.close();
    await page.close();
  });
});

describe('highlights that explain themselves', () => {
  it('each mismatch row leads to the article sentence that lists the field and to the official sentence that denies it', async () => {
    const page = await open(pk(SEED_PATH), { width: 1640, height: 900 });
    const { frame } = await shown(page);
    const focused = () => markedText(page, 'focus');
    const rows = frame.locator('[data-testid="mismatch"]');
    await expect.poll(() => rows.count()).toBe(2);
    for (const field of ['physical-addresses', 'covid-test-results']) {
      const row = frame.locator(`[data-testid="mismatch"][data-field="${field}"]`);
      // What the row quotes as the article's claim ("पता", "कोविड टेस्ट रिपोर्ट"), without the quote marks.
      const claimWords = (await row.locator('dd').first().innerText()).replace(/[“”]/g, '').trim();
      await row.locator('[data-testid="mismatch-show-claim"]').click();
      await expect.poll(focused).toContain(claimWords);
      const claimSentence = await focused();
      await row.locator('[data-testid="mismatch-show-response"]').click();
      await expect.poll(async () => (await focused()) !== claimSentence && (await focused()).length > 0).toBe(true);
      // The official sentence is a sentence of the article page, marked as the response, and it is a denial.
      const response = await focused();
      expect(await page.evaluate((t) => document.body.innerText.replace(/\s+/g, ' ').includes(t.replace(/\s+/g, ' ')), response)).toBe(true);
      expect(response).toMatch(/नहीं|ना तो|न तो|\bnot\b|\bnor\b/);
    }
    await page.close();
  });

  it('a quote in the sidebar scrolls the article to its sentence; a click on a marked sentence opens the sidebar at its row', async () => {
    const page = await open(pk(SEED_PATH), { width: 1024, height: 768 });
    const { frame } = await shown(page);
    // Compact at this width: the reader opens it, then asks for the official response's sentence.
    await frame.locator('[data-testid="expand"]').click();
    const quotes = frame.locator('[data-testid="article-quote"]');
    await expect.poll(() => quotes.count()).toBeGreaterThan(0);
    expect(await frame.locator('[data-testid="highlight-legend"]').innerText()).toContain('दावा');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const last = (await quotes.count()) - 1;
    await quotes.nth(last).locator('[data-testid="show-quote"]').click();
    await expect.poll(async () => (await marks(page, 'focus')).length).toBeGreaterThan(0);
    const viewport = page.viewportSize()!;
    const inView = async () => {
      const r = (await marks(page, 'focus'))[0];
      return !!r && r.y >= 0 && r.y + r.height <= viewport.height;
    };
    // It scrolls smoothly: the sentence arrives in view within a moment.
    await expect.poll(inView, { timeout: 3000 }).toBe(true);

    // Back from the sentence to its row.
    await frame.locator('[data-testid="collapse"]').click();
    await frame.locator('[data-testid="sidebar-collapsed"]').waitFor();
    // Let the smooth scroll above end, bring the claim's sentence into view, then click its first word.
    await page.waitForTimeout(800);
    const claimBox = (await marks(page, 'claim'))[0]!;
    await page.evaluate((y) => window.scrollBy({ top: y - innerHeight / 2, behavior: 'instant' }), claimBox.y);
    await page.waitForTimeout(200);
    await expect.poll(async () => (await marks(page, 'claim')).filter((m) => !m.hidden && m.y >= 0 && m.y + m.height <= viewport.height).length).toBeGreaterThan(0);
    const r = (await marks(page, 'claim')).find((m) => !m.hidden && m.y >= 0 && m.y + m.height <= viewport.height)!;
    const point = { x: r.x + Math.min(20, r.width / 2), y: r.y + r.height / 2 };
    // Hovering the sentence shows a small card (LeakLens's own words, in a closed root); leaving it hides the card.
    const card = () => page.evaluate(() => {
      const el = document.querySelector('html > div[role="tooltip"]');
      return el ? getComputedStyle(el).display !== 'none' && el.shadowRoot === null : false;
    });
    await page.mouse.move(point.x, point.y);
    await expect.poll(card).toBe(true);
    await page.mouse.move(5, point.y);
    await expect.poll(card).toBe(false);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.frames().some((f) => !f.isDetached() && f.url().includes('-q'))).toBe(true);
    const reopened = page.frames().find((f) => !f.isDetached() && f.url().includes('-q'))!;
    await reopened.locator('.quote--target').waitFor();
    await expect.poll(() => reopened.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('show-quote');
    expect(await reopened.locator('.quote--target').getAttribute('data-role')).toBe('claim');
    await page.close();
  });
});
