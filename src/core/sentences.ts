/**
 * Sentence segmentation of normalised text, in one linear scan. A sentence ends at a danda (।, ॥), '?', '!',
 * '|', a line break, or a '.' followed by a space or the end (so "81.5" and "cowin.gov.in" stay whole), except the
 * '.' of an abbreviation: a title ("Dr. Rao", "Rs. 500") or a month or number word before a number ("Feb. 25"). Given
 * the text in its original case, a '.' between a lowercase word and a capital letter ends a sentence too (a page's
 * blocks joined without a space).
 */

export interface Sentence {
  start: number;
  /** Exclusive. */
  end: number;
}

/** ASCII characters that may end a sentence: line break, '?', '!', '|', '.'. */
const MAY_END = new Uint8Array(0x80);
for (const c of '\n?!|.') MAY_END[c.charCodeAt(0)] = 1;

/**
 * Calls `onSentence(start, end)` for each non-empty sentence of `text[from, to)`, trimmed of spaces and line
 * breaks, in order. A callback rather than an array so that callers build their own sentence records in one pass.
 */
export function scanSentences(text: string, from: number, to: number, onSentence: (start: number, end: number) => void, cased?: string): void {
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // Fast path for the letters, digits and spaces that make up almost all of the text.
    if (c < 0x80 ? MAY_END[c] === 0 : c !== 0x964 && c !== 0x965) continue;
    let boundary = false;
    if (c === 0x0a || c === 0x964 || c === 0x965 || c === 0x3f || c === 0x21 || c === 0x7c) boundary = true;
    else if (c === 0x2e) {
      const next = i + 1 < to ? text.charCodeAt(i + 1) : 0x20;
      boundary = (next === 0x20 || next === 0x0a || next === 0x22 || next === 0x27) ? !abbreviationDot(text, from, i, to) : cased !== undefined && missingSpace(cased, from, i, to);
    }
    if (boundary) {
      emitTrimmed(text, start, i + 1, onSentence);
      start = i + 1;
    }
  }
  emitTrimmed(text, start, to, onSentence);
}

/**
 * A full stop whose space was lost when a page's blocks were joined ("…of MobiKwik.Rajaharia said…"): a lowercase
 * word of two or more letters, '.', then a capital letter, in the text's original case. Domains ("cowin.gov.in"),
 * decimals and initials ("U.S.") do not look like that.
 */
function missingSpace(cased: string, from: number, dot: number, to: number): boolean {
  if (dot + 1 >= to || dot - 2 < from) return false;
  const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
  const next = cased.charCodeAt(dot + 1);
  return next >= 0x41 && next <= 0x5a && isLower(cased.charCodeAt(dot - 1)) && isLower(cased.charCodeAt(dot - 2));
}

/** Words whose '.' never ends a sentence ("Dr. Rao", "Rs. 500"), in normalised (lowercase) spelling. */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'rs', 'smt', 'shri', 'sh', 'st', 'lt', 'col', 'gen', 'capt', 'sgt', 'insp', 'hon', 'jr', 'sr']);
/** Words whose '.' does not end a sentence when a number follows ("Feb. 25", "No. 3", "Sec. 66"). */
const NUMBERED_ABBREVIATIONS: ReadonlySet<string> = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'nos', 'sec', 'art', 'vol', 'p', 'pp']);
/** The longest word in either list: how far back the check looks, so the scan stays linear. */
const LONGEST_ABBREVIATION = 5;

/** Whether the '.' at `dot` closes an abbreviation rather than a sentence. */
function abbreviationDot(text: string, from: number, dot: number, to: number): boolean {
  let s = dot;
  while (s > from && dot - s <= LONGEST_ABBREVIATION) {
    const c = text.charCodeAt(s - 1);
    if (c >= 0x61 && c <= 0x7a) s--;
    else break;
  }
  if (s === dot || dot - s > LONGEST_ABBREVIATION) return false;
  // The word must start there: "feb." yes, "alfeb." no.
  if (s > from) {
    const before = text.charCodeAt(s - 1);
    if (before !== 0x20 && before !== 0x0a && before !== 0x28 && before !== 0x2c && before !== 0x22) return false;
  }
  const word = text.slice(s, dot);
  if (TITLE_ABBREVIATIONS.has(word)) return true;
  if (!NUMBERED_ABBREVIATIONS.has(word)) return false;
  let k = dot + 1;
  while (k < to && text.charCodeAt(k) === 0x20) k++;
  const d = text.charCodeAt(k);
  return d >= 0x30 && d <= 0x39;
}

export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  scanSentences(text, from, to, (start, end) => {
    out.push({ start, end });
  });
  return out;
}

function emitTrimmed(text: string, start: number, end: number, onSentence: (start: number, end: number) => void): void {
  let s = start;
  let e = end;
  while (s < e && (text.charCodeAt(s) === 0x20 || text.charCodeAt(s) === 0x0a)) s++;
  while (e > s && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x0a)) e--;
  if (e > s) onSentence(s, e);
}
