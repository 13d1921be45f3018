/**
 * Incident matching. The organisation comes from the alias hits of the one automaton pass (title and data-leak
 * sentences weigh more); among that organisation's entries the one with the best evidence wins: years and months
 * in the text and the published date against the claim dates, the stated count against the entry's counts,
 * venue words, claimed fields. When that evidence disagrees with every candidate the result is null — never a
 * different incident of the same organisation.
 */
import type { FieldId } from '../kb/fields.ts';
import type { CompiledEntry, CompiledKb } from './compile-kb.ts';
import { contributions, decideIncident, INCIDENT_MODEL, type Candidate, type IncidentModel } from './decide.ts';
import { forEachOrgHit } from './claimed-fields.ts';
import { candidateFeatures } from './features.ts';
import type { Context } from './context.ts';
import { hasWholeWord } from './normalize.ts';

export interface DateMentions {
  years: Set<number>;
  /** "YYYY-MM" when a month is named next to a year, and months named alone. */
  yearMonths: Set<string>;
  months: Set<number>;
  /** Months named with no year next to them. */
  monthsAlone: Set<number>;
  /** Where each year stands in the text (normalised offsets), in order. */
  yearPositions: Array<[position: number, year: number]>;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Any digit 0-9 (like \d without the u flag). */
const DIGIT = /[0-9]/g;

/**
 * Index of the first digit at or after `from`, or -1. A sticky-free global regex jumps over the long digit-free
 * stretches faster than a charCodeAt loop, and test() allocates no match object.
 */
function nextDigit(text: string, from: number): number {
  DIGIT.lastIndex = from;
  return DIGIT.test(text) ? DIGIT.lastIndex - 1 : -1;
}

/** Whether text[a, b) holds a digit. */
function hasDigit(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

/** Words that mark a month name as a month: "मई के महीने", "the month of May" (normalised text). */
const MONTH_AFTER = /^ (?:के महीने|महीने|month)/;
const MONTH_BEFORE = /(?:month of|माह) $/;

/** Years (1995–2035) and months named in the text. */
export function findDates(ctx: Context, limit = 200000): DateMentions {
  const text = ctx.text;
  const years = new Set<number>();
  const yearPos: Array<[number, number]> = [];
  const n = Math.min(text.length, limit);
  for (let i = nextDigit(text, 0); i >= 0 && i + 4 <= n; i = nextDigit(text, i + 1)) {
    let j = i;
    while (j < n && isDigit(text.charCodeAt(j))) j++;
    // Four digits that are not part of a longer number: not after a decimal point, not before ",<digit>" (20,000).
    const partOfNumber = (i > 0 && text.charCodeAt(i - 1) === 0x2e) || (text.charCodeAt(j) === 0x2c && isDigit(text.charCodeAt(j + 1)));
    if (j - i === 4 && !partOfNumber) {
      const y = Number(text.slice(i, j));
      if (y >= 1995 && y <= 2035) {
        years.add(y);
        yearPos.push([i, y]);
      }
    }
    i = j; // the unit at j is not a digit: the next search starts after it
  }
  const months = new Set<number>();
  const monthsAlone = new Set<number>();
  const yearMonths = new Set<string>();
  for (const h of ctx.hits) {
    if (h.p.k !== 'month') continue;
    // "may"/"मई" are common words: only with a number next to them. Short forms ("jan") likewise.
    // ("may" and "मई" are short forms too: the length test covers them without slicing the word out.)
    // "मई के महीने", "the month of May" name the month unambiguously without a number.
    const namedAsMonth = MONTH_AFTER.test(text.slice(h.end, h.end + 12)) || MONTH_BEFORE.test(text.slice(Math.max(0, h.start - 10), h.start));
    if (h.end - h.start <= 4 && !namedAsMonth && !hasDigit(text, Math.max(0, h.start - 4), Math.min(text.length, h.end + 6))) continue;
    months.add(h.p.m);
    let withYear = false;
    // Years are sorted by position: only those just before or after the month name.
    let lo = 0;
    let hi = yearPos.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (yearPos[mid]![0] < h.start - 8) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < yearPos.length && yearPos[k]![0] <= h.end + 12; k++) {
      const [pos, y] = yearPos[k]!;
      if ((pos >= h.end && pos - h.end <= 12) || (pos < h.start && h.start - (pos + 4) <= 3)) {
        yearMonths.add(`${y}-${String(h.p.m).padStart(2, '0')}`);
        withYear = true;
      }
    }
    if (!withYear) monthsAlone.add(h.p.m);
  }
  return { years, yearMonths, months, monthsAlone, yearPositions: yearPos };
}

export interface MatchInputs {
  dataLeak: ReadonlySet<number>;
  count: number | null;
  /**
   * Every count of people or records the article states. Articles often lead with the official side's figure
   * ("only 3.5 crore masked records") and give the claim's ("100 million cardholders") later.
   */
  otherCounts: readonly number[];
  /** The counts the title states: the count of the article's own subject. */
  titleCounts: readonly number[];
  fields: readonly FieldId[];
  publishedDate: string | undefined;
  dates: DateMentions;
}

export interface IncidentMatch {
  id: string;
  confidence: number;
  entryIndex: number;
}

/** The decision with what led to it: every candidate's features, for the CLI, the fit script and the "why". */
export interface MatchOutcome {
  match: IncidentMatch | null;
  /** The best candidate when the decision abstained: shown only as "possibly related". */
  possible: { id: string; entryIndex: number; probability: number } | null;
  candidates: Candidate[];
  reasons: string[];
}

/** Per organisation named as the victim: its weight (title 3, data-leak sentence 2, elsewhere 1) and first offset. */
function organisationWeights(ctx: Context, dataLeak: ReadonlySet<number>): Map<number, { w: number; first: number; victim: boolean }> {
  const weight = new Map<number, { w: number; first: number; victim: boolean }>();
  ctx.sentences.forEach((s, i) => {
    // An alias that is also a data field ("Aadhaar" in "copies of Aadhaar cards") names the data, not the victim.
    forEachOrgHit(s, (h, asField) => {
      const w = (s.inTitle ? 3 : dataLeak.has(i) ? 2 : 1) * (asField ? 0.25 : 1);
      const cur = weight.get(h.p.org);
      if (cur) {
        cur.w += w;
        if (!asField) cur.victim = true;
      } else weight.set(h.p.org, { w, first: h.start, victim: !asField });
    });
  });
  return weight;
}

export function matchIncident(ctx: Context, kb: CompiledKb, inputs: MatchInputs, model: IncidentModel = INCIDENT_MODEL): MatchOutcome {
  const none = (why: string): MatchOutcome => ({ match: null, possible: null, candidates: [], reasons: [why] });
  if (kb.orgs.length === 0) return none('the knowledge base is empty');
  const weight = organisationWeights(ctx, inputs.dataLeak);
  if (weight.size === 0) return none('no known organisation named');
  // Only organisations named as such (not only as a data field) can be the victim.
  for (const [k, v] of weight) if (!v.victim) weight.delete(k);
  if (weight.size === 0) return none('the known organisation is named only as a kind of data');

  const venueKinds = new Set<string>();
  for (const h of ctx.hits) if (h.p.k === 'venuekind') venueKinds.add(h.p.kind);
  const leakYears = yearsInLeakSentences(ctx, inputs);
  let totalWeight = 0;
  let topWeight = 0;
  let firstNamed = Infinity;
  for (const v of weight.values()) {
    totalWeight += v.w;
    topWeight = Math.max(topWeight, v.w);
    firstNamed = Math.min(firstNamed, v.first);
  }
  const candidates: Candidate[] = [];
  for (const [orgIdx, org] of weight) {
    const entries = kb.orgs[orgIdx]!.entries;
    for (const ei of entries) {
      const e = kb.entries[ei]!;
      const { x, contradicted } = candidateFeatures(e, {
        dates: { years: inputs.dates.years, yearMonths: inputs.dates.yearMonths, monthsAlone: inputs.dates.monthsAlone, leakYears },
        publishedDate: inputs.publishedDate,
        count: inputs.count,
        otherCounts: inputs.otherCounts,
        titleCounts: inputs.titleCounts,
        fields: inputs.fields,
        venueKinds,
        orgWeight: org.w,
        orgShare: org.w / totalWeight,
        topOrg: org.w >= topWeight,
        namedFirst: org.first === firstNamed,
        venueWord: e.distinctiveVenueWords.some((w) => hasWholeWord(ctx.text, w)),
        entriesOfOrg: entries.length,
      });
      candidates.push({ entryIndex: ei, x, contradicted });
    }
  }
  const decision = decideIncident(candidates, model);
  const reasons = candidates.map((c) => `${kb.entries[c.entryIndex]!.entry.id}${c.contradicted ? ' (ruled out: its count or date disagrees)' : ''}: ${contributions(model, c.x).join('; ')}`);
  reasons.push(decision.why);
  const chosen = decision.chosen;
  const possible = decision.possible ? { id: kb.entries[decision.possible.entryIndex]!.entry.id, ...decision.possible } : null;
  if (!chosen) return { match: null, possible, candidates, reasons };
  return {
    match: { id: kb.entries[chosen.entryIndex]!.entry.id, confidence: Math.round(chosen.probability * 1000) / 1000, entryIndex: chosen.entryIndex },
    possible: null,
    candidates,
    reasons,
  };
}

/** Years named in the title or in a sentence that reports the leak. */
function yearsInLeakSentences(ctx: Context, inputs: MatchInputs): Set<number> {
  const out = new Set<number>();
  let si = 0;
  for (const [pos, year] of inputs.dates.yearPositions) {
    while (si < ctx.sentences.length - 1 && ctx.sentences[si]!.end <= pos) si++;
    const sentence = ctx.sentences[si];
    if (sentence && sentence.start <= pos && pos < sentence.end && (sentence.inTitle || inputs.dataLeak.has(si))) out.add(year);
  }
  return out;
}


