/**
 * Which marked sentences of the article stand behind a mismatch: the sentence that lists the claimed field (a claim
 * highlight naming that field) and the article's official sentence about it (a response highlight naming it).
 *
 * The contract: a highlight may carry `fields`, the mismatch fields (FieldId or 'record-count') the sentence is the
 * article's evidence for: on a claim highlight, the claimed fields the sentence lists; on a response highlight, the
 * fields the article's official sentence says are not collected or not affected (core/analyze.ts sets it). A row
 * whose field no marked sentence names gets no link (the quotes list under the legend still shows every marked
 * sentence).
 */
import type { Highlight } from '../core/types.ts';

/** A highlight as the sidebar reads it: with the fields it is evidence for, where the analyzer gives them. */
export type LinkedHighlight = Omit<Highlight, 'fields'> & { fields?: readonly string[] };

export interface QuoteLinks {
  /** Index (in the analysis's highlights) of the claim sentence naming the field. */
  claim?: number;
  /** Index of the article's official sentence about the field. */
  response?: number;
}

export function quoteLinksFor(highlights: readonly LinkedHighlight[], field: string): QuoteLinks {
  const links: QuoteLinks = {};
  highlights.forEach((h, i) => {
    if (!Array.isArray(h.fields) || !h.fields.includes(field)) return;
    if (h.role === 'claim' && links.claim === undefined) links.claim = i;
    if (h.role === 'response' && links.response === undefined) links.response = i;
  });
  return links;
}
