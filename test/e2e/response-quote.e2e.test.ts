/**
 * The official quote as a reader of either language sees it (issue 10, "Consistent Hindi"): on the seed article
 * on www.prabhatkhabar.com the Hindi sidebar shows the Health Ministry's English words as said (lang="en") and below
 * them LeakLens's Hindi rendering, labelled as LeakLens's translation; in English the quote stands alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, sidebarFrame, startPageServer } from './harness.ts';
import type { ExtensionBrowser, PageServer } from './harness.ts';
import { newsPage, seedArticle } from './pages.ts';

const SEED_PATH = '/national/cowin-data-leak-claim-ministry-denies/2022-01-21';
const QUOTE = 'Co-WIN collects neither the address of the person nor the RT-PCR test results';
const HINDI = 'को-विन न तो व्यक्ति का पता जुटाता है और न ही आरटी-पीसीआर जांच के नतीजे';

let server: PageServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startPageServer();
  server.route(SEED_PATH, newsPage(seedArticle().article, { lang: 'hi', siteName: 'Prabhat Khabar' }));
  ext = await launchWithExtension(server.port);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the official quote in the sidebar', () => {
  it('in Hindi: the English original, and below it LeakLens’s Hindi rendering, labelled; in English: the quote alone', async () => {
    const page = await ext.context.newPage();
    await page.goto(`http://www.prabhatkhabar.com${SEED_PATH}`, { waitUntil: 'load' });
    const frame = await sidebarFrame(page, ext.extensionId);
    const sidebar = frame.locator('[data-testid="sidebar"]');
    await sidebar.waitFor();
    await expect.poll(() => sidebar.getAttribute('lang')).toBe('hi');

    const quote = frame.locator('[data-testid="official-response"] [data-testid="response-quote"]');
    await expect.poll(() => quote.count()).toBe(1);
    expect(await quote.locator('figcaption').innerText()).toBe('उन्हीं के शब्दों में (मूल अंग्रेजी)');
    const original = quote.locator('[data-testid="quote-original"]');
    expect(await original.getAttribute('lang')).toBe('en');
    expect(await original.locator('bdi').innerText()).toBe(QUOTE);
    const translation = quote.locator('[data-testid="quote-translation"]');
    expect(await translation.innerText()).toContain('हिंदी अनुवाद (LeakLens)');
    const rendering = quote.locator('[data-testid="quote-translation-text"]');
    expect(await rendering.getAttribute('lang')).toBe('hi');
    expect(await rendering.innerText()).toBe(`“${HINDI}”`);

    // Both on screen, the rendering right under the original, in main-text size.
    await quote.scrollIntoViewIfNeeded();
    const originalBox = (await original.boundingBox())!;
    const renderingBox = (await rendering.boundingBox())!;
    expect(originalBox.height).toBeGreaterThan(0);
    expect(renderingBox.height).toBeGreaterThan(0);
    expect(renderingBox.y).toBeGreaterThanOrEqual(originalBox.y + originalBox.height - 1);
    expect(renderingBox.y - (originalBox.y + originalBox.height)).toBeLessThan(60);
    expect(await rendering.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(15);

    await frame.locator('[data-testid="language-switch"]').click();
    await expect.poll(() => sidebar.getAttribute('lang')).toBe('en');
    expect(await quote.locator('figcaption').innerText()).toBe('In their words');
    expect(await original.locator('bdi').innerText()).toBe(QUOTE);
    expect(await translation.count()).toBe(0);
    await page.close();
  });
});
