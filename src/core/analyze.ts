/**
 * analyze(): text in, Analysis out. Pure and synchronous; never throws on any string input.
 *
 * Cost: one normalisation pass, one automaton pass, one sentence pass and small per-hit work, so linear in the
 * text length. Only the first MAX_TEXT characters of the body (and MAX_TITLE of the title) are analysed: a news
 * article is far shorter, and the cap bounds the work on pathological pages.
 */
import type { FieldId } from '../kb/fields.ts';
import { claimedFields, forEachOrgHit, isOfficialNegation } from './claimed-fields.ts';
import type { CompiledKb } from './compile-kb.ts';
import { buildContext, cue, type Context } from './context.ts';
import { makeHighlight, type HighlightSource } from './highlights.ts';
import { detectLanguage } from './language.ts';
import { isDataLeakSentence } from './leak-detect.ts';
import { contributions, COUNT_MODEL, decideLeak, INCIDENT_MODEL, LEAK_MODEL, scoreCounts, type Candidate, type IncidentModel, type LinearModel } from './decide.ts';
import { countFeatures, leakFeatures, type CandidateFeature, type CountFeature, type FeatureVector, type LeakFeature } from './features.ts';
import type { CompiledEntry } from './compile-kb.ts';
import type { FieldFinding } from './claimed-fields.ts';
import type { DateMentions } from './match-incident.ts';
import { findDates, matchIncident } from './match-incident.ts';
import { findMismatches } from './mismatches.ts';
import { normalize, originalEnd } from './normalize.ts';
import { collectCandidates, pickCount } from './record-count.ts';
import { detectStance } from './stance.ts';
import type { Analysis, ArticleInput, Highlight, MatchEvidence } from './types.ts';

export const MAX_TEXT = 300_000;

/** The fitted decision weights (src/core/model/*.json). */
export interface Models {
  leak: LinearModel<LeakFeature>;
  incident: IncidentModel;
  count: LinearModel<CountFeature>;
}
const SHIPPED_MODELS: Models = { leak: LEAK_MODEL, incident: INCIDENT_MODEL, count: COUNT_MODEL };
export const MAX_TITLE = 2_000;

export interface AnalysisDetails {
  analysis: Analysis;
  leakReasons: string[];
  incidentReasons: string[];
  /** The named features behind the decisions (what scripts/fit.ts fits the weights on). */
  features: {
    leak: FeatureVector<LeakFeature>;
    /** Every incident candidate with its features, computed even for an article not taken as a leak. */
    candidates: Array<Candidate & { id: string }>;
    /** Every count candidate with its value and features (what the count ranker is fitted on). */
    counts: Array<{ value: number; x: FeatureVector<CountFeature> }>;
  } | null;
  /** Set when the analysis failed: analyze() then returns an empty result, and this says why. */
  error?: string;
}

/** The normalised index of an original offset: the first unit that maps at or past it (e.g. where the body starts). */
export function normalisedOffset(norm: { text: string; map: ArrayLike<number> }, original: number): number {
  let lo = 0;
  let hi = norm.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (norm.map[mid]! >= original) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function analyze(input: ArticleInput, kb: CompiledKb): Analysis {
  return analyzeSafely(input, kb, false).analysis;
}

/** `models`: other fitted weights than the shipped ones (the fit script's cross-validation passes each fold's). */
export function analyzeDetailed(input: ArticleInput, kb: CompiledKb, models?: Models): AnalysisDetails {
  return analyzeSafely(input, kb, true, models);
}

/** `explain`: whether to build the leak reasons, which only analyzeDetailed() returns (the Analysis is the same). */
function analyzeSafely(input: ArticleInput, kb: CompiledKb, explain: boolean, models: Models = SHIPPED_MODELS): AnalysisDetails {
  try {
    return run(input, kb, explain, models);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { analysis: emptyAnalysis(safeString(input?.text)), leakReasons: ['analysis failed'], incidentReasons: [], features: null, error: message };
  }
}

function safeString(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function emptyAnalysis(text: string): Analysis {
  return {
    language: detectLanguage(text),
    isLeakArticle: false,
    score: 0,
    incident: null,
    claimedFields: [],
    claimedCount: null,
    claimDate: null,
    venue: null,
    officialStanceInText: 'none',
    possibleIncident: null,
    mismatches: [],
    highlights: [],
  };
}

function run(input: ArticleInput, kb: CompiledKb, explain: boolean, models: Models): AnalysisDetails {
  const title = safeString(input.title).slice(0, MAX_TITLE);
  const body = safeString(input.text).slice(0, MAX_TEXT);
  const combined = `${title}\n\n${body}`;
  const textOffset = title.length + 2;
  const norm = normalize(combined);
  const ctx = buildContext(kb, norm, normalisedOffset(norm, textOffset));
  const language = detectLanguage(norm.text);

  const dls: number[] = [];
  ctx.sentences.forEach((s, i) => {
    if (isDataLeakSentence(s)) dls.push(i);
  });
  const dlsSet = new Set(dls);

  const countCands = collectCandidates(ctx);
  const countX = countFeatures(ctx, countCands, dlsSet);
  const countCand = pickCount(countCands, scoreCounts(countX, models.count));
  let fields = claimedFields(ctx, dlsSet);
  const stance = detectStance(ctx);
  // A known organisation in the title is the leak's victim only when the article reports a leak somewhere: a title
  // like "Aadhaar data cannot be breached, says minister" names the organisation of an assurance. An alias used as a
  // kind of data ("scanned Aadhaar cards") names no organisation at all.
  let kbOrgInLeakContext = false;
  ctx.sentences.forEach((s, i) => {
    if (kbOrgInLeakContext || s.orgs.length === 0) return;
    if (!((s.inTitle && dls.length > 0) || dlsSet.has(i) || dlsSet.has(i - 1) || dlsSet.has(i + 1))) return;
    forEachOrgHit(s, (_, asField) => {
      if (asField) return true;
      kbOrgInLeakContext = true;
      return false;
    });
  });
  const leakX = leakFeatures(ctx, {
    dataLeak: dls,
    hasCount: countCand !== null,
    claimedFieldCount: fields.length,
    kbOrgInLeakContext,
    hasResponse: stance.stance !== 'none',
  });
  const leak = decideLeak(leakX, models.leak);
  const leakReasons = explain ? contributions(models.leak, leakX) : [];

  const quote = (start: number, end: number): string => {
    const a = norm.map[start]!;
    return combined.slice(a, Math.max(a, originalEnd(norm, combined, end)));
  };

  const analysis = emptyAnalysis('');
  analysis.language = language;
  analysis.score = leak.score;
  analysis.isLeakArticle = leak.isLeak;
  let incidentReasons: string[] = [];
  const features: AnalysisDetails['features'] = explain ? { leak: leakX, candidates: [], counts: countCands.map((c, i) => ({ value: c.value, x: countX[i]! })) } : null;
  if (!leak.isLeak && !explain) return { analysis, leakReasons, incidentReasons, features };
  analysis.claimedFields = fields.map((f) => f.id);
  analysis.claimedCount = countCand ? { text: quote(countCand.start, countCand.end), value: countCand.value } : null;
  analysis.officialStanceInText = stance.stance;
  const dates = findDates(ctx);
  analysis.claimDate = claimDate(ctx, dlsSet);
  analysis.venue = venue(ctx, dlsSet, quote);

  const outcome = matchIncident(ctx, kb, {
    dataLeak: dlsSet,
    count: countCand?.value ?? null,
    otherCounts: countCands.map((c) => c.value),
    titleCounts: countCands.filter((c) => c.start < ctx.bodyStart).map((c) => c.value),
    fields: analysis.claimedFields,
    publishedDate: typeof input.publishedDate === 'string' ? input.publishedDate : undefined,
    dates,
  }, models.incident);
  incidentReasons = outcome.reasons;
  if (features) features.candidates = outcome.candidates.map((c) => ({ ...c, id: kb.entries[c.entryIndex]!.entry.id }));
  if (!leak.isLeak) return { analysis: emptyLeaklessAnalysis(analysis), leakReasons, incidentReasons, features };
  const match = outcome.match;
  analysis.possibleIncident = outcome.possible ? { id: outcome.possible.id, probability: Math.round(outcome.possible.probability * 1000) / 1000 } : null;
  if (match) {
    // Read the fields again without the sentences that list another organisation's leak.
    const subjectFields = claimedFields(ctx, dlsSet, kb.entries[match.entryIndex]!.org);
    if (subjectFields.length !== fields.length) {
      fields = subjectFields;
      analysis.claimedFields = fields.map((f) => f.id);
    }
    const chosen = outcome.candidates.find((c) => c.entryIndex === match.entryIndex)!;
    analysis.incident = {
      id: match.id,
      confidence: match.confidence,
      why: matchEvidence(ctx, kb.entries[match.entryIndex]!, chosen.x, { analysis, fields, dates, quote, publishedDate: input.publishedDate }),
    };
    const entry = kb.entries[match.entryIndex]!.entry;
    analysis.mismatches = findMismatches(
      entry,
      fields.map((f) => ({ id: f.id as FieldId, claim: quote(f.start, f.end) })),
      analysis.claimedCount,
    );
  }
  analysis.highlights = highlights(ctx, { original: body, textOffset }, dls, stance.sentences, {
    fields,
    count: countCand,
    deniedFields: analysis.mismatches.filter((m) => m.kind === 'not-collected' || m.kind === 'not-affected').map((m) => m.field),
  });
  return { analysis, leakReasons, incidentReasons, features };
}

/** What a non-leak article reports: the language and score only (the detail computed for explain is dropped). */
function emptyLeaklessAnalysis(a: Analysis): Analysis {
  const out = emptyAnalysis('');
  out.language = a.language;
  out.score = a.score;
  return out;
}

/**
 * The evidence behind a match, quoted from the article: only what the matcher's features counted in the incident's
 * favour (the features say which; this only finds the words).
 */
function matchEvidence(
  ctx: Context,
  e: CompiledEntry,
  x: FeatureVector<CandidateFeature>,
  a: { analysis: Analysis; fields: FieldFinding[]; dates: DateMentions; quote: (s: number, e: number) => string; publishedDate: unknown },
): MatchEvidence[] {
  const out: MatchEvidence[] = [];
  const alias = ctx.hits.find((h) => h.p.k === 'org' && h.p.org === e.org);
  if (alias) out.push({ kind: 'name', text: a.quote(alias.start, alias.end) });
  if ((x.countTight || x.countLoose || x.countRough) && a.analysis.claimedCount) out.push({ kind: 'count', text: a.analysis.claimedCount.text });
  if (x.claimYearInLeakSentence || x.claimYearElsewhere || x.claimMonth || x.claimMonthWithoutYear) {
    const date = dateWords(ctx, e, a.dates, a.quote);
    if (date) out.push({ kind: 'date', text: date });
  }
  if ((x.venueKindAgrees || x.venueWord) && a.analysis.venue) out.push({ kind: 'venue', text: a.analysis.venue });
  if (x.fieldOverlap > 0) {
    const common = a.fields.filter((f) => e.fields.has(f.id)).map((f) => a.quote(f.start, f.end));
    if (common.length) out.push({ kind: 'fields', text: common.join(', ') });
  }
  if (x.publishedSoonAfter && typeof a.publishedDate === 'string') out.push({ kind: 'published', text: a.publishedDate });
  return out;
}

/** The words that date the claim: a claim year of the entry, with the month named just before it when there is one. */
function dateWords(ctx: Context, e: CompiledEntry, dates: DateMentions, quote: (s: number, e: number) => string): string | null {
  for (const [pos, year] of dates.yearPositions) {
    if (!e.years.has(year)) continue;
    let start = pos;
    for (const h of ctx.hits) {
      if (h.p.k === 'month' && h.end <= pos && pos - h.end <= 6) start = Math.min(start, h.start);
      if (h.start > pos) break;
    }
    return quote(start, pos + 4);
  }
  return null;
}

function claimDate(ctx: Context, set: ReadonlySet<number>): string | null {
  for (let h = 0; h < ctx.hits.length; h++) {
    const hit = ctx.hits[h]!;
    if (hit.p.k !== 'month' || !set.has(ctx.hitSentence[h]!)) continue;
    const after = ctx.text.slice(hit.end, hit.end + 8);
    const before = ctx.text.slice(Math.max(0, hit.start - 8), hit.start);
    const ym = /^,? ?(\d{4})/.exec(after);
    const m = String(hit.p.m).padStart(2, '0');
    if (ym) {
      const day = /(\d{1,2}) ?$/.exec(before);
      const d = day ? Number(day[1]) : 0;
      return d >= 1 && d <= 31 ? `${ym[1]}-${m}-${String(d).padStart(2, '0')}` : `${ym[1]}-${m}`;
    }
    const after2 = /^ (\d{1,2}),? (\d{4})/.exec(ctx.text.slice(hit.end, hit.end + 12));
    if (after2) return `${after2[2]}-${m}-${after2[1]!.padStart(2, '0')}`;
  }
  return null;
}

/** The first venue cue in a data-leak sentence, else the first venue cue; quoted once, for the one chosen. */
function venue(ctx: Context, dls: ReadonlySet<number>, quote: (s: number, e: number) => string): string | null {
  let chosen = -1;
  for (let h = 0; h < ctx.hits.length; h++) {
    const hit = ctx.hits[h]!;
    if (hit.p.k !== 'cue' || hit.p.cat !== 'venue') continue;
    if (chosen < 0) chosen = h;
    if (dls.has(ctx.hitSentence[h]!)) {
      chosen = h;
      break;
    }
  }
  return chosen < 0 ? null : quote(ctx.hits[chosen]!.start, ctx.hits[chosen]!.end);
}

/** At most this many sentences are marked as the claim, and as the response: enough for the evidence, not the article. */
const MAX_CLAIM_HIGHLIGHTS = 4;
const MAX_RESPONSE_HIGHLIGHTS = 3;

interface MismatchEvidence {
  fields: readonly FieldFinding[];
  count: { sentence: number } | null;
  /** Fields of the mismatches that contradict the claim (the official side says they are not collected or affected). */
  deniedFields: ReadonlyArray<FieldId | 'record-count'>;
}

/**
 * The sentences to mark: the claim (the strongest data-leak sentences, and the sentences that list the claimed fields
 * or state the count), then the official response (the stance's sentences, and for each contradicting mismatch the
 * article's own official sentence that says the field is not collected or not affected). Each carries the mismatch
 * fields it is evidence for, so the sidebar can point from a mismatch to its sentences.
 */
function highlights(ctx: Context, src: HighlightSource, dls: readonly number[], response: readonly number[], evidence: MismatchEvidence): Highlight[] {
  const claimScore = (i: number): number => {
    const s = ctx.sentences[i]!;
    return cue(s, 'claimant') + cue(s, 'venue') + cue(s, 'claimVerb') + Math.min(s.fields.length, 3) + cue(s, 'peopleNoun');
  };
  const claimFields = new Map<number, Array<FieldId | 'record-count'>>();
  const addTo = (map: Map<number, Array<FieldId | 'record-count'>>, i: number, f: FieldId | 'record-count'): void => {
    if (i < 0 || ctx.sentences[i]!.inTitle) return;
    const list = map.get(i) ?? [];
    if (!list.includes(f)) list.push(f);
    map.set(i, list);
  };
  for (const f of evidence.fields) addTo(claimFields, f.sentence, f.id);
  if (evidence.count) addTo(claimFields, evidence.count.sentence, 'record-count');
  const strongest = dls.filter((i) => !ctx.sentences[i]!.inTitle).sort((a, b) => claimScore(b) - claimScore(a) || a - b).slice(0, 2);
  // The sentences behind the fields first (they back a mismatch row), then the strongest claim sentences.
  const claims = [...new Set([...claimFields.keys(), ...strongest])].slice(0, MAX_CLAIM_HIGHLIGHTS);

  const responseFields = new Map<number, Array<FieldId | 'record-count'>>();
  for (const field of evidence.deniedFields) {
    if (field === 'record-count') continue;
    const i = ctx.sentences.findIndex((s) => !s.inTitle && isOfficialNegation(s) && s.fields.some((h) => h.p.k === 'field' && h.p.id === field));
    if (i >= 0 && !claims.includes(i)) addTo(responseFields, i, field);
  }
  const resp = [...new Set([...responseFields.keys(), ...response.filter((i) => !ctx.sentences[i]!.inTitle && !claims.includes(i))])].slice(0, MAX_RESPONSE_HIGHLIGHTS);

  const out: Highlight[] = [];
  const push = (i: number, role: Highlight['role'], fields: Array<FieldId | 'record-count'> | undefined): void => {
    const h = makeHighlight(ctx, src, i, role);
    if (!h) return;
    if (fields && fields.length > 0) h.fields = fields;
    out.push(h);
  };
  for (const i of claims.sort((a, b) => a - b)) push(i, 'claim', claimFields.get(i));
  for (const i of resp.sort((a, b) => a - b)) push(i, 'response', responseFields.get(i));
  return out;
}

export { compileKb } from './compile-kb.ts';
export type { CompiledKb } from './compile-kb.ts';
