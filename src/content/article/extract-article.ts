/**
 * Finds the article the reader is reading: the site's own article container, else the page's JSON-LD
 * articleBody, else the blocks the story scorer (Readability.js's scoring, story-scorer.ts) chooses, else
 * <article>/[itemprop=articleBody], else the element with the most paragraph text.
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
import { storyBlocksSteps } from './story-scorer.ts';
import { BLOCK_ELEMENT_TAGS, INLINE_TAGS, type TextBlock as Block } from './block-tags.ts';

/** Longer articles are cut here: the claim and the response are stated long before this. */
export const MAX_ARTICLE_CHARS = MAX_ARTICLE_TEXT;
const MIN_ARTICLE_CHARS = 200;
/** An <article> of a feed with this much text is a story of the feed; a shorter one only when the address names it. */
const STORY_IN_FEED_CHARS = 1000;
/** A page's only [itemprop=articleBody] with this much text can be the story, read without scoring the page. */
const ITEMPROP_BODY_CHARS = 1000;
/** A container is the whole story when the blocks read from it hold at least this share of its text. */
const BLOCKS_SHARE = 0.85;
/** Nor when its parent holds, beside it, more paragraph text than this share of its own (a story split around it). */
const SPLIT_STORY_SHARE = 0.25;
/** At most this many of the parent's paragraphs are weighed for SPLIT_STORY_SHARE: bounded work on a huge page. */
const WHOLE_BODY_MAX_PARAGRAPHS = 2000;
/** A JSON-LD articleBody shorter than this is a teaser, not a guide to the story. */
const MIN_GUIDE_CHARS = 300;
/**
 * The story scorer reads a part of the page of at most this many elements (a news article page has 1,000-6,000):
 * it weighs every box and block there, so its cost follows the part's size. A larger page (a feed of thousands of
 * cards) takes the container and densest-block paths, which read only the story's container.
 */
export const SCORER_MAX_ELEMENTS = 12_000;
/** At most this many blocks take part in an alignment (its chain search is quadratic in them). */
const MAX_ALIGNED_UNITS = 1500;
/** Photo captions and credits, galleries' controls: not the story's text. */
const CAPTION = /(^|[\s_-])(caption|photo-?credit|image-?credit|credit|wp-caption-text|gallery)([\s_-]|$)/i;
/**
 * Inserts inside a story that point to other stories ("Also read: …", "यह भी पढ़ें: …"): a block that starts
 * with one of these is not the story's text.
 */
export const INSERT_PREFIX = /^\s*(?:also read|read also|also see|see also|see more|read more|must read|recommended|related|also watch|watch|click here|यह भी पढ़ें|ये भी पढ़ें|यह भी पढ़े|ये भी पढ़े|इसे भी पढ़ें|इन्हें भी पढ़ें|और पढ़ें|पढ़ें|यह भी देखें|ये भी देखें|देखें वीडियो)\s*[:：\-–—|>»]/i;
const BLOCK_TAGS = new Set(['P', 'H2', 'H3', 'LI', 'BLOCKQUOTE']);
/** Subtrees that are never the story's text. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'FIGURE', 'IFRAME', 'SVG', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'SELECT', 'BUTTON', 'TEXTAREA', 'DIALOG']);
/** Readers' comments (not a story named "comment": an opinion piece can be), related-story rails, recommendation widgets and embedded social posts, by class or id. */
const RAIL = /(^|[\s_-])(comments|comment-?(?:list|area|section|thread|box|wrap\w*)|disqus\w*|related|recommend\w*|also-?read|read-?more|more-?stories|trending|popular|taboola|outbrain|twitter-tweet|tweet|instagram-media|social-?embed|embed)([\s_-]|$)/i;
/** The names sites give the article's own container ("entry-content-read-more" is the story, not a rail). */
const ARTICLE_CONTAINER = /(^|[_-])(entry|post|article|story|td-post|main)[_-]?(content|body|text|details?)([_-]|$)/i;
const isRailName = (name: string) => RAIL.test(name) && !ARTICLE_CONTAINER.test(name);
/** A walk visits at most this many nodes (empty ones included): the cost stays bounded on any page. */
const MAX_ELEMENTS = 1_000_000;
/** Elements visited between pauses of a walk (see extractArticleAsync). */
const STEP = 256;

export interface ExtractOptions {
  /** Use the browser's layout to skip what is not rendered or not visible (off in the CLI, which has no layout). */
  checkLayout?: boolean;
  /** Score the page's blocks for the story (default true; see story-scorer.ts). */
  score?: boolean;
}

/** Yielded by the extraction steps between chunks of work. */
const PAUSE = Symbol('pause');
type Steps<T> = Generator<typeof PAUSE, T, void>;

/** Which path found the article: the site's module, the page's JSON-LD, the story scorer, or a fallback. */
export type ExtractPath = 'site' | 'json-ld' | 'scorer' | 'container' | 'densest';

export interface ExtractResult {
  article: ArticleInput | null;
  /** The path that found the article (null when there is none). */
  via: ExtractPath | null;
}

export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ArticleInput | null {
  return extractArticleDetailed(doc, url, options).article;
}

export function extractArticleDetailed(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  const found: { via: ExtractPath | null } = { via: null };
  const article = runToEnd(extractSteps(doc, url, options, found));
  return { article, via: article ? found.via : null };
}

/**
 * The same extraction, in slices of about `sliceMs` of main-thread time with a macrotask between them, so a
 * page's own work (input, rendering) runs in between. `signal` abandons it.
 */
export async function extractArticleAsync(doc: Document, url: string, options: ExtractOptions & { sliceMs?: number; signal?: AbortSignal } = {}): Promise<ArticleInput | null> {
  const steps = extractSteps(doc, url, options, { via: null });
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

/** Another module's steps (which pause by yielding nothing) as extraction steps. */
function* paced<T>(steps: Generator<void, T>): Steps<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    yield PAUSE;
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

function* extractSteps(doc: Document, url: string, options: ExtractOptions, found: { via: ExtractPath | null }): Steps<ArticleInput | null> {
  // On an infinite-scroll page, the story at this address (or in view) is read on its own; the page's metadata
  // (JSON-LD, og:title) describes the first story only.
  const story = articleInView(doc, url, !!options.checkLayout);
  const scope = story?.el ?? doc.body ?? doc.documentElement;
  const jsonLd = story && !story.first ? null : readJsonLd(doc);
  const heading = scope.querySelector('h1, h2')?.textContent;
  const title = cleanText(
    (story && !story.first ? heading : undefined) ?? metaContent(doc, 'meta[property="og:title"]') ?? doc.querySelector('h1')?.textContent ?? jsonLd?.headline ?? doc.title ?? '',
  ).slice(0, 500);
  yield PAUSE;
  const visible = visibilityTest(doc, !!options.checkLayout);
  const text = yield* articleTextSteps(doc, scope, url, title, visible, jsonLd, found, options);
  if (text.length < MIN_ARTICLE_CHARS) {
    found.via = null;
    return null;
  }

  const publishedDate =
    story && !story.first
      ? (scope.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined)
      : (metaContent(doc, 'meta[property="article:published_time"]') ?? metaContent(doc, 'meta[itemprop="datePublished"]') ?? jsonLd?.datePublished);
  const declaredLanguage = doc.documentElement.getAttribute('lang') ?? undefined;
  return {
    title,
    text: text.slice(0, MAX_ARTICLE_CHARS),
    url: url.slice(0, MAX_URL_LENGTH),
    ...(publishedDate ? { publishedDate: publishedDate.slice(0, 40) } : {}),
    ...(declaredLanguage ? { declaredLanguage: declaredLanguage.slice(0, 20) } : {}),
  };
}

/**
 * The article's visible text, by the first path that finds one: the site's own container; the page's JSON-LD
 * articleBody, used as a guide to which of the page's own visible blocks are the story (so text the reader cannot
 * see never counts, whatever the guide holds); a whole marked article body; the story scorer's choice among the
 * page's blocks; a container (`[itemprop=articleBody]`, `<article>`, `<main>`) or the densest block; and last the
 * JSON-LD articleBody itself when the page shows next to nothing.
 */
function* articleTextSteps(doc: Document, scope: Element, url: string, title: string, visible: (el: Element) => boolean, jsonLd: JsonLdArticle | null, found: { via: ExtractPath | null }, options: ExtractOptions): Steps<string> {
  const site = siteForUrl(url);
  for (const selector of site?.articleSelectors ?? []) {
    const root = scope.matches(selector) ? scope : scope.querySelector(selector);
    if (root && hasEnoughText(root) && visible(root)) {
      const text = yield* blockTextSteps(root, visible);
      if (text.length >= MIN_ARTICLE_CHARS) {
        found.via = 'site';
        return text;
      }
    }
  }
  if (site && site.articleSelectors.length > 0 && import.meta.env?.DEV) {
    // The site changed its markup (or this is not an article page): the generic path reads it.
    console.debug(`LeakLens: the ${site.id} site module found no article; the generic path reads the page`);
  }
  // The page's blocks that a guide holds: JSON-LD is the site's own word on what the story is, but often only
  // its first paragraphs; the story scorer finds the story's extent. The scorer's choice wins when it holds the
  // JSON-LD's text and more.
  const jsonTarget = jsonLd?.articleBody && jsonLd.articleBody.length >= MIN_GUIDE_CHARS ? plainText(doc, jsonLd.articleBody) : null;
  let blocks: Block[] | null = null;
  let byJson: { text: string; root: Element | null } | null = null;
  if (jsonTarget) {
    blocks = yield* pageBlocksSteps(scope);
    byJson = yield* alignSteps(blocks, jsonTarget, visible);
    // The JSON-LD body is the whole story when the blocks it found (three or more: a teaser body finds one) are
    // most of their container's text: then the scorer is not needed.
    if (byJson.text.length >= MIN_ARTICLE_CHARS && byJson.root && byJson.text.split('\n\n').length >= 3 && byJson.text.length >= matchKeyLength(byJson.root) * BLOCKS_SHARE) {
      lastRoot.set(doc, byJson.root);
      found.via = 'json-ld';
      return byJson.text;
    }
  }
  // A page's only [itemprop=articleBody] is the site's own word on where the story is, as JSON-LD is on what it
  // says: when it holds a whole story, its blocks are read without scoring the page (see wholeBody).
  if (!byJson) {
    const bodies = scope.querySelectorAll('[itemprop="articleBody"]');
    const body = bodies.length === 1 ? bodies[0]! : null;
    if (body && hasEnoughText(body, ITEMPROP_BODY_CHARS) && wholeBody(body) && visible(body)) {
      const text = yield* blockTextSteps(body, visible);
      // Most of its text is in those blocks (as the JSON-LD path asks of its blocks' container): text put straight
      // into <div>s, which the blocks miss, is left to the scorer.
      if (text.length >= MIN_ARTICLE_CHARS && text.length >= matchKeyLength(body) * BLOCKS_SHARE) {
        lastRoot.set(doc, body);
        found.via = 'container';
        return text;
      }
    }
  }
  // The story scorer: Readability.js's scoring, of the page's own blocks (see story-scorer.ts), in the part of
  // the page that holds the story.
  let byScore: { text: string; root: Element | null } | null = null;
  const source = options.score === false ? null : storySource(scope);
  if (source && source.getElementsByTagName('*').length <= SCORER_MAX_ELEMENTS) {
    const sourceBlocks = blocks ? blocks.filter((b) => source.contains(b.el)) : yield* pageBlocksSteps(source);
    yield PAUSE;
    const chosen = yield* paced(storyBlocksSteps(sourceBlocks, source, title));
    if (chosen) {
      const { take, result } = blockCollector(visible);
      for (const i of chosen) take(sourceBlocks[i]!.nodes, sourceBlocks[i]!.el);
      byScore = result();
    }
  }
  if (byJson || byScore) {
    const jsonOk = !!byJson && byJson.text.length >= MIN_ARTICLE_CHARS;
    if (byScore && byScore.text.length >= MIN_ARTICLE_CHARS && (!jsonOk || (byScore.text.length > byJson!.text.length * 1.2 && matchKey(byScore.text).includes(matchKey(byJson!.text.slice(0, 300)))))) {
      found.via = 'scorer';
      if (byScore.root) lastRoot.set(doc, byScore.root);
      return byScore.text;
    }
    if (jsonOk) {
      if (byJson!.root) lastRoot.set(doc, byJson!.root);
      found.via = 'json-ld';
      return byJson!.text;
    }
  }
  const root = yield* findRootSteps(scope, url, visible, false);
  let text = root ? yield* blockTextSteps(root, visible) : '';
  found.via = root?.tagName === 'ARTICLE' || root?.tagName === 'MAIN' || root?.hasAttribute('itemprop') ? 'container' : 'densest';
  if (text.length < MIN_ARTICLE_CHARS && jsonLd?.articleBody && jsonLd.articleBody.length > text.length) {
    text = cleanText(plainText(doc, jsonLd.articleBody.slice(0, MAX_ARTICLE_CHARS * 2)));
    found.via = 'json-ld';
  }
  return text;
}

/** The element holding the article body, or null. Exported for highlighting, which anchors quotes inside it. */
export function findArticleRoot(doc: Document, url: string, options: ExtractOptions = {}): Element | null {
  // The element around the blocks the last extraction of this document took, while it is still in the page.
  const last = lastRoot.get(doc);
  if (last?.isConnected) return last;
  return runToEnd(findRootSteps(doc.body ?? doc.documentElement, url, visibilityTest(doc, !!options.checkLayout)));
}

/** Per document, the nearest common ancestor of the blocks its last guided extraction took. */
const lastRoot = new WeakMap<Document, Element>();

function* findRootSteps(scope: Element, url: string, visible: (el: Element) => boolean, withSite = true): Steps<Element | null> {
  const site = withSite ? siteForUrl(url) : null;
  for (const selector of [...(site?.articleSelectors ?? []), '[itemprop="articleBody"]', 'article', 'main']) {
    const found = scope.matches(selector) ? scope : scope.querySelector(selector);
    if (found && hasEnoughText(found) && visible(found)) return found;
  }
  yield PAUSE;
  return yield* densestBlockSteps(scope, visible);
}

/** Story containers an infinite-scroll page appends one after another. */
const STORY_URL_ATTRIBUTES = ['data-url', 'data-article-url', 'data-href', 'data-permalink', 'data-share-url'];

/**
 * On a page that holds several stories (infinite scroll appends the next one as another top-level <article> of
 * 1,000 characters or more), the one this address names (its data-url or the like), else the one across the
 * middle of the viewport, else the first. Null on a page of one story.
 */
function articleInView(doc: Document, url: string, checkLayout: boolean): { el: Element; first: boolean } | null {
  const all = doc.getElementsByTagName('article');
  if (all.length < 2) return null;
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    // No address to match: the layout or the first story decides.
  }
  const named = (el: Element) =>
    STORY_URL_ATTRIBUTES.some((name) => {
      const value = el.getAttribute(name);
      if (!value || !path) return false;
      try {
        return new URL(value, url).pathname === path;
      } catch {
        return false;
      }
    });
  const stories: Element[] = [];
  for (let i = 0; i < all.length && i < 50; i++) {
    const el = all[i]!;
    if (el.parentElement?.closest('article') || skipped(el)) continue;
    // A story of the feed is long; the one the address names counts from MIN_ARTICLE_CHARS (a brief appended story).
    if (hasEnoughText(el, STORY_IN_FEED_CHARS) || (named(el) && hasEnoughText(el))) stories.push(el);
  }
  if (stories.length < 2) return null;
  let chosen = stories.find(named);
  const view = doc.defaultView;
  if (!chosen && checkLayout && view) {
    const middle = view.innerHeight / 2;
    chosen = stories.find((el) => {
      const rect = el.getBoundingClientRect();
      return rect.top <= middle && rect.bottom >= middle;
    });
  }
  chosen ??= stories[0]!;
  return { el: chosen, first: chosen === stories[0] };
}

/**
 * Whether a marked article body is the whole story as the container path reads it: no table in it (the container
 * path reads paragraphs, subheads, list items and quotes, not cells), and beside it, in its parent, at most
 * SPLIT_STORY_SHARE as much paragraph text as in it (a story split around its container is not whole).
 */
function wholeBody(body: Element): boolean {
  if (body.getElementsByTagName('table').length > 0) return false;
  const parent = body.parentElement;
  if (!parent) return true;
  let inside = 0;
  let all = 0;
  const paragraphs = parent.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && i < WHOLE_BODY_MAX_PARAGRAPHS; i++) {
    const length = paragraphs[i]!.textContent?.length ?? 0;
    all += length;
    if (body.contains(paragraphs[i]!)) inside += length;
  }
  return all - inside <= inside * SPLIT_STORY_SHARE;
}

/** Whether an element holds at least MIN_ARTICLE_CHARS of text: stops reading as soon as it does (textContent of
 * a 5 MB article would copy all of it). Capped at 20,000 nodes. */
function hasEnoughText(el: Element, min = MIN_ARTICLE_CHARS): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT: no global in Node */);
  let length = 0;
  for (let node = walker.nextNode(), seen = 0; node && seen < 20_000; node = walker.nextNode(), seen++) {
    length += node.nodeValue?.length ?? 0;
    if (length >= min) return true;
  }
  return false;
}

/** Whether an element's own subtree is never part of the story (tag, hidden attributes, rails, closed details). */
function skipped(el: Element, keepFigures = false): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag) && !(keepFigures && tag === 'FIGURE')) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (el.tagName === 'DETAILS' && !el.hasAttribute('open')) return true;
  const cls = el.getAttribute('class');
  if (cls && RAIL.test(cls) && cls.split(/\s+/).some(isRailName)) return true;
  const id = el.id;
  return !!id && isRailName(id);
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
function* densestBlockSteps(body: Element, visible: (el: Element) => boolean): Steps<Element | null> {
  const score = new Map<Element, number>();
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
      if (text && total < MAX_ARTICLE_CHARS && !INSERT_PREFIX.test(text)) {
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

/**
 * The page's blocks of text in document order, in one pass: block elements (paragraphs, headings, list items,
 * captions, cells) and runs of text put straight into <div>s (div-and-br bodies). Skipped subtrees (scripts,
 * navigation, rails, hidden attributes) give none.
 */
function* pageBlocksSteps(root: Element): Steps<Block[]> {
  const blocks: Block[] = [];
  let block: Block | null = null;
  let loose: Block | null = null;
  let chars = 0;
  const endLoose = () => {
    if (loose && loose.nodes.length > 0) blocks.push(loose);
    loose = null;
  };
  yield* walkNodes(root, {
    enter(el) {
      if (chars > MAX_ARTICLE_CHARS * 4 || skipped(el) || el.tagName === 'FIGCAPTION' || CAPTION.test(el.getAttribute('class') ?? '')) return false;
      if (block) return true;
      if (BLOCK_ELEMENT_TAGS.has(el.tagName)) {
        endLoose();
        block = { el, nodes: [] };
      } else if (!INLINE_TAGS.has(el.tagName)) endLoose();
      return true;
    },
    leave(el) {
      if (block?.el === el) {
        if (block.nodes.length > 0) blocks.push(block);
        block = null;
      } else if (!block && !INLINE_TAGS.has(el.tagName)) endLoose();
    },
    text(node) {
      const value = node.nodeValue ?? '';
      if (!/\S/.test(value)) return;
      chars += value.length;
      if (block) block.nodes.push(node);
      else {
        loose ??= { el: node.parentElement!, nodes: [] };
        loose.nodes.push(node);
      }
    },
  });
  endLoose();
  return blocks;
}

/** Text compared by its letters and digits only (no spaces, punctuation or case), so that a guide's paragraph
 * joins, line breaks and straightened quotes do not matter. */
// Punctuation, symbols, separators and controls: everything but letters, digits and marks (private-use and
// unassigned code points aside), in a class V8 compiles in about half the time of the negated [^\p{L}\p{N}\p{M}]
// (paid on every page: the injected script's regexes are compiled afresh in each page).
const matchKey = (s: string) => s.replace(/[\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}]+/gu, '').toLowerCase();

/**
 * The visible text of the page's blocks that appear, in order, in `guide` (the JSON-LD articleBody). The blocks
 * of 40 or more characters found in the guide (or, for a block the guide holds only in part, its long text nodes:
 * a site's articleBody leaves out an inline "Also read" link or an ad inside a paragraph) are aligned by
 * the heaviest chain in page order whose places in the guide increase (a teaser above the story that repeats
 * one of its paragraphs is not in that chain); a short block (a subhead, a one-line paragraph) counts only
 * right where the chain has got to in the guide. Also gives the blocks' nearest common ancestor.
 */
function* alignSteps(blocks: Block[], guide: string, visible: (el: Element) => boolean): Steps<{ text: string; root: Element | null }> {
  const target = matchKey(guide);
  interface Unit { block: number; nodes: Text[]; at: number; end: number; best: number; prev: number }
  const units: Unit[] = [];
  const keys: string[] = [];
  let seq = 0;
  const find = (key: string) => {
    const after = target.indexOf(key, seq);
    return after >= 0 ? after : target.indexOf(key);
  };
  for (let i = 0; i < blocks.length && units.length < MAX_ALIGNED_UNITS; i++) {
    if (i % STEP === 0) yield PAUSE;
    const block = blocks[i]!;
    const key = matchKey(block.nodes.map((n) => n.nodeValue).join(''));
    keys.push(key);
    if (key.length < 40) continue;
    // Text that repeats in the guide is placed after the previous block's place where it can be.
    const at = find(key);
    if (at >= 0) {
      units.push({ block: i, nodes: block.nodes, at, end: (seq = at + key.length), best: 0, prev: -1 });
      continue;
    }
    for (const node of block.nodes) {
      const part = matchKey(node.nodeValue ?? '');
      const found = part.length >= 40 ? find(part) : -1;
      if (found >= 0) units.push({ block: i, nodes: [node], at: found, end: (seq = found + part.length), best: 0, prev: -1 });
    }
  }
  // Heaviest chain (weight: characters) of units whose places in the guide follow each other.
  let last = -1;
  for (let i = 0; i < units.length; i++) {
    if (i % 64 === 0) yield PAUSE;
    const u = units[i]!;
    u.best = u.end - u.at;
    for (let j = 0; j < i; j++) {
      const v = units[j]!;
      if (v.end <= u.at && v.best + (u.end - u.at) > u.best) {
        u.best = v.best + (u.end - u.at);
        u.prev = j;
      }
    }
    if (last < 0 || u.best > units[last]!.best) last = i;
  }
  const chain: Unit[] = [];
  for (let i = last; i >= 0; i = units[i]!.prev) chain.push(units[i]!);
  chain.reverse();

  const { take, result } = blockCollector(visible);
  let cursor = chain[0]?.at ?? 0;
  let next = 0;
  let misses = 0;
  const firstBlock = chain[0]?.block ?? 0;
  for (let i = Math.max(0, firstBlock - 20); i < keys.length && next <= chain.length; i++) {
    if (i % STEP === 0) yield PAUSE;
    if (next < chain.length && chain[next]!.block === i) {
      // This block's units in the chain.
      const nodes: Text[] = [];
      while (next < chain.length && chain[next]!.block === i) {
        nodes.push(...chain[next]!.nodes);
        cursor = chain[next]!.end;
        next++;
      }
      take(nodes, blocks[i]!.el);
      continue;
    }
    const key = keys[i]!;
    if (!key || key.length >= 40 || next === 0 && i < firstBlock - 20) continue;
    const limit = next < chain.length ? chain[next]!.at : target.length;
    const from = next === 0 ? Math.max(0, cursor - 200) : cursor;
    const at = target.indexOf(key, from);
    if (at >= 0 && at - from <= 40 + (next === 0 ? 200 : 0) && at + key.length <= limit) {
      cursor = at + key.length;
      take(blocks[i]!.nodes, blocks[i]!.el);
      misses = 0;
    } else if (next === chain.length && ++misses > 20) break;
  }
  return result();
}

/**
 * Gathers the text of blocks taken for the story: only what a reader can see (decided per element holding the
 * text), never an insert ("Also read") or a short block of links; and the taken blocks' nearest common ancestor.
 */
function blockCollector(visible: (el: Element) => boolean): { take(nodes: Text[], el: Element): void; result(): { text: string; root: Element | null } } {
  const parts: string[] = [];
  let total = 0;
  let root: Element | null = null;
  const take = (nodes: Text[], el: Element) => {
    // Only what a reader can see, decided per element holding the text.
    let text = '';
    let lastParent: Element | null = null;
    let shown = false;
    for (const node of nodes) {
      if (node.parentElement !== lastParent) {
        lastParent = node.parentElement;
        shown = !!lastParent && visible(lastParent);
      }
      if (shown) text += node.nodeValue;
    }
    text = cleanText(text);
    if (!text || total >= MAX_ARTICLE_CHARS || INSERT_PREFIX.test(text) || mostlyLinks(nodes, text.length)) return;
    parts.push(text);
    total += text.length + 2;
    root = root ? commonAncestor(root, el) : el;
  };
  return { take, result: () => ({ text: parts.join('\n\n').slice(0, MAX_ARTICLE_CHARS), root }) };
}

/** Whether a short block is mostly link text (a list of other stories, "Click here to subscribe"). */
function mostlyLinks(nodes: Text[], length: number): boolean {
  if (length > 200) return false;
  let linked = 0;
  for (const node of nodes) if (node.parentElement?.closest('a')) linked += cleanText(node.nodeValue ?? '').length;
  return linked > length * 0.6;
}

/** About how many characters of visible-looking text an element holds (scripts and styles left out; at most
 * 20,000 text nodes read). */
function matchKeyLength(el: Element): number {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let length = 0;
  for (let node = walker.nextNode(), seen = 0; node && seen < 20_000; node = walker.nextNode(), seen++) {
    const tag = node.parentElement?.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
    length += cleanText(node.nodeValue ?? '').length;
  }
  return length;
}

function commonAncestor(a: Element, b: Element): Element {
  if (a.contains(b)) return a;
  let at: Element | null = a;
  // Bounded: each step moves up one level; contains() is native.
  while (at && !at.contains(b)) at = at.parentElement;
  return at ?? a;
}

/** A container that holds at least this much text is where the story scorer looks (see storySource). */
const STORY_SOURCE_CHARS = 500;

/**
 * The part of the page the story scorer reads: the parent of the page's `[itemprop=articleBody]` or of its only
 * <article> (the parent, so a story split around its container is still whole), else its only <main>, when that
 * holds at least STORY_SOURCE_CHARS of text; else the whole scope. A page's header, menus and footer around the
 * story are most of its elements, and never the story.
 */
function storySource(scope: Element): Element {
  const body = scope.querySelector('[itemprop="articleBody"]');
  if (body && hasEnoughText(body, STORY_SOURCE_CHARS)) return body.parentElement ?? body;
  const articles = scope.getElementsByTagName('article');
  if (articles.length === 1 && hasEnoughText(articles[0]!, STORY_SOURCE_CHARS)) return articles[0]!.parentElement ?? articles[0]!;
  const mains = scope.getElementsByTagName('main');
  if (mains.length === 1 && hasEnoughText(mains[0]!, STORY_SOURCE_CHARS)) return mains[0]!;
  return scope;
}

/** A JSON-LD body as text: some sites put HTML (tags, entities) into articleBody. */
function plainText(doc: Document, body: string): string {
  if (!/[<&]/.test(body)) return body;
  const parsed = new (doc.defaultView?.DOMParser ?? DOMParser)().parseFromString(body, 'text/html');
  return parsed.body?.textContent ?? body;
}

function cleanText(s: string): string {
  return s.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
}

function metaContent(doc: Document, selector: string): string | undefined {
  const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return value ? value : undefined;
}

/** Every schema.org article type: Article, NewsArticle and its kinds (ReportageNewsArticle, AnalysisNewsArticle,
 * OpinionNewsArticle…), BlogPosting, LiveBlogPosting, Report, ScholarlyArticle, TechArticle… */
const ARTICLE_TYPE = /^(?:https?:\/\/schema\.org\/)?(?:\w*Article|\w*BlogPosting|Report)$/;

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
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) {
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    let body = str(obj.articleBody);
    // A live blog's text is in its updates.
    const updates = obj.liveBlogUpdate;
    if (!body && Array.isArray(updates)) {
      body = updates.slice(0, 500).map((u) => (typeof u === 'object' && u ? [str((u as Record<string, unknown>).headline), str((u as Record<string, unknown>).articleBody)].filter(Boolean).join('\n') : '')).filter(Boolean).join('\n\n') || undefined;
    }
    return { headline: str(obj.headline), articleBody: body, datePublished: str(obj.datePublished) };
  }
  return findArticleObject(obj['@graph'], depth + 1);
}
