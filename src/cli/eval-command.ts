/**
 * `leaklens eval [--json] [--cv K] [--gate] CORPUS.json...`: the project's figures on one or more labelled corpora,
 * per language; `--cv K` adds k-fold cross-validated figures for the fitted parts (each fold's weights fitted
 * without it, on the other folds plus the own-words fixtures and the KB examples); `--gate` exits 1 when a figure
 * falls below the minimums CI holds the analyzer to.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Entry } from '../kb/schema.ts';
import { analyzeDetailed } from '../core/analyze.ts';
import type { CompiledKb } from '../core/compile-kb.ts';
import { crossValidate } from './cross-validate.ts';
import { evaluate, formatReport, type CorpusItem, type EvalReport } from './eval.ts';
import { featurise } from './fit.ts';
import { corpusItems, fixtureItems, kbExampleItems } from './training-data.ts';

/** The minimums of issue 7, on dev.json plus dev2.json. */
export const GATE = {
  leakPrecisionPerLanguage: 0.97,
  leakRecallPerLanguage: 0.95,
  incidentAccuracy: 0.95,
  wrongIncidents: 0,
  fieldF1: 0.9,
  countAccuracy: 0.9,
  stanceAccuracy: 0.85,
} as const;

/** Every figure below its minimum, as "figure value < minimum" (empty when the report passes). */
export function gateFailures(r: EvalReport): string[] {
  const out: string[] = [];
  const below = (name: string, value: number, min: number): void => {
    if (value < min) out.push(`${name} ${value.toFixed(3)} < ${min}`);
  };
  for (const lang of ['hi', 'en'] as const) {
    below(`leak precision ${lang}`, r.leakDetection[lang].precision, GATE.leakPrecisionPerLanguage);
    below(`leak recall ${lang}`, r.leakDetection[lang].recall, GATE.leakRecallPerLanguage);
  }
  below('incident accuracy', r.incident.accuracy, GATE.incidentAccuracy);
  if (r.incident.wrong > GATE.wrongIncidents) out.push(`wrong incidents ${r.incident.wrong} > ${GATE.wrongIncidents}`);
  below('field F1', r.fields.f1, GATE.fieldF1);
  below('count accuracy', r.count.accuracy, GATE.countAccuracy);
  below('stance accuracy', r.stance.accuracy, GATE.stanceAccuracy);
  return out;
}

export function runEval(files: readonly string[], opts: { json: boolean; cv: number | null; gate: boolean }, kb: CompiledKb, entries: readonly Entry[]): number {
  const corpora = files.map((file) => {
    const items = JSON.parse(readFileSync(file, 'utf8')) as CorpusItem[];
    if (!Array.isArray(items)) throw new Error(`${file}: the corpus must be a JSON array of items`);
    return { name: basename(file), items };
  });
  const kbIds = new Set(entries.map((e) => e.id));
  const all = corpora.flatMap((c) => c.items);
  const report = evaluate(all, (input) => analyzeDetailed(input, kb).analysis, kbIds);
  let cv: EvalReport | null = null;
  if (opts.cv !== null) {
    const data = featurise([...corpora.flatMap((c) => corpusItems(c.name, c.items, kbIds)), ...fixtureItems(kbIds), ...kbExampleItems(entries)], kb);
    cv = crossValidate(data, corpora, kb, kbIds, opts.cv).report;
  }
  const failures = opts.gate ? gateFailures(report) : [];
  if (opts.json) console.log(JSON.stringify({ corpora: files, report, ...(cv ? { crossValidated: { k: opts.cv, report: cv } } : {}), ...(opts.gate ? { gateFailures: failures } : {}) }, null, 2));
  else {
    console.log(`corpora: ${files.join(' + ')}`);
    console.log(formatReport(report));
    if (cv) console.log(`\n${opts.cv}-fold cross-validated (the fitted weights of each fold never saw its items):\n${formatReport(cv).split('\n').filter((l) => !l.startsWith('  ')).join('\n')}`);
    if (opts.gate) console.log(failures.length ? `\nGATE FAILED: ${failures.join('; ')}` : '\ngate: every figure meets its minimum');
  }
  return failures.length > 0 ? 1 : 0;
}
