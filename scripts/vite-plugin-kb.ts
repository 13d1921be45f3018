/**
 * Vite plugin: turns src/kb/incidents/*.json into the virtual module `virtual:leaklens-kb`, validating every
 * entry first. A malformed entry fails the build (and the tests) with its file, field and what is wrong, so
 * nothing unvalidated ever ships, and the extension carries no schema library at run time.
 */
import type { Plugin, Rollup } from 'vite';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readKbDir } from '../src/cli/read-kb-dir.ts';
import { formatProblem, validateKbFiles } from '../src/kb/validate.ts';
import type { Entry } from '../src/kb/schema.ts';
import { newestReviewed } from '../src/kb/as-of.ts';

const VIRTUAL_ID = 'virtual:leaklens-kb';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
export const INCIDENTS_DIR = fileURLToPath(new URL('../src/kb/incidents/', import.meta.url));

export interface KbPluginOptions {
  dir?: string;
  /**
   * Keep each entry's `examples` (test snippets, a fifth of the knowledge base's size). The extension build drops
   * them: readers never see them; the tests, the self-test and the CLI keep them.
   */
  keepExamples?: boolean;
}

type PluginContext = Pick<Rollup.PluginContext, 'addWatchFile' | 'warn' | 'error'>;

/**
 * The knowledge base as the build ships it: every entry validated (a malformed one fails the build), with the
 * schema's defaults applied, and without examples unless `keepExamples`. The same value backs
 * `virtual:leaklens-kb` and the precompiled knowledge base (scripts/vite-plugin-compiled-kb.ts).
 */
export function loadShippedKb(ctx: PluginContext, dir: string, keepExamples: boolean): { asOf: string | null; entries: Entry[]; withExamples: Entry[] } {
  const files = readKbDir(dir);
  for (const f of files) ctx.addWatchFile(join(dir, f.file.replace(/^.*[\\/]/, '')));
  const { entries, problems } = validateKbFiles(files);
  const errors = problems.filter((p) => p.severity === 'error');
  for (const warning of problems.filter((p) => p.severity === 'warning')) ctx.warn(formatProblem(warning));
  if (errors.length > 0) {
    ctx.error(`The knowledge base has ${errors.length} problem(s):\n${errors.map(formatProblem).join('\n')}`);
  }
  const asOf = entries.map((e) => e.reviewed).sort().at(-1) ?? null;
  const shipped = keepExamples ? entries : entries.map((e) => ({ ...e, examples: { match: [], noMatch: [] } }));
  return { asOf, entries: shipped, withExamples: entries };
}

export function leaklensKb({ dir = INCIDENTS_DIR, keepExamples = true }: KbPluginOptions = {}): Plugin {
  return {
    name: 'leaklens-kb',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { asOf, entries } = loadShippedKb(this, dir, keepExamples);
      return `export default ${JSON.stringify({ asOf, entries })};`;
    },
  };
}
