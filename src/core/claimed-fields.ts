/**
 * Claimed fields: field synonyms found in the article's claim context — not in sentences where the official side
 * says it does not collect or hold a field, nor inside stop phrases ("पता चला", "pan-India"), and a synonym
 * inside a longer one ("address" in "email address") counts only for the longer.
 */
import type { FieldId } from '../kb/fields.ts';
import { FIELD_IDS } from '../kb/fields.ts';
import { cue, type Context, type SentenceInfo } from './context.ts';
import type { Hit } from './hits.ts';

export interface FieldFinding {
  id: FieldId;
  start: number;
  end: number;
}

/** True when a sentence is the official side saying a field is not collected, held or affected. */
export function isOfficialNegation(s: SentenceInfo): boolean {
  return cue(s, 'negation') > 0 && (cue(s, 'collect') > 0 || cue(s, 'official') > 0 || cue(s, 'deny') > 0 || cue(s, 'leakVerb') > 0);
}

export function claimedFields(ctx: Context, dataLeak: ReadonlySet<number>): FieldFinding[] {
  const stops: Hit[] = [];
  for (const h of ctx.hits) if (h.p.k === 'fstop') stops.push(h);
  stops.sort((a, b) => a.start - b.start);
  const S = ctx.sentences;
  const found = new Map<FieldId, FieldFinding>();
  S.forEach((s, i) => {
    if (s.fields.length === 0) return;
    if (isOfficialNegation(s)) return;
    const near = dataLeak.has(i) || dataLeak.has(i - 1) || dataLeak.has(i + 1);
    const claimish = cue(s, 'claimant') + cue(s, 'venue') + cue(s, 'claimVerb') + cue(s, 'dataNoun') + cue(s, 'peopleNoun') + cue(s, 'leakVerb') > 0;
    const distinct = new Set(s.fields.map((h) => (h.p.k === 'field' ? h.p.id : '')));
    if (!near && !claimish && distinct.size < 2) return;
    for (const h of s.fields) {
      if (h.p.k !== 'field') continue;
      if (insideStop(stops, h)) continue;
      if (s.fields.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start && o.p.k === 'field' && o.p.id !== (h.p as { id: FieldId }).id)) continue;
      if (!found.has(h.p.id)) found.set(h.p.id, { id: h.p.id, start: h.start, end: h.end });
    }
  });
  return FIELD_IDS.filter((id) => found.has(id)).map((id) => found.get(id)!);
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
