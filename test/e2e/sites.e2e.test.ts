/**
 * Every listed site, in Chromium, under its real host names: a leak article on the site's page layout gets the
 * sidebar with the right incident (CoWIN, January 2022: two field mismatches); an exam paper-leak article on the
 * same site, whose related-stories rail links a "CoWIN data leak" story, gets none. The leak pages are served on
 * the www., m. and amp. hosts in turn (the amp. ones as AMP documents).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEWS_SITES } from '../../src/shared/sites.ts';
import { badgeTextOfTab, hasSidebarFrame, launchWithExtension, sidebarFrame, startPageServer, tabIdOf } from './harness.ts';
import type { ExtensionBrowser, PageServer } from './harness.ts';
import { FIXTURES_DIR, readArticleText } from './pages.ts';
import { sitePage } from './site-pages.ts';

const leak = { hi: readArticleText(FIXTURES_DIR + 'cowin-2022-01-hi.txt'), en: readArticleText(FIXTURES_DIR + 'cowin-2022-01-en.txt') };
const paper = { hi: readArticleText(FIXTURES_DIR + 'paper-leak-hi.txt'), en: readArticleText(FIXTURES_DIR + 'paper-leak-en.txt') };
const rail = {
  hi: ['कोविन डेटा लीक: 15 करोड़ लोगों का डेटा बिक्री पर होने का दावा, मंत्रालय ने किया खंडन', 'हैकर्स ने बैंक ग्राहकों का निजी डाटा लीक करने का दावा किया', 'मौसम: कई राज्यों में बारिश का अलर्ट'],
  en: ['CoWIN data leak: hackers claim personal data of 15 crore users on sale, ministry denies', 'Hackers claim to leak personal data of bank customers on dark web', 'Weather: rain alert in several states'],
};
const PREFIXES = ['www.', 'm.', 'amp.'] as const;
/**
 * Sites whose domain is on Chromium's HSTS preload list: Chromium loads them over https only, which this http test
 * server does not serve. https-sites.e2e.test.ts tests them over https.
 */
const HTTPS_ONLY = new Set(['abplive']);
const TESTED = NEWS_SITES.filter((s) => !HTTPS_ONLY.has(s.id));
/** The host prefix a site's leak page is served on: www., m. and amp. in turn. */
const prefixOf = (site: (typeof NEWS_SITES)[number]) => PREFIXES[TESTED.indexOf(site) % PREFIXES.length]!;

let server: PageServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startPageServer();
  for (const site of TESTED) {
    const lang = site.language;
    const prefix = prefixOf(site);
    const leakUrl = `http://${prefix}${site.hosts[0]}/news/${site.id}-leak`;
    server.route(`/news/${site.id}-leak`, sitePage({ site, article: leak[lang], lang, url: leakUrl, rail: rail[lang], amp: prefix === 'amp.' }));
    server.route(`/news/${site.id}-paper`, sitePage({ site, article: paper[lang], lang, url: `http://www.${site.hosts[0]}/news/${site.id}-paper`, rail: rail[lang] }));
  }
  ext = await launchWithExtension(server.port);
}, 60_000);

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe.each(TESTED.map((site) => [site.name.en, site, prefixOf(site)] as const))('%s', (_name, site, prefix) => {
  it(`a leak article on ${prefix}${site.hosts[0]} gets the CoWIN sidebar and a badge of 2`, async () => {
    const page = await ext.context.newPage();
    const url = `http://${prefix}${site.hosts[0]}/news/${site.id}-leak`;
    await page.goto(url, { waitUntil: 'load' });
    const frame = await sidebarFrame(page, ext.extensionId);
    await frame.locator('[data-testid="mismatch"]').first().waitFor();
    expect(await frame.locator('[data-testid="mismatch"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-field')).sort())).toEqual(['covid-test-results', 'physical-addresses']);
    await expect.poll(async () => badgeTextOfTab(ext, await tabIdOf(ext, url))).toBe('2');
    await page.close();
  });

  it('an exam paper-leak article with a "CoWIN data leak" link in its rail gets nothing', async () => {
    const page = await ext.context.newPage();
    const url = `http://www.${site.hosts[0]}/news/${site.id}-paper`;
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(1200);
    expect(hasSidebarFrame(page, ext.extensionId)).toBe(false);
    expect(await badgeTextOfTab(ext, await tabIdOf(ext, url))).toBe('');
    await page.close();
  });
});
