/**
 * Benchmark (npm run bench): analysis time for 1k/10k/100k-character articles (median of several runs), the ratio
 * analysis / one normalisation pass, and the ratio with a synthetic 1,000-entry KB vs the real KB. JSON lines.
 */
import { fileURLToPath } from 'node:url';
import { readKbDir } from '../src/cli/read-kb-dir.ts';
import { validateKbFiles } from '../src/kb/validate.ts';
import type { Entry } from '../src/kb/schema.ts';
import { analyze } from '../src/core/analyze.ts';
import { compileKb } from '../src/core/compile-kb.ts';
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
function article(size: number): string {
  let s = '';
  let i = 0;
  while (s.length < size) s += PARAGRAPHS[i++ % PARAGRAPHS.length]! + (i % 3 === 0 ? '\n\n' : '');
  return s.slice(0, size);
}

function median(f: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

for (const size of [1_000, 10_000, 100_000]) {
  const text = article(size);
  const input = { title: 'Data leak claim', text };
  const runs = size >= 100_000 ? 15 : 41;
  for (let w = 0; w < 5; w++) {
    analyze(input, realKb);
    analyze(input, bigKb);
    normalize(text);
  }
  const analysisMs = median(() => analyze(input, realKb), runs);
  const normalizeMs = median(() => normalize(`${input.title}\n\n${text}`), runs);
  const bigMs = median(() => analyze(input, bigKb), runs);
  console.log(JSON.stringify({
    chars: size,
    analysisMs: Number(analysisMs.toFixed(3)),
    normalizeMs: Number(normalizeMs.toFixed(3)),
    ratioAnalysisToNormalize: Number((analysisMs / normalizeMs).toFixed(2)),
    syntheticKbEntries: 1000 + entries.length,
    analysisMsSyntheticKb: Number(bigMs.toFixed(3)),
    ratioSyntheticToRealKb: Number((bigMs / analysisMs).toFixed(2)),
  }));
}
