/**
 * `npm run demo`: after the build, opens the seed article as a Prabhat Khabar page (plus two more pages) in
 * Debian's Chromium with LeakLens loaded. With a display it opens a real window and waits until you close it;
 * without one it runs headless, saves screenshots to artifacts/ and prints what LeakLens found.
 */
import { mkdirSync } from 'node:fs';
import { badgeText, launchWithExtension, sidebarFrame, startPageServer } from '../test/e2e/harness.ts';
import { findChromium } from './chromium.ts';
import { FIXTURES_DIR, newsPage, readArticleText, seedArticle } from '../test/e2e/pages.ts';

findChromium();

const headed = !!process.env.DISPLAY && process.env.LEAKLENS_HEADLESS !== '1';
const server = await startPageServer();
const seed = seedArticle();
const pages = [
  {
    name: 'seed',
    url: 'http://www.prabhatkhabar.com/national/cowin-data-leak-claim-ministry-denies/2022-01-21',
    html: newsPage(seed.article, { lang: 'hi', siteName: 'Prabhat Khabar' }),
    note: `the seed article (${seed.source})`,
  },
  {
    name: 'unknown-leak',
    url: 'http://www.ndtv.com/india-news/hackers-claim-cooperative-bank-customer-data-dark-web',
    html: newsPage(readArticleText(FIXTURES_DIR + 'unknown-leak-en.txt'), { lang: 'en', siteName: 'NDTV', publishedDate: '2026-11-20T10:00:00+05:30' }),
    note: 'a claimed leak the knowledge base does not hold (own fixture)',
  },
  {
    name: 'paper-leak',
    url: 'http://www.prabhatkhabar.com/state/jharkhand/exam-paper-leak-exam-cancelled',
    html: newsPage(readArticleText(FIXTURES_DIR + 'paper-leak-hi.txt'), { lang: 'hi', siteName: 'Prabhat Khabar' }),
    note: 'an exam paper leak: no sidebar expected (own fixture)',
  },
];
for (const p of pages) server.route(new URL(p.url).pathname, p.html);

const ext = await launchWithExtension(server.port, { headless: !headed });
mkdirSync('artifacts', { recursive: true });
console.log(`LeakLens ${headed ? 'in a Chromium window' : 'headless (no display)'}; extension id ${ext.extensionId}\n`);

for (const p of pages) {
  const page = await ext.context.newPage();
  await page.goto(p.url, { waitUntil: 'load' });
  let summary: string;
  try {
    const frame = await sidebarFrame(page, ext.extensionId, 4000);
    const sidebar = frame.locator('[data-testid="sidebar"]');
    await sidebar.waitFor();
    const title = (await frame.locator('[data-testid="incident-title"]').count()) ? await frame.locator('[data-testid="incident-title"]').innerText() : '(no incident in the knowledge base)';
    const rows = await frame.locator('[data-testid="mismatch"]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-field')} (${e.getAttribute('data-kind')})`));
    summary = `sidebar shown · incident: ${title} · mismatches: ${rows.length ? rows.join(', ') : 'none'} · badge: "${await badgeText(ext, p.url)}"`;
  } catch {
    summary = `no sidebar · badge: "${await badgeText(ext, p.url)}"`;
  }
  const shot = `artifacts/demo-${p.name}.png`;
  await page.screenshot({ path: shot });
  console.log(`${p.url}\n  ${p.note}\n  ${summary}\n  screenshot: ${shot}\n`);
  if (!headed) await page.close();
}

if (!headed) await readmeScreenshots();

/**
 * The README's screenshots, retaken on every headless run (docs/*.png): the sidebar on the seed article in Hindi and
 * in English, on a light and on a dark page; the popup in each of its states; the options page, light and dark.
 */
async function readmeScreenshots(): Promise<void> {
  mkdirSync('docs', { recursive: true });
  const seedUrl = pages[0]!.url;
  const clear = () => ext.worker.evaluate(() => chrome.storage.local.clear());
  const setLanguage = (language: string) => ext.worker.evaluate((l) => chrome.storage.local.set({ settings: { version: 2, language: l, sites: {} } }), language);
  const shots: string[] = [];
  const sidebarShot = async (name: string, options: { language: 'hi' | 'en'; dark: boolean }) => {
    await setLanguage(options.language);
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.emulateMedia({ colorScheme: options.dark ? 'dark' : 'light' });
    await page.goto(`${seedUrl}?shot=${name}`, { waitUntil: 'load' });
    if (options.dark) await page.addStyleTag({ content: 'html, body, .wrap { background: #15171a !important; color: #e6e6e6 !important; } h1 { color: #fff !important; }' });
    const frame = await sidebarFrame(page, ext.extensionId, 4000);
    await frame.locator('[data-testid="sidebar"]').waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `docs/${name}.png` });
    shots.push(`docs/${name}.png`);
    return page;
  };
  const seedHi = await sidebarShot('sidebar-seed', { language: 'hi', dark: false });
  await (await sidebarShot('sidebar-seed-en', { language: 'en', dark: false })).close();
  await (await sidebarShot('sidebar-seed-dark', { language: 'hi', dark: true })).close();
  await clear();

  // The compact card, as first shown on a 1024-px-wide window.
  const narrow = await ext.context.newPage();
  await narrow.setViewportSize({ width: 1024, height: 768 });
  await narrow.goto(`${seedUrl}?shot=compact`, { waitUntil: 'load' });
  await (await sidebarFrame(narrow, ext.extensionId, 4000)).locator('[data-testid="sidebar-collapsed"]').waitFor();
  await narrow.waitForTimeout(300);
  await narrow.screenshot({ path: 'docs/sidebar-compact-1024.png' });
  shots.push('docs/sidebar-compact-1024.png');
  await narrow.close();

  // The popup for each kind of page, light and dark where it matters.
  const tabOf = (url: string) => ext.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? -1, url);
  const popupShot = async (name: string, url: string, dark = false) => {
    const tab = await ext.context.newPage();
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForTimeout(1000);
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 360, height: 420 });
    await popup.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
    await popup.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html?tabId=${await tabOf(tab.url())}`);
    await popup.locator('[data-testid="popup-found"]').waitFor();
    await popup.waitForTimeout(1500);
    await popup.locator('[data-testid="popup"]').screenshot({ path: `docs/popup-${name}.png` });
    shots.push(`docs/popup-${name}.png`);
    await popup.close();
    await tab.close();
  };
  await popupShot('incident', `${seedUrl}?shot=popup`);
  await popupShot('incident-dark', `${seedUrl}?shot=popup-dark`, true);
  await popupShot('unknown-leak', `${pages[1]!.url}?shot=popup`);
  await popupShot('no-leak', `${pages[2]!.url}?shot=popup`);
  await ext.worker.evaluate(() => chrome.storage.local.set({ settings: { version: 2, sites: { prabhatkhabar: { enabled: false } } } }));
  await popupShot('switched-off', `${seedUrl}?shot=popup-off`);
  await clear();

  for (const dark of [false, true]) {
    const options = await ext.context.newPage();
    await options.setViewportSize({ width: 900, height: 1100 });
    await options.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
    await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
    await options.locator('#options-sites-heading').waitFor();
    const name = `docs/options${dark ? '-dark' : ''}.png`;
    await options.screenshot({ path: name });
    shots.push(name);
    await options.close();
  }
  await seedHi.close();
  console.log(`README screenshots: ${shots.join(', ')}`);
}

if (headed) {
  console.log('Close the Chromium window to end the demo.');
  await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
} else {
  await ext.close();
}
await server.close();
