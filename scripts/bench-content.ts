/**
 * `npm run bench:content`: what the content script costs on every page of a listed site, measured in Debian's
 * Chromium on a large page that is not about a leak (the common case) and on a leak article. Prints JSON lines.
 * The prefilter's own functions are run in the page, so the figure is the real code on a real DOM.
 */
import { chromium } from 'playwright-core';
import { DATA_WORDS, LEAK_WORDS, SAMPLE_CHARS, containsAny, mayBeLeakArticle, sampleText } from '../src/content/prefilter.ts';
import { findChromium } from './chromium.ts';

const paragraph = (i: number) => `<p>Paragraph ${i}: the city council met on Tuesday to discuss the new bus routes, parking fees and the monsoon drainage plan for the old market area.</p>`;
const bigPage = `<!doctype html><title>City council approves new bus routes</title><meta name="description" content="Civic news">
  <body><nav>${'<a href="#">Section</a>'.repeat(200)}</nav><h1>City council approves new bus routes</h1>
  <div>${Array.from({ length: 3000 }, (_, i) => paragraph(i)).join('')}</div>${'<div><span>widget</span></div>'.repeat(5000)}</body>`;
const leakPage = `<!doctype html><title>Hackers claim data of 3 crore customers leaked</title><body><h1>Data leak claim</h1><p>A hacker claims to sell the personal data of 3 crore customers on a dark web forum.</p></body>`;

const prefilterSource = `const SAMPLE_CHARS = ${SAMPLE_CHARS}; const LEAK_WORDS = ${JSON.stringify(LEAK_WORDS)}; const DATA_WORDS = ${JSON.stringify(DATA_WORDS)};
  ${sampleText.toString()}; ${containsAny.toString()}; ${mayBeLeakArticle.toString()};`;

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [name, html] of [['non-leak page, 3,000 paragraphs and 5,000 other elements', bigPage], ['leak article', leakPage]] as const) {
    const page = await browser.newPage();
    await page.setContent(html);
    const result = await page.evaluate((source) => {
      // eslint-disable-next-line no-new-func
      const run = new Function(`${source}; return mayBeLeakArticle(sampleText(document));`) as () => boolean;
      run(); // warm-up, as a real page's first call also finds the code compiled lazily; measured below
      // The page's clock is coarsened (0.1 ms), so time batches of runs and report the mean of a batch, taking
      // the median batch of several.
      const runs = 500;
      const batches: number[] = [];
      let verdict = false;
      for (let b = 0; b < 7; b++) {
        const t0 = performance.now();
        for (let i = 0; i < runs; i++) verdict = run();
        batches.push((performance.now() - t0) / runs);
      }
      batches.sort((a, b) => a - b);
      return { verdict, msPerPage: Number(batches[3]!.toFixed(4)), elements: document.getElementsByTagName('*').length };
    }, prefilterSource);
    console.log(JSON.stringify({ bench: 'content-prefilter', page: name, ...result }));
    await page.close();
  }
} finally {
  await browser.close();
}
