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
const NONE: readonly number[] = [];

/** Sorts a flat [start, end, start, end, …] list by start. */
function sortPairs(list: number[]): void {
  if (isSortedByStart(list)) return; // the usual case: hits arrive nearly in order
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < list.length; k += 2) pairs.push([list[k]!, list[k + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  pairs.forEach(([a, b], k) => {
    list[2 * k] = a;
    list[2 * k + 1] = b;
  });
}

function isSortedByStart(list: readonly number[]): boolean {
  for (let k = 2; k < list.length; k += 2) if (list[k - 2]! > list[k]!) return false;
  return true;
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

/** Whether the word at `pos` is Hindi (Devanagari): word order, and so the side a negation or object stands on, differs. */
function devanagariAt(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  return c >= DEVANAGARI_START && c <= DEVANAGARI_END;
}

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
  // Negations bucketed by sentence index (an array, not a Map: sentence indexes are small and dense).
  const negBySentence: Array<number[] | undefined> = new Array(n);
  const touchHits: Array<[number, number, number]> = [];
  for (let h = 0; h < ctx.hits.length; h++) {
    const hit = ctx.hits[h]!;
    if (hit.p.k !== 'cue') continue;
    const si = ctx.hitSentence[h]!;
    if (si < 0) continue;
    if (hit.p.ci === neg) {
      const list = negBySentence[si] ?? (negBySentence[si] = []);
      list.push(hit.start, hit.end);
    } else if (hit.p.ci === touch) touchHits.push([si, hit.start, hit.end]);
  }
  for (const list of negBySentence) if (list) sortPairs(list);
  const text = ctx.text;
  let lastEnd = -1;
  for (const [si, start, end] of touchHits) {
    if (start < lastEnd) continue; // overlapping touch words ("सेंध", "सेंधमारी") count once
    lastEnd = end;
    const negs = negBySentence[si] ?? NONE;
    const hindi = devanagariAt(text, start);
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
  const speakerEnds: Array<number[] | undefined> = new Array(ctx.sentences.length);
  for (let h = 0; h < ctx.hits.length; h++) {
    const hit = ctx.hits[h]!;
    const si = ctx.hitSentence[h]!;
    if (si < 0) continue;
    if (hit.p.k === 'org' || (hit.p.k === 'cue' && hit.p.ci === voice)) {
      const list = speakerEnds[si] ?? (speakerEnds[si] = []);
      list.push(hit.end);
    }
  }
  for (let h = 0; h < ctx.hits.length; h++) {
    const hit = ctx.hits[h]!;
    if (hit.p.k !== 'cue' || hit.p.ci !== says) continue;
    const si = ctx.hitSentence[h]!;
    if (si < 0) continue;
    const ends = speakerEnds[si];
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

type Verdict = 'deny' | 'confirm' | 'partial' | 'invest';

/** Per sentence: where its speakers, negations and stance words lie, for speaker attribution and negation scope. */
interface SentenceMarks {
  /** Speaker hits: [start, end, 1 official | 2 outsider], flat. */
  speakers: number[];
  negations: number[];
  noResponse: number[];
  /** Stance words: [start, end, kind], flat; kind indexes STANCE_KINDS. */
  stance: number[];
  /** Flaw words ("a flaw", "vulnerability", "खामी"): [start, end], flat. */
  flaws: number[];
}

const STANCE_KINDS = ['deny', 'safe', 'confirm', 'investigate', 'partial'] as const;

/** Whether a clause break (, ; :) lies in text[a, b). */
function clauseBreak(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x3a) return true;
  }
  return false;
}

/** Stance kind (index into STANCE_KINDS) by cue category index, -1 for other categories. */
const KIND_OF: Int8Array = (() => {
  const out = new Int8Array(Object.keys(CAT_INDEX).length).fill(-1);
  STANCE_KINDS.forEach((k, i) => {
    out[CAT_INDEX[k]] = i;
  });
  return out;
})();

/** How far (characters) the owner of a title may stand from " of " / " के ": "CEO of the company", "कंपनी के सीईओ". */
const OWNER_REACH = 6;
/** The length of the word that ties a title to its owner, with its spaces: " of ", " at ", " के ", " की ". */
const TIE = 4;

/**
 * Titles that belong to someone other than the organisation in the story: "CEO of CYFIRMA", "साइबर सुरक्षा फर्म के
 * सीईओ". A title is tied to its owner by "of"/"at" after it (English) or "के"/"की" before it (Hindi). Owned by a named
 * organisation of the story, "the company" or a generic organisation word ("the bank", "कंपनी"), it is that
 * organisation's voice; owned by a hacker, researcher or security firm, or by a name LeakLens does not know, it is an
 * outside voice. A title tied to nothing ("the CEO said") is left as it is. Returns the outside titles' start offsets
 * and their sentences.
 */
export function outsideTitles(ctx: Context): { starts: Set<number>; sentences: Set<number> } {
  const starts = new Set<number>();
  const sentences = new Set<number>();
  const text = ctx.text;
  const ci = CAT_INDEX;
  // Possible owners by sentence, as [start, end, 1 the story's side | 2 an outsider] triples.
  const owners: Array<number[] | undefined> = new Array(ctx.sentences.length);
  for (let h = 0; h < ctx.hits.length; h++) {
    const hit = ctx.hits[h]!;
    const si = ctx.hitSentence[h]!;
    if (si < 0) continue;
    let side = 0;
    if (hit.p.k === 'org') side = 1;
    else if (hit.p.k === 'cue') {
      const c = hit.p.ci;
      if (c === ci.victimVoice || c === ci.genericOrg) side = 1;
      else if (c === ci.claimant || c === ci.outsider) side = 2;
    }
    if (side !== 0) (owners[si] ?? (owners[si] = [])).push(hit.start, hit.end, side);
  }
  for (let h = 0; h < ctx.hits.length; h++) {
    const hit = ctx.hits[h]!;
    const si = ctx.hitSentence[h]!;
    if (si < 0 || hit.p.k !== 'cue' || hit.p.ci !== ci.role) continue;
    const list = owners[si] ?? NONE;
    let tied = false;
    let owner = 0;
    const after = text.slice(hit.end, hit.end + TIE);
    const before = text.slice(Math.max(0, hit.start - TIE), hit.start);
    if (after === ' of ' || after === ' at ') {
      tied = true;
      for (let k = 0; k < list.length; k += 3) {
        if (list[k]! >= hit.end + TIE && list[k]! <= hit.end + TIE + OWNER_REACH) owner = Math.max(owner, list[k + 2]!);
      }
    } else if (before === ' के ' || before === ' की ') {
      tied = true;
      for (let k = 0; k < list.length; k += 3) {
        if (list[k + 1]! <= hit.start - TIE && list[k + 1]! >= hit.start - TIE - OWNER_REACH) owner = Math.max(owner, list[k + 2]!);
      }
    }
    if (tied && owner !== 1) {
      starts.add(hit.start);
      sentences.add(si);
    }
  }
  return { starts, sentences };
}

/** Marks of the sentences that hold a stance word (hits come in order of their end, which is the order kept). */
function collectMarks(ctx: Context, outside: ReadonlySet<number>): Array<SentenceMarks | undefined> {
  const out: Array<SentenceMarks | undefined> = new Array(ctx.sentences.length);
  const kindOf = KIND_OF;
  const ci = CAT_INDEX;
  const relevant = new Uint8Array(ctx.sentences.length);
  ctx.sentences.forEach((s, i) => {
    if (cue(s, 'deny') + cue(s, 'safe') + cue(s, 'confirm') + cue(s, 'investigate') + cue(s, 'partial') > 0) relevant[i] = 1;
  });
  for (let h = 0; h < ctx.hits.length; h++) {
    const hit = ctx.hits[h]!;
    const si = ctx.hitSentence[h]!;
    if (si < 0 || relevant[si] === 0) continue;
    let speaker = 0;
    let kind = -1;
    let isNeg = false;
    let isNoResp = false;
    let isFlaw = false;
    if (hit.p.k === 'org') speaker = 1;
    else if (hit.p.k === 'cue') {
      const c = hit.p.ci;
      if (c === ci.official || c === ci.victimVoice) speaker = outside.has(hit.start) ? 2 : 1;
      else if (c === ci.role) speaker = outside.has(hit.start) ? 2 : 0;
      else if (c === ci.claimant || c === ci.outsider) speaker = 2;
      else if (c === ci.negation) isNeg = true;
      else if (c === ci.noResponse) isNoResp = true;
      else if (c === ci.flaw) isFlaw = true;
      else if (c < kindOf.length) kind = kindOf[c]!;
    } else continue;
    if (speaker === 0 && kind < 0 && !isNeg && !isNoResp && !isFlaw) continue;
    const m = out[si] ?? (out[si] = { speakers: [], negations: [], noResponse: [], stance: [], flaws: [] });
    if (speaker !== 0) m.speakers.push(hit.start, hit.end, speaker);
    else if (isNeg) m.negations.push(hit.start, hit.end);
    else if (isNoResp) m.noResponse.push(hit.start, hit.end);
    else if (isFlaw) m.flaws.push(hit.start, hit.end);
    else m.stance.push(hit.start, hit.end, kind);
  }
  return out;
}

/**
 * Who speaks a stance word: the nearest speaker before it in the sentence ("the company denied", "शोधकर्ता ने कहा
 * कि उसने … पुष्टि की"), else the first one after it ("… were safe, the spokesperson said"). 0 when none is named.
 */
function speakerOf(speakers: readonly number[], start: number): number {
  let before = 0;
  let beforeEnd = -1;
  let after = 0;
  let afterStart = Infinity;
  for (let k = 0; k < speakers.length; k += 3) {
    const a = speakers[k]!;
    const b = speakers[k + 1]!;
    if (b <= start && b > beforeEnd) {
      before = speakers[k + 2]!;
      beforeEnd = b;
    } else if (a >= start && a < afterStart) {
      after = speakers[k + 2]!;
      afterStart = a;
    }
  }
  return before !== 0 ? before : after;
}

/**
 * A stance word negated in its own clause: "did not deny", "has not yet confirmed", "no investigation" (a negation up
 * to two words before it in English), "पुष्टि नहीं की", "इनकार नहीं किया", "कोई शिकायत नहीं की" (up to two words
 * after it in Hindi). Negations inside the stance phrase itself ("no breach", "लीक नहीं") do not count. A negated
 * investigation word is no investigation: "ICMR has not filed a complaint" is not the official side investigating.
 */
function negatedCue(text: string, negs: readonly number[], start: number, end: number): boolean {
  const hindi = devanagariAt(text, start);
  for (let k = 0; k < negs.length; k += 2) {
    const ns = negs[k]!;
    const ne = negs[k + 1]!;
    if (hindi && ns >= end && wordsBetween(text, end, ns) <= 1) return true;
    if (!hindi && ne <= start && wordsBetween(text, ne, start) <= 1) return true;
  }
  return false;
}

/** How many words may stand between an admission and the flaw it admits ("acknowledged a flaw", "खामी को स्वीकार"). */
const FLAW_REACH = 3;

/**
 * An admission whose object is a flaw, bug or vulnerability ("Vi acknowledged a flaw in its billing system", "कंपनी ने
 * खामी को स्वीकार किया") admits no leak: the flaw word follows the admission closely in English, or comes just before
 * it in Hindi, within its clause.
 */
function admitsAFlaw(text: string, flaws: readonly number[], start: number, end: number): boolean {
  const hindi = devanagariAt(text, start);
  for (let k = 0; k < flaws.length; k += 2) {
    const fs = flaws[k]!;
    const fe = flaws[k + 1]!;
    if (!hindi && fs >= end && wordsBetween(text, end, fs) <= FLAW_REACH) return true;
    if (hindi && fe <= start && wordsBetween(text, fe, start) <= FLAW_REACH) return true;
  }
  return false;
}

export function detectStance(ctx: Context): StanceResult {
  const sentences: number[] = [];
  const touches = negatedTouches(ctx);
  const speakers = victimSpeaks(ctx);
  const outside = outsideTitles(ctx);
  const marks = collectMarks(ctx, outside.starts);
  const text = ctx.text;
  /** Sentence verdicts in text order: [sentence, verdict, older, safeOnly]. */
  const verdicts: SentenceVerdict[] = [];
  ctx.sentences.forEach((s, i) => {
    const m = marks[i];
    // A sentence broken by a hard line wrap ("पुलिस ने 25 नवंबर\nको मामला दर्ज किया") keeps its speaker.
    const prev = i > 0 ? ctx.sentences[i - 1]! : null;
    const prevSpeaks = prev !== null && !prev.inTitle && !s.inTitle && endsOpen(ctx, prev) && (cue(prev, 'official') > 0 || prev.orgs.length > 0);
    const official = cue(s, 'official') > 0 || s.orgs.length > 0 || s.inTitle || prevSpeaks;
    if (!official) return;
    let d = 0;
    let safe = 0;
    let c = 0;
    let v = 0;
    let p = 0;
    let lastConfirm = -1;
    let strongDenyAfterConfirm = false;
    const noResp = m ? m.noResponse : [];
    if (m) {
      const st = m.stance;
      let lastEnd = -1;
      for (let k = 0; k < st.length; k += 3) {
        const start = st[k]!;
        const end = st[k + 1]!;
        const kind = STANCE_KINDS[st[k + 2]!]!;
        if (start < lastEnd && kind !== 'investigate' && kind !== 'partial') continue; // overlapping phrases count once
        // "has not responded … but said it had launched an investigation": only what follows the non-answer counts.
        if (noResp.length > 0) {
          if (kind !== 'investigate') continue;
          let after = false;
          for (let r = 0; r < noResp.length; r += 2) if (noResp[r + 1]! <= start && clauseBreak(text, noResp[r + 1]!, start)) after = true;
          if (!after) continue;
        }
        if (speakerOf(m.speakers, start) === 2) continue;
        if (kind !== 'partial' && negatedCue(text, m.negations, start, end)) continue;
        if (kind === 'confirm' && admitsAFlaw(text, m.flaws, start, end)) continue;
        if (kind !== 'investigate' && kind !== 'partial') lastEnd = end;
        if (kind === 'deny') {
          d++;
          if (lastConfirm >= 0) strongDenyAfterConfirm = true;
        } else if (kind === 'safe') safe++;
        else if (kind === 'confirm') {
          c++;
          lastConfirm = start;
          strongDenyAfterConfirm = false;
        } else if (kind === 'investigate') v++;
        else p++;
      }
    }
    // Statements about the leak itself, attributed to the official side: not the hacker's words, an outside firm's
    // (its CEO's) nor advice to the reader; a hacker named inside the victim's own statement ("Dunzo said hackers had
    // accessed…") is reported speech.
    const aboutHacker = (cue(s, 'claimant') + cue(s, 'venue') + cue(s, 'outsider') > 0 || outside.sentences.has(i)) && !speakers.has(i);
    const attributed = !s.inTitle && noResp.length === 0 && cue(s, 'says') > 0 && !aboutHacker && cue(s, 'secondPerson') + cue(s, 'modal') === 0;
    let plainTouch = false;
    const explicitConfirm = c > 0;
    if (attributed) {
      const neg = touches.negated[i]!;
      const plain = touches.plain[i]!;
      if (d + safe === 0 && neg > 0) safe = 1;
      // Only the victim's own voice confirms by stating the leak; an outside expert's description does not.
      const victim = s.orgs.length > 0 || cue(s, 'victimVoice') > 0;
      if (victim && plain > 0) plainTouch = true;
      if (victim && c === 0 && plain > 0 && d === 0 && v === 0 && (p > 0 || cue(s, 'claimVerb') === 0)) c = 1;
      else if (victim && c === 0 && plain > 0 && neg > 0) c = 1;
    }
    // "can confirm that there has been no breach": a confirmation word that introduces a denial is a denial.
    if (c > 0 && d > 0 && strongDenyAfterConfirm && c === 1) c = 0;
    let verdict: Verdict | null = null;
    let safeOnly = false;
    if (p > 0 && (attributed || c + d + safe > 0 || plainTouch)) verdict = 'partial';
    else if (c > 0 && d > 0) verdict = explicitConfirm ? 'partial' : 'deny';
    else if (c > 0) verdict = 'confirm';
    else if (d > 0 || safe > 0) {
      verdict = 'deny';
      safeOnly = d === 0;
    } else if (v > 0) verdict = 'invest';
    if (verdict === null) return;
    verdicts.push({ i, v: verdict, older: cue(s, 'earlier') > 0, safeOnly, explicit: verdict !== 'confirm' || explicitConfirm });
    sentences.push(i);
  });
  return { stance: decide(ctx, verdicts), sentences };
}

interface SentenceVerdict {
  i: number;
  v: Verdict;
  /** Marked as an earlier statement. */
  older: boolean;
  /** A denial that only says data or systems are safe. */
  safeOnly: boolean;
  /** False for a confirmation read only from a stated leak verb (weaker than "confirmed", "माना"). */
  explicit: boolean;
}

/**
 * The article's stance from its sentence verdicts: the latest statement wins (a confirmation after a denial is a
 * confirmation), with these exceptions: a statement marked as earlier ("had initially denied", "शुरुआत में") yields
 * to any other; an explicit admission is not undone by a later denial (which then speaks of a part: "no breach of
 * the core network"), nor by "data is safe" (some data was spared); a partial statement beside a confirmation makes
 * it partial; the title speaks only when the body does not; an investigation counts only when nothing was denied
 * or confirmed.
 */
function decide(ctx: Context, verdicts: readonly SentenceVerdict[]): StanceInText {
  const decisive = verdicts.filter((x) => x.v !== 'invest');
  if (decisive.length === 0) return verdicts.length > 0 ? 'investigating' : 'none';
  const body = decisive.filter((x) => !ctx.sentences[x.i]!.inTitle);
  let pool = body.length > 0 ? body : decisive;
  const current = pool.filter((x) => !x.older);
  if (current.length > 0) pool = current;
  let final = pool[pool.length - 1]!;
  if (final.v === 'deny') {
    for (let k = pool.length - 2; k >= 0; k--) {
      const x = pool[k]!;
      if (x.v === 'deny' && !x.safeOnly && final.safeOnly) break;
      if (final.safeOnly ? x.v === 'confirm' || x.v === 'partial' : x.v === 'confirm' && x.explicit) {
        final = x;
        break;
      }
    }
  }
  if (final.v === 'confirm' && pool.some((x) => x.v === 'partial')) return 'partial';
  return final.v === 'deny' ? 'denied' : final.v === 'confirm' ? 'confirmed' : 'partial';
}
