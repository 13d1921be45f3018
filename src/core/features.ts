/**
 * Named features: everything the decisions look at, computed in one place. The decisions (src/core/decide.ts) only
 * weigh these values with the fitted weights in src/core/model/*.json; they compute nothing themselves.
 *
 * - Article features say whether the text reports one specific claimed leak: data-leak sentences, a victim, a
 *   claimant, a venue, a count, listed fields, an official response, and the near-miss cues that outweigh them
 *   (exam papers, gas leaks, films, law, tips, statistics, data gone missing).
 * - Candidate features say how well one knowledge-base incident fits the article: claim year and month, the
 *   publication date against the claim date, count agreement, venue, field overlap, and how strongly the
 *   organisation is named.
 *
 * Values are counts squashed with log1p, or 0/1 indicators; the weights carry the scale.
 */
import type { FieldId } from '../kb/fields.ts';
import type { CompiledEntry, CompiledKb } from './compile-kb.ts';
import { cue, type Context } from './context.ts';
import { isDenialSentence } from './leak-detect.ts';
import { countsAgree, SAME_COUNT, significantDigits, type CountCandidate } from './record-count.ts';

/** Everything an article feature is computed from (besides the context). */
export interface ArticleEvidence {
  /** Indexes of the data-leak sentences. */
  dataLeak: readonly number[];
  hasCount: boolean;
  claimedFieldCount: number;
  kbOrgInLeakContext: boolean;
  hasResponse: boolean;
}

export const LEAK_FEATURES = [
  'dataLeakSentences',
  'titleReportsLeak',
  'knownVictim',
  'genericVictim',
  'claimantSentences',
  'venue',
  'count',
  'fieldsListed',
  'officialResponse',
  'reportedAsClaim',
  'nothingSpecific',
  'mostlyDenials',
  'noLeakSentence',
  'noClaimSide',
  'nearMissObject',
  'nearMissObjectDominates',
  'nearMissLaw',
  'nearMissTips',
  'nearMissStats',
  'dataMissing',
  'addressesReader',
  'readerSentenceShare',
] as const;
export type LeakFeature = (typeof LEAK_FEATURES)[number];

/**
 * The direction each feature may push a decision, from what it means (evidence for, or against): the fit keeps a
 * weight at 0 rather than let a small sample flip it (a contradicting count must never count in favour).
 * 0 leaves the sign to the data.
 */
export const LEAK_FEATURE_SIGNS: Record<LeakFeature, 1 | -1 | 0> = {
  dataLeakSentences: 1,
  titleReportsLeak: 1,
  knownVictim: 1,
  genericVictim: 1,
  claimantSentences: 1,
  venue: 1,
  count: 1,
  fieldsListed: 1,
  officialResponse: 1,
  reportedAsClaim: 1,
  nothingSpecific: -1,
  mostlyDenials: -1,
  noLeakSentence: -1,
  noClaimSide: -1,
  nearMissObject: -1,
  nearMissObjectDominates: -1,
  nearMissLaw: -1,
  nearMissTips: -1,
  nearMissStats: -1,
  dataMissing: -1,
  addressesReader: -1,
  readerSentenceShare: -1,
};
export type FeatureVector<K extends string> = Record<K, number>;

const l1p = Math.log1p;

/** The share of an article's leak sentences that must be denials for it to read as an assurance: at least half. */
const DENIAL_MAJORITY = 0.5;

type TotalCat = 'exam' | 'gas' | 'film' | 'audio' | 'specs' | 'law' | 'tips' | 'phishing' | 'stats' | 'drill' | 'missing' | 'secondPerson';
function total(ctx: Context, cat: TotalCat): number {
  return cue({ cues: ctx.totals }, cat);
}

export function leakFeatures(ctx: Context, ev: ArticleEvidence): FeatureVector<LeakFeature> {
  const S = ctx.sentences;
  const dls = ev.dataLeak;
  let genericOrg = false;
  let claimVerb = false;
  let titleDls = false;
  for (const i of dls) {
    const s = S[i]!;
    if (s.inTitle) titleDls = true;
    if (cue(s, 'genericOrg') > 0) genericOrg = true;
    if (cue(s, 'claimVerb') > 0 || cue(s, 'claimant') > 0) claimVerb = true;
  }
  let claimantSentences = 0;
  let venueSentences = 0;
  let readerSentences = 0;
  for (const s of S) {
    if (cue(s, 'claimant') > 0) claimantSentences++;
    if (cue(s, 'venue') > 0) venueSentences++;
    if (cue(s, 'secondPerson') > 0) readerSentences++;
  }
  const specific = claimantSentences + venueSentences + (ev.hasCount ? 1 : 0) + (ev.kbOrgInLeakContext ? 1 : 0);
  const positive = dls.length + claimantSentences + venueSentences + (ev.hasCount ? 1 : 0) + (ev.kbOrgInLeakContext ? 2 : 0);
  const objectNeg = total(ctx, 'exam') + total(ctx, 'gas') + total(ctx, 'film') + 0.5 * total(ctx, 'audio') + 0.5 * total(ctx, 'specs');
  let denials = 0;
  for (const i of dls) if (isDenialSentence(S[i]!)) denials++;
  // An official's assurance: nobody claims anything (no claimant, venue, count or reported claim), and the leak
  // sentences mostly deny one. "Mostly", not "only": an assurance also recounts the question it answers ("the theft
  // of Aadhaar data was raised in the House"), which is a leak sentence no denial word negates.
  const mostlyDenials = dls.length > 0 && denials >= DENIAL_MAJORITY * dls.length && claimantSentences + venueSentences === 0 && !ev.hasCount && !claimVerb;
  // Near-miss cues count against a leak in proportion to how little specific leak evidence stands beside them.
  const against = (n: number): number => l1p(n) / (1 + specific);
  return {
    dataLeakSentences: l1p(dls.length),
    titleReportsLeak: titleDls ? 1 : 0,
    knownVictim: ev.kbOrgInLeakContext ? 1 : 0,
    genericVictim: !ev.kbOrgInLeakContext && genericOrg ? 1 : 0,
    claimantSentences: l1p(claimantSentences),
    venue: venueSentences > 0 ? 1 : 0,
    count: ev.hasCount ? 1 : 0,
    fieldsListed: l1p(ev.claimedFieldCount),
    officialResponse: ev.hasResponse ? 1 : 0,
    reportedAsClaim: claimVerb ? 1 : 0,
    nothingSpecific: specific === 0 ? 1 : 0,
    mostlyDenials: mostlyDenials ? 1 : 0,
    // No sentence states a leak: an article that only says data is safe, or only names an organisation and data.
    noLeakSentence: dls.length === 0 ? 1 : 0,
    // Nobody claims anything: no claimant, venue, count or reported claim anywhere (an official's assurance, a guide).
    noClaimSide: claimantSentences + venueSentences === 0 && !ev.hasCount && !claimVerb ? 1 : 0,
    nearMissObject: l1p(objectNeg),
    nearMissObjectDominates: objectNeg >= 2 && objectNeg >= positive ? 1 : 0,
    nearMissLaw: against(total(ctx, 'law')),
    nearMissTips: against(total(ctx, 'tips') + total(ctx, 'phishing')),
    nearMissStats: against(total(ctx, 'stats') + total(ctx, 'drill')),
    dataMissing: against(total(ctx, 'missing')),
    addressesReader: against(total(ctx, 'secondPerson')),
    // An explainer ("how to check whether your data leaked") talks to the reader in sentence after sentence, however
    // specific the leak it starts from.
    readerSentenceShare: S.length > 0 ? readerSentences / S.length : 0,
  };
}

/**
 * Count candidate features: which of the article's counts is the claim's count. Each candidate is a quantity next to
 * a noun of people or data (record-count.ts); the fitted count ranker weighs these.
 */
export const COUNT_FEATURES = [
  'inTitle',
  'inLeakSentence',
  'claimSentence',
  'statsSentence',
  'listedWithOthers',
  'restated',
  'firstInBody',
  'countsPeople',
] as const;
export type CountFeature = (typeof COUNT_FEATURES)[number];

/** As LEAK_FEATURE_SIGNS, for the count ranker. */
export const COUNT_FEATURE_SIGNS: Record<CountFeature, 1 | -1 | 0> = {
  inTitle: 0,
  inLeakSentence: 1,
  claimSentence: 1,
  statsSentence: -1,
  listedWithOthers: 0,
  restated: 1,
  firstInBody: 0,
  countsPeople: 0,
};

/**
 * The features of every count candidate, in O(n log n) for n candidates (sorted once by value for "restated").
 * - inTitle, inLeakSentence: where it is stated; claimSentence: beside a claimant or venue ("a hacker says he has 2
 *   crore records"); statsSentence: beside statistics words (a survey's or a market's figures);
 * - listedWithOthers: its sentence states another, different count too (parts listed: "1.2 crore WhatsApp users,
 *   17 lakh Facebook users");
 * - restated: the article states the same number again (within SAME_COUNT);
 * - firstInBody: the body's first count;
 * - countsPeople: it counts people (users, ग्राहक), not data (records).
 */
export function countFeatures(ctx: Context, cands: readonly CountCandidate[], dataLeak: ReadonlySet<number>): Array<FeatureVector<CountFeature>> {
  const n = cands.length;
  if (n === 0) return [];
  const S = ctx.sentences;
  // Per sentence: the smallest and largest count it states (a sentence with two different counts lists parts).
  const lowest = new Map<number, number>();
  const highest = new Map<number, number>();
  let firstBody = -1;
  for (let i = 0; i < n; i++) {
    const c = cands[i]!;
    lowest.set(c.sentence, Math.min(lowest.get(c.sentence) ?? Infinity, c.value));
    highest.set(c.sentence, Math.max(highest.get(c.sentence) ?? 0, c.value));
    if (c.start >= ctx.bodyStart && (firstBody < 0 || c.start < cands[firstBody]!.start)) firstBody = i;
  }
  // restated: another candidate within SAME_COUNT of this one (two pointers over the candidates sorted by value).
  const order = cands.map((_, i) => i).sort((a, b) => cands[a]!.value - cands[b]!.value);
  const restated = new Uint8Array(n);
  let lo = 0;
  for (let k = 0; k < n; k++) {
    const v = cands[order[k]!]!.value;
    while (cands[order[lo]!]!.value < v * (1 - SAME_COUNT)) lo++;
    if (k > lo) {
      restated[order[k]!] = 1;
      restated[order[k - 1]!] = 1;
    }
  }
  return cands.map((c, i) => {
    const s = S[c.sentence];
    return {
      inTitle: s?.inTitle ? 1 : 0,
      inLeakSentence: dataLeak.has(c.sentence) ? 1 : 0,
      claimSentence: s && cue(s, 'claimant') + cue(s, 'venue') > 0 ? 1 : 0,
      statsSentence: s && cue(s, 'stats') > 0 ? 1 : 0,
      listedWithOthers: !countsAgree(lowest.get(c.sentence)!, highest.get(c.sentence)!, SAME_COUNT) ? 1 : 0,
      restated: restated[i]!,
      firstInBody: i === firstBody ? 1 : 0,
      countsPeople: c.people ? 1 : 0,
    };
  });
}

export const CANDIDATE_FEATURES = [
  'claimYearInLeakSentence',
  'claimYearElsewhere',
  'otherYearInLeakSentence',
  'otherYearElsewhere',
  'claimMonth',
  'claimMonthWithoutYear',
  'publishedBeforeClaim',
  'publishedSoonAfter',
  'publishedLongAfter',
  'countTight',
  'countLoose',
  'countRough',
  'otherCountAgrees',
  'countDisagrees',
  'venueKindAgrees',
  'venueKindDiffers',
  'venueWord',
  'fieldOverlap',
  'noFieldInCommon',
  'aliasStrength',
  'organisationShare',
  'topOrganisation',
  'namedFirst',
  'onlyEntryOfOrg',
] as const;
export type CandidateFeature = (typeof CANDIDATE_FEATURES)[number];

/** As LEAK_FEATURE_SIGNS, for the incident ranker. */
export const CANDIDATE_FEATURE_SIGNS: Record<CandidateFeature, 1 | -1 | 0> = {
  claimYearInLeakSentence: 1,
  claimYearElsewhere: 1,
  otherYearInLeakSentence: -1,
  otherYearElsewhere: -1,
  claimMonth: 1,
  claimMonthWithoutYear: 1,
  publishedBeforeClaim: -1,
  publishedSoonAfter: 1,
  publishedLongAfter: -1,
  countTight: 1,
  countLoose: 1,
  countRough: 1,
  otherCountAgrees: 1,
  countDisagrees: -1,
  venueKindAgrees: 1,
  venueKindDiffers: -1,
  venueWord: 1,
  fieldOverlap: 1,
  noFieldInCommon: -1,
  aliasStrength: 1,
  organisationShare: 1,
  topOrganisation: 1,
  namedFirst: 1,
  onlyEntryOfOrg: 0,
};

/** The year and month mentions the candidate features read (from findDates). */
export interface DateEvidence {
  years: ReadonlySet<number>;
  yearMonths: ReadonlySet<string>;
  /** Months named with a number next to them but no year ("on 14 May"). */
  monthsAlone: ReadonlySet<number>;
  /** Years named in the title or a data-leak sentence. */
  leakYears: ReadonlySet<number>;
}

export interface CandidateEvidence {
  dates: DateEvidence;
  publishedDate: string | undefined;
  count: number | null;
  otherCounts: readonly number[];
  titleCounts: readonly number[];
  fields: readonly FieldId[];
  venueKinds: ReadonlySet<string>;
  /** The organisation's weight: how often and where it is named (3 per title mention, 2 per leak sentence, 1 else). */
  orgWeight: number;
  /** This organisation's share of the weight of every organisation named as a victim (0..1). */
  orgShare: number;
  /** Whether no other organisation is named with more weight. */
  topOrg: boolean;
  /**
   * Whether the organisation is named before any other named as a victim: a story names its subject first, in the
   * title or the lead, and the leaks it recalls after ("weeks after MobiKwik denied…").
   */
  namedFirst: boolean;
  /** Whether a distinctive word of the entry's venue or claimant names occurs in the text. */
  venueWord: boolean;
  entriesOfOrg: number;
}

export interface CandidateFeatures {
  x: FeatureVector<CandidateFeature>;
  /**
   * A named hard rule, not a weight: the candidate is another incident when the article's count contradicts every
   * count on record and no claim year vouches for it, or when the article dates the leak to a month far from every
   * date on record and no count agrees closely, or when the title's count (the count of the article's own subject)
   * disagrees with every count on record (an article about one leak that recalls another in passing).
   */
  contradicted: boolean;
}

/** Months from a date's year and month (a bare year counts as its middle). */
export function monthIndex(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = date.length >= 7 ? Number(date.slice(5, 7)) : 6;
  return y * 12 + (m - 1);
}

/**
 * Named tolerances of the count and date comparisons. They define what "agrees" means, so they are set from how
 * reports state numbers, not fitted:
 * - a count stated with two or more significant digits ("32 crore", "7.5 million") is quoted, so it must be within
 *   12% of a count on record; a round count ("50 lakh", "500 million") is a rounding, so 25% will do, and 50% is
 *   "roughly";
 * - the breach often precedes the claim by months, and follow-ups come months later, so a month within half a year
 *   of any date on record is "near";
 * - "soon after" is a year: most coverage of a claim appears within it.
 */
export const TOLERANCE = {
  quotedCount: 0.12,
  roundCount: 0.25,
  roughCount: 0.5,
  nearMonths: 6,
  soonMonths: 12,
  longAfterMonths: 30,
} as const;

export function candidateFeatures(e: CompiledEntry, ev: CandidateEvidence): CandidateFeatures {
  const { years, yearMonths, leakYears } = ev.dates;
  let claimYearLeak = 0;
  let claimYearElse = 0;
  let otherYearLeak = 0;
  let otherYearElse = 0;
  const yearFits = (y: number): 'exact' | 'adjacent' | 'other' => {
    if (e.years.has(y)) return 'exact';
    for (const ey of e.years) if (Math.abs(y - ey) === 1) return 'adjacent';
    return 'other';
  };
  // Years in the sentences that report the leak date the claim; years elsewhere are often background. The year
  // before or after a claim year says nothing either way (breaches precede claims; follow-ups come later).
  const leakFit = [...leakYears].map(yearFits);
  const elseFit = [...years].filter((y) => !leakYears.has(y)).map(yearFits);
  if (leakFit.includes('exact')) claimYearLeak = 1;
  else if (leakFit.length > 0 && !leakFit.includes('adjacent')) otherYearLeak = 1;
  if (elseFit.includes('exact')) claimYearElse = 1;
  else if (elseFit.length > 0 && !elseFit.includes('adjacent') && leakFit.length === 0) otherYearElse = 1;
  const yearNamed = claimYearLeak + claimYearElse > 0;

  let monthHit = false;
  let monthNear = false;
  for (const ym of yearMonths) {
    if (e.months.has(ym)) monthHit = true;
    for (const em of e.recordMonths) if (Math.abs(monthIndex(ym) - monthIndex(em)) <= TOLERANCE.nearMonths) monthNear = true;
  }
  const dateDisagrees = yearMonths.size > 0 && !monthNear && !yearNamed;
  let monthAloneHit = 0;
  for (const m of ev.dates.monthsAlone) for (const em of e.months) if (Number(em.slice(5, 7)) === m) monthAloneHit = 1;

  let before = 0;
  let soon = 0;
  let longAfter = 0;
  if (ev.publishedDate && /^\d{4}-\d{2}/.test(ev.publishedDate)) {
    const diff = monthIndex(ev.publishedDate) - monthIndex(e.firstDate);
    if (diff < -1) before = 1;
    else if (diff <= TOLERANCE.soonMonths) soon = 1;
    else if (diff > TOLERANCE.longAfterMonths) longAfter = 1;
  }

  let tight = 0;
  let loose = 0;
  let rough = 0;
  let other = 0;
  let disagrees = 0;
  if (ev.count !== null && e.counts.length > 0) {
    const count = ev.count;
    const tol = (n: number): number => (significantDigits(n) >= 2 ? TOLERANCE.quotedCount : TOLERANCE.roundCount);
    if (e.counts.some((c) => countsAgree(c, count, TOLERANCE.quotedCount))) tight = 1;
    else if (e.counts.some((c) => countsAgree(c, count, tol(count)))) loose = 1;
    else if (tol(count) > TOLERANCE.quotedCount && e.counts.some((c) => countsAgree(c, count, TOLERANCE.roughCount))) rough = 1;
    else if (ev.otherCounts.some((o) => e.counts.some((c) => countsAgree(c, o, tol(o))))) other = 1;
    else disagrees = 1;
  }

  let venueAgrees = 0;
  let venueDiffers = 0;
  if (ev.venueKinds.size > 0) {
    for (const k of ev.venueKinds) if (e.venueKinds.has(k)) venueAgrees = 1;
    const specific = [...e.venueKinds].some((k) => k === 'telegram' || k === 'forum' || k === 'dark-web' || k === 'ransomware-group');
    if (!venueAgrees && specific) venueDiffers = 1;
  }

  let overlap = 0;
  let noneInCommon = 0;
  if (ev.fields.length > 0 && e.fields.size > 0) {
    let inter = 0;
    for (const f of ev.fields) if (e.fields.has(f)) inter++;
    overlap = inter / (ev.fields.length + e.fields.size - inter);
    if (inter === 0 && ev.fields.length >= 3) noneInCommon = 1;
  }

  return {
    x: {
      claimYearInLeakSentence: claimYearLeak,
      claimYearElsewhere: claimYearElse,
      otherYearInLeakSentence: otherYearLeak,
      otherYearElsewhere: otherYearElse,
      claimMonth: monthHit ? 1 : 0,
      claimMonthWithoutYear: monthAloneHit,
      publishedBeforeClaim: before,
      publishedSoonAfter: soon,
      publishedLongAfter: longAfter,
      countTight: tight,
      countLoose: loose,
      countRough: rough,
      otherCountAgrees: other,
      countDisagrees: disagrees,
      venueKindAgrees: venueAgrees,
      venueKindDiffers: venueDiffers,
      venueWord: ev.venueWord ? 1 : 0,
      fieldOverlap: overlap,
      noFieldInCommon: noneInCommon,
      aliasStrength: Math.log1p(ev.orgWeight),
      organisationShare: ev.orgShare,
      topOrganisation: ev.topOrg ? 1 : 0,
      namedFirst: ev.namedFirst ? 1 : 0,
      onlyEntryOfOrg: ev.entriesOfOrg === 1 ? 1 : 0,
    },
    contradicted: (disagrees === 1 && !yearNamed) || (dateDisagrees && tight === 0) || titleCountDisagrees(e, ev.titleCounts),
  };
}

/** The title states counts and none of them agrees, even roughly, with any count on record. */
function titleCountDisagrees(e: CompiledEntry, titleCounts: readonly number[]): boolean {
  if (titleCounts.length === 0 || e.counts.length === 0) return false;
  return !titleCounts.some((t) => e.counts.some((c) => countsAgree(c, t, TOLERANCE.roughCount)));
}

export type { CompiledKb };
