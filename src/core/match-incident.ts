/**
 * Incident matching. The organisation comes from the alias hits of the one automaton pass (title and data-leak
 * sentences weigh more); among that organisation's entries the one with the best evidence wins: years and months
 * in the text and the published date against the claim dates, the stated count against the entry's counts,
 * venue words, claimed fields. When that evidence disagrees with every candidate the result is null — never a
 * different incident of the same organisation.
 */
import type { FieldId } from '../kb/fields.ts';
import type { CompiledEntry, CompiledKb } from './compile-kb.ts';
import type { Context } from './context.ts';
import { FIELDS, FIELD_IDS } from '../kb/fields.ts';
import { CUE, CUE_CATEGORIES, MONTHS, NUMBER_WORDS, SCALES } from './lexicon.ts';
import { isWordChar, normalizePhrase } from './normalize.ts';
import { countsAgree, significantDigits } from './record-count.ts';

export interface IncidentMatch {
  id: string;
  confidence: number;
  entryIndex: number;
  reasons: string[];
}

export interface DateMentions {
  years: Set<number>;
  /** "YYYY-MM" when a month is named next to a year, and months named alone. */
  yearMonths: Set<string>;
  months: Set<number>;
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
  const yearMonths = new Set<string>();
  for (const h of ctx.hits) {
    if (h.p.k !== 'month') continue;
    // "may"/"मई" are common words: only with a number next to them. Short forms ("jan") likewise.
    // ("may" and "मई" are short forms too: the length test covers them without slicing the word out.)
    if (h.end - h.start <= 4 && !hasDigit(text, Math.max(0, h.start - 4), Math.min(text.length, h.end + 6))) continue;
    months.add(h.p.m);
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
      if ((pos >= h.end && pos - h.end <= 12) || (pos < h.start && h.start - (pos + 4) <= 3)) yearMonths.add(`${y}-${String(h.p.m).padStart(2, '0')}`);
    }
  }
  return { years, yearMonths, months, yearPositions: yearPos };
}

export interface MatchInputs {
  dataLeak: ReadonlySet<number>;
  count: number | null;
  /**
   * Every count of people or records the article states. Articles often lead with the official side's figure
   * ("only 3.5 crore masked records") and give the claim's ("100 million cardholders") later.
   */
  otherCounts: readonly number[];
  fields: readonly FieldId[];
  publishedDate: string | undefined;
  dates: DateMentions;
}

/** Reasons for the last decision (for the CLI's explanation), including why no incident was matched. */
export interface MatchOutcome {
  match: IncidentMatch | null;
  reasons: string[];
}

export function matchIncident(ctx: Context, kb: CompiledKb, inputs: MatchInputs): MatchOutcome {
  const reasons: string[] = [];
  const match = matchInner(ctx, kb, inputs, reasons);
  return { match, reasons: match ? match.reasons : reasons };
}

function matchInner(ctx: Context, kb: CompiledKb, inputs: MatchInputs, why: string[]): IncidentMatch | null {
  if (kb.orgs.length === 0) return null;
  const weight = new Map<number, { w: number; first: number; victim: boolean }>();
  ctx.sentences.forEach((s, i) => {
    for (const h of s.orgs) {
      if (h.p.k !== 'org') continue;
      let w = s.inTitle ? 3 : inputs.dataLeak.has(i) ? 2 : 1;
      // An alias that is also a data field ("Aadhaar" in "copies of Aadhaar cards") names the data, not the victim.
      const asField = s.fields.some((f) => f.start <= h.start && f.end >= h.end);
      if (asField) w *= 0.25;
      const cur = weight.get(h.p.org);
      if (cur) {
        cur.w += w;
        if (!asField) cur.victim = true;
      } else weight.set(h.p.org, { w, first: h.start, victim: !asField });
    }
  });
  if (weight.size === 0) {
    why.push('no known organisation named');
    return null;
  }
  // Only organisations named as such (not only as a data field) can be the victim.
  for (const [k, v] of weight) if (!v.victim) weight.delete(k);
  if (weight.size === 0) {
    why.push('the known organisation is named only as a kind of data');
    return null;
  }
  const ranked = [...weight.entries()].sort((a, b) => b[1].w - a[1].w || a[1].first - b[1].first);
  const [orgIdx, orgW] = ranked[0]!;
  const second = ranked[1];
  // Two organisations with equal weight where neither is in the title or a leak sentence: too unsure.
  if (second && second[1].w === orgW.w && orgW.w < 2) {
    why.push('two organisations named equally, neither as the victim');
    return null;
  }

  const venueKinds = new Set<string>();
  for (const h of ctx.hits) if (h.p.k === 'venuekind') venueKinds.add(h.p.kind);

  const leakYears = yearsInLeakSentences(ctx, inputs);
  const all = kb.orgs[orgIdx]!.entries.map((ei) => ({ ei, ...scoreEntry(kb, kb.entries[ei]!, ctx, inputs, venueKinds, leakYears) }));
  for (const c of all) if (c.contradicted) why.push(`${kb.entries[c.ei]!.entry.id}: ruled out: its count or date disagrees with the article`);
  // Date, venue and count must agree: a candidate whose count is contradicted, with no claim year to vouch for it,
  // is a different incident, however well the venue or the fields fit.
  const scored = all.filter((c) => !c.contradicted);
  if (scored.length === 0) return null;
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  const runner = scored[1];
  for (const c of scored) why.push(`${kb.entries[c.ei]!.entry.id}: ${c.score.toFixed(2)} [${c.reasons.join('; ')}]`);
  if (best.score < 0) return null;
  if (best.negative && best.score < 1.5) return null;
  if (runner && best.score - runner.score < 1) {
    why.push('no candidate stands out');
    return null;
  }
  const orgStrength = Math.min(1, orgW.w / 4);
  const confidence = Math.round((0.35 + 0.45 / (1 + Math.exp(-best.score + 1)) + 0.2 * orgStrength) * 1000) / 1000;
  return { id: kb.entries[best.ei]!.entry.id, confidence: Math.min(1, confidence), entryIndex: best.ei, reasons: best.reasons };
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

function monthIndex(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = date.length >= 7 ? Number(date.slice(5, 7)) : 6;
  return y * 12 + (m - 1);
}

interface EntryScore {
  score: number;
  negative: boolean;
  /**
   * Another incident: the article's count contradicts every count on record and no claim year is named, or the
   * article names a month and year far from every date on record and no count vouches for the entry.
   */
  contradicted: boolean;
  reasons: string[];
}

function scoreEntry(kb: CompiledKb, e: CompiledEntry, ctx: Context, inputs: MatchInputs, venueKinds: ReadonlySet<string>, leakYears: ReadonlySet<number>): EntryScore {
  let score = 0;
  let negative = false;
  let yearNamed = false;
  let countDisagrees = false;
  let dateDisagrees = false;
  let countAgrees = false;
  let countClose = false;
  const reasons: string[] = [];
  const add = (w: number, why: string): void => {
    score += w;
    if (w < 0) negative = true;
    reasons.push(`${w > 0 ? '+' : ''}${w} ${why}`);
  };
  const { yearMonths } = inputs.dates;
  // Years in the sentences that report the leak date the claim; years elsewhere are often background
  // ("vaccinated since 2021"), so they count for half.
  const claimYears = leakYears.size > 0;
  const years = claimYears ? leakYears : inputs.dates.years;
  const weight = claimYears ? 2 : 1;
  if (years.size > 0) {
    let exact = false;
    let next = false;
    for (const y of years) {
      if (e.years.has(y)) exact = true;
      // The year before (the breach itself often predates the claim) or after (follow-ups) says nothing either way.
      for (const ey of e.years) if (Math.abs(y - ey) === 1) next = true;
    }
    yearNamed = exact;
    if (exact) add(weight, claimYears ? 'a claim year is named where the leak is reported' : 'a claim year is named');
    else if (!next) add(-weight, claimYears ? 'the leak is dated in another year' : 'the years named differ from the claim years');
    let monthHit = false;
    let monthNear = false;
    for (const ym of yearMonths) {
      if (e.months.has(ym)) monthHit = true;
      for (const em of e.recordMonths) if (Math.abs(monthIndex(ym) - monthIndex(em)) <= 6) monthNear = true;
    }
    if (monthHit) add(1, 'the claim month is named');
    // A month and year named in the text ("in October 2024") that is far from everything on record for the entry.
    if (yearMonths.size > 0 && !monthNear && !exact) dateDisagrees = true;
  }
  if (inputs.publishedDate && /^\d{4}-\d{2}/.test(inputs.publishedDate)) {
    const diff = monthIndex(inputs.publishedDate) - monthIndex(e.firstDate);
    if (diff < -1) add(-4, 'published before the claim');
    else if (diff <= 12) add(1.5, 'published soon after the claim');
    else if (diff > 30) add(-0.5, 'published long after the claim');
  }
  if (inputs.count !== null && e.counts.length > 0) {
    // A round count ("500 million") agrees loosely; a count stated with two or more significant digits ("32 crore")
    // must agree closely, else it is another number.
    const tolerance = significantDigits(inputs.count) >= 2 ? 0.12 : 0.25;
    if (e.counts.some((c) => countsAgree(c, inputs.count!, tolerance))) {
      countAgrees = true;
      countClose = e.counts.some((c) => countsAgree(c, inputs.count!, 0.1));
      add(2.5, 'the count agrees');
    }
    else if (tolerance > 0.12 && e.counts.some((c) => countsAgree(c, inputs.count!, 0.5))) add(0, 'the count roughly agrees');
    else if (inputs.otherCounts.some((o) => e.counts.some((c) => countsAgree(c, o, significantDigits(o) >= 2 ? 0.12 : 0.25)))) {
      add(1, 'another count in the article agrees');
    } else {
      countDisagrees = true;
      add(-2.5, 'the count disagrees');
    }
  }
  if (venueKinds.size > 0) {
    let any = false;
    for (const k of venueKinds) if (e.venueKinds.has(k)) any = true;
    const specific = [...e.venueKinds].some((k) => k === 'telegram' || k === 'forum' || k === 'dark-web' || k === 'ransomware-group');
    if (any) add(1.5, 'the venue agrees');
    else if (specific) add(-1, 'a different venue');
  }
  for (const w of distinctiveVenueWords(kb, e)) {
    if (hasWord(ctx.text, w)) {
      add(1, `venue word "${w}"`);
      break;
    }
  }
  if (inputs.fields.length > 0 && e.fields.size > 0) {
    let inter = 0;
    for (const f of inputs.fields) if (e.fields.has(f)) inter++;
    const union = inputs.fields.length + e.fields.size - inter;
    const j = inter / union;
    if (j > 0) add(Math.round(j * 1.5 * 100) / 100, 'claimed fields overlap');
    else if (inputs.fields.length >= 3) add(-0.5, 'no claimed field in common');
  }
  // A month and year far from the record is another incident unless the count matches closely: counts of big
  // leaks are round ("500 million"), so a loose agreement does not outweigh the date.
  void countAgrees;
  return { score, negative, contradicted: (countDisagrees && !yearNamed) || (dateDisagrees && !countClose), reasons };
}

/**
 * Venue and claimant words that single an incident out ("BreachForums", "TechCrunch", "bucket"): words of the
 * venue names that few entries share, that are not cue words, field words or common words. Computed once per KB.
 */
const distinctiveCache = new WeakMap<CompiledKb, Map<CompiledEntry, string[]>>();
function distinctiveVenueWords(kb: CompiledKb, e: CompiledEntry): string[] {
  let byEntry = distinctiveCache.get(kb);
  if (!byEntry) {
    byEntry = new Map();
    const df = new Map<string, number>();
    for (const x of kb.entries) for (const w of x.venueWords) df.set(w, (df.get(w) ?? 0) + 1);
    const common = commonWords();
    for (const x of kb.entries) {
      byEntry.set(x, [...x.venueWords].filter((w) => w.length >= 5 && (df.get(w) ?? 0) <= 3 && !common.has(w) && !/^[\d$]/.test(w)));
    }
    distinctiveCache.set(kb, byEntry);
  }
  return byEntry.get(e) ?? [];
}

let commonSet: Set<string> | null = null;
/** Cue words, field synonyms and everyday words, split into single normalised words. */
function commonWords(): Set<string> {
  if (commonSet) return commonSet;
  const out = new Set<string>(COMMON_WORDS);
  const addPhrase = (p: string): void => {
    for (const w of p.replace(/\*$/, '').split(/[\s,;()/'-]+/)) if (w) out.add(normalizePhrase(w));
  };
  // Venue and claimant words stay: they are what names a venue ("Telegram", "BreachForums").
  for (const cat of CUE_CATEGORIES) if (cat !== 'venue' && cat !== 'claimant') for (const p of [...CUE[cat].en, ...CUE[cat].hi]) addPhrase(p);
  for (const [w] of [...SCALES, ...MONTHS, ...NUMBER_WORDS]) addPhrase(w);
  for (const id of FIELD_IDS) for (const p of [...FIELDS[id].synonyms.en, ...FIELDS[id].synonyms.hi]) addPhrase(p);
  commonSet = out;
  return out;
}

const COMMON_WORDS = [
  'about', 'their', 'there', 'which', 'where', 'when', 'later', 'also', 'some', 'sent', 'that', 'into', 'have', 'been', 'said', 'over', 'more', 'through', 'under', 'after',
  'other', 'public', 'service', 'services', 'system', 'systems', 'access', "company's", "india's", 'private', 'digital', 'before', 'while', 'would', 'could', 'these', 'those',
  'india', 'indian', 'person', "person's", 'replied', 'queried', 'random', 'handed', 'state-owned', 'reachable', 'asking', 'roughly', 'search', 'advertised', 'amplified',
  'जिसमें', 'जिसकी', 'जिसका', 'जिसे', 'जहां', 'करने', 'लेकर', 'देता', 'डालने', 'डालते', 'किया', 'नहीं', 'करीब', 'यानी', 'लगभग', 'वाला', 'वाले', 'जुडा', 'सेवा', 'सूचना', 'व्यक्ति', 'इंडिया',
  'भेजे', 'जरिए', 'जुटाए', 'खुलने', 'चलाई', 'मनमर्जी',
].map((w) => normalizePhrase(w));

/** Whole-word occurrence of a normalised word in the normalised text. */
function hasWord(text: string, w: string): boolean {
  for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
    const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
    const after = i + w.length < text.length ? text.charCodeAt(i + w.length) : 0x20;
    if (!isWordChar(before) && !isWordChar(after)) return true;
  }
  return false;
}
