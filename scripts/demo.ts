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
  const host = page.locator('leaklens-sidebar');
  if (await host.count()) await host.screenshot({ path: `artifacts/demo-${p.name}-sidebar.png` });
  console.log(`${p.url}\n  ${p.note}\n  ${summary}\n  screenshot: ${shot}\n`);
  if (!headed) await page.close();
}

if (headed) {
  console.log('Close the Chromium window to end the demo.');
  await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
} else {
  await ext.close();
}
await server.close();
