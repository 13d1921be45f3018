/**
 * `npm run bench:extract`: scores the article extractor on the shared article-extraction benchmark
 * (../shared/bench/article-extraction: real pages with their human-checked article bodies) with the benchmark's
 * own metric (scripts/bench-extract-score.ts, a port of its evaluate.py), on happy-dom like `leaklens extract`.
 * Prints F1, precision, recall, the pages with no text, which path found each article, and the worst pages.
 *
 *   --dir DIR       another benchmark folder of the same layout (html/<key>.html.gz, ground-truth.json)
 *   --out FILE      also write the predictions as {key: {articleBody}} (for the benchmark's own score.py)
 *   --worst N       how many worst pages to list (default 10)
 *   --json          one JSON line instead of the table
 *   --readability   score Readability.js alone instead (@mozilla/readability on the same happy-dom document, its
 *                   text content): the baseline the extractor is measured against
 *   --cost          instead: the extractor's cost in Chromium (scripts/bench-extract-cost.ts; --pages N)
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFromHtml, readSavedPage } from '../src/cli/extract-html.ts';
import { metricsFromTpFpFns, stringShingleMatching, type TpFpFn } from './bench-extract-score.ts';

const args = process.argv.slice(2);
if (args.includes('--cost')) {
  await import('./bench-extract-cost.ts');
  process.exit(0);
}
const value = (flag: string) => {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
};
const dir = value('--dir') ?? fileURLToPath(new URL('../../shared/bench/article-extraction/', import.meta.url));
if (!existsSync(join(dir, 'ground-truth.json'))) {
  console.error(`bench:extract: no benchmark at ${dir} (ground-truth.json missing); give --dir DIR`);
  process.exit(2);
}
const worstN = Number(value('--worst') ?? 10);
const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody?: string }>;

const baseline = args.includes('--readability');
/** Readability.js alone on the page, parsed as the extractor's CLI parses it. */
async function readabilityAlone(raw: string, url: string): Promise<{ article: { text: string } | null; via: string | null }> {
  const { Readability } = await import('@mozilla/readability');
  const text = await readSavedPage(raw, url, (document) => new Readability(document).parse()?.textContent?.trim() ?? '');
  return { article: text ? { text } : null, via: text ? 'readability.js' : null };
}

const rows: { key: string; url: string; score: TpFpFn; via: string; ms: number }[] = [];
const predictions: Record<string, { articleBody: string }> = {};
const vias = new Map<string, number>();
const t0 = performance.now();
for (const [key, { url, articleBody = '' }] of Object.entries(truth)) {
  const raw = gunzipSync(readFileSync(join(dir, 'html', `${key}.html.gz`))).toString('utf8');
  const start = performance.now();
  // The benchmark's pages are saved copies: the URL they were saved from stands for where they were read.
  const { article, via } = baseline ? await readabilityAlone(raw, url) : await extractFromHtml(raw, url);
  const ms = performance.now() - start;
  const body = article?.text ?? '';
  predictions[key] = { articleBody: body };
  const name = via ?? 'nothing';
  vias.set(name, (vias.get(name) ?? 0) + 1);
  rows.push({ key, url, score: stringShingleMatching(articleBody, body), via: name, ms });
}
const totalMs = performance.now() - t0;
const out = value('--out');
if (out) writeFileSync(out, JSON.stringify(predictions));

const m = metricsFromTpFpFns(rows.map((r) => r.score));
const empty = Object.values(predictions).filter((p) => !p.articleBody).length;
const result = {
  bench: 'extract',
  pages: rows.length,
  f1: Number(m.f1.toFixed(3)),
  precision: Number(m.precision.toFixed(3)),
  recall: Number(m.recall.toFixed(3)),
  empty,
  via: Object.fromEntries(vias),
  happyDomMsPerPage: Number((totalMs / rows.length).toFixed(1)),
};
if (args.includes('--json')) console.log(JSON.stringify(result));
else {
  console.log(`article extraction, ${rows.length} pages of ${dir}`);
  console.log(`F1 ${result.f1}  precision ${result.precision}  recall ${result.recall}  pages with no text ${empty}`);
  console.log(`found by: ${[...vias].map(([k, n]) => `${k} ${n}`).join(', ')}  (happy-dom, ${result.happyDomMsPerPage} ms a page with parsing)`);
  console.log(`worst ${worstN} pages (tp, fp, fn of the page's shingles):`);
  for (const r of [...rows].sort((a, b) => a.score[0] - b.score[0]).slice(0, worstN)) {
    const [tp, fp, fn] = r.score.map((x) => x.toFixed(2));
    console.log(`  tp=${tp} fp=${fp} fn=${fn} ${r.via.padEnd(11)} ${r.key.slice(0, 12)} ${r.url}`);
  }
}
