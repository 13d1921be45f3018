/** `leaklens` command line: analyze, eval, kb. Returns the process exit code. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KB_ENTRIES } from '../kb/index.ts';
import { countAliasesWithoutExamples, formatProblem, validateKbFiles } from '../kb/validate.ts';
import { analyzeDetailed } from '../core/analyze.ts';
import { compileKb, type CompiledKb } from '../core/compile-kb.ts';
import type { Analysis, ArticleInput } from '../core/types.ts';
import { readKbDir } from './read-kb-dir.ts';
import { runEval } from './eval-command.ts';
import { formatSummary } from './format.ts';
import { draftEntry } from './draft.ts';
import { extractFromHtml } from './extract-html.ts';
import { siteForUrl } from '../shared/sites.ts';
import { formatStats, kbStats } from './stats.ts';

const USAGE = `Usage:
  leaklens analyze [--json] FILE...     analyse .txt (first line = title) or .html article files
  leaklens extract [--json] FILE.html...
                                        the article a page holds, as LeakLens reads it: title, publication date,
                                        language, which path found it (site module, json-ld, scorer…), text
  leaklens eval [--json] [--cv K] [--gate] CORPUS.json...
                                        measure the analyzer on labelled corpora (per language;
                                        --cv K: k-fold figures; --gate: fail below CI's minimums)
  leaklens kb --json                    print every knowledge-base entry as JSON
  leaklens kb validate [DIR]            validate a folder of entry files (default src/kb/incidents)
  leaklens kb draft FILE [--id ID] [--out PATH]
                                        write a skeleton entry from an article (.txt or .html), marked as a draft
                                        (default PATH src/kb/incidents/ID.json; never overwrites)
  leaklens kb stats [--json] [--today YYYY-MM-DD]
                                        entries by sector, status, year and language; entries not reviewed for a year`;

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
      case 'extract':
        return await cmdExtract(rest);
      case 'kb':
        return await cmdKb(rest);
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
  return (await readArticleAndSource(file)).input;
}

/** The article of a file, and for an .html page its own address (canonical link, else og:url) when that is https. */
async function readArticleAndSource(file: string): Promise<{ input: ArticleInput | null; sourceUrl: string | null }> {
  const raw = readFileSync(file, 'utf8');
  if (/\.html?$/i.test(file)) {
    // Parsed, never executed (scripts are off): the same extraction as in the browser, the site module picked
    // by the page's own address.
    const { article, sourceUrl } = await extractFromHtml(raw, `file://${resolve(file)}`);
    return { input: article, sourceUrl: sourceUrl?.startsWith('https://') ? sourceUrl : null };
  }
  const text = raw.replace(/^\uFEFF/, '');
  const nl = text.indexOf('\n');
  const title = (nl < 0 ? text : text.slice(0, nl)).trim();
  const body = nl < 0 ? '' : text.slice(nl + 1).replace(/^\s+/, '');
  return { input: { title, text: body }, sourceUrl: null };
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

/** The article's language: as the page declares it, else its site's, else by script (Devanagari or not). */
function articleLanguage(article: ArticleInput, site: { language: string } | null): string {
  const declared = article.declaredLanguage?.toLowerCase().split(/[-_]/)[0];
  if (declared && /^[a-z]{2,3}$/.test(declared)) return declared;
  if (site) return site.language;
  const sample = article.text.slice(0, 2000);
  const devanagari = (sample.match(/[\u0900-\u097f]/g) ?? []).length;
  const latin = (sample.match(/[a-z]/gi) ?? []).length;
  return devanagari > latin ? 'hi' : 'en';
}

async function cmdExtract(args: string[]): Promise<number> {
  const { flags, positional } = parseFlags(args, ['--json']);
  if (positional.length === 0) throw new UsageError('extract needs at least one FILE.html');
  let code = 0;
  for (const file of positional) {
    let found: Awaited<ReturnType<typeof extractFromHtml>>;
    try {
      found = await extractFromHtml(readFileSync(file, 'utf8'), `file://${resolve(file)}`);
    } catch (error) {
      console.error(`leaklens: ${file}: ${(error as Error).message}`);
      code = 1;
      continue;
    }
    const { article, via, sourceUrl } = found;
    if (!article) {
      if (flags.has('--json')) console.log(JSON.stringify({ file, article: null }));
      console.error(`leaklens: ${file}: no article found`);
      code = 1;
      continue;
    }
    const site = siteForUrl(sourceUrl);
    const record = {
      file,
      title: article.title,
      publishedDate: article.publishedDate ?? null,
      language: articleLanguage(article, site),
      via,
      site: site?.id ?? null,
      url: sourceUrl,
      chars: article.text.length,
      text: article.text,
    };
    if (flags.has('--json')) console.log(JSON.stringify(record));
    else {
      console.log(`${file}\n  title:     ${record.title}\n  published: ${record.publishedDate ?? '(not given)'}\n  language:  ${record.language}\n  found by:  ${via}${site ? ` (site: ${site.name.en})` : ''}\n  address:   ${sourceUrl ?? '(none declared)'}\n  text (${record.chars} characters):\n`);
      console.log(`${article.text.split('\n\n').map((p) => `    ${p}`).join('\n\n')}\n`);
    }
  }
  return code;
}

function cmdEval(args: string[]): number {
  const cvAt = args.indexOf('--cv');
  let cv: number | null = null;
  if (cvAt >= 0) {
    cv = Number(args[cvAt + 1]);
    if (!Number.isInteger(cv) || cv < 2) throw new UsageError('--cv needs a number of folds, 2 or more');
    args = [...args.slice(0, cvAt), ...args.slice(cvAt + 2)];
  }
  const { flags, positional } = parseFlags(args, ['--json', '--gate']);
  if (positional.length === 0) throw new UsageError('eval needs at least one CORPUS.json');
  return runEval(positional, { json: flags.has('--json'), cv, gate: flags.has('--gate') }, kb(), KB_ENTRIES);
}

async function cmdKb(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'draft') return cmdKbDraft(rest);
  if (sub === 'stats') return cmdKbStats(rest);
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
  if (positional.length > 0 || !flags.has('--json')) throw new UsageError('use "kb --json", "kb validate [DIR]", "kb draft FILE" or "kb stats"');
  console.log(JSON.stringify(KB_ENTRIES, null, 2));
  return 0;
}

/** Flags that take a value (`--id ID`); the rest are positional. */
function parseValueFlags(args: string[], allowed: readonly string[], booleans: readonly string[] = []): { values: Map<string, string>; flags: Set<string>; positional: string[] } {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) positional.push(a);
    else if (booleans.includes(a)) flags.add(a);
    else if (allowed.includes(a)) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${a} needs a value`);
      values.set(a, value);
    } else throw new UsageError(`unknown flag "${a}"`);
  }
  return { values, flags, positional };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

async function cmdKbDraft(args: string[]): Promise<number> {
  const { values, positional } = parseValueFlags(args, ['--id', '--out']);
  if (positional.length !== 1) throw new UsageError('kb draft needs exactly one FILE (.txt or .html)');
  const file = positional[0]!;
  const id = values.get('--id');
  if (id !== undefined && !/^[a-z0-9]+-\d{4}(-\d{2})?$/.test(id)) throw new UsageError(`--id "${id}" is not <org>-<yyyy>-<mm>`);
  const { input, sourceUrl } = await readArticleAndSource(file);
  if (!input) throw new Error(`${file}: no article found`);
  const analysis = analyzeDetailed(input, kb()).analysis;
  const draft = draftEntry(input, analysis, KB_ENTRIES, { ...(id ? { id } : {}), sourceUrl, from: file, today: today() });
  const out = values.get('--out') ?? join('src/kb/incidents', `${draft.id}.json`);
  if (existsSync(out)) throw new Error(`${out} exists already: give another --id or --out`);
  writeFileSync(out, `${JSON.stringify(draft.entry, null, 2)}\n`);
  console.log(`wrote ${out} (a draft: "leaklens kb validate" fails it until every TODO is replaced and "draft" is deleted)`);
  for (const note of draft.notes) console.log(`  ${note}`);
  return 0;
}

function cmdKbStats(args: string[]): number {
  const { values, flags, positional } = parseValueFlags(args, ['--today'], ['--json']);
  if (positional.length > 1) throw new UsageError('kb stats takes at most one DIR');
  const asOf = values.get('--today') ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError('--today must be YYYY-MM-DD');
  let entries = KB_ENTRIES;
  if (positional[0]) {
    const { entries: read, problems } = validateKbFiles(readKbDir(positional[0]));
    for (const p of problems.filter((q) => q.severity === 'error')) console.error(`leaklens: skipped: ${formatProblem(p)}`);
    entries = read;
  }
  const stats = kbStats(entries, asOf);
  console.log(flags.has('--json') ? JSON.stringify(stats, null, 2) : formatStats(stats));
  return 0;
}
