/**
 * Issue 8's findings that apply to Firefox, in Debian's firefox-esr (WebDriver BiDi, firefox-harness.ts): a page
 * that defines LeakLens's element first to take its closed shadow root (finding 2), and text the reader cannot see
 * (finding 4). `npm run test:firefox` (CI runs it after `npm test`); it needs firefox-esr and `npm run build:firefox`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPageServer } from '../harness.ts';
import type { PageServer } from '../harness.ts';
import { FIXTURES_DIR, newsPage, readArticleText } from '../pages.ts';
import { launchFirefox, pollFor } from './firefox-harness.ts';
import type { Firefox } from './firefox-harness.ts';

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

/** The cricket story carrying the CoWIN story's text, hidden in each way a reader cannot see it. */
const HIDING: Record<string, (html: string) => string> = {
  // The control: the same text, visible, is read.
  visible: (h) => h,
  'display-none': (h) => `<div style="display:none">${h}</div>`,
  'visibility-hidden': (h) => `<div style="visibility:hidden;height:0;overflow:hidden">${h}</div>`,
  hidden: (h) => `<div hidden>${h}</div>`,
  'off-screen': (h) => `<div style="position:absolute;left:-10000px;top:0;width:600px">${h}</div>`,
  'font-size-0': (h) => `<div style="font-size:0">${h.replace(/<p>/g, '<p style="font-size:0">')}</div>`,
  'closed-details': (h) => `<details><summary>और पढ़ें</summary>${h}</details>`,
  'related-stories': (h) => `<div class="related-stories">${h}</div>`,
  'tweet-blockquote': (h) => `<blockquote class="twitter-tweet">${h}</blockquote>`,
};

let server: PageServer;
let firefox: Firefox;
let base: string;

beforeAll(async () => {
  server = await startPageServer();
  base = `http://www.prabhatkhabar.com:${server.port}`;
  server.route('/seed', newsPage(cowin, { lang: 'hi', siteName: 'Prabhat Khabar' }));
  for (const [name, wrap] of Object.entries(HIDING)) {
    const page = newsPage(cricket, { lang: 'hi', siteName: 'Prabhat Khabar' });
    server.route(`/hidden/${name}`, page.replace('<div class="story-content">', `<div class="story-content">${wrap(cowinHtml)}`));
  }
  // The page defines the element name an older LeakLens used, and takes any closed root through ElementInternals.
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
        // Any element given a shadow root: the page tries to read it.
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (init) { const root = attach.call(this, init); window.__stolen.push(root); return root; };
      </script>`,
    }),
  );
  firefox = await launchFirefox(['www.prabhatkhabar.com']);
}, 60_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('in Firefox', () => {
  it('shows the sidebar on the seed (the control for the tests below)', async () => {
    const tab = await firefox.open(`${base}/seed`);
    const text = await pollFor(() => firefox.sidebarText(tab), (t) => t.length > 0, 15_000);
    expect(text).toMatch(/को-विन|कोविन/);
    await firefox.closeTab(tab);
  });

  it('keeps its closed shadow root from a page that defined the element first, and shows the sidebar', async () => {
    const tab = await firefox.open(`${base}/custom-element`);
    const text = await pollFor(() => firefox.sidebarText(tab), (t) => t.length > 0, 15_000);
    expect(text).toMatch(/को-विन|कोविन/);
    const seen = await firefox.evaluate<{ stolen: number; custom: number; frames: number; addresses: string[] }>(
      tab,
      `(() => ({
        stolen: window.__stolen.length,
        custom: document.querySelectorAll('leaklens-sidebar').length,
        frames: document.querySelectorAll('iframe').length,
        addresses: [document.documentElement.outerHTML, ...performance.getEntries().map((e) => e.name)].join(' ').match(/(moz|chrome)-extension:[^"' <]*/g) ?? [],
      }))()`,
    );
    // The page got no shadow root of LeakLens's, found no element of the name it defined and no frame in its DOM,
    // and saw no extension address.
    expect(seen).toEqual({ stolen: 0, custom: 0, frames: 0, addresses: [] });
    await firefox.closeTab(tab);
  });

  it('does not count text the reader cannot see', async () => {
    // All nine pages at once, then the same wait for each: the seed above shows how soon a sidebar comes.
    const tabs = await Promise.all(Object.keys(HIDING).map(async (name) => ({ name, tab: await firefox.open(`${base}/hidden/${name}`) })));
    await new Promise((r) => setTimeout(r, 5000));
    const shown: string[] = [];
    for (const { name, tab } of tabs) {
      if ((await firefox.sidebarText(tab)).length > 0) shown.push(name);
      await firefox.closeTab(tab);
    }
    // Only the page where the CoWIN text is visible gets a sidebar.
    expect(shown).toEqual(['visible']);
  }, 60_000);
});
