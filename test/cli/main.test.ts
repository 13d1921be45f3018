import { describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import { captureCli } from './capture.ts';
import { newsPage, readArticleText } from '../e2e/pages.ts';

const FIXTURES = new URL('../fixtures/articles/', import.meta.url).pathname;
const cli = captureCli('leaklens-cli-');

describe('leaklens analyze', () => {
  it('prints one JSON object per file, with the file name and the analysis', async () => {
    const code = await main(['analyze', '--json', FIXTURES + 'cowin-2022-01-hi.txt', FIXTURES + 'paper-leak-hi.txt']);
    expect(code).toBe(0);
    const [cowin, paper] = cli.out.map((line) => JSON.parse(line));
    expect(cowin.file).toContain('cowin-2022-01-hi.txt');
    expect(cowin.incident.id).toBe('cowin-2022-01');
    expect(cowin.mismatches.filter((m: { kind: string }) => m.kind === 'not-collected').map((m: { field: string }) => m.field).sort()).toEqual(['covid-test-results', 'physical-addresses']);
    expect(cowin.claimedCount).toEqual({ text: expect.stringContaining('20'), value: 20000 });
    expect(paper.isLeakArticle).toBe(false);
  });

  it('extracts the article from an .html page as the browser does', async () => {
    const page = join(cli.dir, 'page.html');
    writeFileSync(page, newsPage(readArticleText(FIXTURES + 'cowin-2022-01-hi.txt'), { lang: 'hi', siteName: 'Prabhat Khabar' }));
    expect(await main(['analyze', '--json', page])).toBe(0);
    expect(JSON.parse(cli.out[0]!).incident.id).toBe('cowin-2022-01');
  });

  it('prints a readable summary without --json, and reports unreadable files without stopping', async () => {
    const code = await main(['analyze', join(cli.dir, 'missing.txt'), FIXTURES + 'unknown-leak-en.txt']);
    expect(code).toBe(1);
    expect(cli.err.join('\n')).toContain('missing.txt');
    expect(cli.out.join('\n')).toMatch(/leak article: yes/);
  });
});

describe('leaklens kb', () => {
  it('kb --json prints every entry as one JSON array', async () => {
    expect(await main(['kb', '--json'])).toBe(0);
    const entries = JSON.parse(cli.out.join('\n')) as Array<{ id: string }>;
    expect(entries.length).toBeGreaterThanOrEqual(34);
    expect(entries.map((e) => e.id)).toContain('cowin-2022-01');
  });

  it('kb validate reports the file, the field and the problem, and fails', async () => {
    const good = new URL('../../src/kb/incidents/cowin-2022-01.json', import.meta.url).pathname;
    copyFileSync(good, join(cli.dir, 'cowin-2022-01.json'));
    const bad = JSON.parse(readFileSync(good, 'utf8'));
    bad.id = 'cowin-2022-02';
    bad.claims[0].sources[0] = 'http://insecure.example/';
    bad.responses[0].date = '2022-13-01';
    writeFileSync(join(cli.dir, 'cowin-2022-02.json'), JSON.stringify(bad));
    expect(await main(['kb', 'validate', cli.dir])).toBe(1);
    const report = cli.out.join('\n');
    expect(report).toContain('cowin-2022-02.json: claims.0.sources.0: sources must be https URLs');
    expect(report).toContain('cowin-2022-02.json: responses.0.date: not a real calendar date');
  });

  it('kb validate passes the bundled knowledge base', async () => {
    expect(await main(['kb', 'validate', new URL('../../src/kb/incidents/', import.meta.url).pathname])).toBe(0);
    expect(cli.out.at(-1)).toMatch(/^OK: \d+ entries, \d+ aliases, \d+ sources$/);
  });
});

describe('leaklens eval and usage', () => {
  it('eval prints the figures for a labelled corpus', async () => {
    const item = (id: string, file: string, label: string, incident: string | null) => {
      const { title, paragraphs } = readArticleText(FIXTURES + file);
      return { id, language: /[\u0900-\u097F]/.test(title) ? 'hi' : 'en', title, text: paragraphs.join('\n\n'), label, incident, claimed_fields: [], claimed_count: null, official_stance_in_text: 'none' };
    };
    const corpus = join(cli.dir, 'corpus.json');
    writeFileSync(corpus, JSON.stringify([item('a', 'cowin-2022-01-hi.txt', 'leak', 'cowin-2022-01'), item('b', 'paper-leak-hi.txt', 'not_leak', null)]));
    expect(await main(['eval', corpus])).toBe(0);
    const report = cli.out.join('\n');
    expect(report).toMatch(/leak detection hi: +precision 1\.000 recall 1\.000/);
    expect(report).toMatch(/incident accuracy: 1\.000/);
  });

  it('answers an unknown command or flag with the usage and exit code 2', async () => {
    expect(await main(['frobnicate'])).toBe(2);
    expect(await main(['analyze', '--yaml', 'x'])).toBe(2);
    expect(cli.err.join('\n')).toContain('Usage:');
  });
});
