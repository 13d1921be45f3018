/**
 * Fitting the decision weights (Node only; used by scripts/fit.ts and `leaklens eval --cv K`).
 *
 * - The leak classifier is an L2-regularised logistic regression over the article features.
 * - The incident ranker is a logistic regression over the candidate features: each candidate of an article is one
 *   example, positive when it is the article's labelled incident. The abstention thresholds are then chosen on
 *   out-of-fold predictions, so that they reflect unseen articles rather than the ones the weights were fitted on.
 * - Regularisation strength is chosen by cross-validated log-loss from a short grid.
 */
import { analyzeDetailed, type Models } from '../core/analyze.ts';
import type { CompiledKb } from '../core/compile-kb.ts';
import { decideIncident, sigmoid, type Candidate, type IncidentModel, type LinearModel } from '../core/decide.ts';
import { CANDIDATE_FEATURES, CANDIDATE_FEATURE_SIGNS, COUNT_FEATURES, COUNT_FEATURE_SIGNS, LEAK_FEATURES, LEAK_FEATURE_SIGNS, type CandidateFeature, type CountFeature, type LeakFeature } from '../core/features.ts';
import type { ArticleInput } from '../core/types.ts';

/** One labelled article for fitting or cross-validation. */
export interface TrainingItem {
  id: string;
  /** Where it comes from ("dev.json", "fixtures/blind", "kb-examples"), for the figures per source. */
  source: string;
  lang: 'hi' | 'en';
  input: ArticleInput;
  /** Whether it reports a claimed leak (abroad too); null when the label says nothing about it (KB noMatch examples). */
  leak: boolean | null;
  /** The KB incident, null for none, undefined when the label does not say. */
  incident: string | null | undefined;
  /** Whether a count is the claimed count the label states; absent when the label states none. */
  isClaimedCount?: (value: number) => boolean;
}

export interface Example {
  x: number[];
  y: number;
}

/** Regularisation strengths tried; the one with the lowest cross-validated log-loss is used. */
const L2_GRID = [0.03, 0.1, 0.3, 1, 3] as const;
/**
 * How much worse a wrong incident is than a missed one when choosing the abstention thresholds: a wrong incident
 * shows a reader the official denial of another leak, a missed one only shows less.
 */
export const WRONG_INCIDENT_COST = 2;

/**
 * Logistic regression whose weights keep the signs their features' meanings allow (`signs[j]` = +1, -1 or 0 for
 * free): a weight that comes out with the wrong sign is held at 0 and the rest refitted, until none does.
 */
export function fitSigned(examples: readonly Example[], signs: ReadonlyArray<1 | -1 | 0>, l2: number): { bias: number; w: number[] } {
  const active = signs.map(() => true);
  for (let round = 0; round <= signs.length; round++) {
    const idx = signs.map((_, j) => j).filter((j) => active[j]);
    const fit = fitLogistic(examples.map((e) => ({ x: idx.map((j) => e.x[j]!), y: e.y })), idx.length, l2);
    const w = signs.map(() => 0);
    idx.forEach((j, k) => {
      w[j] = fit.w[k]!;
    });
    const wrong = idx.filter((j) => signs[j]! * w[j]! < 0);
    if (wrong.length === 0) return { bias: fit.bias, w };
    // Hold the most wrong-signed weight at 0 and refit (one at a time: dropping one can fix the others).
    const worst = wrong.reduce((a, b) => (Math.abs(w[a]!) >= Math.abs(w[b]!) ? a : b));
    active[worst] = false;
  }
  return { bias: 0, w: signs.map(() => 0) };
}

/** Newton's method on the L2-penalised log-loss (the bias is not penalised). */
export function fitLogistic(examples: readonly Example[], dims: number, l2: number): { bias: number; w: number[] } {
  const d = dims + 1;
  let beta = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const g = new Array<number>(d).fill(0);
    const H = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const { x, y } of examples) {
      const xi = [1, ...x];
      let z = 0;
      for (let j = 0; j < d; j++) z += beta[j]! * xi[j]!;
      const p = sigmoid(z);
      const wgt = Math.max(p * (1 - p), 1e-6);
      for (let j = 0; j < d; j++) {
        g[j]! += (p - y) * xi[j]!;
        for (let k = 0; k < d; k++) H[j]![k]! += wgt * xi[j]! * xi[k]!;
      }
    }
    for (let j = 1; j < d; j++) {
      g[j]! += l2 * beta[j]!;
      H[j]![j]! += l2;
    }
    H[0]![0]! += 1e-6;
    const step = solve(H, g);
    let change = 0;
    beta = beta.map((b, j) => {
      change = Math.max(change, Math.abs(step[j]!));
      return b - step[j]!;
    });
    if (change < 1e-7) break;
  }
  return { bias: beta[0]!, w: beta.slice(1) };
}

/** Gaussian elimination with partial pivoting: solves A x = b (A is small and positive definite). */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[piv]![c]!)) piv = r;
    [M[c], M[piv]] = [M[piv]!, M[c]!];
    const p = M[c]![c]!;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / p;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  return M.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

function logLoss(examples: readonly Example[], bias: number, w: readonly number[]): number {
  let sum = 0;
  for (const { x, y } of examples) {
    let z = bias;
    for (let j = 0; j < w.length; j++) z += w[j]! * x[j]!;
    const p = Math.min(1 - 1e-9, Math.max(1e-9, sigmoid(z)));
    sum -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
  }
  return sum / Math.max(1, examples.length);
}

/** Deterministic fold of an item: a hash of its id, so folds do not change when items are added elsewhere. */
export function foldOf(id: string, k: number): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return (h >>> 0) % k;
}

/** Features of every item, computed once (they do not depend on the weights). */
export interface Featurised {
  item: TrainingItem;
  leakX: number[];
  candidates: Array<Candidate & { id: string }>;
  counts: Array<{ value: number; x: number[] }>;
}

export function featurise(items: readonly TrainingItem[], kb: CompiledKb): Featurised[] {
  return items.map((item) => {
    const d = analyzeDetailed(item.input, kb);
    if (!d.features) throw new Error(`${item.id}: analysis failed: ${d.error ?? 'no features'}`);
    const f = d.features;
    return { item, leakX: LEAK_FEATURES.map((n) => f.leak[n]), candidates: f.candidates, counts: f.counts.map((c) => ({ value: c.value, x: COUNT_FEATURES.map((n) => c.x[n]) })) };
  });
}

function leakExamples(data: readonly Featurised[]): Example[] {
  return data.filter((d) => d.item.leak !== null).map((d) => ({ x: d.leakX, y: d.item.leak ? 1 : 0 }));
}

/**
 * The articles the ranker will see: those the leak classifier takes as leak articles. An item whose label does not
 * say whether it is a leak (a KB noMatch example) counts when the fitted leak model takes it as one; a labelled
 * leak counts always (the ranker should know it when the classifier does).
 */
function reachesRanker(d: Featurised, leak: LinearModel<LeakFeature>): boolean {
  if (d.item.incident === undefined || d.item.leak === false) return false;
  if (d.item.leak === true) return true;
  let z = leak.bias;
  LEAK_FEATURES.forEach((n, j) => {
    z += leak.weights[n] * d.leakX[j]!;
  });
  return z >= 0;
}

/**
 * Count candidate examples: every count candidate of an article whose label states a count that one of its
 * candidates reads (an article none of whose candidates is the labelled count teaches the ranker nothing).
 */
function countExamples(data: readonly Featurised[]): { examples: Example[]; ids: string[] } {
  const examples: Example[] = [];
  const ids: string[] = [];
  for (const d of data) {
    const is = d.item.isClaimedCount;
    if (!is || !d.counts.some((c) => is(c.value))) continue;
    for (const c of d.counts) {
      examples.push({ x: c.x, y: is(c.value) ? 1 : 0 });
      ids.push(d.item.id);
    }
  }
  return { examples, ids };
}

/** Candidate examples of the articles that reach the ranker; ruled-out candidates are left out. */
function rankExamples(data: readonly Featurised[], leak: LinearModel<LeakFeature>): Example[] {
  const out: Example[] = [];
  for (const d of data) {
    if (!reachesRanker(d, leak)) continue;
    for (const c of d.candidates) {
      if (c.contradicted) continue;
      out.push({ x: CANDIDATE_FEATURES.map((n) => c.x[n]), y: c.id === d.item.incident ? 1 : 0 });
    }
  }
  return out;
}

function chooseL2(examples: readonly Example[], signs: ReadonlyArray<1 | -1 | 0>, ids: readonly string[], k: number): number {
  let best: number = L2_GRID[0];
  let bestLoss = Infinity;
  for (const l2 of L2_GRID) {
    let loss = 0;
    for (let f = 0; f < k; f++) {
      const train = examples.filter((_, i) => foldOf(ids[i]!, k) !== f);
      const test = examples.filter((_, i) => foldOf(ids[i]!, k) === f);
      if (test.length === 0) continue;
      const m = fitSigned(train, signs, l2);
      loss += logLoss(test, m.bias, m.w) * test.length;
    }
    if (loss < bestLoss) {
      bestLoss = loss;
      best = l2;
    }
  }
  return best;
}

function asLinear<K extends string>(names: readonly K[], fit: { bias: number; w: number[] }, fitted: LinearModel<K>['fitted']): LinearModel<K> {
  const weights = {} as Record<K, number>;
  names.forEach((n, j) => {
    weights[n] = round(fit.w[j]!);
  });
  return { fitted, bias: round(fit.bias), weights };
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

/** Fits both models on `data`; the abstention thresholds come from `k`-fold out-of-fold predictions on it. */
export function fitModels(data: readonly Featurised[], k: number, fitted: LinearModel<string>['fitted']): Models & { l2: { leak: number; incident: number; count: number } } {
  const le = leakExamples(data);
  const leIds = data.filter((d) => d.item.leak !== null).map((d) => d.item.id);
  const leakSigns = LEAK_FEATURES.map((n) => LEAK_FEATURE_SIGNS[n]);
  const l2Leak = chooseL2(le, leakSigns, leIds, k);
  const leak = asLinear(LEAK_FEATURES, fitSigned(le, leakSigns, l2Leak), fitted);

  const re = rankExamples(data, leak);
  const reIds = data.filter((d) => reachesRanker(d, leak)).flatMap((d) => d.candidates.filter((c) => !c.contradicted).map(() => d.item.id));
  const rankSigns = CANDIDATE_FEATURES.map((n) => CANDIDATE_FEATURE_SIGNS[n]);
  const l2Inc = chooseL2(re, rankSigns, reIds, k);
  const base = asLinear(CANDIDATE_FEATURES, fitSigned(re, rankSigns, l2Inc), fitted);

  // Abstention thresholds from out-of-fold predictions: each article's candidates scored by a ranker fitted without it.
  const oof: Array<{ d: Featurised; model: IncidentModel }> = [];
  for (let f = 0; f < k; f++) {
    const train = data.filter((d) => foldOf(d.item.id, k) !== f);
    const m = asLinear(CANDIDATE_FEATURES, fitSigned(rankExamples(train, leak), rankSigns, l2Inc), fitted);
    for (const d of data) if (foldOf(d.item.id, k) === f && reachesRanker(d, leak)) oof.push({ d, model: { ...m, minProbability: 0, minMargin: 0 } });
  }
  let best = { minProbability: 0.5, minMargin: 0.1, utility: -Infinity };
  for (let p = 0.1; p <= 0.9001; p += 0.05) {
    for (let mg = 0; mg <= 0.5001; mg += 0.05) {
      let utility = 0;
      for (const { d, model } of oof) {
        const dec = decideIncident(d.candidates, { ...model, minProbability: p, minMargin: mg });
        const id = dec.chosen ? d.candidates.find((c) => c.entryIndex === dec.chosen!.entryIndex)!.id : null;
        if (id === null) continue;
        utility += id === d.item.incident ? 1 : -WRONG_INCIDENT_COST;
      }
      // Ties go to the more cautious thresholds (higher p, then higher margin): the loop order makes them later.
      if (utility >= best.utility) best = { minProbability: round(p), minMargin: round(mg), utility };
    }
  }
  const incident: IncidentModel = { ...base, minProbability: best.minProbability, minMargin: best.minMargin };

  const ce = countExamples(data);
  const countSigns = COUNT_FEATURES.map((n) => COUNT_FEATURE_SIGNS[n]);
  const l2Count = chooseL2(ce.examples, countSigns, ce.ids, k);
  const count = asLinear(COUNT_FEATURES, fitSigned(ce.examples, countSigns, l2Count), fitted);
  return {
    leak: leak as LinearModel<LeakFeature>,
    incident: incident as IncidentModel & LinearModel<CandidateFeature>,
    count: count as LinearModel<CountFeature>,
    l2: { leak: l2Leak, incident: l2Inc, count: l2Count },
  };
}
