/**
 * `leaklens kb draft`: a skeleton knowledge-base entry from one article, built from what the analyzer found in it
 * (the same extractor and analyzer as `leaklens analyze`). Everything a person must still write or check carries
 * "TODO:", and the entry carries a top-level "draft", so it fails validation until a person completes it.
 *
 * Uses only the public results of src/core: analyze()'s Analysis, and the normaliser and sentence splitter.
 */
import type { Analysis, ArticleInput, Language } from '../core/types.ts';
import { hasWholeWord, normalize, normalizePhrase } from '../core/normalize.ts';
import { splitSentences } from '../core/sentences.ts';
import type { Entry } from '../kb/schema.ts';

/** The marker of every placeholder a person must replace; `kb validate` fails any string that still holds it. */
export const TODO = 'TODO:';

export interface DraftOptions {
  /** The entry id; else <organisation key>-<yyyy>-<mm> of the claim date (or the publication date). */
  id?: string;
  /** The article's address (canonical or og:url of an .html page), if known. */
  sourceUrl?: string | null;
  /** The file the article came from, for the draft's notes. */
  from: string;
  /** Today's date, YYYY-MM-DD. */
  today: string;
}

export interface Draft {
  id: string;
  entry: Record<string, unknown>;
  /** What the draft is based on, for the person completing it (also kept in the entry's "draft" key). */
  notes: string[];
}

interface OrgFound {
  key: string;
  /** The entries of this organisation, newest first. */
  entries: Entry[];
  /** The aliases found in the article, as listed in the knowledge base. */
  found: string[];
}

/** Known organisations whose aliases occur in the article (whole words, as the analyzer folds them), most names first. */
export function organisationsIn(input: ArticleInput, entries: readonly Entry[]): OrgFound[] {
  const text = normalize(`${input.title}\n${input.text}`).text;
  const byKey = new Map<string, OrgFound>();
  for (const entry of entries) {
    const org = byKey.get(entry.organisation.key) ?? { key: entry.organisation.key, entries: [], found: [] };
    org.entries.push(entry);
    for (const alias of [...entry.organisation.aliases.en, ...entry.organisation.aliases.hi]) {
      if (!org.found.includes(alias) && hasWholeWord(text, normalizePhrase(alias))) org.found.push(alias);
    }
    byKey.set(entry.organisation.key, org);
  }
  const orgs = [...byKey.values()].filter((o) => o.found.length > 0);
  for (const o of orgs) o.entries.sort((a, b) => b.id.localeCompare(a.id));
  return orgs.sort((a, b) => b.found.length - a.found.length || a.key.localeCompare(b.key));
}


const VENUE_KINDS: readonly [RegExp, string][] = [
  [/telegram|टेलीग्राम/i, 'telegram'],
  [/ransomware|रैंसमवेयर/i, 'ransomware-group'],
  [/forum|फोरम|फ़ोरम/i, 'forum'],
  [/dark ?web|डार्क ?वेब/i, 'dark-web'],
  [/researcher|शोधकर्ता|रिसर्चर/i, 'researcher'],
];

/** The article's sentences that best show the claim: those the analyzer quoted first, then those naming the organisation. */
function candidateSentences(input: ArticleInput, analysis: Analysis, names: readonly string[]): string[] {
  const text = input.text;
  const sentences = splitSentences(text).map((s) => text.slice(s.start, s.end).trim());
  const quoted = analysis.highlights.map((h) => h.exact);
  const score = (s: string) => (quoted.some((q) => s.includes(q)) ? 2 : 0) + (names.some((n) => s.toLowerCase().includes(n.toLowerCase())) ? 1 : 0);
  const picked = sentences
    .map((s, i) => ({ s, i, score: score(s) }))
    .filter(({ s }) => s.length >= 40 && s.length <= 400)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, 4)
    .sort((a, b) => a.i - b.i)
    .map(({ s }) => s);
  if (picked.length === 0 && input.title.length >= 20) picked.push(input.title);
  return picked;
}

function partialDate(value: string | null | undefined): string | null {
  const m = value ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value) : null;
  if (!m) return null;
  return [m[1], m[2], m[3]].filter(Boolean).join('-');
}

/** Builds the skeleton. Throws when no id can be formed (no known organisation and no --id). */
export function draftEntry(input: ArticleInput, analysis: Analysis, entries: readonly Entry[], options: DraftOptions): Draft {
  const lang: Language = analysis.language;
  const other: Language = lang === 'hi' ? 'en' : 'hi';
  const orgs = organisationsIn(input, entries);
  const matched = analysis.incident ? entries.find((e) => e.id === analysis.incident!.id) ?? null : null;
  const possible = !matched && analysis.possibleIncident ? entries.find((e) => e.id === analysis.possibleIncident!.id) ?? null : null;
  const org = (matched && orgs.find((o) => o.key === matched.organisation.key)) ?? orgs[0] ?? null;
  const model = org?.entries[0] ?? null;
  const claimDate = partialDate(analysis.claimDate) ?? partialDate(input.publishedDate);

  const id = options.id ?? (org && claimDate ? `${org.key.replace(/[^a-z0-9]/g, '')}-${claimDate.slice(0, 7)}` : null);
  if (!id) {
    throw new Error(
      org ? 'the article gives no claim or publication date: give the id with --id ORG-YYYY-MM' : 'no organisation of the knowledge base is named in the article: give the id with --id ORG-YYYY-MM',
    );
  }

  const notes: string[] = [`Drafted by "leaklens kb draft" from ${options.from} on ${options.today}.`];
  if (matched) notes.push(`The analyzer matched this article to ${matched.id} (confidence ${analysis.incident!.confidence.toFixed(2)}): if it is that incident, add to that entry instead.`);
  else if (possible) notes.push(`The analyzer found ${possible.id} possibly related (probability ${analysis.possibleIncident!.probability.toFixed(2)}).`);
  for (const o of orgs) notes.push(`Aliases of "${o.key}" (${o.entries.map((e) => e.id).join(', ')}) in the article: ${o.found.join(', ')}.`);
  if (!org) notes.push('No organisation of the knowledge base is named in the article: write the organisation, its key and its aliases.');
  notes.push(`Leak article: ${analysis.isLeakArticle ? 'yes' : 'no'} (score ${analysis.score.toFixed(2)}); official stance in the article: ${analysis.officialStanceInText}.`);
  if (analysis.venue) notes.push(`Venue named in the article: "${analysis.venue}".`);
  if (analysis.claimedCount) notes.push(`Count in the article: "${analysis.claimedCount.text}" (${analysis.claimedCount.value}).`);

  const bilingual = (inArticle: string | null, what: string) => ({
    [lang]: inArticle ? `${TODO} ${what} (the article: "${inArticle}")` : `${TODO} ${what}`,
    [other]: `${TODO} ${what}, in ${other === 'hi' ? 'Hindi' : 'English'}`,
  });
  const venueKind = VENUE_KINDS.find(([re]) => analysis.venue && re.test(analysis.venue))?.[1] ?? `${TODO} one of forum, telegram, dark-web, ransomware-group, researcher, media, social-media, company-notice, other`;
  const source = options.sourceUrl ?? `${TODO} the article's https address`;

  const organisation = model
    ? { key: model.organisation.key, name: model.organisation.name, ...(model.organisation.operator ? { operator: model.organisation.operator } : {}), aliases: model.organisation.aliases }
    : {
        key: `${TODO} a-lowercase-key`,
        name: bilingual(null, 'the organisation'),
        aliases: { en: [`${TODO} every name a reader meets, in English`], hi: [`${TODO} every name in Devanagari`], exactCase: [] },
      };

  const sentences = candidateSentences(input, analysis, org?.found ?? []);
  const entry: Record<string, unknown> = {
    draft: { from: options.from, notes },
    id,
    title: bilingual(input.title || null, 'a neutral title: who claimed what about whom'),
    organisation,
    sector: model ? model.sector : [`${TODO} a sector`],
    status: `${TODO} one of denied, partially-denied, confirmed, under-investigation, no-response (the article reports: ${analysis.officialStanceInText})`,
    verification: 'unverified',
    uncertain: [],
    claims: [
      {
        date: claimDate ?? `${TODO} YYYY-MM(-DD) of the first public claim`,
        ...(analysis.claimDate ? {} : { dateNote: `${TODO} the article states no claim date${input.publishedDate ? '; this is its publication date' : ''}` }),
        claimant: bilingual(null, 'who made the claim'),
        venue: { kind: venueKind, name: bilingual(analysis.venue, 'where the claim was made') },
        recordCount: {
          value: analysis.claimedCount?.value ?? null,
          alternatives: [],
          unit: 'people',
          asReported: analysis.claimedCount ? [analysis.claimedCount.text] : [],
        },
        fields: analysis.claimedFields,
        otherData: [],
        sources: [source],
      },
    ],
    responses: [
      {
        date: `${TODO} YYYY-MM(-DD) of the response`,
        by: bilingual(null, 'who responded'),
        stance: `${TODO} one of denied, partially-denied, confirmed, under-investigation, no-comment (the article reports: ${analysis.officialStanceInText}); delete this response if there is none`,
        covers: `${TODO} one of source-system, data, part, full-confirmation`,
        statement: bilingual(null, 'what was said, paraphrased'),
        fieldsNotCollected: [],
        fieldsNotAffected: [],
        fieldsAcknowledged: [],
        sources: [],
      },
    ],
    timeline: [],
    examples: {
      match: [
        ...sentences.map((text) => ({ lang, text: `${TODO} rewrite in your own words: ${text}` })),
        { lang: other, text: `${TODO} a match example in ${other === 'hi' ? 'Hindi' : 'English'}, in your own words` },
      ],
      noMatch: [{ lang, text: `${TODO} a near miss that must match no incident, in your own words` }],
    },
    reviewed: options.today,
  };
  return { id, entry, notes };
}
