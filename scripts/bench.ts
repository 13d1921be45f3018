/**
 * Benchmark (npm run bench): analysis time for 1k/10k/100k-character articles, the ratio analysis / one
 * normalisation pass over the same text, and the ratio with a synthetic 1,000-entry KB vs the real KB. One JSON
 * line per size.
 *
 * Built to give stable figures on a shared 2-core machine:
 *   - a timed warm-up per size, so every function is optimised before measuring;
 *   - each sample times a batch of calls (about 8 ms), so timer resolution and single hiccups do not dominate;
 *   - the three measurements (analysis with the real KB, normalisation, analysis with the synthetic KB) are
 *     interleaved round by round, so a burst of load from another process hits all three alike;
 *   - a young-generation collection before each timed batch, so each batch pays for its own garbage only;
 *   - times are medians over the rounds, and each ratio is the median of the per-round ratios.
 * What is measured is the real analysis of a fresh text: analyze() keeps no state between calls (keep it that
 * way: no caching of results), and the calls rotate through several variants of the article (same size, paragraphs
 * in another order) so the figures do not hinge on one text.
 */
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readKbDir } from '../src/cli/read-kb-dir.ts';
import { validateKbFiles } from '../src/kb/validate.ts';
import type { Entry } from '../src/kb/schema.ts';
import { analyze } from '../src/core/analyze.ts';
import { compileKb, type CompiledKb } from '../src/core/compile-kb.ts';
import { normalize } from '../src/core/normalize.ts';

const dir = fileURLToPath(new URL('../src/kb/incidents/', import.meta.url));
const { entries } = validateKbFiles(readKbDir(dir));
const realKb = compileKb(entries);

function synthetic(n: number): Entry[] {
  const out: Entry[] = [];
  for (let i = 0; i < n; i++) {
    const base = entries[i % entries.length]!;
    const key = `synth${i}`;
    out.push({
      ...base,
      id: `${key}-2020-01`,
      organisation: {
        ...base.organisation,
        key,
        aliases: { en: [`Synthcorp ${i}`, `SC${i} Bank`, `synth${i}.in`], hi: [`सिंथकॉर्प ${i}`, `सिंथ बैंक ${i}`], exactCase: [] },
      },
    });
  }
  return [...entries, ...out];
}
const bigKb = compileKb(synthetic(1000));

const PARAGRAPHS = [
  'A hacker on a cybercrime forum claims to hold the personal data of 2.5 lakh customers of a cooperative bank, including names, email addresses and bank account numbers. ',
  'The bank said it is investigating the claim and that its core systems are safe. ',
  'एक हैकर ने डार्क वेब पर दावा किया है कि उसके पास 20 हजार लोगों का डेटा है, जिसमें नाम, मोबाइल नंबर और पता शामिल हैं। ',
  'मंत्रालय ने कहा कि पोर्टल से कोई डेटा लीक नहीं हुआ है। ',
  'Officials said a forensic audit has been ordered, and CERT-In has been informed about the incident in March 2024. ',
];
/** An article of exactly `size` characters, starting at paragraph `first` (variants differ in order, not in kind). */
function article(size: number, first = 0): string {
  let s = '';
  let i = first;
  while (s.length < size) s += PARAGRAPHS[i++ % PARAGRAPHS.length]! + (i % 3 === 0 ? '\n\n' : '');
  return s.slice(0, size);
}

const TITLE = 'Data leak claim';
const SIZES = [1_000, 10_000, 100_000];
const WARMUP_MS = 400;
const MIN_BATCH_MS = 8;
const ROUNDS = 31;

interface Case {
  texts: string[];
  next: number;
}
function nextText(c: Case): string {
  const t = c.texts[c.next]!;
  c.next = (c.next + 1) % c.texts.length;
  return t;
}
const runAnalysis = (c: Case, kb: CompiledKb) => (): void => {
  analyze({ title: TITLE, text: nextText(c) }, kb);
};
/** One normalisation pass over exactly the string analyze() normalises (title, separator, text). */
const runNormalize = (c: Case) => (): void => {
  normalize(`${TITLE}\n\n${nextText(c)}`);
};

// A young-generation collection before each timed batch, so that each batch pays for its own garbage only (with the
// measurements interleaved, normalisation batches would otherwise absorb part of the analysis' scavenges). Not a full
// collection: V8 runs the analysis' optimised code measurably slower for a while after each full GC, which a page
// does not see every few milliseconds.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options: { type: 'minor'; execution: 'sync' }) => void;
const collectYoungGarbage = (): void => gc({ type: 'minor', execution: 'sync' });

/** Mean time of one call over a batch of `n` calls, in ms. */
function timeBatch(f: () => void, n: number): number {
  collectYoungGarbage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) f();
  return (performance.now() - t0) / n;
}

/** Calls per batch so that one batch of `f` lasts about MIN_BATCH_MS (from the median of a few single calls). */
function batchSize(f: () => void): number {
  const once = Math.max(median(Array.from({ length: 7 }, () => timeBatch(f, 1))), 1e-4);
  return Math.max(1, Math.ceil(MIN_BATCH_MS / once));
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const round3 = (x: number): number => Number(x.toFixed(3));
const round2 = (x: number): number => Number(x.toFixed(2));

for (const size of SIZES) {
  const c: Case = { texts: PARAGRAPHS.map((_, k) => article(size, k)), next: 0 };
  const real = runAnalysis(c, realKb);
  const norm = runNormalize(c);
  const big = runAnalysis(c, bigKb);
  const warmEnd = performance.now() + WARMUP_MS;
  while (performance.now() < warmEnd) {
    real();
    norm();
    big();
  }
  const nReal = batchSize(real);
  const nNorm = batchSize(norm);
  const nBig = batchSize(big);
  const tReal: number[] = [];
  const tNorm: number[] = [];
  const tBig: number[] = [];
  const rNorm: number[] = [];
  const rBig: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const a = timeBatch(real, nReal);
    const n = timeBatch(norm, nNorm);
    const b = timeBatch(big, nBig);
    tReal.push(a);
    tNorm.push(n);
    tBig.push(b);
    rNorm.push(a / n);
    rBig.push(b / a);
  }
  console.log(JSON.stringify({
    chars: size,
    analysisMs: round3(median(tReal)),
    normalizeMs: round3(median(tNorm)),
    ratioAnalysisToNormalize: round2(median(rNorm)),
    syntheticKbEntries: 1000 + entries.length,
    analysisMsSyntheticKb: round3(median(tBig)),
    ratioSyntheticToRealKb: round2(median(rBig)),
    rounds: ROUNDS,
    callsPerRound: { analysis: nReal, normalize: nNorm, analysisSyntheticKb: nBig },
  }));
}
