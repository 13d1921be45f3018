/**
 * The official stance as the article reports it: denied, confirmed, partial, investigating or none, from cue
 * words in sentences where an official actor speaks (or in the title).
 */
import type { StanceInText } from './types.ts';
import { cue, type Context } from './context.ts';

export interface StanceResult {
  stance: StanceInText;
  /** Sentences that carry the official response. */
  sentences: number[];
}

export function detectStance(ctx: Context): StanceResult {
  let deny = 0;
  let confirm = 0;
  let investigate = 0;
  let partial = 0;
  const sentences: number[] = [];
  ctx.sentences.forEach((s, i) => {
    if (cue(s, 'noResponse') > 0) return;
    const official = cue(s, 'official') > 0 || s.orgs.length > 0 || s.inTitle;
    if (!official) return;
    const d = cue(s, 'deny');
    const c = cue(s, 'confirm');
    const v = cue(s, 'investigate');
    if (d + c + v === 0) return;
    deny += d;
    confirm += c;
    investigate += v;
    partial += cue(s, 'partial');
    sentences.push(i);
  });
  let stance: StanceInText = 'none';
  if (deny > 0 && confirm > 0) stance = partial > 0 || Math.abs(deny - confirm) <= 1 ? 'partial' : deny > confirm ? 'denied' : 'confirmed';
  else if (deny > 0) stance = 'denied';
  else if (confirm > 0) stance = partial > 0 ? 'partial' : 'confirmed';
  else if (investigate > 0) stance = 'investigating';
  return { stance, sentences };
}
