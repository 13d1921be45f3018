/**
 * Issue 9, on an infinite-scroll page, as a reader meets it in Chromium: the page holds several stories, and the
 * toolbar button (its badge's title, what the tooltip and a screen reader say) and the popup name the story the
 * finding is about, by its headline: the CoWIN story while it is in view, then the bank story appended after it, and
 * nothing once the reader is back on the cricket story.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeTextOfTab, launchWithExtension, startPageServer, tabIdOf } from './harness.ts';
import type { ExtensionBrowser, PageServer } from './harness.ts';
import { FIXTURES_DIR, readArticleText } from './pages.ts';
import type { ArticleText } from './pages.ts';

const cowin = readArticleText(FIXTURES_DIR + 'cowin-2022-01-en.txt');
// The bank story, with two more paragraphs of our own: the page side takes an appended <article> as a story of its
// own from 1,000 characters of text (the fixture alone is shorter).
const bankFixture = readArticleText(FIXTURES_DIR + 'unknown-leak-en.txt');
const bank: ArticleText = {
  title: bankFixture.title,
  paragraphs: [
    ...bankFixture.paragraphs,
    'Customers queued outside two branches on Tuesday to ask whether their accounts were safe, and staff handed out a printed notice asking them not to share one-time passwords over the phone.',
    'The cooperative department of the state government said it had asked the bank for a report within a week and would decide on an audit after reading it.',
  ],
};
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
const STORIES = [
  { path: '/feed/india-beat-england', article: cricket },
  { path: '/feed/cowin-data-leak-claim', article: cowin },
  { path: '/feed/pune-bank-data-sale', article: bank },
];

let server: PageServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startPageServer();
  // The feed starts with the cricket story; `__show(i)` appends story i if it is not there yet, scrolls to it and,
  // as news sites do, sets the address and the document title to that story's.
  server.route(
    STORIES[0]!.path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(cricket.title)}</title></head><body style="font-size:18px">
      <header>NDTV</header><main id="feed" style="max-width:760px;margin:24px auto">${storyHtml(cricket, STORIES[0]!.path)}</main>
      <script>
        const stories = ${JSON.stringify(STORIES.map((s) => ({ path: s.path, title: s.article.title, html: storyHtml(s.article, s.path) })))};
        window.__show = (i) => {
          const feed = document.getElementById('feed');
          while (feed.children.length <= i) feed.insertAdjacentHTML('beforeend', stories[feed.children.length].html);
          feed.children[i].scrollIntoView();
          history.replaceState(null, '', stories[i].path);
          document.title = stories[i].title;
        };
      </script></body></html>`,
  );
  ext = await launchWithExtension(server.port);
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const buttonTitle = (tabId: number) => ext.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);

/** The popup for a tab, as the reader opens it: which article it names. */
async function popupArticle(tabId: number): Promise<string | null> {
  const popup = await ext.context.newPage();
  try {
    await popup.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html?tabId=${tabId}`);
    await popup.getByTestId('popup-found').waitFor();
    const article = popup.getByTestId('popup-article');
    return (await article.count()) > 0 ? (await article.innerText()).replace(/\s+/g, ' ') : null;
  } finally {
    await popup.close();
  }
}

const show = async (page: Page, i: number) => {
  // The reader is back on the article's tab (the popup was looked at in a tab of its own).
  await page.bringToFront();
  await page.evaluate((n) => (window as unknown as { __show(i: number): void }).__show(n), i);
};

describe('on an infinite-scroll page', () => {
  it('the badge’s title and the popup name the story the finding is about', async () => {
    const page = await ext.context.newPage();
    await page.goto(`http://www.ndtv.com${STORIES[0]!.path}`, { waitUntil: 'load' });
    const tabId = await tabIdOf(ext, `http://www.ndtv.com${STORIES[0]!.path}`);
    await page.waitForTimeout(800);
    expect(await badgeTextOfTab(ext, tabId)).toBe('');
    expect(await buttonTitle(tabId)).toBe('LeakLens');

    // The CoWIN story scrolled into view.
    await show(page, 1);
    await expect.poll(() => badgeTextOfTab(ext, tabId), { timeout: 10_000 }).toBe('2');
    const cowinTitle = await buttonTitle(tabId);
    console.log(`button title on the CoWIN story: ${cowinTitle}`);
    expect(cowinTitle).toBe(`LeakLens: 2 mismatches in “${cowin.title}”`);
    expect(await popupArticle(tabId)).toBe(`Article: ${cowin.title}`);

    // The next story, a bank's customer data offered for sale (no incident on record), appended and in view.
    await show(page, 2);
    await expect.poll(() => badgeTextOfTab(ext, tabId), { timeout: 10_000 }).toBe('?');
    expect(await buttonTitle(tabId)).toBe(`LeakLens: a claimed leak it has no record of, in “${bank.title}”`);
    expect(await popupArticle(tabId)).toBe(`Article: ${bank.title}`);

    // Back on the cricket story: no finding, the button's own title again, and the popup names no article.
    await show(page, 0);
    await expect.poll(() => badgeTextOfTab(ext, tabId), { timeout: 10_000 }).toBe('');
    expect(await buttonTitle(tabId)).toBe('LeakLens');
    expect(await popupArticle(tabId)).toBeNull();
    await page.close();
  });
});
