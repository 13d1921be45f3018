/**
 * Leak detection: an explainable score from generic evidence that the article reports a specific claimed leak
 * (a leak/breach verb applied to data about people, a victim organisation, a claimant, a venue, a count of people
 * or records, a list of personal-data fields, an official response) minus generic negative evidence (near-miss
 * topics — exam papers, gas and water leaks, films and audio, phone specs, law, tips, phishing, statistics — that
 * dominate the text).
 */
import { cue, type Context, type SentenceInfo } from './context.ts';

export interface LeakEvidence {
  /** Sentences where a leak verb applies to data or people (data-leak sentences). */
  dataLeakSentences: number[];
  score: number;
  raw: number;
  isLeak: boolean;
  reasons: string[];
}

const OBJECT_NEGATIVES = ['exam', 'gas', 'film', 'audio', 'specs'] as const;

/** A sentence where a leak verb meets data, people or a named organisation, and no near-miss object outweighs them. */
export function isDataLeakSentence(s: SentenceInfo): boolean {
  const leak = cue(s, 'leakVerb');
  if (leak === 0) return false;
  const data = cue(s, 'dataNoun') + cue(s, 'peopleNoun') + Math.min(s.fields.length, 2) + (s.orgs.length > 0 ? 1 : 0);
  if (data === 0) return false;
  if (cue(s, 'secondPerson') > 0) return false;
  // A hypothetical ("cannot be breached", "if data leaks") counts only when the sentence also reports a claim.
  if (cue(s, 'modal') > 0 && cue(s, 'venue') + cue(s, 'claimVerb') === 0) return false;
  let neg = 0;
  for (const cat of OBJECT_NEGATIVES) neg += cue(s, cat);
  return neg < data;
}

/** A denial: every leak verb in the sentence negated, with a word of denial ("no data was leaked", "कभी लीक नहीं हुआ"). */
export function isDenialSentence(s: SentenceInfo): boolean {
  const negation = cue(s, 'negation');
  return negation > 0 && cue(s, 'leakVerb') <= negation && cue(s, 'deny') > 0 && cue(s, 'claimant') + cue(s, 'venue') === 0;
}

export interface LeakInputs {
  hasCount: boolean;
  claimedFieldCount: number;
  kbOrgInLeakContext: boolean;
  hasResponse: boolean;
}

/**
 * `explain`: whether to write the reasons (for the CLI's explanation). analyze() does not return them, so it skips
 * building the strings; the score is the same either way.
 */
export function detectLeak(ctx: Context, dls: number[], inputs: LeakInputs, explain = true): LeakEvidence {
  const reasons: string[] = [];
  const S = ctx.sentences;
  let raw = 0;
  const add = (w: number, why: string): void => {
    if (w === 0) return;
    raw += w;
    if (explain) reasons.push(`${w > 0 ? '+' : ''}${w} ${why}`);
  };
  const titleDls = dls.some((i) => S[i]!.inTitle);
  if (dls.length >= 1) add(2, 'a leak verb applied to data or people');
  if (dls.length >= 2) add(1, 'several data-leak sentences');
  if (titleDls) add(1, 'the title reports a data leak');
  let genericOrg = false;
  let claimVerb = false;
  for (const i of dls) {
    if (cue(S[i]!, 'genericOrg') > 0) genericOrg = true;
    if (cue(S[i]!, 'claimVerb') > 0 || cue(S[i]!, 'claimant') > 0) claimVerb = true;
  }
  if (inputs.kbOrgInLeakContext) add(2, 'a known organisation is the victim');
  else if (genericOrg) add(1, 'an organisation is the victim');
  let claimantSentences = 0;
  let venueSentences = 0;
  for (const s of S) {
    if (cue(s, 'claimant') > 0) claimantSentences++;
    if (cue(s, 'venue') > 0) venueSentences++;
  }
  add(Math.min(claimantSentences, 2) * 0.75, 'a claimant (hacker, researcher, seller)');
  if (venueSentences > 0) add(1.5, 'a venue (dark web, forum, Telegram)');
  if (inputs.hasCount) add(1.5, 'a count of people or records');
  if (inputs.claimedFieldCount >= 2) add(1, 'personal-data fields listed');
  if (inputs.claimedFieldCount >= 4) add(0.5, 'many personal-data fields');
  if (inputs.hasResponse) add(1, 'an official response');
  if (claimVerb) add(0.5, 'the leak is reported as a claim');

  // Negative evidence: near-miss topics, weighed against the positive leak evidence.
  const t = (cat: Parameters<typeof cueTotal>[1]): number => cueTotal(ctx, cat);
  const positive = dls.length + claimantSentences + venueSentences + (inputs.hasCount ? 1 : 0) + (inputs.kbOrgInLeakContext ? 2 : 0);
  const objectNeg = t('exam') + t('gas') + t('film') + 0.5 * t('audio') + 0.5 * t('specs');
  if (objectNeg >= 2 && objectNeg >= positive) add(-4, 'about exam papers, gas/water leaks, films, audio or gadgets');
  else if (objectNeg >= 3 && objectNeg * 2 >= positive) add(-2, 'partly about exam papers, gas leaks, films, audio or gadgets');
  const specific = claimantSentences + venueSentences + (inputs.hasCount ? 1 : 0) + (inputs.kbOrgInLeakContext ? 1 : 0);
  const law = t('law');
  if (law >= 3 && law >= 2 * specific) add(-3, 'about data-protection law or penalties');
  const tips = t('tips') + t('phishing');
  if (tips >= 3 && tips >= 2 * specific) add(-2.5, 'tips, an explainer or a phishing warning');
  const stats = t('stats') + t('drill');
  if (stats >= 3 && stats >= 2 * specific) add(-2.5, 'statistics, a report or a drill, not one incident');
  if (t('missing') >= 2 && specific <= 1) add(-1.5, 'data missing or deleted, not leaked');
  if (specific === 0 && dls.length <= 2) add(-1.5, 'no claimant, venue, count or known victim');
  // Assurances ("Aadhaar data is safe, it was never breached"): every leak sentence denies a leak that no claimant,
  // venue or count makes specific.
  if (dls.length > 0 && dls.every((i) => isDenialSentence(S[i]!)) && claimantSentences + venueSentences === 0 && !inputs.hasCount) {
    add(-4, 'only denials of a leak nobody specific claims');
  }

  const score = 1 / (1 + Math.exp(-(raw - THRESHOLD)));
  return { dataLeakSentences: dls, score: Math.round(score * 1000) / 1000, raw, isLeak: raw >= THRESHOLD, reasons };
}

export const THRESHOLD = 5;

function cueTotal(ctx: Context, cat: 'exam' | 'gas' | 'film' | 'audio' | 'specs' | 'law' | 'tips' | 'phishing' | 'stats' | 'drill' | 'missing'): number {
  return cue({ cues: ctx.totals }, cat);
}
