/**
 * The one number grammar of the analyzer: how a count is written in Hindi and English news.
 *
 *   quantity  := group {group}        a compound: each group's scale smaller than the one before
 *   group     := [fraction] number [range] [scale]
 *   number    := digits | number-words
 *   digits    := 20000 | 20,000 | 7,82,21,397 (Indian grouping) | 81.5 | Devanagari digits (normalised to ASCII)
 *   words     := दो | सौ | दो सौ | twenty five | ढाई | डेढ (compound: a word before सौ/hundred multiplies it)
 *   fraction  := साढे (+½) | सवा (+¼) | पौने (−¼), before a number: साढे तीन लाख = 3.5 lakh, सवा 2 करोड = 2.25 crore
 *   range     := 3-4 | 3 से 4 | 3 to 4 | 3 or 4 | 3 या 4: the upper value, with the whole range quoted
 *   scale     := हजार लाख करोड अरब मिलियन बिलियन thousand lakh lac crore million billion mn bn cr k (and plurals)
 *
 * A compound adds its groups: "1 करोड़ 70 लाख" = 1.7 crore, "2 lakh 50 thousand" = 250,000.
 * A range whose ends both carry the scale ("1.2 crore to 1.5 crore") is two quantities: the first is the count.
 * Text is matched in normalised form (normalize.ts: lowercase, Devanagari digits folded, nukta dropped: करोड़ → करोड).
 *
 * Used by: the automaton (scale and number-word patterns, compile-kb.ts), the claimed count (record-count.ts), the
 * "counted field" check of claimed-fields.ts, and label parsing in eval (parseCountPhrase).
 */
import { isWordChar, normalizePhrase } from './normalize.ts';

/** Scale words → multiplier, in normalised spelling. */
export const SCALES: ReadonlyArray<readonly [string, number]> = [
  ['हजार', 1e3], ['लाख', 1e5], ['करोड', 1e7], ['अरब', 1e9], ['मिलियन', 1e6], ['बिलियन', 1e9],
  ['thousand', 1e3], ['lakh', 1e5], ['lakhs', 1e5], ['lac', 1e5], ['crore', 1e7], ['crores', 1e7], ['cr', 1e7],
  ['million', 1e6], ['millions', 1e6], ['mn', 1e6], ['billion', 1e9], ['bn', 1e9], ['k', 1e3],
];

/**
 * Scales an English headline writes onto the digits ("500m guests", "7.5mn", "1.2bn", "20k", "4.5cr"): the Latin scale
 * words, and "m" for million, which stands alone only as a unit ("5 m" is five metres).
 */
export const ATTACHED_SCALES: ReadonlyArray<readonly [string, number]> = [...SCALES.filter(([w]) => w.charCodeAt(0) < 0x80), ['m', 1e6]];
const attachedScaleOf = new Map<string, number>(ATTACHED_SCALES.map(([w, m]) => [w, m]));

/** Number words (Hindi and English) → value, in normalised spelling. */
export const NUMBER_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['एक', 1], ['दो', 2], ['तीन', 3], ['चार', 4], ['पांच', 5], ['छह', 6], ['छः', 6], ['छ', 6], ['सात', 7], ['आठ', 8], ['नौ', 9], ['दस', 10],
  ['ग्यारह', 11], ['बारह', 12], ['पंद्रह', 15], ['बीस', 20], ['पच्चीस', 25], ['तीस', 30], ['चालीस', 40], ['पचास', 50], ['सौ', 100], ['डेढ', 1.5], ['ढाई', 2.5],
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['twelve', 12], ['fifteen', 15], ['twenty', 20], ['fifty', 50], ['hundred', 100],
  // Added with the grammar: the rest of 11–19 and the tens.
  ['तेरह', 13], ['चौदह', 14], ['सोलह', 16], ['सत्रह', 17], ['अठारह', 18], ['उन्नीस', 19], ['साठ', 60], ['सत्तर', 70], ['अस्सी', 80], ['नब्बे', 90],
  ['eleven', 11], ['thirteen', 13], ['fourteen', 14], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
  ['thirty', 30], ['forty', 40], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
];

/** Words before a number that add a fraction to it: साढे तीन = 3.5, सवा दो = 2.25, पौने चार = 3.75. */
export const FRACTION_WORDS: ReadonlyArray<readonly [string, number]> = [['साढे', 0.5], ['सवा', 0.25], ['पौने', -0.25]];

/** Words between the ends of a range ("3 से 4 करोड"). */
const RANGE_WORDS: readonly string[] = ['से', 'to', 'or', 'या'];

const HUNDRED = 100;
const scaleOf = new Map<string, number>(SCALES.map(([w, m]) => [w, m]));
const wordOf = new Map<string, number>(NUMBER_WORDS.map(([w, v]) => [w, v]));
const fractionOf = new Map<string, number>(FRACTION_WORDS.map(([w, v]) => [w, v]));

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Digits with optional grouping commas (20,000 or 7,82,21,397) and decimals; Devanagari digits are read too. */
export function parseDigits(token: string): number | null {
  const t = token.replace(/[\u0966-\u096f]/g, (d) => String(d.charCodeAt(0) - 0x966)).replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

/** value × mult without binary noise for decimals ("7.82" × 1e7 = 78200000, not 78200000.00000001). */
export function scaled(value: number, mult: number): number {
  const r = value * mult;
  const rounded = Math.round(r);
  return Math.abs(r - rounded) < 1e-6 * Math.max(1, Math.abs(r)) ? rounded : r;
}

/**
 * A number in digits that ends at `end` (exclusive; spaces allowed before it), with a range before it ("3-4",
 * "3 से 4", "3 to 4"): the upper value, and `start` at the range's first number.
 */
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
  const value = parseDigits(text.slice(s, e));
  if (value === null) return null;
  return { start: rangeStart(text, s), value };
}

/** Where a range ending in the number at `s` starts ("3-4", "3 से 4"): its first number, or `s`. */
function rangeStart(text: string, s: number): number {
  let k = s;
  while (k > 0 && text.charCodeAt(k - 1) === 0x20) k--;
  if (k > 0 && text.charCodeAt(k - 1) === 0x2d) {
    let j = k - 1;
    while (j > 0 && text.charCodeAt(j - 1) === 0x20) j--;
    let d = j;
    while (d > 0 && (isDigit(text.charCodeAt(d - 1)) || text.charCodeAt(d - 1) === 0x2e)) d--;
    return d < j ? d : s;
  }
  for (const w of RANGE_WORDS) {
    const sep = ` ${w} `;
    if (k >= sep.length - 1 && text.slice(k - sep.length + 1, k + 1) === sep) {
      const j = k - sep.length + 1;
      let d = j;
      while (d > 0 && (isDigit(text.charCodeAt(d - 1)) || text.charCodeAt(d - 1) === 0x2e)) d--;
      return d < j ? d : s;
    }
  }
  return s;
}

/** The word (maximal run of word characters) that ends at `end`, or null. */
function wordEndingAt(text: string, end: number): { start: number; word: string } | null {
  let s = end;
  while (s > 0 && isWordChar(text.charCodeAt(s - 1))) s--;
  if (s === end) return null;
  return { start: s, word: text.slice(s, end) };
}

/** Skips spaces backwards from `end`. */
function trimBack(text: string, end: number): number {
  let e = end;
  while (e > 0 && text.charCodeAt(e - 1) === 0x20) e--;
  return e;
}

/**
 * A number in words that ends at `end` (spaces allowed before it): "दो", "दो सौ", "twenty five", "साढे तीन".
 * Up to four words; a word before सौ/hundred multiplies it, other words add up.
 */
export function wordNumberBefore(text: string, end: number): { start: number; value: number } | null {
  const words: Array<{ start: number; v: number }> = [];
  let e = trimBack(text, end);
  while (words.length < 4) {
    const w = wordEndingAt(text, e);
    if (!w) break;
    const v = wordOf.get(w.word);
    if (v === undefined) break;
    words.unshift({ start: w.start, v });
    e = trimBack(text, w.start);
    if (e > 0 && text.charCodeAt(e - 1) === 0x2d) e = trimBack(text, e - 1); // twenty-five
  }
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  for (const { v } of words) {
    if (v === HUNDRED) current = (current === 0 ? 1 : current) * HUNDRED;
    else current += v;
  }
  total += current;
  return { start: words[0]!.start, value: total };
}

/** A fraction word (साढे, सवा, पौने) right before `start`: its start and what it adds. */
function fractionBefore(text: string, start: number): { start: number; add: number } | null {
  const w = wordEndingAt(text, trimBack(text, start));
  if (!w) return null;
  const add = fractionOf.get(w.word);
  return add === undefined ? null : { start: w.start, add };
}

/**
 * The number a scale word at `end` multiplies: digits (with a range) or words, with a fraction word before it
 * ("साढे 3", "साढे तीन"). Null when no number stands there.
 */
export function quantityBefore(text: string, end: number): { start: number; value: number } | null {
  const n = numberBefore(text, end) ?? wordNumberBefore(text, end);
  if (!n) return null;
  const f = fractionBefore(text, n.start);
  // A fraction applies to the units of a compound ("साढे सात सौ" = 750): to the number before सौ, if any.
  if (f) return { start: f.start, value: fractionValue(text, n, end, f.add) };
  return n;
}

function fractionValue(text: string, n: { start: number; value: number }, end: number, add: number): number {
  const last = wordEndingAt(text, trimBack(text, end));
  if (last && wordOf.get(last.word) === HUNDRED && n.value >= HUNDRED) return n.value + add * HUNDRED;
  return n.value + add;
}

/**
 * The groups of a compound before a quantity that starts at `start` and carries the multiplier `mult`: "1 करोड़" in
 * "1 करोड़ 70 लाख". Each group must carry a larger scale than the group after it; the result is the compound's
 * start and the value its larger groups add, or null when no larger group stands right before `start`.
 */
export function largerGroupsBefore(text: string, start: number, mult: number): { start: number; add: number } | null {
  let s = start;
  let m = mult;
  let add = 0;
  for (let groups = 0; groups < 4; groups++) {
    const w = wordEndingAt(text, trimBack(text, s));
    if (!w) break;
    const wm = scaleOf.get(w.word);
    if (wm === undefined || wm <= m || w.word === 'k') break;
    const q = quantityBefore(text, w.start);
    if (!q) break;
    add += scaled(q.value, wm);
    s = q.start;
    m = wm;
  }
  return add > 0 ? { start: s, add } : null;
}

/**
 * Whether a scale word begins at `pos` (after spaces): "20 lakh", "20 करोड़ों". Latin scale words must end there
 * ("20 kids" is no "20 k"); Devanagari ones may take an ending.
 */
export function scaleWordAt(text: string, pos: number): boolean {
  let k = pos;
  while (k < text.length && text.charCodeAt(k) === 0x20) k++;
  const c = text.charCodeAt(k);
  if (!(c >= 0x61 && c <= 0x7a) && !(c >= 0x900 && c <= 0x97f)) return false;
  for (const [w] of SCALES) {
    if (!text.startsWith(w, k)) continue;
    const next = text.charCodeAt(k + w.length);
    if (w.charCodeAt(0) >= 0x900 || !(next >= 0x61 && next <= 0x7a)) return true;
  }
  return false;
}

/**
 * The letters written onto the digits that end at `pos` ("500m", "20k", "500mg"): none (`null`), a scale (its
 * multiplier and where it ends), or `'unit'` for any other letters ("500mg", "5g", "4th"), which make it no count.
 */
export function attachedScaleAt(text: string, pos: number): { mult: number; end: number } | 'unit' | null {
  let k = pos;
  while (k < text.length && k - pos < MAX_SUFFIX && isLatinLower(text.charCodeAt(k))) k++;
  if (k === pos) return null;
  if (isLatinLower(text.charCodeAt(k))) return 'unit';
  const mult = attachedScaleOf.get(text.slice(pos, k));
  return mult === undefined ? 'unit' : { mult, end: k };
}

/** The longest scale written onto digits ("thousand"); longer letter runs are words, not scales. */
const MAX_SUFFIX = 8;

function isLatinLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** A token that is a number in digits or a scale word ("18", "2,000", "crore", "करोड"): part of a count. */
export function isCountToken(token: string): boolean {
  if (token.length === 0) return false;
  if (isDigit(token.charCodeAt(0))) {
    const digits = /^\d[\d.,]*/.exec(token)![0];
    return digits.length === token.length || typeof attachedScaleAt(token, digits.length) === 'object';
  }
  return scaleOf.has(token) && token !== 'k';
}

export interface GrammarWords {
  scales?: ReadonlyArray<readonly [string, number]>;
  words?: ReadonlyArray<readonly [string, number]>;
  norm?: (s: string) => string;
}

/**
 * The first quantity in a phrase on its own ("20 हजार", "81.5 crore", "3-4 करोड़", "दो करोड़", "साढ़े तीन लाख",
 * "over 16.8 crore", "7,82,21,397"), or null. A range gives its upper value ("3 to 4 crore" → 4 crore).
 */
export function parseQuantity(phrase: string, { scales = SCALES, words = NUMBER_WORDS, norm = normalizePhrase }: GrammarWords = {}): number | null {
  const scaleMap = scales === SCALES ? scaleOf : new Map(scales.map(([w, m]) => [norm(w), m]));
  const wordMap = words === NUMBER_WORDS ? wordOf : new Map(words.map(([w, v]) => [norm(w), v]));
  // "twenty-five" is two number words; "3-4" stays one token (a range).
  const tokens = norm(phrase).replace(/([a-z])-(?=[a-z])/g, '$1 ').split(/\s+/).filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    let value: number | null = null;
    const range = tok.split('-');
    const last = range[range.length - 1]!;
    let attached = 1;
    if (/^[\d.,]+$/.test(last) && /\d/.test(last)) value = parseDigits(last);
    else if (/^\d[\d.,]*[a-z]+$/.test(last) && range.length === 1) {
      // A scale written onto the digits ("500m", "20k"); other letters ("500mg") make it no count.
      const digits = /^[\d.,]+/.exec(last)![0];
      const suffix = attachedScaleAt(last, digits.length);
      if (suffix === null || suffix === 'unit') continue;
      value = parseDigits(digits);
      attached = suffix.mult;
    }
    else if (wordMap.has(tok)) {
      // Number words: a compound ("दो सौ", "twenty five") read as wordNumberBefore reads it.
      let j = i;
      let current = 0;
      while (j < tokens.length && j < i + 4 && wordMap.has(tokens[j]!)) {
        const v = wordMap.get(tokens[j]!)!;
        current = v === HUNDRED ? (current === 0 ? 1 : current) * HUNDRED : current + v;
        j++;
      }
      value = current;
      i = j - 1;
    }
    if (value === null) continue;
    const frac = i > 0 ? fractionOf.get(tokens[i - 1]!) ?? (range.length === 1 ? fractionOfCompound(tokens, i, wordMap) : undefined) : undefined;
    if (frac !== undefined) value += wordMap.get(tokens[i]!) === HUNDRED && value >= HUNDRED ? frac * HUNDRED : frac;
    // "3 to 4 crore", "3 से 4 करोड़", "3 or 4 lakh": the upper value, as in the text.
    const sep = tokens[i + 1];
    const upper = tokens[i + 2];
    if (sep !== undefined && RANGE_WORDS.includes(sep) && upper !== undefined && /^[\d.,]+$/.test(upper) && /\d/.test(upper)) {
      const u = parseDigits(upper);
      if (u !== null) {
        value = u;
        i += 2;
      }
    }
    if (attached !== 1) return Math.round(scaled(value, attached));
    const next = tokens[i + 1];
    const mult = next !== undefined ? scaleMap.get(next) : undefined;
    let total = scaled(value, mult ?? 1);
    // A compound: "1 करोड़ 70 लाख" goes on with a number and a smaller scale.
    let j = i + 2;
    let smallest = mult ?? 1;
    while (mult !== undefined && j + 1 < tokens.length && /^[\d.,]+$/.test(tokens[j]!) && /\d/.test(tokens[j]!)) {
      const m = scaleMap.get(tokens[j + 1]!);
      const v = parseDigits(tokens[j]!);
      if (m === undefined || m >= smallest || v === null) break;
      total += scaled(v, m);
      smallest = m;
      j += 2;
    }
    return Math.round(total);
  }
  return null;
}

/** A fraction word before the first word of a compound that ends at token i ("साढे सात सौ"). */
function fractionOfCompound(tokens: readonly string[], i: number, wordMap: ReadonlyMap<string, number>): number | undefined {
  let k = i;
  while (k > 0 && wordMap.has(tokens[k - 1]!)) k--;
  return k > 0 && k < i ? fractionOf.get(tokens[k - 1]!) : undefined;
}
