/**
 * The per-article working state shared by the analysis steps: normalised text, sentences, hits and per-sentence
 * cue counts. Built once per analysis; every step reads it.
 */
import type { FieldId } from '../kb/fields.ts';
import type { CompiledKb } from './compile-kb.ts';
import { CUE_CATEGORIES, type CueCategory } from './lexicon.ts';
import { findHits, type Hit } from './hits.ts';
import type { Normalized } from './normalize.ts';
import { sentenceAt, splitSentences, type Sentence } from './sentences.ts';

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
  const raw = [...splitSentences(text, 0, Math.min(bodyStart, text.length)), ...splitSentences(text, Math.min(bodyStart, text.length), text.length)];
  const sentences: SentenceInfo[] = raw.map((s) => ({ ...s, cues: new Uint16Array(NCAT), fields: [], orgs: [], inTitle: s.start < bodyStart }));
  // Hits come in order of their end; patterns are short, so a binary search per hit finds its sentence.
  const hits = findHits(kb, text, norm.cased);
  const hitSentence = new Int32Array(hits.length);
  const totals = new Uint16Array(NCAT);
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    const idx = sentenceAt(sentences, hit.start);
    hitSentence[h] = idx;
    if (idx < 0) continue;
    const s = sentences[idx]!;
    const p = hit.p;
    if (p.k === 'cue') {
      const ci = p.ci;
      if (s.cues[ci]! < 65535) s.cues[ci]!++;
      if (totals[ci]! < 65535) totals[ci]!++;
    } else if (p.k === 'field') s.fields.push(hit);
    else if (p.k === 'org') s.orgs.push(hit);
  }
  return { norm, text, bodyStart, sentences, hits, hitSentence, totals };
}

export function fieldOf(hit: Hit): FieldId | null {
  return hit.p.k === 'field' ? hit.p.id : null;
}
