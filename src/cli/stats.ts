/** `leaklens kb stats`: what the knowledge base covers, and which entries are due for review. */
import { comparePartialDates } from '../kb/schema.ts';
import type { Entry } from '../kb/schema.ts';

export interface KbStats {
  entries: number;
  /** An entry with two sectors counts in both. */
  bySector: Record<string, number>;
  byStatus: Record<string, number>;
  byVerification: Record<string, number>;
  /** The year of the first claim. */
  byYear: Record<string, number>;
  languages: {
    /** Entries with at least one match example in the language. */
    matchExamples: { en: number; hi: number };
    /** Match and no-match examples in the language, in all. */
    examples: { en: number; hi: number };
    /** Entries with at least one no-match example in the language. */
    noMatchExamples: { en: number; hi: number };
    /** Aliases in each script. */
    aliases: { en: number; hi: number };
  };
  /** The date a review is over a year old against. */
  asOf: string;
  /** Entries whose `reviewed` date is more than a year before asOf, oldest first. */
  notReviewedForAYear: Array<{ id: string; reviewed: string }>;
}

const count = (into: Record<string, number>, key: string) => {
  into[key] = (into[key] ?? 0) + 1;
};
const sorted = (o: Record<string, number>, byKey = false): Record<string, number> =>
  Object.fromEntries(Object.entries(o).sort(([a, x], [b, y]) => (byKey ? a.localeCompare(b) : y - x || a.localeCompare(b))));

export function kbStats(entries: readonly Entry[], asOf: string): KbStats {
  const bySector: Record<string, number> = {};
  const byStatus: Record<string, number> = {};
  const byVerification: Record<string, number> = {};
  const byYear: Record<string, number> = {};
  const languages: KbStats['languages'] = { matchExamples: { en: 0, hi: 0 }, examples: { en: 0, hi: 0 }, noMatchExamples: { en: 0, hi: 0 }, aliases: { en: 0, hi: 0 } };
  const yearAgo = `${Number(asOf.slice(0, 4)) - 1}${asOf.slice(4)}`;
  const stale: KbStats['notReviewedForAYear'] = [];
  for (const e of entries) {
    e.sector.forEach((s) => count(bySector, s));
    count(byStatus, e.status);
    count(byVerification, e.verification);
    count(byYear, e.claims[0]!.date.slice(0, 4));
    for (const lang of ['en', 'hi'] as const) {
      if (e.examples.match.some((x) => x.lang === lang)) languages.matchExamples[lang]++;
      if (e.examples.noMatch.some((x) => x.lang === lang)) languages.noMatchExamples[lang]++;
      languages.examples[lang] += [...e.examples.match, ...e.examples.noMatch].filter((x) => x.lang === lang).length;
      languages.aliases[lang] += e.organisation.aliases[lang].length;
    }
    if (comparePartialDates(e.reviewed, yearAgo) < 0) stale.push({ id: e.id, reviewed: e.reviewed });
  }
  stale.sort((a, b) => a.reviewed.localeCompare(b.reviewed) || a.id.localeCompare(b.id));
  return {
    entries: entries.length,
    bySector: sorted(bySector),
    byStatus: sorted(byStatus),
    byVerification: sorted(byVerification),
    byYear: sorted(byYear, true),
    languages,
    asOf,
    notReviewedForAYear: stale,
  };
}

export function formatStats(s: KbStats): string {
  const line = (label: string, o: Record<string, number>) => `${label.padEnd(14)}${Object.entries(o).map(([k, n]) => `${k} ${n}`).join(', ')}`;
  const l = s.languages;
  return [
    `${s.entries} entries`,
    line('by sector:', s.bySector),
    line('by status:', s.byStatus),
    line('verification:', s.byVerification),
    line('by year:', s.byYear),
    `languages:    match examples in English in ${l.matchExamples.en} entries, in Hindi in ${l.matchExamples.hi}; no-match examples in English in ${l.noMatchExamples.en}, in Hindi in ${l.noMatchExamples.hi}`,
    `              examples: ${l.examples.en} English, ${l.examples.hi} Hindi; aliases: ${l.aliases.en} English, ${l.aliases.hi} Devanagari`,
    s.notReviewedForAYear.length === 0
      ? `not reviewed for over a year (before ${s.asOf}): none`
      : `not reviewed for over a year (before ${s.asOf}): ${s.notReviewedForAYear.length}\n${s.notReviewedForAYear.map((e) => `  ${e.id} (reviewed ${e.reviewed})`).join('\n')}`,
  ].join('\n');
}
