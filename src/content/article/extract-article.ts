/**
 * Finds the article the reader is reading: the site's own article container, else the page's JSON-LD
 * articleBody, else <article>/[itemprop=articleBody], else the element with the most paragraph text.
 * Reads textContent only (no innerText), and only text a reader can see: hidden subtrees ([hidden], aria-hidden,
 * closed <details>), related-story rails and embedded posts are skipped, and in a browser (`checkLayout`) so are
 * blocks that are not rendered, invisible, of zero font size, or off-screen.
 *
 * Every walk is one pass over the elements (no per-element ancestor lookups), so the cost does not grow with the
 * DOM's depth; it is capped in elements visited and in characters taken; and it runs as steps that
 * `extractArticleAsync` spreads over several tasks, so a huge page never blocks the page's main thread for long.
 * Works on any Document (the browser's, or happy-dom's in the CLI, without layout).
 */
import type { ArticleInput } from '../../core/types.ts';
import { MAX_ARTICLE_TEXT } from '../../shared/messages.ts';
import { MAX_URL_LENGTH } from '../../shared/page-url.ts';
import { siteForUrl } from '../../shared/sites.ts';

/** Longer articles are cut here: the claim and the response are stated long before this. */
export const MAX_ARTICLE_CHARS = MAX_ARTICLE_TEXT;
const MIN_ARTICLE_CHARS = 200;
const BLOCK_TAGS = new Set(['P', 'H2', 'H3', 'LI', 'BLOCKQUOTE']);
/** Subtrees that are never the story's text. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'FIGURE', 'IFRAME', 'SVG', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'SELECT', 'BUTTON', 'TEXTAREA', 'DIALOG']);
/** Related-story rails, recommendation widgets and embedded social posts, by class or id. */
const RAIL = /(^|[\s_-])(related|recommend\w*|also-?read|read-?more|more-?stories|trending|popular|taboola|outbrain|twitter-tweet|tweet|instagram-media|social-?embed|embed)([\s_-]|$)/i;
/** A walk visits at most this many nodes (empty ones included): the cost stays bounded on any page. */
const MAX_ELEMENTS = 1_000_000;
/** Elements visited between pauses of a walk (see extractArticleAsync). */
const STEP = 256;

export interface ExtractOptions {
  /** Use the browser's layout to skip what is not rendered or not visible (off in the CLI, which has no layout). */
  checkLayout?: boolean;
}

/** Yielded by the extraction steps between chunks of work. */
const PAUSE = Symbol('pause');
type Steps<T> = Generator<typeof PAUSE, T, void>;

/** Which path found the article: the site's module, the page's JSON-LD, the readability scorer, or a fallback. */
export type ExtractPath = 'site' | 'json-ld' | 'readability' | 'container' | 'densest';

export interface ExtractResult {
  article: ArticleInput | null;
  /** The path that found the article (null when there is none). */
  via: ExtractPath | null;
}

export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ArticleInput | null {
  return extractArticleDetailed(doc, url, options).article;
}

export function extractArticleDetailed(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  const article = runToEnd(extractSteps(doc, url, options));
  return { article, via: article ? 'container' : null };
}

/**
 * The same extraction, in slices of about `sliceMs` of main-thread time with a macrotask between them, so a
 * page's own work (input, rendering) runs in between. `signal` abandons it.
 */
export async function extractArticleAsync(doc: Document, url: string, options: ExtractOptions & { sliceMs?: number; signal?: AbortSignal } = {}): Promise<ArticleInput | null> {
  const steps = extractSteps(doc, url, options);
  const sliceMs = options.sliceMs ?? 8;
  for (;;) {
    const sliceEnd = performance.now() + sliceMs;
    let next = steps.next();
    while (!next.done && performance.now() < sliceEnd) next = steps.next();
    if (next.done) return next.value;
    await nextTask();
    if (options.signal?.aborted) return null;
  }
}

function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Resolves in a new task (a message to ourselves: not throttled like a timer). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

function* extractSteps(doc: Document, url: string, options: ExtractOptions): Steps<ArticleInput | null> {
  const jsonLd = readJsonLd(doc);
  const title = cleanText(
    metaContent(doc, 'meta[property="og:title"]') ?? doc.querySelector('h1')?.textContent ?? jsonLd?.headline ?? doc.title ?? '',
  ).slice(0, 500);
  yield PAUSE;
  const visible = visibilityTest(doc, !!options.checkLayout);
  const root = yield* findRootSteps(doc, url, visible);
  let text = root ? yield* blockTextSteps(root, visible) : '';
  if (text.length < MIN_ARTICLE_CHARS && jsonLd?.articleBody && jsonLd.articleBody.length > text.length) {
    text = cleanText(jsonLd.articleBody.slice(0, MAX_ARTICLE_CHARS * 2));
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
export function findArticleRoot(doc: Document, url: string, options: ExtractOptions = {}): Element | null {
  return runToEnd(findRootSteps(doc, url, visibilityTest(doc, !!options.checkLayout)));
}

function* findRootSteps(doc: Document, url: string, visible: (el: Element) => boolean): Steps<Element | null> {
  const site = siteForUrl(url);
  for (const selector of [...(site?.articleSelectors ?? []), '[itemprop="articleBody"]', 'article', 'main']) {
    const found = doc.querySelector(selector);
    if (found && hasEnoughText(found) && visible(found)) return found;
  }
  yield PAUSE;
  return yield* densestBlockSteps(doc, visible);
}

/** Whether an element holds at least MIN_ARTICLE_CHARS of text: stops reading as soon as it does (textContent of
 * a 5 MB article would copy all of it). Capped at 20,000 nodes. */
function hasEnoughText(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT: no global in Node */);
  let length = 0;
  for (let node = walker.nextNode(), seen = 0; node && seen < 20_000; node = walker.nextNode(), seen++) {
    length += node.nodeValue?.length ?? 0;
    if (length >= MIN_ARTICLE_CHARS) return true;
  }
  return false;
}

/** Whether an element's own subtree is never part of the story (tag, hidden attributes, rails, closed details). */
function skipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (el.tagName === 'DETAILS' && !el.hasAttribute('open')) return true;
  const cls = el.getAttribute('class');
  if (cls && RAIL.test(cls)) return true;
  const id = el.id;
  return !!id && RAIL.test(id);
}

/**
 * The layout test for a block: rendered (has boxes, so neither it nor an ancestor is display:none or a closed
 * <details>' content), visibility visible, a readable font size, larger than a pixel, and not placed off-screen
 * to the left or above the page. Without layout (checkLayout false) everything passes.
 */
function visibilityTest(doc: Document, checkLayout: boolean): (el: Element) => boolean {
  const view = doc.defaultView;
  if (!checkLayout || !view) return () => true;
  return (el) => {
    if (el.getClientRects().length === 0) return false;
    const style = view.getComputedStyle(el);
    if (style.visibility !== 'visible' || parseFloat(style.fontSize) < 4 || style.opacity === '0') return false;
    const rect = el.getBoundingClientRect();
    if (rect.width <= 2 || rect.height <= 2) return false;
    return rect.right + view.scrollX > 0 && rect.bottom + view.scrollY > 0;
  };
}

/**
 * Walks the elements under `root` in document order, one pass: `onElement` says whether to descend into an
 * element (true), or to skip its subtree (false). Pauses every STEP elements; stops after MAX_ELEMENTS.
 */
function* walk(root: Element, onElement: (el: Element) => boolean): Steps<void> {
  let visited = 0;
  let el: Element | null = root.firstElementChild;
  while (el && visited < MAX_ELEMENTS) {
    if (++visited % STEP === 0) yield PAUSE;
    let next: Element | null = onElement(el) ? el.firstElementChild : null;
    // No child to descend to: the next sibling of the element or of its nearest ancestor below root. Each
    // element is climbed past once, so the whole walk stays linear.
    for (let at: Element | null = el; !next && at && at !== root; at = at.parentElement) next = at.nextElementSibling;
    el = next;
  }
}

/** The parent of the most visible paragraph text: where most news pages keep the story. */
function* densestBlockSteps(doc: Document, visible: (el: Element) => boolean): Steps<Element | null> {
  const score = new Map<Element, number>();
  const body = doc.body ?? doc.documentElement;
  let paragraphs = 0;
  yield* walk(body, (el) => {
    if (skipped(el)) return false;
    if (el.tagName !== 'P') return true;
    const length = Math.min(el.textContent?.length ?? 0, 5000);
    if (length > 0 && paragraphs++ < 5000 && el.parentElement && visible(el)) score.set(el.parentElement, (score.get(el.parentElement) ?? 0) + length);
    return false;
  });
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) if (s > bestScore) [best, bestScore] = [el, s];
  return bestScore >= MIN_ARTICLE_CHARS ? best : null;
}

/**
 * The text of an element's visible blocks (paragraphs, subheads, list items), separated by blank lines; for pages
 * that put their text straight into <div>s, all of the root's visible text. One pass over the nodes: a block's
 * text is gathered from its text nodes, leaving out skipped elements and text whose element is not visible.
 */
function* blockTextSteps(root: Element, visible: (el: Element) => boolean): Steps<string> {
  const parts: string[] = [];
  let total = 0;
  let all = '';
  let block: Element | null = null;
  let buffer = '';
  let lastParent: Element | null = null;
  let lastVisible = false;
  const full = () => total >= MAX_ARTICLE_CHARS && all.length >= MAX_ARTICLE_CHARS;
  yield* walkNodes(root, {
    enter(el) {
      if (full() || skipped(el)) return false;
      if (!block && BLOCK_TAGS.has(el.tagName)) {
        block = el;
        buffer = '';
      }
      return true;
    },
    leave(el) {
      if (el !== block) return;
      block = null;
      const text = cleanText(buffer);
      if (text && total < MAX_ARTICLE_CHARS) {
        parts.push(text);
        total += text.length + 2;
      }
      all += ' ';
    },
    text(node) {
      const value = node.nodeValue ?? '';
      if (!/\S/.test(value)) {
        if (block) buffer += ' ';
        all += ' ';
        return;
      }
      // Whether text shows is decided by the element holding it (display, visibility and font size inherit, and
      // a hidden or off-screen ancestor leaves it without a box or off-screen too); checked once per element.
      const parent = node.parentElement;
      if (parent !== lastParent) {
        lastParent = parent;
        lastVisible = !!parent && visible(parent);
      }
      if (!lastVisible) return;
      if (block) buffer += value.slice(0, Math.max(0, MAX_ARTICLE_CHARS - total - buffer.length + 100));
      all += value.slice(0, Math.max(0, MAX_ARTICLE_CHARS - all.length));
    },
  });
  if (total < MIN_ARTICLE_CHARS) return cleanText(all).slice(0, MAX_ARTICLE_CHARS);
  return parts.join('\n\n');
}

/**
 * Walks the nodes under `root` in document order, one pass: `enter` says whether to go into an element (its
 * `leave` follows its last descendant), `text` gets each text node. Pauses every STEP nodes; stops after
 * MAX_ELEMENTS nodes.
 */
function* walkNodes(root: Element, v: { enter(el: Element): boolean; leave(el: Element): void; text(node: Text): void }): Steps<void> {
  let visited = 0;
  let node: Node | null = root.firstChild;
  while (node && visited < MAX_ELEMENTS) {
    if (++visited % STEP === 0) yield PAUSE;
    let next: Node | null = null;
    if (node.nodeType === 1) {
      if (v.enter(node as Element)) {
        next = node.firstChild;
        if (!next) v.leave(node as Element);
      }
    } else if (node.nodeType === 3) {
      v.text(node as Text);
    }
    // Climb to the next sibling of the node or of its nearest ancestor below root, leaving each ancestor passed.
    for (let at: Node | null = node; !next && at && at !== root; ) {
      next = at.nextSibling;
      if (!next) {
        at = at.parentNode;
        if (at && at !== root) v.leave(at as Element);
      }
    }
    node = next;
  }
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
