import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import { captureCli } from './capture.ts';
import { newsPage, readArticleText, FIXTURES_DIR } from '../e2e/pages.ts';

const cli = captureCli('leaklens-extract-');

describe('leaklens extract', () => {
  it('prints title, date, language, path and text; --json gives one line per file with `file`, the site from the canonical URL', async () => {
    const article = readArticleText(FIXTURES_DIR + 'cowin-2022-01-hi.txt');
    const page = newsPage(article, { lang: 'hi', siteName: 'Prabhat Khabar' }).replace('</head>', '<link rel="canonical" href="https://www.prabhatkhabar.com/national/cowin-data-leak"></head>');
    const file = join(cli.dir, 'page.html');
    writeFileSync(file, page);
    expect(await main(['extract', '--json', file])).toBe(0);
    const record = JSON.parse(cli.out[0]!);
    expect(record).toMatchObject({ file, title: article.title, publishedDate: '2022-01-21T18:30:00+05:30', language: 'hi', via: 'site', site: 'prabhatkhabar', url: 'https://www.prabhatkhabar.com/national/cowin-data-leak' });
    expect(record.text).toContain(article.paragraphs[1]!.slice(0, 40));
    expect(record.text).not.toContain('संबंधित खबरें');

    cli.out = [];
    const plain = join(cli.dir, 'plain.html');
    writeFileSync(plain, page.replace(/<link rel="canonical"[^>]*>/, ''));
    expect(await main(['extract', plain])).toBe(0);
    expect(cli.out.join('\n')).toMatch(/found by: {2}scorer|found by: {2}json-ld/);
  });

  it('says so, and exits 1, for a page with no article', async () => {
    const file = join(cli.dir, 'empty.html');
    writeFileSync(file, '<!doctype html><title>x</title><p>Nothing here.</p>');
    expect(await main(['extract', file])).toBe(1);
    expect(cli.err.join('\n')).toContain('no article found');
  });
});
