/**
 * Sites on Chromium's HSTS preload list (ABP Live): Chromium loads them over https only, so sites.e2e.test.ts's http
 * server cannot serve them. Here a local https server with a self-signed certificate (made by openssl for this run)
 * serves the same leak and paper-leak pages under the real host names, and Chromium is told to accept it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEWS_SITES } from '../../src/shared/sites.ts';
import { badgeTextOfTab, hasSidebarFrame, launchWithExtension, sidebarFrame, tabIdOf } from './harness.ts';
import type { ExtensionBrowser } from './harness.ts';
import { FIXTURES_DIR, readArticleText } from './pages.ts';
import { sitePage } from './site-pages.ts';

/** Listed sites whose domain is HSTS-preloaded in Chromium. */
const HTTPS_ONLY = ['abplive'];
const SITES = NEWS_SITES.filter((s) => HTTPS_ONLY.includes(s.id));

let server: Server;
let ext: ExtensionBrowser;
let certDir: string;
const routes = new Map<string, string>();

beforeAll(async () => {
  certDir = mkdtempSync(join(tmpdir(), 'leaklens-tls-'));
  const key = join(certDir, 'key.pem');
  const cert = join(certDir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=leaklens-test'], { stdio: 'ignore' });
  const leak = { hi: readArticleText(FIXTURES_DIR + 'cowin-2022-01-hi.txt'), en: readArticleText(FIXTURES_DIR + 'cowin-2022-01-en.txt') };
  const paper = { hi: readArticleText(FIXTURES_DIR + 'paper-leak-hi.txt'), en: readArticleText(FIXTURES_DIR + 'paper-leak-en.txt') };
  // The related-stories rail links a "CoWIN data leak" story: it must not make the paper-leak page a leak article.
  const rail = {
    hi: ['कोविन डेटा लीक: 15 करोड़ लोगों का डेटा बिक्री पर होने का दावा, मंत्रालय ने किया खंडन', 'मौसम: कई राज्यों में बारिश का अलर्ट'],
    en: ['CoWIN data leak: hackers claim personal data of 15 crore users on sale, ministry denies', 'Weather: rain alert in several states'],
  };
  for (const site of SITES) {
    const lang = site.language;
    routes.set(`/news/${site.id}-leak`, sitePage({ site, article: leak[lang], lang, url: `https://www.${site.hosts[0]}/news/${site.id}-leak`, rail: rail[lang] }));
    routes.set(`/news/${site.id}-paper`, sitePage({ site, article: paper[lang], lang, url: `https://www.${site.hosts[0]}/news/${site.id}-paper`, rail: rail[lang] }));
  }
  server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
    const html = routes.get((req.url ?? '/').split('?')[0]!);
    if (html === undefined) res.writeHead(404).end('not found');
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  ext = await launchWithExtension((server.address() as AddressInfo).port, { trustAnyCertificate: true });
}, 60_000);

afterAll(async () => {
  await ext?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (certDir) rmSync(certDir, { recursive: true, force: true });
});

describe.each(SITES.map((site) => [site.name.en, site] as const))('%s (https only)', (_name, site) => {
  it(`an http address is upgraded to https, and the leak article gets the CoWIN sidebar and a badge of 2`, async () => {
    const page = await ext.context.newPage();
    await page.goto(`http://www.${site.hosts[0]}/news/${site.id}-leak`, { waitUntil: 'load' });
    // Chromium's HSTS preload list sends it to https before any request leaves.
    expect(page.url()).toBe(`https://www.${site.hosts[0]}/news/${site.id}-leak`);
    const frame = await sidebarFrame(page, ext.extensionId);
    await frame.locator('[data-testid="mismatch"]').first().waitFor();
    expect(await frame.locator('[data-testid="mismatch"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-field')).sort())).toEqual(['covid-test-results', 'physical-addresses']);
    await expect.poll(async () => badgeTextOfTab(ext, await tabIdOf(ext, page.url()))).toBe('2');
    await page.close();
  });

  it('an exam paper-leak article gets nothing', async () => {
    const page = await ext.context.newPage();
    const url = `https://www.${site.hosts[0]}/news/${site.id}-paper`;
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(1200);
    expect(hasSidebarFrame(page, ext.extensionId)).toBe(false);
    expect(await badgeTextOfTab(ext, await tabIdOf(ext, url))).toBe('');
    await page.close();
  });
});
