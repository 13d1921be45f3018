/**
 * The official stance as the article reports it: denied, confirmed, partial, investigating or none, from cue
 * words in sentences where an official actor speaks (or in the title).
 *
 * Besides words of denial, confirmation and investigation, the leak verbs of an attributed official statement
 * carry the stance: negated ("no customer data was accessed", "कोई डेटा लीक नहीं हुआ") they deny the leak, stated
 * ("details of passengers were compromised, the airline said") they confirm it, and both at once ("card data was
 * stolen but not the CVV") or with a smaller quantity ("far less data leaked than claimed") they confirm in part.
 */
import type { StanceInText } from './types.ts';
import { CAT_INDEX, cue, type Context, type SentenceInfo } from './context.ts';

export interface StanceResult {
  stance: StanceInText;
  /** Sentences that carry the official response. */
  sentences: number[];
}

/** How many words (spaces) lie between two offsets, or Infinity when a clause break (, ; :) lies between. */
function wordsBetween(text: string, a: number, b: number): number {
  if (b < a) return Infinity;
  if (b - a > 80) return Infinity;
  let words = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x3a) return Infinity;
    if (c === 0x20) words++;
  }
  return Math.max(0, words - 1);
}

const WINDOW = 90;

/** Sorts a flat [start, end, start, end, …] list by start. */
function sortPairs(list: number[]): void {
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < list.length; k += 2) pairs.push([list[k]!, list[k + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  pairs.forEach(([a, b], k) => {
    list[2 * k] = a;
    list[2 * k + 1] = b;
  });
}

/** Index (even) of the first pair whose start is at or after `pos`, in a list sorted by start. */
function firstPairAtOrAfter(list: readonly number[], pos: number): number {
  let lo = 0;
  let hi = list.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[2 * mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo;
}

const DEVANAGARI_START = 0x900;
const DEVANAGARI_END = 0x97f;

/**
 * Per sentence: how many leak/touch verbs are negated and how many are not. A verb is negated when a negation
 * stands right after it in Hindi ("लीक नहीं हुआ", within two words) or one word before it ("नहीं हुआ लीक"), or a
 * few words before it in the same clause in English ("no financial information was accessed").
 */
export function negatedTouches(ctx: Context): { negated: Uint16Array; plain: Uint16Array } {
  const n = ctx.sentences.length;
  const negated = new Uint16Array(n);
  const plain = new Uint16Array(n);
  const neg = CAT_INDEX.negation;
  const touch = CAT_INDEX.touched;
  const negBySentence = new Map<number, number[]>();
  const touchHits: Array<[number, number, number]> = [];
  for (let h = 0; h < ctx.hits.length; h++) {
    const hit = ctx.hits[h]!;
    if (hit.p.k !== 'cue') continue;
    const si = ctx.hitSentence[h]!;
    if (si < 0) continue;
    if (hit.p.ci === neg) {
      let list = negBySentence.get(si);
      if (!list) negBySentence.set(si, (list = []));
      list.push(hit.start, hit.end);
    } else if (hit.p.ci === touch) touchHits.push([si, hit.start, hit.end]);
  }
  for (const list of negBySentence.values()) sortPairs(list);
  const text = ctx.text;
  let lastEnd = -1;
  for (const [si, start, end] of touchHits) {
    if (start < lastEnd) continue; // overlapping touch words ("सेंध", "सेंधमारी") count once
    lastEnd = end;
    const negs = negBySentence.get(si) ?? [];
    const hindi = text.charCodeAt(start) >= DEVANAGARI_START && text.charCodeAt(start) <= DEVANAGARI_END;
    let isNeg = false;
    // Negations are sorted by start; only those within WINDOW characters can qualify (wordsBetween caps at 80).
    for (let k = firstPairAtOrAfter(negs, start - WINDOW); k < negs.length && negs[k]! <= end + WINDOW && !isNeg; k += 2) {
      const ns = negs[k]!;
      const ne = negs[k + 1]!;
      if (ns >= end) isNeg = wordsBetween(text, end, ns) <= (hindi ? 2 : 0);
      else if (ne <= start) isNeg = wordsBetween(text, ne, start) <= (hindi ? 1 : 10);
    }
    if (isNeg) negated[si]!++;
    else plain[si]!++;
  }
  return { negated, plain };
}

/**
 * Sentences where the victim organisation is the speaker: its name (or "the company", "spokesperson") right before
 * a verb of saying ("Dunzo said", "the company told"), or "<org> ने कहा/बताया" in Hindi.
 */
export function victimSpeaks(ctx: Context): Set<number> {
  const out = new Set<number>();
  const says = CAT_INDEX.says;
  const voice = CAT_INDEX.victimVoice;
  const speakerEnds = new Map<number, number[]>();
  for (let h = 0; h < ctx.hits.length; h++) {
    const hit = ctx.hits[h]!;
    const si = ctx.hitSentence[h]!;
    if (si < 0) continue;
    if (hit.p.k === 'org' || (hit.p.k === 'cue' && hit.p.ci === voice)) {
      let list = speakerEnds.get(si);
      if (!list) speakerEnds.set(si, (list = []));
      list.push(hit.end);
    }
  }
  for (let h = 0; h < ctx.hits.length; h++) {
    const hit = ctx.hits[h]!;
    if (hit.p.k !== 'cue' || hit.p.ci !== says) continue;
    const si = ctx.hitSentence[h]!;
    const ends = speakerEnds.get(si);
    if (!ends) continue;
    // Ends are in increasing order (hits come in order of their end): look only at those just before the verb.
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! < hit.start - WINDOW) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < ends.length && ends[k]! <= hit.start; k++) {
      if (wordsBetween(ctx.text, ends[k]!, hit.start) <= 2) {
        out.add(si);
        break;
      }
    }
  }
  return out;
}

function endsOpen(ctx: Context, s: SentenceInfo): boolean {
  const c = ctx.text.charCodeAt(s.end - 1);
  return !(c === 0x2e || c === 0x964 || c === 0x965 || c === 0x3f || c === 0x21 || c === 0x22 || c === 0x27);
}

export function detectStance(ctx: Context): StanceResult {
  let deny = 0;
  let confirm = 0;
  let investigate = 0;
  let partial = 0;
  const sentences: number[] = [];
  const touches = negatedTouches(ctx);
  const speakers = victimSpeaks(ctx);
  ctx.sentences.forEach((s, i) => {
    if (cue(s, 'noResponse') > 0) return;
    // A sentence broken by a hard line wrap ("पुलिस ने 25 नवंबर\nको मामला दर्ज किया") keeps its speaker.
    const prev = i > 0 ? ctx.sentences[i - 1]! : null;
    const prevSpeaks = prev !== null && !prev.inTitle && !s.inTitle && endsOpen(ctx, prev) && (cue(prev, 'official') > 0 || prev.orgs.length > 0);
    const official = cue(s, 'official') > 0 || s.orgs.length > 0 || s.inTitle || prevSpeaks;
    if (!official) return;
    let d = cue(s, 'deny');
    let c = cue(s, 'confirm');
    const v = cue(s, 'investigate');
    const p = cue(s, 'partial');
    // Statements about the leak itself, attributed to the official side: not the hacker's words nor advice to the
    // reader; a hacker named inside the victim's own statement ("Dunzo said hackers had accessed…") is reported speech.
    const aboutHacker = cue(s, 'claimant') + cue(s, 'venue') > 0 && !speakers.has(i);
    const attributed = !s.inTitle && cue(s, 'says') > 0 && !aboutHacker && cue(s, 'secondPerson') + cue(s, 'modal') === 0;
    if (attributed) {
      const neg = touches.negated[i]!;
      const plain = touches.plain[i]!;
      if (d === 0 && neg > 0) d = 1;
      // Only the victim's own voice confirms by stating the leak; an outside expert's description does not.
      const victim = s.orgs.length > 0 || cue(s, 'victimVoice') > 0;
      if (victim && c === 0 && plain > 0 && d === 0 && v === 0 && (p > 0 || cue(s, 'claimVerb') === 0)) c = 1;
      else if (victim && c === 0 && plain > 0 && neg > 0) c = 1;
    }
    if (d + c + v === 0) return;
    deny += d;
    confirm += c;
    investigate += v;
    partial += p;
    sentences.push(i);
  });
  let stance: StanceInText = 'none';
  if (deny > 0 && confirm > 0) stance = partial > 0 || Math.abs(deny - confirm) <= 1 ? 'partial' : deny > confirm ? 'denied' : 'confirmed';
  else if (deny > 0) stance = 'denied';
  else if (confirm > 0) stance = partial > 0 ? 'partial' : 'confirmed';
  else if (investigate > 0) stance = 'investigating';
  return { stance, sentences };
}
