// `leaklens kb draft`, `leaklens kb stats` and the validate summary: real files in a temporary folder.
import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import { captureCli } from './capture.ts';
import { kbStats, formatStats } from '../../src/cli/stats.ts';
import { formatProblem, validateKbFiles } from '../../src/kb/validate.ts';
import { KB_ENTRIES } from '../../src/kb/index.ts';
import type { Entry } from '../../src/kb/schema.ts';
import { newsPage, readArticleText } from '../e2e/pages.ts';

const FIXTURES = new URL('../fixtures/articles/', import.meta.url).pathname;
const INCIDENTS = new URL('../../src/kb/incidents/', import.meta.url).pathname;
const cli = captureCli('leaklens-kb-');

const JUSPAY_ARTICLE = `Juspay data of 10 crore cardholders on sale on the dark web, claims researcher
Security researcher Rajshekhar Rajaharia said on 3 January 2021 that data of 10 crore credit and debit cardholders was being sold on the dark web.

The data includes names, mobile numbers, email addresses and the first and last four digits of card numbers, the researcher said.

The seller asked for $8,000 in Bitcoin and was dealing with buyers on Telegram, according to the researcher.

Juspay denied that full card numbers had leaked and said the figure of 10 crore was grossly inaccurate.
`;

async function draft(args: string[]): Promise<Record<string, any>> {
  const code = await main(['kb', 'draft', ...args]);
  expect(code, cli.err.join('\n')).toBe(0);
  const written = /^wrote (\S+)/.exec(cli.out[0]!)![1]!;
  return JSON.parse(readFileSync(written, 'utf8'));
}

describe('leaklens kb draft', () => {
  it('drafts an entry from a .txt article: organisation, aliases, date, count, fields, venue, sentences to rewrite', async () => {
    const file = join(cli.dir, 'juspay.txt');
    writeFileSync(file, JUSPAY_ARTICLE);
    const entry = await draft([file, '--id', 'juspay-2021-02', '--out', join(cli.dir, 'juspay-2021-02.json')]);
    const juspay = KB_ENTRIES.find((e) => e.id === 'juspay-2021-01')!;
    expect(entry.draft.notes.join('\n')).toContain('Aliases of "juspay" (juspay-2021-01) in the article: Juspay');
    expect(entry.id).toBe('juspay-2021-02');
    expect(entry.organisation).toEqual(JSON.parse(JSON.stringify(juspay.organisation)));
    expect(entry.sector).toEqual(juspay.sector);
    expect(entry.claims[0].date).toBe('2021-01-03');
    expect(entry.claims[0].recordCount).toMatchObject({ value: 100_000_000, asReported: [expect.stringContaining('10 crore')] });
    expect(entry.claims[0].fields).toEqual(expect.arrayContaining(['names', 'phone-numbers', 'email-addresses']));
    expect(entry.claims[0].venue.kind).toBe('dark-web');
    expect(entry.claims[0].sources[0]).toMatch(/^TODO:/);
    const match = entry.examples.match as Array<{ lang: string; text: string }>;
    expect(match.filter((m) => m.lang === 'en').length).toBeGreaterThanOrEqual(2);
    expect(match[0]!.text).toMatch(/^TODO: rewrite in your own words: .*(Rajaharia|Juspay)/);
    expect(match.some((m) => m.text.includes('Juspay denied that full card numbers had leaked'))).toBe(true);
    expect(entry.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('takes the source from the canonical link of an .html page, and the id from the organisation and claim month', async () => {
    const page = join(cli.dir, 'cowin.html');
    const canonical = 'https://www.prabhatkhabar.com/national/cowin-data-leak-20-thousand';
    writeFileSync(page, newsPage(readArticleText(FIXTURES + 'cowin-2022-01-hi.txt'), { lang: 'hi', siteName: 'Prabhat Khabar', extraHead: `<link rel="canonical" href="${canonical}"><meta property="og:url" content="https://example.com/other">` }));
    const code = await main(['kb', 'draft', page, '--out', join(cli.dir, 'x.json')]);
    expect(code, cli.err.join('\n')).toBe(0);
    const entry = JSON.parse(readFileSync(join(cli.dir, 'x.json'), 'utf8'));
    expect(entry.id).toBe('cowin-2022-01');
    expect(entry.claims[0].sources).toEqual([canonical]);
    expect(entry.organisation.key).toBe('cowin');
    expect(entry.draft.notes.join('\n')).toContain('matched this article to cowin-2022-01');
    expect(entry.examples.match[0].lang).toBe('hi');
    expect(entry.claims[0].recordCount.value).toBe(20000);
  });

  it('falls back to og:url, and fails validation until a person completes it', async () => {
    const page = join(cli.dir, 'cowin.html');
    writeFileSync(page, newsPage(readArticleText(FIXTURES + 'cowin-2022-01-hi.txt'), { lang: 'hi', siteName: 'X', extraHead: '<meta property="og:url" content="https://x.example.in/a">' }));
    const kbDir = join(cli.dir, 'kb');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(kbDir);
    const entry = await draft([page, '--id', 'cowin-2022-02', '--out', join(kbDir, 'cowin-2022-02.json')]);
    expect(entry.claims[0].sources).toEqual(['https://x.example.in/a']);
    cli.out = [];
    expect(await main(['kb', 'validate', kbDir])).toBe(1);
    const report = cli.out.join('\n');
    expect(report).toContain('cowin-2022-02.json: draft: this entry is a draft written by "leaklens kb draft"');
    expect(report).toMatch(/cowin-2022-02\.json: responses\.0\.sources: at least one source is required/);
    // With "draft" deleted and the placeholders still there, it still fails, naming each one.
    const { draft: _d, ...rest } = entry;
    writeFileSync(join(kbDir, 'cowin-2022-02.json'), JSON.stringify(rest));
    cli.out = [];
    expect(await main(['kb', 'validate', kbDir])).toBe(1);
    expect(cli.out.join('\n')).not.toContain('draft:');
    expect(cli.out.join('\n')).toContain('cowin-2022-02.json: status:');
  });

  it('the TODO check fails an otherwise valid entry that still holds a placeholder', () => {
    const text = readFileSync(INCIDENTS + 'cowin-2022-01.json', 'utf8');
    const e = JSON.parse(text);
    e.examples.match[0].text = 'TODO: rewrite in your own words: ' + e.examples.match[0].text;
    const problems = validateKbFiles([{ file: 'cowin-2022-01.json', text: JSON.stringify(e) }]).problems.filter((p) => p.severity === 'error');
    expect(problems.map(formatProblem)).toEqual(['cowin-2022-01.json: examples.match.0.text: still holds a TODO placeholder from "leaklens kb draft"']);
  });

  it('never overwrites a file, and asks for --id when the article names no known organisation', async () => {
    const file = join(cli.dir, 'juspay.txt');
    writeFileSync(file, JUSPAY_ARTICLE);
    const target = join(cli.dir, 'taken.json');
    writeFileSync(target, '{}');
    expect(await main(['kb', 'draft', file, '--out', target])).toBe(1);
    expect(cli.err.join('\n')).toContain('exists already');
    expect(readFileSync(target, 'utf8')).toBe('{}');
    cli.err = [];
    expect(await main(['kb', 'draft', FIXTURES + 'unknown-leak-en.txt', '--out', join(cli.dir, 'u.json')])).toBe(1);
    expect(cli.err.join('\n')).toContain('give the id with --id');
    expect(existsSync(join(cli.dir, 'u.json'))).toBe(false);
    expect(await main(['kb', 'draft', FIXTURES + 'unknown-leak-en.txt', '--id', 'sahyadri-2024-01', '--out', join(cli.dir, 'u.json')])).toBe(0);
    const unknown = JSON.parse(readFileSync(join(cli.dir, 'u.json'), 'utf8'));
    expect(unknown.organisation.key).toMatch(/^TODO:/);
    expect(unknown.claims[0].recordCount.value).toBe(1_200_000);
    expect(await main(['kb', 'draft', file, '--id', 'Juspay 2021'])).toBe(2);
  });
});

describe('leaklens kb stats', () => {
  const entry = (over: Partial<Entry>): Entry => ({ ...KB_ENTRIES.find((e) => e.id === 'cowin-2022-01')!, ...over });

  it('counts by sector, status, year and language, and lists entries not reviewed for over a year', () => {
    const base = entry({});
    const stats = kbStats(
      [
        entry({ id: 'a-2020-01', sector: ['health', 'government'], status: 'denied', reviewed: '2025-11-30', claims: [{ ...base.claims[0]!, date: '2020-01' }] }),
        entry({ id: 'b-2021-01', sector: ['health'], status: 'confirmed', reviewed: '2025-12-01', claims: [{ ...base.claims[0]!, date: '2021-05-02' }] }),
        entry({ id: 'c-2021-02', sector: ['finance'], status: 'denied', reviewed: '2024-06', examples: { match: [{ lang: 'en', text: 'x'.repeat(20) }], noMatch: [] } }),
      ],
      '2026-12-01',
    );
    expect(stats.entries).toBe(3);
    expect(stats.bySector).toEqual({ health: 2, finance: 1, government: 1 });
    expect(stats.byStatus).toEqual({ denied: 2, confirmed: 1 });
    expect(stats.byYear).toEqual({ '2020': 1, '2021': 1, '2022': 1 });
    expect(stats.languages.matchExamples).toEqual({ en: 3, hi: 2 });
    expect(stats.notReviewedForAYear).toEqual([
      { id: 'c-2021-02', reviewed: '2024-06' },
      { id: 'a-2020-01', reviewed: '2025-11-30' },
    ]);
    expect(formatStats(stats)).toContain('by sector:    health 2, finance 1, government 1');
    expect(formatStats(stats)).toContain('not reviewed for over a year (before 2026-12-01): 2\n  c-2021-02 (reviewed 2024-06)');
  });

  it('prints the bundled knowledge base, as text and as JSON', async () => {
    expect(await main(['kb', 'stats', '--today', '2026-12-01'])).toBe(0);
    expect(cli.out.join('\n')).toMatch(new RegExp(`^${KB_ENTRIES.length} entries\\nby sector: `));
    cli.out = [];
    expect(await main(['kb', 'stats', '--json', '--today', '2030-01-01'])).toBe(0);
    const stats = JSON.parse(cli.out.join('\n'));
    expect(stats.entries).toBe(KB_ENTRIES.length);
    expect(Object.values(stats.byStatus as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(KB_ENTRIES.length);
    expect(stats.notReviewedForAYear).toHaveLength(KB_ENTRIES.filter((e) => e.reviewed < '2029-01-01').length);
    expect(await main(['kb', 'stats', '--today', 'soon'])).toBe(2);
  });

  it('reads another folder when given one', async () => {
    copyFileSync(INCIDENTS + 'cowin-2022-01.json', join(cli.dir, 'cowin-2022-01.json'));
    expect(await main(['kb', 'stats', cli.dir, '--today', '2026-12-01'])).toBe(0);
    expect(cli.out[0]).toMatch(/^1 entries\n/);
  });
});

describe('leaklens kb validate: summary', () => {
  it('prints the warnings with their count before the OK line', async () => {
    const e = JSON.parse(readFileSync(INCIDENTS + 'cowin-2022-01.json', 'utf8'));
    e.organisation.aliases.en.push('Totally Unused Alias');
    e.title.hi = 'ज़्यादा ' + e.title.hi;
    writeFileSync(join(cli.dir, 'cowin-2022-01.json'), JSON.stringify(e));
    expect(await main(['kb', 'validate', cli.dir])).toBe(0);
    const report = cli.out.join('\n');
    expect(report).toMatch(/cowin-2022-01\.json: organisation\.aliases: \d+ of \d+ aliases occur in no match example of "cowin": .*"Totally Unused Alias".* \(warning\)/);
    expect(report).toContain('cowin-2022-01.json: title.hi: Hindi spelled with nukta ("ज़्यादा")');
    expect(cli.out.at(-2)).toMatch(/^\d+ warning\(s\); \d+ of \d+ aliases occur in no match example$/);
    expect(cli.out.at(-1)).toMatch(/^OK: 1 entries, \d+ aliases, \d+ sources$/);
  });
});
