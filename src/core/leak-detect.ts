/**
 * Sentence-level leak evidence: which sentences report a data leak, and which only deny one. The article-level
 * features built from them are in features.ts, and the decision in decide.ts.
 */
import { cue, type Context, type SentenceInfo } from './context.ts';

const OBJECT_NEGATIVES = ['exam', 'gas', 'film', 'audio', 'specs'] as const;

/** Leak and sale verbs of a sentence together: what a denial must negate, and what makes a sentence claim-like. */
export function leakOrSaleVerbs(s: SentenceInfo): number {
  return cue(s, 'leakVerb') + cue(s, 'saleVerb');
}

/** A sentence where a leak or sale verb meets data, people or a named organisation, and no near-miss object outweighs them. */
export function isDataLeakSentence(s: SentenceInfo): boolean {
  const leak = cue(s, 'leakVerb');
  if (leakOrSaleVerbs(s) === 0) return false;
  // An organisation stands for its data when it is breached or leaks ("Policybazaar was hacked"), not when it sells.
  const data = cue(s, 'dataNoun') + cue(s, 'peopleNoun') + Math.min(s.fields.length, 2) + (leak > 0 && s.orgs.length > 0 ? 1 : 0);
  if (data === 0) return false;
  if (cue(s, 'secondPerson') > 0) return false;
  // A hypothetical ("cannot be breached", "if data leaks") counts only when the sentence also reports a claim.
  if (cue(s, 'modal') > 0 && cue(s, 'venue') + cue(s, 'claimVerb') === 0) return false;
  let neg = 0;
  for (const cat of OBJECT_NEGATIVES) neg += cue(s, cat);
  return neg < data;
}

/**
 * A denial: every leak verb in the sentence negated, with a word of denial or an assurance of safety ("no data was
 * leaked", "कभी लीक नहीं हुआ", "डेटा पूरी तरह सुरक्षित है और कोई चोरी नहीं हुई").
 */
export function isDenialSentence(s: SentenceInfo): boolean {
  const negation = cue(s, 'negation');
  return negation > 0 && leakOrSaleVerbs(s) <= negation && cue(s, 'deny') + cue(s, 'safe') > 0 && cue(s, 'claimant') + cue(s, 'venue') === 0;
}
