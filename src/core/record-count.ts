/**
 * The claimed count: numbers with Indian and international scale words (हजार, लाख, करोड़, अरब, thousand, lakh,
 * crore, million, billion), decimals ("81.5 crore"), ranges ("3-4 करोड़" → the upper value), Hindi and English
 * number words ("दो करोड़"), grouped digits ("20,000"). Counts attached to people, records, users, customers or
 * data win; prices, ransoms and fines are skipped.
 */
import { cue, type Context } from './context.ts';

export interface CountCandidate {
  start: number;
  end: number;
  value: number;
  score: number;
}

const MAX_GAP = 28;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Parses a number that ends at `end` (exclusive, spaces allowed before it). */
export function numberBefore(text: string, end: number): { start: number; value: number } | null {
  let e = end;
  while (e > 0 && text.charCodeAt(e - 1) === 0x20) e--;
  let s = e;
  while (s > 0 && s > e - 20) {
    const c = text.charCodeAt(s - 1);
    if (isDigit(c) || ((c === 0x2c || c === 0x2e) && s - 2 >= 0 && isDigit(text.charCodeAt(s - 2)))) s--;
    else break;
  }
  if (s === e || !isDigit(text.charCodeAt(s))) return null;
  const token = text.slice(s, e);
  const value = parseDigits(token);
  if (value === null) return null;
  // A range "3-4" or "3 से 4" / "3 to 4": keep the upper value, quote the whole range.
  let rs = s;
  let k = s;
  while (k > 0 && text.charCodeAt(k - 1) === 0x20) k--;
  if (k > 0 && text.charCodeAt(k - 1) === 0x2d) {
    let j = k - 1;
    while (j > 0 && text.charCodeAt(j - 1) === 0x20) j--;
    let d = j;
    while (d > 0 && (isDigit(text.charCodeAt(d - 1)) || text.charCodeAt(d - 1) === 0x2e)) d--;
    if (d < j) rs = d;
  } else {
    for (const sep of [' से ', ' to ', ' or ', ' या ']) {
      if (k >= sep.length - 1 && text.slice(k - sep.length + 1, k + 1) === sep) {
        let d = k - sep.length + 1;
        const j = d;
        while (d > 0 && (isDigit(text.charCodeAt(d - 1)) || text.charCodeAt(d - 1) === 0x2e)) d--;
        if (d < j) rs = d;
        break;
      }
    }
  }
  return { start: rs, value };
}

export function parseDigits(token: string): number | null {
  const t = token.replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

/**
 * Parses a count phrase on its own (for labels, tests and the CLI): "20 हजार", "81.5 crore", "3-4 करोड़", "दो करोड़".
 */
export function collectCandidates(ctx: Context, dataLeak: ReadonlySet<number>): CountCandidate[] {
  const text = ctx.text;
  const out: CountCandidate[] = [];
  const hits = ctx.hits;
  // Number-word hits by end position, to find "दो करोड़".
  const numWordEnd = new Map<number, { start: number; v: number }>();
  const nouns: Array<{ start: number; people: boolean; sentence: number }> = [];
  const money: number[] = [];
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    const p = hit.p;
    if (p.k === 'numword') numWordEnd.set(hit.end, { start: hit.start, v: p.v });
    else if (p.k === 'cue' && (p.cat === 'peopleNoun' || p.cat === 'dataNoun')) insertNoun(nouns, { start: hit.start, people: p.cat === 'peopleNoun', sentence: ctx.hitSentence[h]! });
    else if (p.k === 'cue' && p.cat === 'money') insertPair(money, hit.start, hit.end);
  }
  const isMoney = (start: number, end: number): boolean => {
    // Money hits are sorted by start: look only at those near the number.
    let lo = 0;
    let hi = money.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (money[mid * 2]! < start - 40) lo = mid + 1;
      else hi = mid;
    }
    for (let m = lo * 2; m < money.length && money[m]! <= end + 10; m += 2) {
      const ms = money[m]!;
      const me = money[m + 1]!;
      if ((me <= start && start - me <= 6) || (ms >= end && ms - end <= 10)) return true;
    }
    const before = text.charCodeAt(start - 1);
    const before2 = text.charCodeAt(start - 2);
    return before === 0x20b9 || before === 0x24 || before2 === 0x20b9 || before2 === 0x24;
  };
  const attach = (start: number, end: number, value: number, sentence: number): void => {
    if (!(value >= 100) || !Number.isFinite(value)) return;
    if (isMoney(start, end)) return;
    let score = 0;
    // Nouns are sorted by start: binary-search the first noun at or after the number.
    let lo = 0;
    let hi = nouns.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nouns[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    const n = nouns[lo];
    if (n && n.start - end <= MAX_GAP && n.sentence === sentence) score = 3;
    if (score === 0) return;
    const s = ctx.sentences[sentence];
    if (s?.inTitle) score += 1;
    if (dataLeak.has(sentence)) score += 1;
    if (s && cue(s, 'stats') > 0) score -= 1;
    out.push({ start, end, value: Math.round(value), score });
  };
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    if (hit.p.k !== 'scale') continue;
    const mult = hit.p.mult;
    const num = numberBefore(text, hit.start);
    let start = -1;
    let value = 0;
    if (num) {
      start = num.start;
      value = num.value * mult;
    } else {
      let e = hit.start;
      while (e > 0 && text.charCodeAt(e - 1) === 0x20) e--;
      const w = numWordEnd.get(e);
      if (w) {
        start = w.start;
        value = w.v * mult;
      } else continue;
    }
    attach(start, hit.end, value, ctx.hitSentence[h]!);
  }
  // Plain numbers ("20,000 people", "8000 records"): look back from each noun.
  for (const n of nouns) {
    let e = n.start;
    const limit = Math.max(0, n.start - MAX_GAP);
    while (e > limit && !isDigit(text.charCodeAt(e - 1))) e--;
    if (e <= limit) continue;
    const num = numberBefore(text, e);
    if (!num) continue;
    // Skip when a scale word follows the number (handled above) or it looks like a year.
    if (mayStartScaleWord(text, e) && SCALE_AFTER.test(text.slice(e, Math.min(text.length, e + 10)).trimStart())) continue;
    if (num.value >= 1900 && num.value <= 2100 && !text.slice(num.start, e).includes(',')) continue;
    attach(num.start, e, num.value, n.sentence);
  }
  return out;
}

/** A scale word right after a number (after optional whitespace): that number was counted with its scale. */
const SCALE_AFTER = /^(हजार|लाख|करोड|अरब|मिलियन|बिलियन|thousand|lakh|lac|crore|million|billion|mn|bn|cr|k)(?![a-z])/;

/**
 * A cheap pre-check for SCALE_AFTER at `e` (most numbers are followed by a noun, not a scale word), so the slice and
 * regex run only when they can match. False only when SCALE_AFTER surely fails: after the spaces within its
 * 10-character window comes nothing, or a printable ASCII character that starts no scale word. Anything else
 * (other whitespace, non-ASCII) is left to the regex.
 */
function mayStartScaleWord(text: string, e: number): boolean {
  const end = Math.min(text.length, e + 10);
  let k = e;
  while (k < end && text.charCodeAt(k) === 0x20) k++;
  if (k >= end) return false;
  const c = text.charCodeAt(k);
  if (c < 0x21 || c > 0x7e) return true;
  return c === 0x74 || c === 0x6c || c === 0x63 || c === 0x6d || c === 0x62 || c === 0x6b; // t l c m b k
}

/**
 * Hits arrive in order of their end, so their starts are nearly sorted: inserting each after the last entry that
 * starts at or before it keeps the list sorted by start (ties in arrival order, as a stable sort would) in about
 * one step per entry.
 */
function insertNoun<T extends { start: number }>(list: T[], item: T): void {
  let i = list.length;
  list.push(item);
  while (i > 0 && list[i - 1]!.start > item.start) {
    list[i] = list[i - 1]!;
    i--;
  }
  list[i] = item;
}

/** As insertNoun, for a flat [start, end, start, end, …] list kept sorted by start. */
function insertPair(list: number[], start: number, end: number): void {
  let i = list.length;
  list.push(start, end);
  while (i > 0 && list[i - 2]! > start) {
    list[i] = list[i - 2]!;
    list[i + 1] = list[i - 1]!;
    i -= 2;
  }
  list[i] = start;
  list[i + 1] = end;
}

export function pickCount(cands: readonly CountCandidate[]): CountCandidate | null {
  let best: CountCandidate | null = null;
  // Highest score; among equals the first stated (articles state the claimed total first, sub-counts after).
  for (const c of cands) if (!best || c.score > best.score || (c.score === best.score && c.start < best.start)) best = c;
  if (!best) return best;
  // A headline rounds ("53 करोड़", "over 4 crore", "nearly 50 lakh"); the body states the same count precisely
  // ("53.3 करोड़", "4.1 crore", "49,19,668"): prefer the precise statement of the same number.
  let precise = best;
  for (const c of cands) {
    if (c === best || c.score < best.score - 1 || c.value === best.value) continue;
    if (!countsAgree(c.value, best.value, 0.06)) continue;
    if (significantDigits(c.value) > significantDigits(precise.value)) precise = c;
  }
  return precise;
}

/** Tolerance check: do two counts agree (20 हजार vs 20,000 exactly; 10 vs 11 crore loosely)? */
/**
 * Significant digits of a count as stated ("32 crore" → 2, "500 million" → 1, "81.5 crore" → 3): a count stated
 * with two or more significant digits is precise, and a loose agreement with it is a different number.
 */
export function significantDigits(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) return 0;
  const digits = String(Math.round(v)).replace(/0+$/, '');
  return Math.max(1, digits.length);
}

export function countsAgree(a: number, b: number, tolerance = 0.25): boolean {
  if (a <= 0 || b <= 0) return false;
  return Math.abs(a - b) / Math.max(a, b) <= tolerance;
}

/** Parses a stand-alone count phrase ("20 हजार", "81.5 crore", "3-4 करोड़", "दो करोड़", "20,000") to its value. */
export function parseCountPhrase(phrase: string, scales: ReadonlyArray<readonly [string, number]>, words: ReadonlyArray<readonly [string, number]>, norm: (s: string) => string): number | null {
  const tokens = norm(phrase).split(/[\s]+/).filter(Boolean);
  const scaleOf = new Map(scales.map(([w, m]) => [norm(w), m]));
  const wordOf = new Map(words.map(([w, v]) => [norm(w), v]));
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    let value: number | null = null;
    const range = tok.split('-');
    const last = range[range.length - 1]!;
    if (/^[\d.,]+$/.test(last) && /\d/.test(last)) value = parseDigits(last);
    else if (wordOf.has(tok)) value = wordOf.get(tok)!;
    if (value === null) continue;
    // "3 to 4 crore", "3 से 4 करोड़", "3 or 4 lakh": the upper value, as in the text.
    const sep = tokens[i + 1];
    const upper = tokens[i + 2];
    if ((sep === 'to' || sep === 'से' || sep === 'or' || sep === 'या') && upper !== undefined && /^[\d.,]+$/.test(upper) && /\d/.test(upper)) {
      const u = parseDigits(upper);
      if (u !== null) {
        value = u;
        i += 2;
      }
    }
    const next = tokens[i + 1];
    const mult = next !== undefined ? scaleOf.get(next) : undefined;
    return Math.round(value * (mult ?? 1));
  }
  return null;
}
