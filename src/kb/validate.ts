/**
 * Validates a set of knowledge-base files: each against the schema, then the set as a whole
 * (unique ids, file names that match ids, entries that readers could not tell apart).
 * Pure and offline: callers read the files (the Vite plugin at build time, the CLI, the tests); no URL is fetched.
 */
import { hasWholeWord, normalize, normalizePhrase } from '../core/normalize.ts';
import { hasNukta, nuktaWords } from './hindi-style.ts';
import { otherLanguage, quoteLanguage } from './quote-language.ts';
import { Entry } from './schema.ts';
import type { Entry as EntryType } from './schema.ts';

export interface KbFile {
  /** Path as it should appear in error messages, e.g. src/kb/incidents/cowin-2022-01.json */
  file: string;
  /** Raw file text. */
  text: string;
}

export interface KbProblem {
  file: string;
  /** Dotted path of the field, e.g. claims.0.sources.1 ('' for the whole file). */
  field: string;
  message: string;
  /** Warnings are reported but do not fail the build. */
  severity: 'error' | 'warning';
}

export interface KbValidation {
  entries: EntryType[];
  problems: KbProblem[];
}

export function validateKbFiles(files: readonly KbFile[]): KbValidation {
  const entries: EntryType[] = [];
  const problems: KbProblem[] = [];
  const fileOfId = new Map<string, string>();

  for (const { file, text } of files) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      problems.push({ file, field: '', message: `not valid JSON: ${(error as Error).message}`, severity: 'error' });
      continue;
    }
    if (json !== null && typeof json === 'object' && 'draft' in json) {
      problems.push({ file, field: 'draft', message: 'this entry is a draft written by "leaklens kb draft": replace every TODO, add the responses and their sources, then delete "draft"', severity: 'error' });
    }
    const parsed = Entry.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (issue.path.length === 1 && issue.path[0] === 'draft') continue; // reported above, once
        problems.push({ file, field: issue.path.join('.'), message: issue.message, severity: 'error' });
      }
      continue;
    }
    const entry = parsed.data;
    const baseName = file.replace(/^.*[\\/]/, '').replace(/\.json$/, '');
    if (baseName !== entry.id) {
      problems.push({ file, field: 'id', message: `id "${entry.id}" does not match the file name "${baseName}.json"`, severity: 'error' });
    }
    const earlier = fileOfId.get(entry.id);
    if (earlier) {
      problems.push({ file, field: 'id', message: `id "${entry.id}" is already used by ${earlier}`, severity: 'error' });
      continue;
    }
    fileOfId.set(entry.id, file);
    entries.push(entry);
    problems.push(...checkSources(entry, file), ...checkQuoteTranslations(entry, file), ...checkHindiStyle(entry, file), ...findTodos(entry, file));
    // Ids carry the month of the first public claim; the dossier keeps a few historical ids that
    // do not (e.g. a claim first dated before the incident became public), so this only warns.
    // The date is the end of the id (<yyyy> or <yyyy>-<mm>): the organisation part may hold hyphens (airtel-jk-2021-02).
    const idDate = /-(\d{4}(?:-\d{2})?)$/.exec(entry.id)?.[1] ?? '';
    if (!entry.claims.some((c) => c.date.startsWith(idDate) || idDate.startsWith(c.date))) {
      problems.push({ file, field: 'claims', message: `no claim is dated ${idDate} as the id says`, severity: 'warning' });
    }
  }

  problems.push(...findIndistinguishable(entries, fileOfId), ...findAliasesWithoutExamples(entries, fileOfId));
  entries.sort((a, b) => a.id.localeCompare(b.id));
  return { entries, problems };
}

/**
 * Two entries are indistinguishable when an alias of one is an alias of another organisation
 * (an article naming it could be about either), or when two entries of one organisation share the
 * first claim's month and count, so that nothing in an article could tell them apart.
 */
function findIndistinguishable(entries: readonly EntryType[], fileOfId: ReadonlyMap<string, string>): KbProblem[] {
  const problems: KbProblem[] = [];
  const orgOfAlias = new Map<string, { key: string; id: string }>();
  for (const entry of entries) {
    for (const alias of [...entry.organisation.aliases.en, ...entry.organisation.aliases.hi]) {
      const folded = foldAlias(alias);
      const other = orgOfAlias.get(folded);
      if (other && other.key !== entry.organisation.key) {
        problems.push({
          file: fileOfId.get(entry.id) ?? entry.id,
          field: 'organisation.aliases',
          message: `alias "${alias}" also names organisation "${other.key}" (${other.id}); an article using it could be about either`,
          severity: 'error',
        });
      } else if (!other) {
        orgOfAlias.set(folded, { key: entry.organisation.key, id: entry.id });
      }
    }
  }
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const claim = entry.claims[0]!;
    const signature = `${entry.organisation.key}|${claim.date.slice(0, 7)}|${claim.recordCount.value ?? 'none'}`;
    const other = seen.get(signature);
    if (other) {
      problems.push({
        file: fileOfId.get(entry.id) ?? entry.id,
        field: 'claims.0',
        message: `same organisation, month and count as ${other}: articles cannot tell the two apart`,
        severity: 'error',
      });
    } else seen.set(signature, entry.id);
  }
  return problems;
}

export function formatProblem(p: KbProblem): string {
  return `${p.file}: ${p.field || '(file)'}: ${p.message}${p.severity === 'warning' ? ' (warning)' : ''}`;
}

/** An alias as the analyzer reads it (its normalisation folds nukta, case, spelling variants), without spaces, hyphens or dots. */
function foldAlias(alias: string): string {
  return normalizePhrase(alias).replace(/[\s\-.]+/g, '');
}

/** Why a source URL is not a well-formed https URL, or null. Checked offline: nothing is fetched. */
export function sourceUrlProblem(url: string): string | null {
  if (url !== url.trim() || /[\s<>"{}|\\^`]/.test(url)) return 'has spaces or characters that a URL cannot hold';
  if (!/^https:\/\/[^/?#]/i.test(url)) return 'not an https:// URL';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a well-formed URL';
  }
  if (parsed.username || parsed.password) return 'carries a user name or password';
  const labels = parsed.hostname.split('.');
  const tld = labels.at(-1) ?? '';
  if (labels.length < 2 || labels.some((l) => !/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(l)) || !/^(?:[a-z]{2,}|xn--[a-z0-9-]+)$/.test(tld)) {
    return `host "${parsed.hostname}" is not a domain name`;
  }
  return null;
}

/** The form two spellings of one address share: lower-case host without www., no fragment, no trailing slash. */
function sameSourceKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    return url;
  }
}

/** Every source is a well-formed https URL, listed once per sources list and spelled one way in the entry. */
function checkSources(entry: EntryType, file: string): KbProblem[] {
  const problems: KbProblem[] = [];
  const lists: [string, readonly string[]][] = [
    ...entry.claims.map((c, i) => [`claims.${i}.sources`, c.sources] as [string, readonly string[]]),
    ...entry.responses.map((r, i) => [`responses.${i}.sources`, r.sources] as [string, readonly string[]]),
    ...entry.timeline.map((t, i) => [`timeline.${i}.sources`, t.sources] as [string, readonly string[]]),
  ];
  const spelling = new Map<string, { url: string; field: string }>();
  for (const [path, sources] of lists) {
    const inList = new Map<string, number>();
    sources.forEach((url, i) => {
      const field = `${path}.${i}`;
      const problem = sourceUrlProblem(url);
      if (problem) problems.push({ file, field, message: `source "${url}": ${problem}`, severity: 'error' });
      const key = sameSourceKey(url);
      const earlier = inList.get(key);
      if (earlier !== undefined) {
        problems.push({ file, field, message: `source "${url}" is already listed as ${path}.${earlier}`, severity: 'error' });
        return;
      }
      inList.set(key, i);
      const other = spelling.get(key);
      if (other && other.url !== url) {
        problems.push({ file, field, message: `source "${url}" is spelled "${other.url}" in ${other.field}: use one spelling of an address`, severity: 'error' });
      } else if (!other) spelling.set(key, { url, field });
    });
  }
  return problems;
}

const LANGUAGE_NAME = { en: 'English', hi: 'Hindi' } as const;

/**
 * Every verbatim quote carries LeakLens's rendering in the other language (`quoteTranslation.hi` for an English
 * quote, `.en` for a Hindi one), so that a reader of either sidebar can read it; a rendering needs a quote, and is
 * never in the quote's own language.
 */
function checkQuoteTranslations(entry: EntryType, file: string): KbProblem[] {
  const problems: KbProblem[] = [];
  entry.responses.forEach((r, i) => {
    const path = `responses.${i}.quoteTranslation`;
    if (r.quote === undefined) {
      if (r.quoteTranslation) problems.push({ file, field: path, message: 'renders no quote: add the response\'s quote or delete quoteTranslation', severity: 'error' });
      return;
    }
    const own = quoteLanguage(r.quote);
    const other = otherLanguage(own);
    if (r.quoteTranslation?.[other] === undefined) {
      problems.push({ file, field: `${path}.${other}`, message: `the quote is in ${LANGUAGE_NAME[own]}: give LeakLens's ${LANGUAGE_NAME[other]} rendering of it`, severity: 'error' });
    }
    if (r.quoteTranslation?.[own] !== undefined) {
      problems.push({ file, field: `${path}.${own}`, message: `the quote is itself in ${LANGUAGE_NAME[own]}: give only the ${LANGUAGE_NAME[other]} rendering`, severity: 'error' });
    }
  });
  return problems;
}

/** Reader-facing Hindi (every `hi` of a text pair) follows the house style: no nukta. Aliases and examples may use either. */
function checkHindiStyle(entry: EntryType, file: string): KbProblem[] {
  const problems: KbProblem[] = [];
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value !== null && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      // A text pair, or a quote's rendering (quoteTranslation: its `hi` alone is LeakLens's Hindi).
      if ((typeof o.en === 'string' || path.at(-1) === 'quoteTranslation') && typeof o.hi === 'string') {
        if (hasNukta(o.hi)) {
          const words = nuktaWords(o.hi).map((w) => `"${w}"`).join(', ');
          problems.push({ file, field: [...path, 'hi'].join('.'), message: `Hindi spelled with nukta (${words}): the knowledge base writes ज, फ, क, ख, ग without nukta (see docs/knowledge-base.md)`, severity: 'warning' });
        }
        return;
      }
      // Aliases are plain strings (never a text pair), so only the examples need skipping.
      for (const [k, v] of Object.entries(o)) if (!(path.length === 0 && k === 'examples')) visit(v, [...path, k]);
    }
  };
  visit(entry, []);
  return problems;
}


/**
 * Every alias should occur in at least one match example of its organisation (entries with one organisation key
 * share their aliases), so the self-test exercises it. A warning, with the count: many aliases predate this check.
 */
function findAliasesWithoutExamples(entries: readonly EntryType[], fileOfId: ReadonlyMap<string, string>): KbProblem[] {
  const examplesOfOrg = new Map<string, string[]>();
  for (const entry of entries) {
    const texts = examplesOfOrg.get(entry.organisation.key) ?? [];
    texts.push(...entry.examples.match.map((e) => normalize(e.text).text));
    examplesOfOrg.set(entry.organisation.key, texts);
  }
  const problems: KbProblem[] = [];
  for (const entry of entries) {
    const texts = examplesOfOrg.get(entry.organisation.key)!;
    const aliases = [...new Set([...entry.organisation.aliases.en, ...entry.organisation.aliases.hi])];
    const missing = aliases.filter((alias) => !texts.some((t) => hasWholeWord(t, normalizePhrase(alias))));
    if (missing.length > 0) {
      problems.push({
        file: fileOfId.get(entry.id) ?? entry.id,
        field: 'organisation.aliases',
        message: `${missing.length} of ${aliases.length} aliases occur in no match example of "${entry.organisation.key}": ${missing.map((a) => `"${a}"`).join(', ')}`,
        severity: 'warning',
      });
    }
  }
  return problems;
}

/** How many aliases the alias-without-example warnings name (for the CLI's summary). */
export function countAliasesWithoutExamples(problems: readonly KbProblem[]): number {
  return problems.reduce((n, p) => n + (p.severity === 'warning' && p.field === 'organisation.aliases' ? Number(/^(\d+) of /.exec(p.message)?.[1] ?? 0) : 0), 0);
}

/** A string still holding a "TODO:" placeholder of `leaklens kb draft` is an error: the entry is not finished. */
function findTodos(entry: EntryType, file: string): KbProblem[] {
  const problems: KbProblem[] = [];
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      if (value.includes('TODO:')) problems.push({ file, field: path.join('.'), message: 'still holds a TODO placeholder from "leaklens kb draft"', severity: 'error' });
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(entry, []);
  return problems;
}
