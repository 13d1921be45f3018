/**
 * Pages that change their story without a reload, in Chromium: an infinite-scroll page appends the next story and
 * sets its address (each story is analysed on its own; scrolling back to the first story takes the sidebar
 * away again), and a single-page site replaces one leak story with another (the old sidebar and highlights go,
 * the new story's analysis comes). Nothing polls: the address is followed through the Navigation API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeTextOfTab, hasSidebarFrame, launchWithExtension, sidebarFrame, startPageServer, tabIdOf } from './harness.ts';
import { markedText } from './marks.ts';
import type { ExtensionBrowser, PageServer } from './harness.ts';
import { FIXTURES_DIR, newsPage, readArticleText } from './pages.ts';
import type { ArticleText } from './pages.ts';

const cowinEn = readArticleText(FIXTURES_DIR + 'cowin-2022-01-en.txt');
const cowinHi = readArticleText(FIXTURES_DIR + 'cowin-2022-01-hi.txt');
const bank = readArticleText(FIXTURES_DIR + 'unknown-leak-en.txt');
const cricket: ArticleText = {
  title: 'India beat England by seven wickets in the second Test to level the series',
  paragraphs: Array.from({ length: 9 }, (_, i) =>
    [
      'India chased down 180 on the fourth day for the loss of three wickets, with the captain unbeaten on 72 after a patient innings on a turning pitch.',
      'The spinners shared eight wickets in the second innings, and the fast bowlers were rested in turn, the team management said after the match.',
      'The third Test will be played in Ahmedabad next week, where the pitch is expected to help the seamers early on.',
    ][i % 3]!,
  ),
};
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const storyHtml = (a: ArticleText, path: string) => `<article data-url="${path}"><h1>${esc(a.title)}</h1>${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</article>`;

let server: PageServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startPageServer();
  // Infinite scroll: the page starts with one story; `window.__appendNext()` appends the next and, as it comes
  // into view, the site sets its address and title (as news sites do with history.replaceState).
  const next = storyHtml(cowinEn, '/news/cowin-data-leak-claim');
  server.route(
    '/news/india-beat-england',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(cricket.title)}</title></head><body style="font-size:18px">
      <header>NDTV</header><main id="feed" style="max-width:760px;margin:24px auto">${storyHtml(cricket, '/news/india-beat-england')}</main>
      <script>
        window.__appendNext = () => {
          document.getElementById('feed').insertAdjacentHTML('beforeend', ${JSON.stringify(next)});
          document.querySelectorAll('article')[1].scrollIntoView();
          history.replaceState(null, '', '/news/cowin-data-leak-claim');
          document.title = ${JSON.stringify(cowinEn.title)};
        };
        window.__backToFirst = () => {
          document.querySelectorAll('article')[0].scrollIntoView();
          history.replaceState(null, '', '/news/india-beat-england');
          document.title = ${JSON.stringify(cricket.title)};
        };
      </script></body></html>`,
  );
  // A single-page site: `window.__navigate()` swaps the story for another and pushes its address.
  const bankPage = newsPage(bank, { lang: 'en', siteName: 'NDTV' });
  const bankBody = bankPage.slice(bankPage.indexOf('<body>') + 6, bankPage.indexOf('</body>'));
  server.route(
    '/spa/cowin',
    newsPage(cowinHi, {
      lang: 'hi',
      siteName: 'NDTV',
      extraHead: `<script>window.__navigate = () => {
        document.body.innerHTML = ${JSON.stringify(bankBody)};
        document.documentElement.lang = 'en';
        document.title = ${JSON.stringify(bank.title)};
        history.pushState(null, '', '/spa/pune-bank');
      };</script>`,
    }),
  );
  ext = await launchWithExtension(server.port);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The fields of the mismatches the sidebar shows, once it shows some. */
const mismatchFields = async (page: Page) => {
  const frame = await sidebarFrame(page, ext.extensionId, 15_000);
  await frame.locator('[data-testid="mismatch"]').first().waitFor({ timeout: 10_000 });
  return frame.locator('[data-testid="mismatch"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-field')).sort());
};

describe('infinite scroll', () => {
  it('analyses the appended story on its own, and follows the reader back to the first one', async () => {
    const page = await ext.context.newPage();
    await page.goto('http://www.ndtv.com/news/india-beat-england', { waitUntil: 'load' });
    await page.waitForTimeout(800);
    expect(hasSidebarFrame(page, ext.extensionId)).toBe(false);

    await page.evaluate(() => (window as unknown as { __appendNext(): void }).__appendNext());
    expect(await mismatchFields(page)).toEqual(['covid-test-results', 'physical-addresses']);
    const tabId = await tabIdOf(ext, 'http://www.ndtv.com/news/cowin-data-leak-claim');
    await expect.poll(() => badgeTextOfTab(ext, tabId)).toBe('2');

    await page.evaluate(() => (window as unknown as { __backToFirst(): void }).__backToFirst());
    await expect.poll(() => hasSidebarFrame(page, ext.extensionId), { timeout: 10_000 }).toBe(false);
    await expect.poll(() => badgeTextOfTab(ext, tabId)).toBe('');
    await page.close();
  });
});

describe('single-page navigation', () => {
  it('replaces the sidebar and the highlights with the new story’s', async () => {
    const page = await ext.context.newPage();
    await page.goto('http://www.ndtv.com/spa/cowin', { waitUntil: 'load' });
    expect(await mismatchFields(page)).toEqual(['covid-test-results', 'physical-addresses']);
    const tabId = await tabIdOf(ext, 'http://www.ndtv.com/spa/cowin');
    await expect.poll(() => badgeTextOfTab(ext, tabId)).toBe('2');
    const highlighted = async () => `${await markedText(page, 'claim', { scroll: true })} ${await markedText(page, 'response', { scroll: true })}`;
    await expect.poll(highlighted).toMatch(/को-विन|कोविन/);

    await page.evaluate(() => (window as unknown as { __navigate(): void }).__navigate());
    // The CoWIN sidebar goes; the Pune bank story (no incident on record) gets its own analysis.
    await expect.poll(() => badgeTextOfTab(ext, tabId), { timeout: 10_000 }).not.toBe('2');
    for (const frame of page.frames().filter((f) => !f.isDetached() && f.url().startsWith(`chrome-extension://${ext.extensionId}/`))) {
      await expect.poll(() => frame.locator('[data-testid="mismatch"]').count().catch(() => 0)).toBe(0);
    }
    await expect.poll(highlighted).not.toMatch(/को-विन|कोविन|CoWIN/);
    await page.close();
  });
});
