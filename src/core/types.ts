/**
 * The analyzer's contract, shared by the content script, the sidebar, the background, the CLI and the tests.
 * Everything here is plain JSON-serialisable data (it crosses extension messages and CLI output).
 */
import type { FieldId } from '../kb/fields.ts';

export type Language = 'hi' | 'en';

/** What the content script (or the CLI) extracted from a page. */
export interface ArticleInput {
  title: string;
  /** The article's body text, paragraphs separated by blank lines. */
  text: string;
  url?: string;
  /** ISO date the page says it was published, if it says. Helps tell incidents of one organisation apart. */
  publishedDate?: string;
  /** The page's declared language (html lang), if any; the analyzer decides from the text itself. */
  declaredLanguage?: string;
}

export type StanceInText = 'denied' | 'confirmed' | 'partial' | 'investigating' | 'none';

export type MismatchKind = 'not-collected' | 'not-affected' | 'not-addressed' | 'count';

export interface SourcedStatement {
  /** Who said it (both languages) and when. */
  by: { en: string; hi: string };
  date: string;
  /** What the official side says about this field, both languages. */
  text: { en: string; hi: string };
  source: string;
}

export interface Mismatch {
  kind: MismatchKind;
  /** The field id, or 'record-count' for a count mismatch. */
  field: FieldId | 'record-count';
  /** What the article says was claimed: the words from the article, as found. */
  claim: string;
  official: SourcedStatement;
}

export interface Highlight {
  role: 'claim' | 'response';
  /** The exact quote from the article text, with a little context for text-quote anchoring. */
  exact: string;
  prefix: string;
  suffix: string;
  /**
   * The mismatch fields the sentence is the article's evidence for: on a claim, the claimed fields it lists (and
   * 'record-count' where it states the claimed count); on a response, the fields the article's official sentence says
   * are not collected or not affected. Absent when the sentence is evidence for none.
   */
  fields?: Array<FieldId | 'record-count'>;
}

/**
 * Why an incident was matched, in the article's own words, so a reader can judge the match: "20,000 people",
 * "RaidForums", "January 2022". Each item is evidence the matcher weighed in favour of the incident.
 */
export interface MatchEvidence {
  kind: 'name' | 'count' | 'date' | 'venue' | 'fields' | 'published';
  /** As the article wrote it (fields: the article's words for the fields in common, joined with ", "). */
  text: string;
}

export interface Analysis {
  language: Language;
  isLeakArticle: boolean;
  /** 0..1, how strongly the text reads as a report of a specific claimed leak. */
  score: number;
  /** The knowledge-base incident, or null when the article reports a leak the knowledge base does not hold. */
  incident: { id: string; confidence: number; why?: MatchEvidence[] } | null;
  /**
   * When no incident was matched because two were close or the evidence was thin: the likeliest one, which the UI
   * may show only as "possibly related", never as the match.
   */
  possibleIncident?: { id: string; probability: number } | null;
  claimedFields: FieldId[];
  claimedCount: { text: string; value: number } | null;
  claimDate: string | null;
  venue: string | null;
  officialStanceInText: StanceInText;
  /**
   * Field and count mismatches between the article's claim and the incident's official responses.
   * `not-collected`, `not-affected` and `count` contradict the claim; `not-addressed` marks claimed fields
   * that an official response which did speak to specific fields left out.
   */
  mismatches: Mismatch[];
  highlights: Highlight[];
}

/** Mismatches that contradict the claim: what the badge counts and the sidebar lists first. */
export function contradictions(analysis: Pick<Analysis, 'mismatches'>): Mismatch[] {
  return analysis.mismatches.filter((m) => m.kind !== 'not-addressed');
}
