/**
 * k-fold cross-validation of the fitted parts: every real-article item is analysed with weights fitted on the
 * other folds (plus all fixtures and KB examples of those folds), and the project's figures are computed over
 * these out-of-fold analyses. This is the estimate of how the analyzer does on articles it has never seen.
 */
import { analyzeDetailed } from '../core/analyze.ts';
import type { CompiledKb } from '../core/compile-kb.ts';
import { evaluate, formatReport, type CorpusItem, type EvalReport } from './eval.ts';
import { fitModels, foldOf, type Featurised } from './fit.ts';
import { corpusInput } from './training-data.ts';

export function crossValidate(
  data: readonly Featurised[],
  corpora: ReadonlyArray<{ name: string; items: readonly CorpusItem[] }>,
  kb: CompiledKb,
  kbIds: ReadonlySet<string>,
  k: number,
): { report: EvalReport; text: string } {
  const foldModels = Array.from({ length: k }, (_, f) => fitModels(data.filter((d) => foldOf(d.item.id, k) !== f), k, { on: [], items: 0, date: '' }));
  const all: Array<CorpusItem & { key: string }> = corpora.flatMap((c) => c.items.map((it) => ({ ...it, key: `${c.name}:${it.id}` })));
  const byItem = new Map(all.map((it) => [it as CorpusItem, it.key]));
  const report = evaluate(all, (input, item) => analyzeDetailed(input, kb, foldModels[foldOf(byItem.get(item)!, k)]).analysis, kbIds, corpusInput);
  return { report, text: formatReport(report) };
}
