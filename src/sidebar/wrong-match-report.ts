/**
 * "Report a wrong match": the short text the reader copies into a report of their own. LeakLens sends it nowhere;
 * it only puts it on the clipboard. It holds what a maintainer needs to see the match again: the page's address, the
 * incident matched (or that none was, and the possibly related one), the evidence the matcher gave ("why"), and
 * LeakLens's version and knowledge-base date. Labels are in English (the project's language); the line the reader
 * fills in is in the sidebar's language.
 */
import type { Analysis, Language } from '../core/types.ts';

export interface WrongMatchReportInput {
  /** The page's address (its fragment is left out: it names a place on the page, not the page). */
  url: string;
  analysis: Pick<Analysis, 'incident' | 'possibleIncident' | 'language'>;
  /** The matched incident's English title, if the knowledge base holds it. */
  incidentTitle: string | null;
  possibleTitle: string | null;
  version: string;
  kbAsOf: string | null;
  language: Language;
}

const ASK: Record<Language, string> = {
  en: 'What is wrong (in your words):',
  hi: 'क्या गलत है (अपने शब्दों में):',
};

/** At most this many characters of page text per "why" item: the report stays short. */
const MAX_ITEM = 120;

export function wrongMatchReport(input: WrongMatchReportInput): string {
  const { analysis } = input;
  let url = input.url;
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    url = parsed.href;
  } catch {
    // Not an address the browser reads: reported as it is.
  }
  const lines = ['LeakLens: wrong match report', `Page: ${oneLine(url)}`];
  if (analysis.incident) {
    lines.push(`Matched incident: ${analysis.incident.id}${input.incidentTitle ? ` (${oneLine(input.incidentTitle)})` : ''}`);
    const why = analysis.incident.why ?? [];
    lines.push(`Why: ${why.length > 0 ? why.map((w) => `${w.kind}: ${oneLine(w.text).slice(0, MAX_ITEM)}`).join(' | ') : '(none given)'}`);
  } else {
    lines.push('Matched incident: none');
    if (analysis.possibleIncident) lines.push(`Possibly related: ${analysis.possibleIncident.id}${input.possibleTitle ? ` (${oneLine(input.possibleTitle)})` : ''}`);
  }
  lines.push(`Article language: ${analysis.language}`);
  lines.push(`LeakLens version: ${input.version}${input.kbAsOf ? `, knowledge base as of ${input.kbAsOf}` : ''}`);
  lines.push('', ASK[input.language], '');
  return lines.join('\n');
}

/** Page text on one line: line breaks and other control characters (bidi controls included) become spaces. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}
