/**
 * A page that works against LeakLens (the security review in issue 8), in a real Chromium: it may race LeakLens to
 * its element name, navigate its frame, look for its address, hide the text it analyses, bury the article, nest
 * its DOM deeply, restyle <html>, send strict or sandboxing CSP headers. Each test here failed on the build before
 * the fix (LEAKLENS_DIST=<old dist> npm run test:e2e shows it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DIST_DIR, HOST_SELECTOR, badgeTextOfTab, hasSidebarFrame, launchWithExtension, longestLeakLensTask, sidebarFrame, startPageServer, tabIdOf } from './harness.ts';
import type { ExtensionBrowser, PageServer } from './harness.ts';
import { FIXTURES_DIR, newsPage, readArticleText } from './pages.ts';
import { marks } from './marks.ts';

const cowin = readArticleText(FIXTURES_DIR + 'cowin-2022-01-hi.txt');
const cricket = {
  title: 'भारत ने दूसरे टेस्ट में इंग्लैंड को सात विकेट से हराया, सीरीज में 1-1 की बराबरी',
  paragraphs: [
    'भारतीय टीम ने दूसरे टेस्ट मैच में इंग्लैंड को सात विकेट से हरा दिया। चौथे दिन लंच के बाद भारत ने 180 रन का लक्ष्य तीन विकेट खोकर हासिल कर लिया।',
    'कप्तान ने मैच के बाद कहा कि गेंदबाजों ने पहली पारी में शानदार वापसी की और बल्लेबाजों ने दबाव में धैर्य दिखाया। स्पिनरों ने मिलकर आठ विकेट लिए।',
    'तीसरा टेस्ट अगले हफ्ते अहमदाबाद में खेला जाएगा। टीम प्रबंधन ने कहा कि तेज गेंदबाजों को बारी-बारी से आराम दिया जाएगा।',
  ],
};
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const cowinHtml = cowin.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('');

/** A cricket story that also carries the CoWIN story's text, hidden in the way `wrap` hides it. */
function cricketWithHidden(wrap: (html: string) => string): string {
  const page = newsPage(cricket, { lang: 'hi', siteName: 'Prabhat Khabar', extraHead: '<style>.story-content .fine-print p { font-size: 0 }</style>' });
  return page.replace('<div class="story-content">', `<div class="story-content">${wrap(cowinHtml)}`);
}

const HIDING: Record<string, (html: string) => string> = {
  'display:none': (h) => `<div style="display:none">${h}</div>`,
  'visibility:hidden': (h) => `<div style="visibility:hidden;height:0;overflow:hidden">${h}</div>`,
  '[hidden]': (h) => `<div hidden>${h}</div>`,
  'off-screen': (h) => `<div style="position:absolute;left:-10000px;top:0;width:600px">${h}</div>`,
  'font-size:0': (h) => `<div class="fine-print">${h}</div>`,
  'closed details': (h) => `<details><summary>और पढ़ें</summary>${h}</details>`,
  'related-stories rail': (h) => `<div class="related-stories">${h}</div>`,
  'tweet blockquote': (h) => `<blockquote class="twitter-tweet">${h}</blockquote>`,
};

/** A sentence of the page's that LeakLens has no reason to mark. */
const DECOY = 'इस खबर पर पाठकों की प्रतिक्रियाएं नीचे पढ़ें और अपनी राय भी लिखें।';

let server: PageServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startPageServer();
  for (const [name, wrap] of Object.entries(HIDING)) server.route(`/hidden/${encodeURIComponent(name)}`, cricketWithHidden(wrap));

  // The page defines the host's element name first, and takes the closed root through ElementInternals.
  server.route(
    '/custom-element',
    newsPage(cowin, {
      lang: 'hi',
      siteName: 'Prabhat Khabar',
      extraHead: `<script>
        window.__stolen = [];
        customElements.define('leaklens-sidebar', class extends HTMLElement {
          constructor() { super(); this.i = this.attachInternals(); queueMicrotask(() => { if (this.i.shadowRoot) window.__stolen.push(this.i.shadowRoot); }); }
        });
      </script>`,
    }),
  );
  server.route('/seed', newsPage(cowin, { lang: 'hi', siteName: 'Prabhat Khabar' }));
  server.route('/fake-sidebar', '<!doctype html><title>fake</title><p>No mismatches. The claim was verified by the ministry.</p>');

  // The story's text appears for LeakLens and goes once the sidebar is shown.
  server.route(
    '/short-lived',
    newsPage(cricket, {
      lang: 'hi',
      siteName: 'Prabhat Khabar',
      extraHead: `<script>
        document.addEventListener('DOMContentLoaded', () => {
          const box = document.createElement('div');
          box.innerHTML = ${JSON.stringify(cowinHtml)};
          document.querySelector('.story-content').prepend(box);
          new MutationObserver(() => { if (document.querySelector('html > div[popover], leaklens-sidebar')) box.remove(); })
            .observe(document.documentElement, { childList: true });
        });
      </script>`,
    }),
  );

  // 200,000 empty paragraphs before the article.
  server.route('/buried', newsPage(cowin, { lang: 'hi', siteName: 'Prabhat Khabar' }).replace('<div class="story-content">', `<div class="story-content">${'<p> </p>'.repeat(200_000)}`));

  // 5,000 paragraphs (the CoWIN story, then filler) nested 2,000 levels deep.
  const filler = Array.from({ length: 5000 - cowin.paragraphs.length }, (_, i) => `<p>अनुच्छेद ${i}: यह लंबी खबर का एक साधारण हिस्सा है।</p>`).join('');
  server.route('/deep', newsPage(cowin, { lang: 'hi', siteName: 'Prabhat Khabar' }).replace(/<div class="story-content">[\s\S]*?<\/div>\n  <div class="ad">/, `<div class="story-content">${'<div>'.repeat(2000)}${cowinHtml}${filler}${'</div>'.repeat(2000)}</div>\n  <div class="ad">`));

  // The page goes after LeakLens's marks: its CSS wipes the claim's highlight and hides top-level divs; its script
  // reads the Custom Highlight registry and registers the response's name (and any other name it finds there) on a
  // sentence of its own choosing, which LeakLens never marked, so that LeakLens's own style would mark it.
  server.route(
    '/mark-attack',
    newsPage({ title: cowin.title, paragraphs: [...cowin.paragraphs, DECOY] }, {
      lang: 'hi',
      siteName: 'Prabhat Khabar',
      extraHead: `<style>
        ::highlight(leaklens-claim) { background-color: transparent !important; text-decoration: none !important; }
        html > div { visibility: hidden !important; opacity: 0 !important; filter: grayscale(1) !important; }
      </style>
      <script>
        window.__seen = [];
        const mine = new Map();
        setInterval(() => {
          const registry = CSS.highlights;
          // Names in the registry that the page did not put there itself.
          for (const [name, highlight] of registry) if (mine.get(name) !== highlight && !window.__seen.includes(name)) window.__seen.push(name);
          const p = [...document.querySelectorAll('p')].find((e) => e.textContent.includes(${JSON.stringify(DECOY)}));
          if (!p) return;
          const range = document.createRange();
          range.selectNodeContents(p);
          for (const name of new Set(['leaklens-response', ...window.__seen.filter((n) => n !== 'leaklens-claim')])) {
            const highlight = new Highlight(range);
            mine.set(name, highlight);
            registry.set(name, highlight);
          }
        }, 100);
      </script>`,
    }),
  );

  // A site header that stays at the top as the reader scrolls, over a long story.
  server.route(
    '/sticky-header',
    newsPage({ title: cowin.title, paragraphs: [...cowin.paragraphs, ...Array.from({ length: 30 }, (_, i) => `अनुच्छेद ${i + 1}: इस खबर से जुड़ी और जानकारी आगे दी गई है।`)] }, {
      lang: 'hi',
      siteName: 'Prabhat Khabar',
      extraHead: '<style>header.site { position: sticky; top: 0; z-index: 5; height: 220px; }</style>',
    }),
  );

  // Page CSS on <html>.
  server.route('/html-css', newsPage(cowin, { lang: 'hi', siteName: 'Prabhat Khabar', extraHead: '<style>html { filter: invert(1) blur(1.5px); zoom: .35; }</style>' }));

  // A right-to-left mark inside the count the article states.
  server.route('/bidi', newsPage({ title: cowin.title, paragraphs: cowin.paragraphs.map((p) => p.replace('20 हजार', '20\u200f,000')) }, { lang: 'hi', siteName: 'Prabhat Khabar' }));

  // Strict CSP, and a CSP sandbox, as headers.
  server.route('/strict-csp', newsPage(cowin, { lang: 'hi', siteName: 'Prabhat Khabar' }), { 'content-security-policy': "default-src 'none'; style-src 'none'" });
  server.route('/csp-sandbox', newsPage(cowin, { lang: 'hi', siteName: 'Prabhat Khabar' }), { 'content-security-policy': 'sandbox allow-scripts' });

  ext = await launchWithExtension(server.port);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

let opened = 0;
async function open(path: string): Promise<{ page: Page; url: string }> {
  const page = await ext.context.newPage();
  const url = `http://www.prabhatkhabar.com${path}${path.includes('?') ? '&' : '?'}n=${++opened}`;
  await page.goto(url, { waitUntil: 'load' });
  return { page, url };
}

/** Sidebar hosts on the page (the element name the build before this fix used, too). */
const hostCount = (page: Page) => page.evaluate((selector) => document.querySelectorAll(selector).length, `${HOST_SELECTOR}, leaklens-sidebar`);

describe('a page that races LeakLens to its sidebar', () => {
  it('cannot take the closed shadow root by defining the element first, and the sidebar still shows', async () => {
    const { page } = await open('/custom-element');
    const frame = await sidebarFrame(page, ext.extensionId);
    await expect.poll(() => frame.locator('[data-testid="mismatch"]').count()).toBe(2);
    expect(await page.evaluate(() => (window as unknown as { __stolen: unknown[] }).__stolen.length)).toBe(0);
    await page.close();
  });

  it('gives the page no way to its frame, and withdraws the sidebar when the frame is navigated elsewhere', async () => {
    const { page } = await open('/seed');
    const frame = await sidebarFrame(page, ext.extensionId);
    await frame.locator('[data-testid="sidebar"]').waitFor();
    // Frames inside a closed shadow root are not among window.frames, so the page cannot reach it that way ...
    expect(await page.evaluate(() => window.frames.length)).toBe(0);
    // ... and if the frame is navigated anyway (as the page did with the stolen root), the sidebar goes.
    await frame.goto('http://www.prabhatkhabar.com/fake-sidebar').catch(() => undefined);
    await expect.poll(() => hostCount(page), { timeout: 5000 }).toBe(0);
    await page.close();
  });

  it('keeps its own sidebar past the time a frame has to confirm it loaded', async () => {
    const { page } = await open('/seed');
    await sidebarFrame(page, ext.extensionId);
    await page.waitForTimeout(11_000);
    expect(await hostCount(page)).toBe(1);
    expect(hasSidebarFrame(page, ext.extensionId)).toBe(true);
    await page.close();
  });

  it('lets the page load none of LeakLens’s files by their static addresses', async () => {
    const files = readdirSync(DIST_DIR, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => relative(DIST_DIR, join(f.parentPath, f.name)).split(sep).join('/'));
    expect(files.length).toBeGreaterThan(10);
    const { page } = await open('/seed');
    await sidebarFrame(page, ext.extensionId);
    const loaded = await page.evaluate(
      async ({ id, paths }) => {
        const ok: string[] = [];
        for (const path of paths) {
          const url = `chrome-extension://${id}/${path}`;
          const fetched = await fetch(url).then((r) => r.ok, () => false);
          const scripted = path.endsWith('.js')
            ? await new Promise<boolean>((resolve) => {
                const s = document.createElement('script');
                s.src = url;
                s.onload = () => resolve(true);
                s.onerror = () => resolve(false);
                document.head.append(s);
              })
            : false;
          if (fetched || scripted) ok.push(path);
        }
        return ok;
      },
      { id: ext.extensionId, paths: files },
    );
    expect(loaded).toEqual([]);
    await page.close();
  });

  it('never shows the page an extension address, in its DOM or its resource timing', async () => {
    const page = await ext.context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __entries: string[] }).__entries = []);
      new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push(e.name))).observe({ type: 'resource', buffered: true });
    });
    await page.goto(`http://www.prabhatkhabar.com/seed?n=${++opened}`, { waitUntil: 'load' });
    const frame = await sidebarFrame(page, ext.extensionId);
    await frame.locator('[data-testid="sidebar"]').waitFor();
    const found = await page.evaluate(() => ({
      dom: document.documentElement.outerHTML.match(/(chrome|moz)-extension:[^"'\s<]*/g) ?? [],
      timing: [...performance.getEntries().map((e) => e.name), ...(window as unknown as { __entries: string[] }).__entries].filter((n) => /(chrome|moz)-extension:/.test(n)),
    }));
    expect(found).toEqual({ dom: [], timing: [] });
    await page.close();
  });
});

describe('text the reader cannot see', () => {
  for (const name of Object.keys(HIDING)) {
    it(`does not count (${name})`, async () => {
      const { page, url } = await open(`/hidden/${encodeURIComponent(name)}`);
      await page.waitForTimeout(1500);
      expect(hasSidebarFrame(page, ext.extensionId)).toBe(false);
      expect(await badgeTextOfTab(ext, await tabIdOf(ext, url))).toBe('');
      await page.close();
    });
  }

  it('withdraws the sidebar when its evidence leaves the page', async () => {
    const { page, url } = await open('/short-lived');
    await sidebarFrame(page, ext.extensionId);
    await expect.poll(() => hostCount(page), { timeout: 6000 }).toBe(0);
    const tabId = await tabIdOf(ext, url);
    await expect.poll(() => badgeTextOfTab(ext, tabId), { timeout: 5000 }).toBe('');
    await page.close();
  });

  it('finds the article behind 200,000 empty paragraphs', async () => {
    const { page } = await open('/buried');
    const frame = await sidebarFrame(page, ext.extensionId, 20_000);
    await expect.poll(() => frame.locator('[data-testid="mismatch"]').count(), { timeout: 10_000 }).toBe(2);
    await page.close();
  });
});

describe('main-thread cost', () => {
  it('runs no LeakLens task over 50 ms on 5,000 paragraphs nested 2,000 levels deep', async () => {
    const page = await ext.context.newPage();
    const result = await longestLeakLensTask(page, async () => {
      await page.goto(`http://www.prabhatkhabar.com/deep?n=${++opened}`, { waitUntil: 'load' });
      const frame = await sidebarFrame(page, ext.extensionId, 20_000);
      await frame.locator('[data-testid="sidebar"]').waitFor();
    }, { pageRunsNoScript: true });
    console.log(`2,000 levels deep: longest LeakLens task ${result.leakLensMs.toFixed(1)} ms (${result.leakLensTasks} tasks), longest task ${result.anyMs.toFixed(1)} ms`);
    expect(result.leakLensTasks).toBeGreaterThan(0);
    expect(result.leakLensMs).toBeLessThan(50);
    await page.close();
  });
});

describe('page text in the sidebar', () => {
  it('keeps bidi controls from the page inside the quotes', async () => {
    const { page } = await open('/bidi');
    const frame = await sidebarFrame(page, ext.extensionId);
    await frame.locator('[data-testid="mismatch"]').first().waitFor();
    // Where the quote marks and the bracket after them are drawn, left to right, in the line that quotes the count.
    const xs = await frame.evaluate(() => {
      const line = [...document.querySelectorAll('p')].find((p) => p.textContent!.includes('20\u200f,000'));
      if (!line) return null;
      const at = (ch: string) => {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = n.nodeValue!.indexOf(ch);
          if (i < 0) continue;
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          return r.getBoundingClientRect().x;
        }
        return NaN;
      };
      return { open: at('“'), digits: at('20'), close: at('”'), bracket: at('(') };
    });
    expect(xs).not.toBeNull();
    expect(xs!.open).toBeLessThan(xs!.digits);
    expect(xs!.digits).toBeLessThan(xs!.close);
    expect(xs!.close).toBeLessThan(xs!.bracket);
    await page.close();
  });
});

describe('page styles and policies', () => {
  it('keeps page CSS on <html> (filter, zoom) off the sidebar', async () => {
    // The sidebar's strip of the window, on the same story with and without the page's CSS on <html>.
    const strip = async (path: string) => {
      const { page } = await open(path);
      const frame = await sidebarFrame(page, ext.extensionId);
      await frame.locator('[data-testid="mismatch"]').first().waitFor();
      await page.waitForTimeout(500);
      const viewport = page.viewportSize()!;
      const shot = await page.screenshot({ clip: { x: viewport.width - 400, y: 0, width: 400, height: viewport.height } });
      return { page, b64: shot.toString('base64') };
    };
    const plain = await strip('/seed');
    const styled = await strip('/html-css');
    // Mean difference per pixel and channel, 0–255: inverted, blurred or shrunk, the strip differs wholesale.
    const difference = await plain.page.evaluate(async ([a, b]) => {
      const pixels = async (b64: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const g = c.getContext('2d')!;
        g.drawImage(img, 0, 0);
        return g.getImageData(0, 0, c.width, c.height).data;
      };
      const [pa, pb] = [await pixels(a!), await pixels(b!)];
      let sum = 0;
      for (let i = 0; i < pa.length; i++) if (i % 4 !== 3) sum += Math.abs(pa[i]! - pb[i]!);
      return sum / ((pa.length / 4) * 3);
    }, [plain.b64, styled.b64]);
    console.log(`sidebar strip, page CSS on <html> vs none: mean difference ${difference.toFixed(1)} of 255`);
    expect(difference).toBeLessThan(8);
    await plain.page.close();
    await styled.page.close();
  });

  it('keeps the marks on the article LeakLens’s own: the page cannot see, restyle or fake them', async () => {
    const { page } = await open('/mark-attack');
    const frame = await sidebarFrame(page, ext.extensionId);
    await frame.locator('[data-testid="mismatch"]').first().waitFor();
    await page.waitForTimeout(600);
    // Share of a rectangle's pixels in a mark's colour over the white page (claim: amber, response: green).
    const tinted = async (rect: { x: number; y: number; width: number; height: number }) => {
      const shot = await page.screenshot({ clip: { x: Math.max(0, rect.x), y: Math.max(0, rect.y), width: Math.max(1, rect.width), height: Math.max(1, rect.height) } });
      const reader = await ext.context.newPage();
      const share = await reader.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const g = c.getContext('2d')!;
        g.drawImage(img, 0, 0);
        const d = g.getImageData(0, 0, c.width, c.height).data;
        let claim = 0;
        let response = 0;
        for (let i = 0; i < d.length; i += 4) {
          const [r, gr, b] = [d[i]!, d[i + 1]!, d[i + 2]!];
          if (r > 235 && gr > 220 && gr < 252 && b > 130 && b < 200) claim++;
          if (r > 175 && r < 215 && gr > 215 && b > 185 && b < 220) response++;
        }
        const n = d.length / 4;
        return { claim: claim / n, response: response / n };
      }, shot.toString('base64'));
      await reader.close();
      return share;
    };
    // The page's decoy sentence, brought into view: the page registered LeakLens's highlight names on it.
    const decoy = async () => page.evaluate((text) => {
      const p = [...document.querySelectorAll('p')].find((e) => e.textContent!.includes(text))!;
      p.scrollIntoView({ block: 'center', behavior: 'instant' });
      const r = p.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }, DECOY);
    await decoy();
    await page.waitForTimeout(300);
    const decoyShare = await tinted(await decoy());
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    console.log(`marks under attack: decoy tinted ${(100 * Math.max(decoyShare.claim, decoyShare.response)).toFixed(1)}%, names the page saw: ${JSON.stringify(seen)}`);
    expect(seen).toEqual([]);
    expect(decoyShare.claim).toBeLessThan(0.02);
    expect(decoyShare.response).toBeLessThan(0.02);
    // The claim LeakLens marked, brought into view: still painted in LeakLens's colour despite the page's CSS.
    await expect.poll(async () => (await marks(page, 'claim')).length, { timeout: 5000 }).toBeGreaterThan(0);
    const first = (await marks(page, 'claim'))[0]!;
    await page.evaluate((y) => window.scrollBy({ top: y - innerHeight / 2, behavior: 'instant' }), first.y);
    await page.waitForTimeout(300);
    const claimBox = (await marks(page, 'claim')).find((m) => m.y >= 0 && m.y + m.height <= page.viewportSize()!.height)!;
    const claimShare = await tinted(claimBox);
    console.log(`marks under attack: claim tinted ${(claimShare.claim * 100).toFixed(0)}%`);
    expect(claimShare.claim).toBeGreaterThan(0.3);
    await page.close();
  });

  it('keeps the marks under the site’s own sticky header', async () => {
    const { page } = await open('/sticky-header');
    const frame = await sidebarFrame(page, ext.extensionId);
    await frame.locator('[data-testid="mismatch"]').first().waitFor();
    await expect.poll(async () => (await marks(page, 'claim')).length, { timeout: 5000 }).toBeGreaterThan(0);
    // Scroll until the first marked line sits behind the header (120 px from the top of the window).
    const first = (await marks(page, 'claim'))[0]!;
    await page.evaluate((y) => window.scrollTo({ top: y - 120, behavior: 'instant' }), first.docY);
    await expect.poll(async () => (await marks(page, 'claim'))[0]!.hidden).toBe(true);
    // Lines below the header still show.
    const below = (await marks(page)).filter((m) => m.y > 240 && m.y + m.height < page.viewportSize()!.height);
    expect(below.length).toBeGreaterThan(0);
    expect(below.every((m) => !m.hidden)).toBe(true);
    // Scrolled back, the line shows again.
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await expect.poll(async () => (await marks(page, 'claim'))[0]!.hidden).toBe(false);
    await page.close();
  });

  it('renders a styled sidebar on a page with a strict CSP header', async () => {
    const { page } = await open('/strict-csp');
    const frame = await sidebarFrame(page, ext.extensionId);
    // The page's own styles are blocked too, so its article spans the window: the sidebar starts as the compact card
    // (it covers no article text as first shown) and the reader opens it.
    await frame.locator('[data-testid="sidebar"], [data-testid="sidebar-collapsed"]').first().waitFor();
    if (await frame.locator('[data-testid="expand"]').count()) await frame.locator('[data-testid="expand"]').click();
    await expect.poll(() => frame.locator('[data-testid="mismatch"]').count()).toBe(2);
    const styled = await frame.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(styled).toBe('16px');
    const width = await page.evaluate((selector) => document.querySelector(selector)?.getBoundingClientRect().width ?? 0, `${HOST_SELECTOR}, leaklens-sidebar`);
    expect(width).toBeGreaterThan(380);
    await page.close();
  });

  it('shows no blank panel on a page sent with a CSP sandbox', async () => {
    const { page } = await open('/csp-sandbox');
    await page.waitForTimeout(2000);
    expect(await hostCount(page)).toBe(0);
    await page.close();
  });
});
