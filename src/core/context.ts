/**
 * The per-article working state shared by the analysis steps: normalised text, sentences, hits and per-sentence
 * cue counts. Built once per analysis; every step reads it.
 */
import type { CompiledKb } from './compile-kb.ts';
import { CUE_CATEGORIES, type CueCategory } from './lexicon.ts';
import { findHits, type Hit } from './hits.ts';
import type { Normalized } from './normalize.ts';
import { scanSentences, type Sentence } from './sentences.ts';

export const CAT_INDEX: Readonly<Record<CueCategory, number>> = Object.fromEntries(CUE_CATEGORIES.map((c, i) => [c, i])) as Record<CueCategory, number>;
const NCAT = CUE_CATEGORIES.length;

export interface SentenceInfo extends Sentence {
  /** Cue counts by category index. */
  cues: Uint16Array;
  fields: Hit[];
  orgs: Hit[];
  inTitle: boolean;
}

export interface Context {
  norm: Normalized;
  text: string;
  /** Normalised index where the body starts (the title comes first). */
  bodyStart: number;
  sentences: SentenceInfo[];
  hits: Hit[];
  /** Sentence index of each hit. */
  hitSentence: Int32Array;
  totals: Uint16Array;
}

export function cue(s: { cues: Uint16Array }, cat: CueCategory): number {
  return s.cues[CAT_INDEX[cat]]!;
}

export function buildContext(kb: CompiledKb, norm: Normalized, bodyStart: number): Context {
  const text = norm.text;
  const sentences = buildSentences(text, Math.min(bodyStart, text.length), norm.cased);
  const hits = findHits(kb, text, norm.cased);
  const hitSentence = new Int32Array(hits.length);
  const totals = new Uint16Array(NCAT);
  assignHits(sentences, hits, hitSentence);
  for (let h = 0; h < hits.length; h++) {
    const idx = hitSentence[h]!;
    if (idx < 0) continue;
    const s = sentences[idx]!;
    const p = hits[h]!.p;
    if (p.k === 'cue') {
      const ci = p.ci;
      if (s.cues[ci]! < 65535) s.cues[ci]!++;
      if (totals[ci]! < 65535) totals[ci]!++;
    } else if (p.k === 'field') s.fields.push(hits[h]!);
    else if (p.k === 'org') s.orgs.push(hits[h]!);
  }
  return { norm, text, bodyStart, sentences, hits, hitSentence, totals };
}

/**
 * Title sentences, then body sentences (split separately so that none straddles the two), each built as one object
 * literal in one place: every SentenceInfo then has the same hidden class, which keeps the many `cue(s, …)` and
 * `s.fields` reads of later steps monomorphic. (Building them with `{ ...s, cues, … }` made V8 fall back to slow
 * dictionary-mode objects and cost more than the automaton pass.)
 *
 * The cue arrays are views on one buffer sized once the sentences are known: a separate `new Uint16Array(NCAT)`
 * per sentence (NCAT × 2 bytes, above V8's 64-byte limit for typed arrays kept on the JS heap) allocated an
 * off-heap backing store for every sentence.
 */
function buildSentences(text: string, bodyStart: number, cased: string): SentenceInfo[] {
  const bounds: number[] = [];
  const add = (start: number, end: number): void => {
    bounds.push(start, end);
  };
  scanSentences(text, 0, bodyStart, add, cased);
  scanSentences(text, bodyStart, text.length, add, cased);
  const bytesPerSentence = NCAT * Uint16Array.BYTES_PER_ELEMENT;
  const buffer = new ArrayBuffer((bounds.length / 2) * bytesPerSentence);
  const out: SentenceInfo[] = [];
  for (let k = 0; k < bounds.length; k += 2) {
    const start = bounds[k]!;
    const cues = new Uint16Array(buffer, (k / 2) * bytesPerSentence, NCAT);
    out.push({ start, end: bounds[k + 1]!, cues, fields: [], orgs: [], inTitle: start < bodyStart });
  }
  return out;
}

/**
 * Writes the index of the sentence holding each hit's start (or -1) into `out`. Hits come in order of their end and
 * patterns are short, so one forward sweep over the sentences plus a step or two back per hit replaces a binary
 * search per hit.
 */
function assignHits(sentences: readonly SentenceInfo[], hits: readonly Hit[], out: Int32Array): void {
  const n = sentences.length;
  let j = 0;
  let lastEnd = 0;
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    if (hit.end < lastEnd) j = 0; // Out of order (not expected): restart the sweep rather than be wrong.
    lastEnd = hit.end;
    // j = first sentence that ends after the hit's last unit; the one holding the start is at or before it.
    while (j < n && sentences[j]!.end < hit.end) j++;
    let k = j < n ? j : n - 1;
    while (k >= 0 && sentences[k]!.start > hit.start) k--;
    out[h] = k >= 0 && hit.start < sentences[k]!.end ? k : -1;
  }
}
