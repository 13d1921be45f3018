/**
 * `npm run bench:extract -- --cost`: what the article extractor costs in the page, in Debian's Chromium (with layout,
 * as in the extension: `checkLayout`), on the shared benchmark's real pages (their scripts left out, no network) and on
 * a 200,000-node page. Per page: the extension's sliced run, the first in a fresh page (cold: what a reader's page
 * pays), with its longest task if one passes 50 ms; then the whole extraction in one go again (warm), and warm
 * without the story scorer. Prints JSON lines, then medians, 90th percentiles and maxima.
 *
 *   --dir DIR     the benchmark folder (default ../shared/bench/article-extraction)
 *   --pages N     only the first N pages
 *   --primed      first extract a tiny document in each fresh page (untimed): "cold" then leaves out compiling
 *                 the code on first use
 *   --early       time from DOMContentLoaded, before the page's first paint, instead of from a settled page (load,
 *                 then one frame), which is when the extension's injected extractor runs; the first paint then
 *                 falls between the extractor's slices and counts in its wall-clock time
 */
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium.ts';
import type { Cost } from './bench-extract-cost-entry.ts';

const args = process.argv.slice(2);
const value = (flag: string) => {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
};
const dir = value('--dir') ?? fileURLToPath(new URL('../../shared/bench/article-extraction/', import.meta.url));
const limit = Number(value('--pages') ?? Infinity);
const primed = args.includes('--primed');
const early = args.includes('--early');

// The extractor as the page side runs it, bundled into one script that sets globalThis.__extract.
const entry = fileURLToPath(new URL('./bench-extract-cost-entry.ts', import.meta.url));
const out = (await build({
  configFile: false,
  logLevel: 'silent',
  build: { write: false, minify: true, target: 'es2022', lib: { entry, formats: ['iife'], name: 'LeakLensBench' } },
})) as { output: { code?: string }[] }[] | { output: { code?: string }[] };
const code = (Array.isArray(out) ? out[0]! : out).output[0]!.code!;

const pages: { name: string; html: string }[] = [];
if (existsSync(join(dir, 'ground-truth.json'))) {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, unknown>;
  for (const key of Object.keys(truth).slice(0, limit)) pages.push({ name: key.slice(0, 12), html: gunzipSync(readFileSync(join(dir, 'html', `${key}.html.gz`))).toString('utf8') });
} else console.error(`bench:extract:cost: no benchmark at ${dir}; only the synthetic page`);
const para = (i: number) => `<p>Paragraph ${i}: hackers claim to sell the personal data of customers on a forum, the company denies it.</p>`;
const big = `<!doctype html><title>Big page</title><body><nav>${'<a href="#">x</a>'.repeat(2000)}</nav><article><h1>Big</h1>${Array.from({ length: 400 }, (_, i) => para(i)).join('')}</article>${'<div><span>w</span><span>x</span><span>y</span></div>'.repeat(49_000)}</body>`;
const SYNTHETIC = '200,000-node page';
pages.push({ name: SYNTHETIC, html: big });

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 860 } });
await context.route('**/*', (route) => (route.request().isNavigationRequest() ? route.continue() : route.abort()));
const rows: Cost[] = [];
try {
  for (const { name, html } of pages) {
    const page = await context.newPage();
    try {
      // The saved pages' own scripts are left out (JSON-LD blocks stay): they would only fail without the network.
      const body = html.replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/gi, '');
      await page.route('http://bench.invalid/', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
      await page.goto('http://bench.invalid/', { waitUntil: 'domcontentloaded', timeout: 20_000 });
      const result = (await page.evaluate(`(() => { ${code}; return LeakLensBench.measure(${primed}, ${early}); })()`)) as Cost;
      if (name !== SYNTHETIC) rows.push(result);
      console.log(JSON.stringify({ bench: 'extract-cost', page: name, ...result }));
    } catch (error) {
      console.log(JSON.stringify({ bench: 'extract-cost', page: name, error: String((error as Error).message ?? error).split('\n')[0] }));
    }
    await page.close();
  }
} finally {
  await browser.close();
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
if (rows.length) {
  const summary: Record<string, number> = { pages: rows.length };
  for (const k of ['coldMs', 'coldLongTaskMs', 'warmMs', 'withoutScorerMs'] as const) {
    const xs = rows.map((r) => r[k]);
    Object.assign(summary, { [`${k}Median`]: pct(xs, 0.5), [`${k}P90`]: pct(xs, 0.9), [`${k}Max`]: Math.max(...xs) });
  }
  console.log(JSON.stringify({ bench: 'extract-cost-summary', ...(primed ? { primed } : {}), ...(early ? { early } : {}), ...summary }));
}
