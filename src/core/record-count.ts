/**
 * The claimed count: the quantities of the number grammar (number-grammar.ts: digits, Indian grouping, scale words,
 * ranges, Hindi and English number words) that stand next to people, records, users, customers or data; prices,
 * ransoms and fines are skipped. Which candidate is the claim's count is the fitted count ranker's call (features.ts
 * countFeatures, model/count.json).
 */
import type { Context } from './context.ts';
import { attachedScaleAt, largerGroupsBefore, numberBefore, parseQuantity, quantityBefore, scaled, scaleWordAt, type GrammarWords } from './number-grammar.ts';

export interface CountCandidate {
  start: number;
  end: number;
  value: number;
  /** The sentence that states it. */
  sentence: number;
  /** Whether the noun it counts is people (users, ग्राहक) rather than data (records, डेटा). */
  people: boolean;
}

const MAX_GAP = 28;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Count candidates: each quantity with a scale word, and each plain number shortly before a noun of people or data. */
export function collectCandidates(ctx: Context): CountCandidate[] {
  const text = ctx.text;
  const out: CountCandidate[] = [];
  const hits = ctx.hits;
  const nouns: Array<{ start: number; people: boolean; sentence: number }> = [];
  const money: number[] = [];
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    const p = hit.p;
    if (p.k === 'cue' && (p.cat === 'peopleNoun' || p.cat === 'dataNoun')) insertNoun(nouns, { start: hit.start, people: p.cat === 'peopleNoun', sentence: ctx.hitSentence[h]! });
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
    // A count counts people or data: the first noun at or after the number, in its sentence and close to it (nouns
    // are sorted by start: binary search).
    let lo = 0;
    let hi = nouns.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nouns[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    const n = nouns[lo];
    if (!n || n.start - end > MAX_GAP || n.sentence !== sentence) return;
    out.push({ start, end, value: Math.round(value), sentence, people: n.people });
  };
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    if (hit.p.k !== 'scale') continue;
    const q = quantityBefore(text, hit.start);
    if (!q) continue;
    const larger = largerGroupsBefore(text, q.start, hit.p.mult);
    if (larger) {
      // The compound replaces the candidate of its first groups ("1 करोड़" of "1 करोड़ 70 लाख").
      while (out.length > 0 && out[out.length - 1]!.start >= larger.start) out.pop();
      attach(larger.start, hit.end, larger.add + scaled(q.value, hit.p.mult), ctx.hitSentence[h]!);
    } else attach(q.start, hit.end, q.value * hit.p.mult, ctx.hitSentence[h]!);
  }
  // Plain numbers ("20,000 people", "8000 records"): look back from each noun.
  for (const n of nouns) {
    let e = n.start;
    const limit = Math.max(0, n.start - MAX_GAP);
    while (e > limit && !isDigit(text.charCodeAt(e - 1))) e--;
    if (e <= limit) continue;
    const num = numberBefore(text, e);
    if (!num) continue;
    // A scale written onto the digits ("500m guests") scales it; other letters ("500mg") make it no count.
    const suffix = attachedScaleAt(text, e);
    if (suffix === 'unit') continue;
    if (suffix) {
      attach(num.start, suffix.end, scaled(num.value, suffix.mult), n.sentence);
      continue;
    }
    // Skip when a scale word follows the number (handled above) or it looks like a year.
    if (scaleWordAt(text, e)) continue;
    if (num.value >= 1900 && num.value <= 2100 && !text.slice(num.start, e).includes(',')) continue;
    attach(num.start, e, num.value, n.sentence);
  }
  return out;
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

/**
 * The claimed count: the candidate the fitted count ranker scores highest (`scores`, one per candidate; among equals
 * the first stated), then, of the statements of that same number, the most precise: a headline rounds ("53 करोड़",
 * "over 4 crore", "nearly 50 lakh"), the body states it precisely ("53.3 करोड़", "4.1 crore", "49,19,668").
 */
export function pickCount(cands: readonly CountCandidate[], scores: readonly number[]): CountCandidate | null {
  let best = -1;
  for (let i = 0; i < cands.length; i++) if (best < 0 || scores[i]! > scores[best]! || (scores[i] === scores[best] && cands[i]!.start < cands[best]!.start)) best = i;
  if (best < 0) return null;
  const chosen = cands[best]!;
  let precise = chosen;
  for (const c of cands) {
    if (c === chosen || c.value === chosen.value) continue;
    // The same number: within SAME_COUNT, or stated more precisely above a headline that cut it off ("more than 3
    // crore" for 3.7 crore: the precise count truncates to the headline's).
    if (!countsAgree(c.value, chosen.value, SAME_COUNT) && !truncatesTo(c.value, chosen.value)) continue;
    if (significantDigits(c.value) > significantDigits(precise.value)) precise = c;
  }
  return precise;
}

/** Two statements of a count within 6% of each other state the same number, one of them rounded. */
export const SAME_COUNT = 0.06;

/** Whether `precise`, cut to the significant digits of `rounded`, is `rounded` (3.7 crore → 3 crore). */
function truncatesTo(precise: number, rounded: number): boolean {
  const unit = 10 ** (String(Math.round(rounded)).length - significantDigits(rounded));
  return unit > 1 && precise > rounded && Math.floor(precise / unit) * unit === rounded;
}

/**
 * Significant digits of a count as stated ("32 crore" → 2, "500 million" → 1, "81.5 crore" → 3): a count stated
 * with two or more significant digits is precise, and a loose agreement with it is a different number.
 */
export function significantDigits(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) return 0;
  const digits = String(Math.round(v)).replace(/0+$/, '');
  return Math.max(1, digits.length);
}

/** Tolerance check: do two counts agree (20 हजार vs 20,000 exactly; 10 vs 11 crore loosely)? */
export function countsAgree(a: number, b: number, tolerance = 0.25): boolean {
  if (a <= 0 || b <= 0) return false;
  return Math.abs(a - b) / Math.max(a, b) <= tolerance;
}

/**
 * Parses a stand-alone count phrase ("20 हजार", "81.5 crore", "3-4 करोड़", "दो करोड़", "20,000") to its value, for
 * labels, tests and the CLI: the number grammar's parseQuantity, with the scale and number words given.
 */
export function parseCountPhrase(phrase: string, scales?: GrammarWords['scales'], words?: GrammarWords['words'], norm?: GrammarWords['norm']): number | null {
  const opts: GrammarWords = {};
  if (scales) opts.scales = scales;
  if (words) opts.words = words;
  if (norm) opts.norm = norm;
  return parseQuantity(phrase, opts);
}
