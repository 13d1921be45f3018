/**
 * Claimed fields: field synonyms found in the article's claim context — not in sentences where the official side
 * says it does not collect or hold a field, nor inside stop phrases ("पता चला", "pan-India"), and a synonym
 * inside a longer one ("address" in "email address") counts only for the longer.
 */
import type { FieldId } from '../kb/fields.ts';
import { FIELD_IDS, FIELDS } from '../kb/fields.ts';
import { normalizePhrase } from './normalize.ts';
import { CAT_INDEX, cue, type Context, type SentenceInfo } from './context.ts';
import type { Hit } from './hits.ts';
import { isCountToken } from './number-grammar.ts';
import { leakOrSaleVerbs } from './leak-detect.ts';

export interface FieldFinding {
  id: FieldId;
  start: number;
  end: number;
  /** The sentence it was found in. */
  sentence: number;
}

/** True when a sentence is the official side saying a field is not collected, held or affected. */
export function isOfficialNegation(s: SentenceInfo): boolean {
  return cue(s, 'negation') > 0 && (cue(s, 'collect') > 0 || cue(s, 'official') > 0 || cue(s, 'deny') > 0 || leakOrSaleVerbs(s) > 0);
}

/** Words that join two clauses in contrast: a negation in one does not reach the other. */
const CONTRAST = [' but ', ' however ', ' whereas ', ' while ', '; ', ' लेकिन ', ' मगर ', ' किंतु ', ' परंतु ', ' जबकि '];

/**
 * Where a sentence's negations reach: the clauses (split at CONTRAST words) that hold one. `whole` when the
 * sentence is one clause, or every clause holds a negation; else `covers(pos)` says whether a position is in one.
 * Linear in the sentence's length (a handful of substring scans, and its own hits found by binary search).
 */
function negatedClauses(ctx: Context, sentence: number): { whole: boolean; covers: (pos: number) => boolean } {
  const s = ctx.sentences[sentence]!;
  const text = ctx.text.slice(s.start, s.end);
  const cuts: number[] = [];
  for (const w of CONTRAST) for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) cuts.push(s.start + at);
  if (cuts.length === 0) return { whole: true, covers: () => true };
  cuts.sort((a, b) => a - b);
  const clauseOf = (pos: number): number => {
    let k = 0;
    while (k < cuts.length && cuts[k]! <= pos) k++;
    return k;
  };
  const negatedSet = new Set<number>();
  const neg = CAT_INDEX.negation;
  // Hits come in order of their end: binary-search the first that ends inside the sentence, stop past its end.
  let lo = 0;
  let hi = ctx.hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.hits[mid]!.end <= s.start) lo = mid + 1;
    else hi = mid;
  }
  for (let h = lo; h < ctx.hits.length && ctx.hits[h]!.end <= s.end; h++) {
    const p = ctx.hits[h]!.p;
    if (ctx.hitSentence[h] === sentence && p.k === 'cue' && p.ci === neg) negatedSet.add(clauseOf(ctx.hits[h]!.start));
  }
  if (negatedSet.size === cuts.length + 1) return { whole: true, covers: () => true };
  return { whole: false, covers: (pos) => negatedSet.has(clauseOf(pos)) };
}

/**
 * `subjectOrg`: once an incident is matched, the organisation (compile-kb index) whose leak the article reports. A
 * sentence that names known organisations, none of them that one, lists another leak's data ("weeks after MobiKwik
 * denied a leak of names, dates of birth…"), and its fields are not this claim's.
 */
export function claimedFields(ctx: Context, dataLeak: ReadonlySet<number>, subjectOrg: number | null = null): FieldFinding[] {
  const stops: Hit[] = [];
  for (const h of ctx.hits) if (h.p.k === 'fstop') stops.push(h);
  stops.sort((a, b) => a.start - b.start);
  const S = ctx.sentences;
  const found = new Map<FieldId, FieldFinding>();
  S.forEach((s, i) => {
    if (s.fields.length === 0) return;
    // The official side saying a field is not collected or not affected: its fields are not the claim's. In a
    // sentence of two clauses joined by a contrast ("card data was involved, but CVV numbers were not held") only
    // the clause that holds the negation says so.
    const negated = isOfficialNegation(s) ? negatedClauses(ctx, i) : null;
    if (negated && negated.whole) return;
    if (subjectOrg !== null && namesOnlyOtherOrgs(s, subjectOrg)) return;
    const near = dataLeak.has(i) || dataLeak.has(i - 1) || dataLeak.has(i + 1);
    const claimish = cue(s, 'claimant') + cue(s, 'venue') + cue(s, 'claimVerb') + cue(s, 'dataNoun') + cue(s, 'peopleNoun') + leakOrSaleVerbs(s) > 0;
    if (!near && !claimish && !twoDistinctFields(s.fields)) return;
    // Advice to the reader ("change your passwords", "ऑर्डर करते हैं तो सावधान") names no claimed field.
    if (!dataLeak.has(i) && cue(s, 'secondPerson') + cue(s, 'tips') > 0 && cue(s, 'claimant') + cue(s, 'venue') + cue(s, 'claimVerb') === 0) return;
    const fs = s.fields;
    const aList = twoDistinctFields(fs);
    for (let k = 0; k < fs.length; k++) {
      const h = fs[k]!;
      if (h.p.k !== 'field') continue;
      if (found.has(h.p.id)) continue;
      if (!aList && LIST_ONLY.has(ctx.text.slice(h.start, h.end))) continue;
      if (insideStop(stops, h)) continue;
      if (UNIT_FIELDS.has(h.p.id) && countedBefore(ctx.text, h.start)) continue;
      if (isLookupKey(ctx.text, h)) continue;
      if (insideLongerField(fs, k)) continue;
      if (negated && negated.covers(h.start)) continue;
      found.set(h.p.id, { id: h.p.id, start: h.start, end: h.end, sentence: i });
    }
  });
  return FIELD_IDS.filter((id) => found.has(id)).map((id) => found.get(id)!);
}

/** The list-only synonyms of every field (src/kb/fields.ts), normalised as the text is. */
const LIST_ONLY: ReadonlySet<string> = new Set(
  FIELD_IDS.flatMap((id) => [...(FIELDS[id].listOnly?.en ?? []), ...(FIELDS[id].listOnly?.hi ?? [])]).map((w) => normalizePhrase(w)),
);

/**
 * Calls `each(hit, asField)` for every organisation hit of the sentence, with whether a field's words cover it: an
 * alias inside a field ("Aadhaar" in "Aadhaar numbers") names data, not an organisation. Both lists are in order of
 * their end, and a covering field ends at or after the alias and at most MAX_FIELD_SYNONYM units after its start, so
 * only that window of fields is looked at (linear, not quadratic). `each` returns false to stop.
 */
export function forEachOrgHit(s: SentenceInfo, each: (h: Hit & { p: { k: 'org' } }, asField: boolean) => boolean | void): void {
  const fields = s.fields;
  let f = 0;
  for (const h of s.orgs) {
    if (h.p.k !== 'org') continue;
    while (f < fields.length && fields[f]!.end < h.end) f++;
    let asField = false;
    for (let g = f; g < fields.length && fields[g]!.end <= h.start + MAX_FIELD_SYNONYM && !asField; g++) asField = fields[g]!.start <= h.start;
    if (each(h as Hit & { p: { k: 'org' } }, asField) === false) return;
  }
}

/** Whether the sentence names known organisations (not as a field word) and none of them is `org`. */
function namesOnlyOtherOrgs(s: SentenceInfo, org: number): boolean {
  let other = false;
  let same = false;
  forEachOrgHit(s, (h, asField) => {
    if (asField) return;
    if (h.p.org === org) {
      same = true;
      return false;
    }
    other = true;
  });
  return other && !same;
}

/**
 * Whether a longer synonym of another field covers hit k ("address" inside "email address"). Hits come in order of
 * their end, and a covering hit ends at or after k's end and at most MAX_FIELD_SYNONYM units after k's start, so only
 * the hits in that window are looked at: the cost per hit is bounded by the window, not by the sentence's length
 * (a sentence of 25,000 repeated field words made the old all-pairs check quadratic).
 */
function insideLongerField(fs: readonly Hit[], k: number): boolean {
  const h = fs[k]!;
  const id = h.p.k === 'field' ? h.p.id : '';
  const len = h.end - h.start;
  const covers = (o: Hit): boolean => o.p.k === 'field' && o.p.id !== id && o.start <= h.start && o.end - o.start > len;
  for (let j = k - 1; j >= 0 && fs[j]!.end === h.end; j--) if (covers(fs[j]!)) return true;
  for (let j = k + 1; j < fs.length && fs[j]!.end <= h.start + MAX_FIELD_SYNONYM; j++) if (covers(fs[j]!)) return true;
  return false;
}

/** Longer than any field synonym in src/kb/fields.ts (checked by a test), in normalised UTF-16 units. */
export const MAX_FIELD_SYNONYM = 64;

/** Whether the hits name at least two different fields (no Set per sentence: the lists are short). */
function twoDistinctFields(hits: readonly Hit[]): boolean {
  if (hits.length < 2) return false;
  const first = fieldKey(hits[0]!);
  for (let k = 1; k < hits.length; k++) if (fieldKey(hits[k]!) !== first) return true;
  return false;
}

function fieldKey(h: Hit): string {
  return h.p.k === 'field' ? h.p.id : '';
}

/** Fields whose words also count records ("18 crore orders", "2 lakh transactions"): after a number they are the unit. */
const UNIT_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['purchases', 'financial-transactions']);

/**
 * True when a number or scale word stands shortly before `start`, in the same phrase ("18 crore orders", "18 crore
 * Domino's orders"): the field word is the unit of a count, not an item of a list of fields.
 */
function countedBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 40);
  let chunk = text.slice(from, start);
  const cut = Math.max(chunk.lastIndexOf(','), chunk.lastIndexOf(';'), chunk.lastIndexOf(':'), chunk.lastIndexOf('('), chunk.lastIndexOf('\u0964'));
  if (cut >= 0) chunk = chunk.slice(cut + 1);
  const tokens = chunk.trim().split(' ').filter(Boolean);
  for (let k = tokens.length - 1; k >= 0 && k >= tokens.length - 4; k--) if (isCountToken(tokens[k]!)) return true;
  return false;
}

/**
 * A field typed in to look someone up is the key of the lookup, not leaked data: "entering a phone number into the
 * bot brought up the name…", "मोबाइल नंबर डालते ही नाम सामने आ जाता है". English puts the verb before the field (a few
 * words back), Hindi after it. Both look only at a short window of normalised text around the hit.
 */
const LOOKUP_BEFORE = /\b(?:enter|enters|entering|entered|typing|typed|type in|types in|key in|keying in|punching in|feeding)\b(?: \S+){0,3} $/;
const LOOKUP_AFTER = /^ (?:\S+ )?(?:डालते|डालने|डालकर|डाल कर|डालें|डाला|दर्ज करते|दर्ज करने|into the|in the bot|into a)/;
function isLookupKey(text: string, h: Hit): boolean {
  return LOOKUP_BEFORE.test(text.slice(Math.max(0, h.start - 48), h.start)) || LOOKUP_AFTER.test(text.slice(h.end, h.end + 24));
}

/** Stops are sorted by start; a stop phrase is short, so only those starting shortly before the hit matter. */
function insideStop(stops: readonly Hit[], h: Hit): boolean {
  let lo = 0;
  let hi = stops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stops[mid]!.start < h.start - 64) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < stops.length && stops[i]!.start <= h.start; i++) if (stops[i]!.end >= h.end) return true;
  return false;
}
