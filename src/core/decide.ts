/**
 * Decisions: weighted sums of the named features in src/core/features.ts, with the weights that `npm run fit`
 * (scripts/fit.ts) fitted on the labelled data and wrote to src/core/model/*.json. Nothing here computes a feature.
 */
import type { CandidateFeature, CountFeature, FeatureVector, LeakFeature } from './features.ts';
import { CANDIDATE_FEATURES, COUNT_FEATURES, LEAK_FEATURES } from './features.ts';
import leakModelJson from './model/leak.json';
import incidentModelJson from './model/incident.json';
import countModelJson from './model/count.json';

export interface LinearModel<K extends string> {
  /** What the model was fitted on, and when (written by the fit script). */
  fitted: { on: string[]; items: number; date: string };
  bias: number;
  weights: Record<K, number>;
}

export interface IncidentModel extends LinearModel<CandidateFeature> {
  /**
   * Abstain unless the best candidate's probability reaches `minProbability` and beats the runner-up's by
   * `minMargin`. Both are chosen by the fit script on cross-validated predictions (see scripts/fit.ts).
   */
  minProbability: number;
  minMargin: number;
}

export const LEAK_MODEL = checkModel(leakModelJson as LinearModel<LeakFeature>, LEAK_FEATURES, 'leak.json');
export const INCIDENT_MODEL = checkModel(incidentModelJson as IncidentModel, CANDIDATE_FEATURES, 'incident.json');
export const COUNT_MODEL = checkModel(countModelJson as LinearModel<CountFeature>, COUNT_FEATURES, 'count.json');

/** A model file must weigh exactly the features the code computes: a stale file fails loudly, not quietly. */
function checkModel<K extends string, M extends LinearModel<K>>(model: M, names: readonly K[], file: string): M {
  const keys = Object.keys(model.weights ?? {});
  const missing = names.filter((n) => typeof model.weights?.[n] !== 'number');
  const extra = keys.filter((k) => !(names as readonly string[]).includes(k));
  if (missing.length || extra.length || typeof model.bias !== 'number') {
    throw new Error(`src/core/model/${file}: weights do not match the features (missing: ${missing.join(', ') || '-'}; unknown: ${extra.join(', ') || '-'}); run npm run fit`);
  }
  return model;
}

export function linear<K extends string>(model: LinearModel<K>, x: FeatureVector<K>): number {
  let z = model.bias;
  for (const k in model.weights) z += model.weights[k] * x[k];
  return z;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The features that moved the decision most, for the CLI's explanation ("+1.20 knownVictim"). */
export function contributions<K extends string>(model: LinearModel<K>, x: FeatureVector<K>, top = 6): string[] {
  const parts: Array<[string, number]> = [];
  for (const k in model.weights) {
    const c = model.weights[k] * x[k];
    if (c !== 0) parts.push([k, c]);
  }
  parts.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  return parts.slice(0, top).map(([k, c]) => `${c > 0 ? '+' : ''}${c.toFixed(2)} ${k}`);
}

export interface LeakDecision {
  /** Probability that the article reports a specific claimed leak. */
  score: number;
  isLeak: boolean;
}

/** Leak or not: the fitted logistic model; 0.5 is where it is as likely as not. */
export function decideLeak(x: FeatureVector<LeakFeature>, model: LinearModel<LeakFeature> = LEAK_MODEL): LeakDecision {
  const p = sigmoid(linear(model, x));
  return { score: Math.round(p * 1000) / 1000, isLeak: p >= 0.5 };
}

/** Each count candidate's score under the fitted count ranker (record-count.ts pickCount takes the highest). */
export function scoreCounts(xs: ReadonlyArray<FeatureVector<CountFeature>>, model: LinearModel<CountFeature> = COUNT_MODEL): number[] {
  return xs.map((x) => linear(model, x));
}

export interface Candidate {
  entryIndex: number;
  x: FeatureVector<CandidateFeature>;
  contradicted: boolean;
}

export interface IncidentDecision {
  /** The chosen candidate, or null (abstain). */
  chosen: { entryIndex: number; probability: number } | null;
  /** The best candidate when abstaining on a close call or thin evidence: a "possibly related" hint, no more. */
  possible: { entryIndex: number; probability: number } | null;
  why: string;
}

/**
 * The incident: the candidate with the highest fitted probability among those no hard rule rules out, if it is
 * probable enough and clearly ahead of the next; otherwise none (abstain rather than guess).
 */
export function decideIncident(candidates: readonly Candidate[], model: IncidentModel = INCIDENT_MODEL): IncidentDecision {
  const ranked = candidates
    .filter((c) => !c.contradicted)
    .map((c) => ({ entryIndex: c.entryIndex, probability: sigmoid(linear(model, c.x)) }))
    .sort((a, b) => b.probability - a.probability || a.entryIndex - b.entryIndex);
  const best = ranked[0];
  if (!best) return { chosen: null, possible: null, why: candidates.length ? 'every candidate is ruled out by its count or date' : 'no candidate' };
  const runner = ranked[1];
  if (best.probability < model.minProbability) return { chosen: null, possible: best, why: `thin evidence (p=${best.probability.toFixed(2)})` };
  if (runner && best.probability - runner.probability < model.minMargin) {
    return { chosen: null, possible: best, why: `two candidates are close (${best.probability.toFixed(2)} vs ${runner.probability.toFixed(2)})` };
  }
  return { chosen: best, possible: null, why: `p=${best.probability.toFixed(2)}` };
}
