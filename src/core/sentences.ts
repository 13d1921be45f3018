/**
 * Sentence segmentation of normalised text, in one linear scan. A sentence ends at a danda (।, ॥), '?', '!',
 * '|', a line break, or a '.' followed by a space or the end (so "81.5" and "cowin.gov.in" stay whole).
 */

export interface Sentence {
  start: number;
  /** Exclusive. */
  end: number;
}

export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    let boundary = false;
    if (c === 0x0a || c === 0x964 || c === 0x965 || c === 0x3f || c === 0x21 || c === 0x7c) boundary = true;
    else if (c === 0x2e) {
      const next = i + 1 < to ? text.charCodeAt(i + 1) : 0x20;
      boundary = next === 0x20 || next === 0x0a || next === 0x22 || next === 0x27;
    }
    if (boundary) {
      push(out, text, start, i + 1);
      start = i + 1;
    }
  }
  push(out, text, start, to);
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && (text.charCodeAt(s) === 0x20 || text.charCodeAt(s) === 0x0a)) s++;
  while (e > s && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x0a)) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** Index of the sentence containing `pos` (binary search), or -1. */
export function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
