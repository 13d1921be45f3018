/** `leaklens` command line: analyze, eval, kb. Returns the process exit code. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { KB_ENTRIES } from '../kb/index.ts';
import { countAliasesWithoutExamples, formatProblem, validateKbFiles } from '../kb/validate.ts';
import { analyzeDetailed } from '../core/analyze.ts';
import { compileKb, type CompiledKb } from '../core/compile-kb.ts';
import type { Analysis, ArticleInput } from '../core/types.ts';
import { readKbDir } from './read-kb-dir.ts';
import { evaluate, formatReport, type CorpusItem } from './eval.ts';
import { formatSummary } from './format.ts';

const USAGE = `Usage:
  leaklens analyze [--json] FILE...     analyse .txt (first line = title) or .html article files
  leaklens eval [--json] CORPUS.json    measure the analyzer on a labelled corpus
  leaklens kb --json                    print every knowledge-base entry as JSON
  leaklens kb validate [DIR]            validate a folder of entry files (default src/kb/incidents)`;

class UsageError extends Error {}

let compiled: CompiledKb | null = null;
function kb(): CompiledKb {
  compiled ??= compileKb(KB_ENTRIES);
  return compiled;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'analyze':
        return await cmdAnalyze(rest);
      case 'eval':
        return cmdEval(rest);
      case 'kb':
        return cmdKb(rest);
      case '--help':
      case '-h':
      case 'help':
        console.log(USAGE);
        return 0;
      default:
        throw new UsageError(command === undefined ? 'no command given' : `unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`leaklens: ${error.message}\n${USAGE}`);
      return 2;
    }
    console.error(`leaklens: ${(error as Error)?.message ?? String(error)}`);
    return 1;
  }
}

function parseFlags(args: string[], allowed: readonly string[]): { flags: Set<string>; positional: string[] } {
  const flags = new Set<string>();
  const positional: string[] = [];
  for (const a of args) {
    if (a.startsWith('--')) {
      if (!allowed.includes(a)) throw new UsageError(`unknown flag "${a}"`);
      flags.add(a);
    } else positional.push(a);
  }
  return { flags, positional };
}

async function readArticle(file: string): Promise<ArticleInput | null> {
  const raw = readFileSync(file, 'utf8');
  if (/\.html?$/i.test(file)) {
    const [{ Window }, { extractArticle }] = await Promise.all([import('happy-dom'), import('../content/article/extract-article.ts')]);
    const url = `file://${resolve(file)}`;
    const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
    try {
      // Parsed, never executed (scripts are off): the same extraction as in the browser.
      const document = new window.DOMParser().parseFromString(raw, 'text/html');
      return extractArticle(document as unknown as Document, url);
    } finally {
      await window.happyDOM.close();
    }
  }
  const text = raw.replace(/^\uFEFF/, '');
  const nl = text.indexOf('\n');
  const title = (nl < 0 ? text : text.slice(0, nl)).trim();
  const body = nl < 0 ? '' : text.slice(nl + 1).replace(/^\s+/, '');
  return { title, text: body };
}

async function cmdAnalyze(args: string[]): Promise<number> {
  const { flags, positional } = parseFlags(args, ['--json']);
  if (positional.length === 0) throw new UsageError('analyze needs at least one FILE');
  let code = 0;
  for (const file of positional) {
    let input: ArticleInput | null;
    try {
      input = await readArticle(file);
    } catch (error) {
      console.error(`leaklens: ${file}: ${(error as Error).message}`);
      code = 1;
      continue;
    }
    if (!input) {
      console.error(`leaklens: ${file}: no article found`);
      code = 1;
      continue;
    }
    const details = analyzeDetailed(input, kb());
    if (flags.has('--json')) console.log(JSON.stringify({ file, ...details.analysis }));
    else console.log(formatSummary(file, details.analysis, details.leakReasons, details.incidentReasons));
  }
  return code;
}

function cmdEval(args: string[]): Promise<number> | number {
  const { flags, positional } = parseFlags(args, ['--json']);
  if (positional.length !== 1) throw new UsageError('eval needs exactly one CORPUS.json');
  const items = JSON.parse(readFileSync(positional[0]!, 'utf8')) as CorpusItem[];
  if (!Array.isArray(items)) throw new Error('the corpus must be a JSON array of items');
  const k = kb();
  const report = evaluate(items, (input) => analyzeDetailed(input, k).analysis as Analysis, new Set(KB_ENTRIES.map((e) => e.id)));
  if (flags.has('--json')) console.log(JSON.stringify(report, null, 2));
  else console.log(formatReport(report));
  return 0;
}

function cmdKb(args: string[]): number {
  const [sub, ...rest] = args;
  if (sub === 'validate') {
    const { positional } = parseFlags(rest, []);
    if (positional.length > 1) throw new UsageError('kb validate takes at most one DIR');
    const dir = positional[0] ?? 'src/kb/incidents';
    const files = readKbDir(dir);
    const { entries, problems } = validateKbFiles(files);
    for (const p of problems) console.log(formatProblem(p));
    const errors = problems.filter((p) => p.severity === 'error').length;
    if (errors > 0) {
      console.log(`${errors} error(s) in ${files.length} file(s)`);
      return 1;
    }
    const warnings = problems.filter((p) => p.severity === 'warning').length;
    const aliases = entries.reduce((n, e) => n + e.organisation.aliases.en.length + e.organisation.aliases.hi.length, 0);
    if (warnings > 0) console.log(`${warnings} warning(s); ${countAliasesWithoutExamples(problems)} of ${aliases} aliases occur in no match example`);
    const sources = new Set<string>();
    for (const e of entries) {
      for (const c of e.claims) c.sources.forEach((s) => sources.add(s));
      for (const r of e.responses) r.sources.forEach((s) => sources.add(s));
      for (const t of e.timeline) t.sources.forEach((s) => sources.add(s));
    }
    console.log(`OK: ${entries.length} entries, ${aliases} aliases, ${sources.size} sources`);
    return 0;
  }
  const { flags, positional } = parseFlags(args, ['--json']);
  if (positional.length > 0 || !flags.has('--json')) throw new UsageError('use "kb --json" or "kb validate [DIR]"');
  console.log(JSON.stringify(KB_ENTRIES, null, 2));
  return 0;
}
