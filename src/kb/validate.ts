/**
 * Validates a set of knowledge-base files: each against the schema, then the set as a whole
 * (unique ids, file names that match ids, entries that readers could not tell apart).
 * Pure: callers read the files (the Vite plugin at build time, the CLI, the tests).
 */
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
    const parsed = Entry.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
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
    // Ids carry the month of the first public claim; the dossier keeps a few historical ids that
    // do not (e.g. a claim first dated before the incident became public), so this only warns.
    const idDate = entry.id.replace(/^[a-z0-9]+-/, '');
    if (!entry.claims.some((c) => c.date.startsWith(idDate) || idDate.startsWith(c.date))) {
      problems.push({ file, field: 'claims', message: `no claim is dated ${idDate} as the id says`, severity: 'warning' });
    }
  }

  problems.push(...findIndistinguishable(entries, fileOfId));
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
      const folded = alias.normalize('NFC').toLowerCase().replace(/[\s\-.]+/g, '');
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
