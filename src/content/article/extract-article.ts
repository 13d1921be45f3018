/**
 * Finds the article the reader is reading: the site's own article container, else the page's JSON-LD
 * articleBody, else <article>/[itemprop=articleBody], else the element with the most paragraph text.
 * Reads textContent only (never innerText, which forces layout), and caps the text it takes, so a huge
 * or hostile page costs bounded work. Works on any Document (the browser's, or happy-dom's in the CLI).
 */
import type { ArticleInput } from '../../core/types.ts';
import { MAX_ARTICLE_TEXT } from '../../shared/messages.ts';
import { MAX_URL_LENGTH } from '../../shared/page-url.ts';
import { siteForUrl } from '../../shared/sites.ts';

/** Longer articles are cut here: the claim and the response are stated long before this. */
export const MAX_ARTICLE_CHARS = MAX_ARTICLE_TEXT;
const MIN_ARTICLE_CHARS = 200;
const BLOCK_SELECTOR = 'p, h2, h3, li, blockquote';
/** A page with more blocks than this (empty ones included) is read only that far: the cost stays bounded. */
const MAX_BLOCKS = 5000;
const SKIP_SELECTOR = 'script, style, noscript, template, nav, aside, footer, form, figure, iframe, svg, [aria-hidden="true"]';

export function extractArticle(doc: Document, url: string): ArticleInput | null {
  const jsonLd = readJsonLd(doc);
  const title = cleanText(
    metaContent(doc, 'meta[property="og:title"]') ?? doc.querySelector('h1')?.textContent ?? jsonLd?.headline ?? doc.title ?? '',
  ).slice(0, 500);

  const root = findArticleRoot(doc, url);
  let text = root ? blockText(root) : '';
  if (text.length < MIN_ARTICLE_CHARS && jsonLd?.articleBody && jsonLd.articleBody.length > text.length) {
    text = cleanText(jsonLd.articleBody);
  }
  if (text.length < MIN_ARTICLE_CHARS) return null;

  const publishedDate =
    metaContent(doc, 'meta[property="article:published_time"]') ?? metaContent(doc, 'meta[itemprop="datePublished"]') ?? jsonLd?.datePublished;
  const declaredLanguage = doc.documentElement.getAttribute('lang') ?? undefined;
  return {
    title,
    text: text.slice(0, MAX_ARTICLE_CHARS),
    url: url.slice(0, MAX_URL_LENGTH),
    ...(publishedDate ? { publishedDate: publishedDate.slice(0, 40) } : {}),
    ...(declaredLanguage ? { declaredLanguage: declaredLanguage.slice(0, 20) } : {}),
  };
}

/** The element holding the article body, or null. Exported for highlighting, which anchors quotes inside it. */
export function findArticleRoot(doc: Document, url: string): Element | null {
  const site = siteForUrl(url);
  for (const selector of site?.articleSelectors ?? []) {
    const found = doc.querySelector(selector);
    if (found && hasEnoughText(found)) return found;
  }
  for (const selector of ['[itemprop="articleBody"]', 'article', 'main']) {
    const found = doc.querySelector(selector);
    if (found && hasEnoughText(found)) return found;
  }
  return densestBlock(doc);
}

function hasEnoughText(el: Element): boolean {
  return (el.textContent?.length ?? 0) >= MIN_ARTICLE_CHARS;
}

/** The parent of the most paragraph text: where most news pages keep the story. Bounded to 2,000 paragraphs. */
function densestBlock(doc: Document): Element | null {
  const score = new Map<Element, number>();
  const paragraphs = doc.querySelectorAll('p');
  const limit = Math.min(paragraphs.length, 2000);
  for (let i = 0; i < limit; i++) {
    const p = paragraphs[i]!;
    const parent = p.parentElement;
    if (!parent || p.closest(SKIP_SELECTOR)) continue;
    score.set(parent, (score.get(parent) ?? 0) + Math.min(p.textContent?.length ?? 0, 5000));
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) if (s > bestScore) [best, bestScore] = [el, s];
  return bestScore >= MIN_ARTICLE_CHARS ? best : null;
}

/** The text of an element's blocks (paragraphs, subheads, list items), separated by blank lines. */
function blockText(root: Element): string {
  const parts: string[] = [];
  let total = 0;
  const blocks = root.querySelectorAll(BLOCK_SELECTOR);
  for (let i = 0; i < blocks.length && i < MAX_BLOCKS && total < MAX_ARTICLE_CHARS; i++) {
    const block = blocks[i]!;
    if (block.closest(SKIP_SELECTOR)) continue;
    // A block inside another collected block (li > p) is already part of it.
    if (block.parentElement?.closest(BLOCK_SELECTOR) && root.contains(block.parentElement.closest(BLOCK_SELECTOR))) continue;
    const text = cleanText(block.textContent ?? '');
    if (text) {
      parts.push(text);
      total += text.length + 2;
    }
  }
  // Pages that put text straight into <div>s: take the root's own text, without scripts, styles and the like.
  if (total < MIN_ARTICLE_CHARS) return cleanText(visibleText(root)).slice(0, MAX_ARTICLE_CHARS);
  return parts.join('\n\n');
}

/** The text of an element's text nodes outside SKIP_SELECTOR elements, up to MAX_ARTICLE_CHARS. */
function visibleText(root: Element): string {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < MAX_ARTICLE_CHARS; node = walker.nextNode()) {
    if (!node.parentElement?.closest(SKIP_SELECTOR)) text += `${node.nodeValue ?? ''} `;
  }
  return text;
}

function cleanText(s: string): string {
  return s.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
}

function metaContent(doc: Document, selector: string): string | undefined {
  const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return value ? value : undefined;
}

interface JsonLdArticle {
  headline?: string;
  articleBody?: string;
  datePublished?: string;
}

/** The first NewsArticle/Article object in the page's JSON-LD, if any. Malformed JSON is skipped. */
function readJsonLd(doc: Document): JsonLdArticle | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < Math.min(scripts.length, 20); i++) {
    const raw = scripts[i]!.textContent ?? '';
    if (raw.length > 2_000_000) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue;
    }
    const found = findArticleObject(data, 0);
    if (found) return found;
  }
  return null;
}

function findArticleObject(data: unknown, depth: number): JsonLdArticle | null {
  if (depth > 4 || typeof data !== 'object' || data === null) return null;
  if (Array.isArray(data)) {
    for (const item of data.slice(0, 50)) {
      const found = findArticleObject(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const obj = data as Record<string, unknown>;
  const type = obj['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && /^(News|Report|Blog)?Article$|^NewsArticle$/.test(t))) {
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    return { headline: str(obj.headline), articleBody: str(obj.articleBody), datePublished: str(obj.datePublished) };
  }
  return findArticleObject(obj['@graph'], depth + 1);
}
