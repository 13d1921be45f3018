/**
 * Realistic news-article pages for the end-to-end tests and the demo: the markup shape of the real sites
 * (navigation, breadcrumbs, byline, the article container, related stories, ads, footer, JSON-LD), with the
 * article text put in as text, never as HTML.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface ArticleText {
  title: string;
  paragraphs: string[];
}

/** A .txt article: first line the title, then paragraphs separated by blank lines. */
export function readArticleText(path: string): ArticleText {
  const [title = '', ...rest] = readFileSync(path, 'utf8').split(/\r?\n/);
  const paragraphs = rest.join('\n').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return { title: title.trim(), paragraphs };
}

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));
const SEED_PATH = fileURLToPath(new URL('../../../shared/seed/prabhatkhabar-cowin-2022-01.txt', import.meta.url));

/**
 * The Prabhat Khabar article the project started from, which lives beside the repository (../shared/seed) and is
 * not committed. Where it is absent, our own retelling of the same story (test/fixtures) stands in.
 */
export function seedArticle(): { article: ArticleText; source: string } {
  const path = process.env.LEAKLENS_SEED ?? SEED_PATH;
  if (existsSync(path)) return { article: readArticleText(path), source: path };
  const fallback = FIXTURES_DIR + 'cowin-2022-01-hi.txt';
  return { article: readArticleText(fallback), source: fallback };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface PageOptions {
  lang: 'hi' | 'en';
  siteName: string;
  /** Extra markup for the end of <head> (e.g. a hostile page's styles or scripts). Trusted, test-written. */
  extraHead?: string;
  publishedDate?: string;
}

/** Prabhat Khabar's article layout (simplified): the body sits in .story-content. */
export function newsPage(article: ArticleText, options: PageOptions): string {
  const { lang, siteName, extraHead = '', publishedDate = '2022-01-21T18:30:00+05:30' } = options;
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    datePublished: publishedDate,
    publisher: { '@type': 'Organization', name: siteName },
  }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)} - ${escapeHtml(siteName)}</title>
<meta property="og:title" content="${escapeHtml(article.title)}">
<meta name="description" content="${escapeHtml(article.paragraphs[0]?.slice(0, 160) ?? '')}">
<meta property="article:published_time" content="${publishedDate}">
<script type="application/ld+json">${jsonLd}</script>
<style>
  body { font-family: 'Noto Sans Devanagari', 'Noto Sans', sans-serif; margin: 0; color: #222; }
  header.site { background: #c4161c; color: #fff; padding: 12px 24px; font-weight: 700; font-size: 22px; }
  nav.menu { background: #222; padding: 8px 24px; } nav.menu a { color: #eee; margin-right: 16px; text-decoration: none; font-size: 14px; }
  .wrap { max-width: 760px; margin: 24px auto; padding: 0 24px; }
  .breadcrumb { font-size: 13px; color: #777; } h1 { font-size: 28px; line-height: 1.35; }
  .byline { color: #666; font-size: 13px; margin-bottom: 16px; } .ad { background: #f2f2f2; height: 90px; margin: 16px 0; text-align: center; color: #aaa; line-height: 90px; }
  .story-content p { font-size: 18px; line-height: 1.7; } aside.related li { margin: 6px 0; }
</style>
${extraHead}
</head>
<body>
<header class="site">${escapeHtml(siteName)}</header>
<nav class="menu"><a href="/">होम</a><a href="/national">देश</a><a href="/state">राज्य</a><a href="/tech">टेक</a><a href="/sports">खेल</a></nav>
<div class="wrap">
  <div class="breadcrumb">होम › देश</div>
  <h1>${escapeHtml(article.title)}</h1>
  <div class="byline">By ${escapeHtml(siteName)} Digital Desk · <time datetime="${publishedDate}">${publishedDate.slice(0, 10)}</time></div>
  <div class="ad">Advertisement</div>
  <div class="story-content">
${article.paragraphs.map((p) => `    <p>${escapeHtml(p)}</p>`).join('\n')}
  </div>
  <div class="ad">Advertisement</div>
  <aside class="related"><h3>संबंधित खबरें</h3><ul><li><a href="/a">मौसम: कई राज्यों में बारिश का अलर्ट</a></li><li><a href="/b">क्रिकेट: भारत ने जीती सीरीज</a></li></ul></aside>
</div>
<footer style="padding:24px;background:#222;color:#aaa">© ${escapeHtml(siteName)}</footer>
</body>
</html>`;
}
