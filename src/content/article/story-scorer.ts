/**
 * Which of the page's blocks of text are the story: Readability.js's content scoring (Mozilla's
 * `_grabArticle`, as in @mozilla/readability 0.6.0), computed straight from the blocks the extractor has already
 * read from the live page, instead of on a copy of the page that readability rewrites as it goes.
 *
 * The same principle as readability: each paragraph of 25 characters or more gives points (one, one per comma,
 * one per 100 characters up to three) to its parent, half to its grandparent and a third of a level's worth to
 * the levels above, five levels in all; a container starts from its tag and from its class and id (story-like
 * names up, rail-like names down) and is scaled down by its share of link text; the best container, moved up to
 * an ancestor that several close runners-up share or whose score still rises, takes its siblings that score well
 * or are plain paragraphs. Readability's published tunables (SCORING below) are kept as they are: they were set
 * by its authors across the web's pages, not fitted here.
 *
 * What differs, and why:
 * - Nothing is copied or rewritten. Where readability turns a <div> of loose text into a <p>, the run of loose
 *   text is a block of its own here, scored as a paragraph in that <div>; a <div> whose only child is a <p> is
 *   passed over as readability replaces it by the <p>.
 * - A container's text and link text are sums over the blocks in it (prefix sums over the blocks in document
 *   order, each container's blocks found by two binary searches), not each container's textContent read again:
 *   the cost is linear in the blocks, whatever the page's depth.
 * - Of readability's cleaning of the chosen content, what removes text is kept (boxes and lists that look like
 *   galleries, forms or lists of links, or are named like rails; bylines; the heading that repeats the title),
 *   weighed from the same sums; what only tidies markup is left out. The extractor then takes only visible
 *   blocks, and drops inserts ("Also read"), captions and short link lists itself.
 * - Every loop pauses (the generator yields) every PAUSE_EVERY blocks or elements, so the extractor's sliced run
 *   spreads it over tasks like its other steps.
 *
 * The regular expressions in NAMES, the role and tag tables and the tunables in SCORING and CLEANING are taken
 * from @mozilla/readability 0.6.0, Copyright (c) 2010 Arc90 Inc, licensed under the Apache License, Version 2.0
 * (http://www.apache.org/licenses/LICENSE-2.0); the rest of this file is LeakLens's own.
 */

import { BLOCK_ELEMENT_TAGS, HEADING_TAGS, INLINE_TAGS, type TextBlock } from './block-tags.ts';

/** Readability 0.6.0's tunables, by their meaning (its source names them in the comments). */
const SCORING = {
  /** A paragraph shorter than this gives no points (`innerText.length < 25`). */
  minParagraphChars: 25,
  /** One point per this many characters of a paragraph… */
  charsPerPoint: 100,
  /** …up to this many. */
  maxLengthPoints: 3,
  /** Levels of ancestors a paragraph's points reach (`_getNodeAncestors(node, 5)`). */
  ancestorLevels: 5,
  /** Class or id that reads like a story's (`REGEXPS.positive`) or like a rail's (`REGEXPS.negative`). */
  classWeight: 25,
  /** Candidates kept for the choice (`DEFAULT_N_TOP_CANDIDATES`). */
  topCandidates: 5,
  /** A runner-up within this share of the best score is an alternative… */
  alternativeShare: 0.75,
  /** …and when this many alternatives share an ancestor of the best, that ancestor is the story (`MINIMUM_TOPCANDIDATES`). */
  minAlternatives: 3,
  /** Climbing from the best candidate stops where an ancestor's score falls below this share of the last one. */
  climbFloorShare: 1 / 3,
  /** A sibling joins with at least this share of the best score (`contentScore * 0.2`)… */
  siblingShare: 0.2,
  /** …and at least this score… */
  siblingMinScore: 10,
  /** …a bonus of this share of the best score when it has the best candidate's class. */
  sameClassBonusShare: 0.2,
  /** A sibling paragraph joins when longer than this with less link text than `siblingLinkDensity`… */
  siblingParagraphChars: 80,
  siblingLinkDensity: 0.25,
  /** A link to a place on the same page (`#…`) counts for this share of its text. */
  hashLinkWeight: 0.3,
  /** A choice with less text than this is tried again with fewer filters (`DEFAULT_CHAR_THRESHOLD`). */
  retryBelowChars: 500,
} as const;

/** Readability's one regex table (REGEXPS in its source), the names of containers by class and id. */
const NAMES = {
  unlikely: /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i,
  okMaybe: /and|article|body|column|content|main|shadow/i,
  positive: /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i,
  negative: /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i,
  /** Commas of Latin, Arabic, Chinese and other scripts. */
  commas: /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g,
  endsSentence: /\.( |$)/,
  byline: /byline|author|dateline|writtenby|p-author/i,
} as const;
/** ARIA roles of what is never the story (readability's UNLIKELY_ROLES). */
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);
/** The elements whose blocks are scored as paragraphs (readability's DEFAULT_TAGS_TO_SCORE, but <section>). */
const SCORED_TAGS = new Set(['P', 'PRE', 'TD', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** A container's starting score by its tag (readability's _initializeNode). */
const TAG_SCORE: Record<string, number> = { DIV: 5, PRE: 3, TD: 3, BLOCKQUOTE: 3, ADDRESS: -3, OL: -3, UL: -3, DL: -3, DD: -3, DT: -3, LI: -3, FORM: -3, H1: -5, H2: -5, H3: -5, H4: -5, H5: -5, H6: -5, TH: -5 };
/** Elements a <div> holding them is not turned into a paragraph for (readability's DIV_TO_P_ELEMS). */
const DIV_BLOCK_CHILD = 'blockquote, dl, div, img, ol, p, pre, table, ul';

interface Attempt {
  stripUnlikely: boolean;
  weightClasses: boolean;
}
/** Readability's attempts, each with one filter fewer, while the choice holds too little text. */
const ATTEMPTS: Attempt[] = [
  { stripUnlikely: true, weightClasses: true },
  { stripUnlikely: false, weightClasses: true },
  { stripUnlikely: false, weightClasses: false },
];

/**
 * The blocks (indices into `blocks`, in document order) of the story under `boundary`, or null when no block
 * scores. `blocks` are in document order and all under `boundary`.
 */
export function* storyBlocksSteps(blocks: readonly TextBlock[], boundary: Element, title = ''): Generator<void, number[] | null> {
  if (blocks.length === 0) return null;
  const index = yield* new BlockIndex(blocks).build();
  const notStory = yield* notStoryBlocks(blocks, index, boundary, title);
  let best: number[] | null = null;
  let bestLength = -1;
  for (const attempt of ATTEMPTS) {
    yield;
    const chosen = yield* chooseOnce(blocks, index, boundary, attempt, notStory);
    if (!chosen) continue;
    const length = chosen.reduce((sum, i) => sum + index.length(i), 0);
    if (length > bestLength) [best, bestLength] = [chosen, length];
    if (length >= SCORING.retryBelowChars) break;
  }
  return best;
}

/** What the cleaning weighs of a range of blocks (see cleanedTest). */
interface RangeText {
  length: number;
  linkDensity: number;
  commas: number;
  /** Share of the text in headings, and in list items. */
  headingShare: number;
  listShare: number;
  /** Runs of loose text, which readability turns into paragraphs. */
  looseRuns: number;
}

/**
 * Per block: its text's length, link text (weighted), commas, and whether it is a heading, a list item or loose
 * text, with prefix sums over the blocks in document order; and a finder of the blocks inside an element.
 */
class BlockIndex {
  private readonly lengths: number[] = [];
  private readonly commaCounts: number[] = [];
  private readonly sums = { length: [0], link: [0], commas: [0], heading: [0], list: [0], loose: [0] };
  /** Per element that holds a block, the first block it holds. */
  private readonly first = new Map<Element, number>();
  constructor(private readonly blocks: readonly TextBlock[]) {}
  /** Reads the blocks, pausing every PAUSE_EVERY of them. */
  *build(): Generator<void, this> {
    const add = (sums: number[], value: number) => sums.push(sums[sums.length - 1]! + value);
    for (let i = 0; i < this.blocks.length; i++) {
      if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
      const block = this.blocks[i]!;
      // Up from the block's element, the ancestors that hold no earlier block: above the first one that does, all
      // do already, so each element is set once (the whole costs the elements on the blocks' paths).
      for (let el: Element | null = block.el; el && !this.first.has(el); el = el.parentElement) this.first.set(el, i);
      let text = '';
      let linked = 0;
      for (const node of block.nodes) {
        const value = node.nodeValue ?? '';
        text += value;
        const weight = linkWeight(node, block.el);
        if (weight > 0) linked += value.trim().length * weight;
      }
      const clean = text.replace(/\s+/g, ' ').trim();
      const commas = clean.match(NAMES.commas)?.length ?? 0;
      const tag = block.el.tagName;
      this.lengths.push(clean.length);
      this.commaCounts.push(commas);
      add(this.sums.length, clean.length);
      add(this.sums.link, Math.min(linked, clean.length));
      add(this.sums.commas, commas);
      add(this.sums.heading, HEADING_TAGS.has(tag) ? clean.length : 0);
      add(this.sums.list, tag === 'LI' ? clean.length : 0);
      add(this.sums.loose, BLOCK_ELEMENT_TAGS.has(tag) ? 0 : 1);
    }
    return this;
  }
  length(i: number): number {
    return this.lengths[i]!;
  }
  commas(i: number): number {
    return this.commaCounts[i]!;
  }
  /**
   * The blocks inside `el`: a range [from, to) of indices (blocks are in document order, so they are contiguous).
   * `from` is the first block whose element is `el` or below it (see build); `to`, found by binary search, is the
   * first block after it that `el` does not contain. No comparison of document positions: the browser's costs as
   * much as the siblings it passes, on a page of 50,000 boxes side by side.
   */
  range(el: Element): [number, number] {
    const from = this.first.get(el);
    if (from === undefined) return [0, 0];
    return [from, this.search((i) => !el.contains(this.blocks[i]!.nodes[0]!), from + 1)];
  }
  /** What the blocks in a range hold. */
  text(from: number, to: number): RangeText {
    const sum = (sums: number[]) => sums[to]! - sums[from]!;
    const length = sum(this.sums.length);
    const share = (sums: number[]) => (length > 0 ? sum(sums) / length : 0);
    return { length, linkDensity: share(this.sums.link), commas: sum(this.sums.commas), headingShare: share(this.sums.heading), listShare: share(this.sums.list), looseRuns: sum(this.sums.loose) };
  }
  /** The first index from `lo` where `test` holds (it holds from some index on). */
  private search(test: (i: number) => boolean, lo = 0): number {
    let hi = this.blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (test(mid)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** A text node's weight as link text: 1 inside a link, SCORING.hashLinkWeight inside a link to '#…', else 0. */
function linkWeight(node: Text, block: Element): number {
  for (let el = node.parentElement, depth = 0; el && depth < 16; el = el.parentElement, depth++) {
    if (el.tagName === 'A') {
      const href = el.getAttribute('href') ?? '';
      return href.length > 1 && href.startsWith('#') ? SCORING.hashLinkWeight : 1;
    }
    if (el === block) break;
  }
  return 0;
}

function* chooseOnce(blocks: readonly TextBlock[], index: BlockIndex, boundary: Element, attempt: Attempt, notStory: Set<number>): Generator<void, number[] | null> {
  const unlikely = attempt.stripUnlikely ? unlikelyTest(boundary) : () => false;
  const scores = new Map<Element, number>();
  const touch = (el: Element) => {
    let score = scores.get(el);
    if (score === undefined) {
      score = (TAG_SCORE[el.tagName] ?? 0) + (attempt.weightClasses ? classWeight(el) : 0);
      scores.set(el, score);
    }
    return score;
  };
  const skippedBlocks = new Set<number>();
  // Asked once per <div> of loose text, however many runs of text it holds.
  const blockChild = new Map<Element, boolean>();
  const hasBlockChild = (div: Element) => {
    let has = blockChild.get(div);
    if (has === undefined) blockChild.set(div, (has = !!div.querySelector(DIV_BLOCK_CHILD)));
    return has;
  };
  for (let i = 0; i < blocks.length; i++) {
    if (i % PAUSE_EVERY === 0) yield;
    const block = blocks[i]!;
    if (notStory.has(i) || unlikely(block.el)) {
      skippedBlocks.add(i);
      continue;
    }
    const length = index.length(i);
    if (length < SCORING.minParagraphChars) continue;
    const start = paragraphParent(block, boundary, hasBlockChild);
    if (!start) continue;
    const points = 1 + (index.commas(i) + 1) + Math.min(Math.floor(length / SCORING.charsPerPoint), SCORING.maxLengthPoints);
    let el: Element | null = start;
    for (let level = 0; el && level < SCORING.ancestorLevels; level++, el = el === boundary ? null : el.parentElement) {
      // Readability's divider: all to the parent, half to the grandparent, then a third of the level's number.
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(el, touch(el) + points / divider);
    }
  }
  if (scores.size === 0) return null;

  // Scaled by link text: a container of links is not a story.
  const ranges = new Map<Element, [number, number]>();
  const rangeOf = (el: Element) => {
    let range = ranges.get(el);
    if (!range) ranges.set(el, (range = index.range(el)));
    return range;
  };
  const top: Element[] = [];
  let seen = 0;
  for (const [el, score] of scores) {
    if (++seen % PAUSE_EVERY === 0) yield;
    const scaled = score * (1 - index.text(...rangeOf(el)).linkDensity);
    scores.set(el, scaled);
    let at = top.findIndex((other) => scaled > scores.get(other)!);
    if (at < 0) at = top.length;
    if (at < SCORING.topCandidates) {
      top.splice(at, 0, el);
      if (top.length > SCORING.topCandidates) top.pop();
    }
  }
  // Readability's page is the <body>, never chosen for its own; a part of the page can be.
  const stop = boundary.tagName === 'BODY' ? boundary : boundary.parentElement;
  let best = top[0]!;
  if (best !== boundary) {
    // An ancestor that several close runners-up share is the story (its parts scored apart).
    const bestScore = scores.get(best)!;
    const alternatives = top.slice(1).filter((el) => scores.get(el)! / bestScore >= SCORING.alternativeShare);
    if (alternatives.length >= SCORING.minAlternatives) {
      // How many alternatives each ancestor holds: one walk up from each, so the cost follows the depth once.
      const holds = new Map<Element, number>();
      for (const alternative of alternatives) for (let el = alternative.parentElement; el; el = el.parentElement) holds.set(el, (holds.get(el) ?? 0) + 1);
      for (let parent = best.parentElement; parent && parent !== stop; parent = parent.parentElement) {
        if ((holds.get(parent) ?? 0) >= SCORING.minAlternatives) {
          best = parent;
          break;
        }
      }
    }
    touch(best);
    // Up while an ancestor's score rises over the last one's (more of the story around it), until it falls too low.
    let last = scores.get(best)!;
    const floor = last * SCORING.climbFloorShare;
    for (let parent = best.parentElement; parent && parent !== stop && best !== boundary; parent = parent.parentElement) {
      const score = scores.get(parent);
      if (score === undefined) continue;
      if (score < floor) break;
      if (score > last) {
        best = parent;
        break;
      }
      last = score;
    }
    // An only child gives way to its parent, so that the siblings below are the story's neighbours.
    while (best !== boundary && best.parentElement && best.parentElement !== stop && best.parentElement.children.length === 1) best = best.parentElement;
    touch(best);
  }
  if (best === boundary) return allBlocks(blocks.length, skippedBlocks);

  const bestScore = scores.get(best)!;
  const threshold = Math.max(SCORING.siblingMinScore, bestScore * SCORING.siblingShare);
  const chosen: number[] = [];
  const siblings = best.parentElement!.children;
  for (let s = 0; s < siblings.length; s++) {
    if (s % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const sibling = siblings[s]!;
    let join = sibling === best;
    if (!join) {
      const bonus = sibling.className === best.className && best.className !== '' ? bestScore * SCORING.sameClassBonusShare : 0;
      const score = scores.get(sibling);
      if (score !== undefined && score + bonus >= threshold) join = true;
      else if (isParagraph(sibling)) {
        const { length, linkDensity } = index.text(...rangeOf(sibling));
        if (length > SCORING.siblingParagraphChars && linkDensity < SCORING.siblingLinkDensity) join = true;
        else if (length > 0 && length < SCORING.siblingParagraphChars && linkDensity === 0 && NAMES.endsSentence.test(sibling.textContent ?? '')) join = true;
      }
    }
    if (!join || unlikely(sibling)) continue;
    const [from, to] = rangeOf(sibling);
    if (from === to) continue;
    const cleaned = yield* cleanedTest(sibling, index, rangeOf, attempt.weightClasses);
    for (let i = from; i < to; i++) if (!skippedBlocks.has(i) && !cleaned(blocks[i]!.el)) chosen.push(i);
  }
  return chosen.length > 0 ? chosen : null;
}

/** A paragraph as readability sees it: a <p>, or a <div> of nothing but inline content (which it turns into a <p>). */
function isParagraph(el: Element): boolean {
  if (el.tagName === 'P') return true;
  if (el.tagName !== 'DIV') return false;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (!INLINE_TAGS.has(child.tagName) && child.tagName !== 'BR' && child.tagName !== 'IMG') return false;
  return true;
}

/** Readability's cleaning of the chosen content (its _cleanConditionally and _cleanHeaders), by its tunables. */
const CLEANING = {
  /** A box with this many commas is prose, never cleaned. */
  proseCommas: 10,
  /** More than one image and fewer than this many paragraphs per image: a gallery. */
  paragraphsPerImage: 0.5,
  /** List items beyond this many more than paragraphs, outside a list: a list of links. */
  extraListItems: 100,
  /** More form inputs than a third of the paragraphs: a form. */
  paragraphsPerInput: 3,
  /** Shorter than this, with links, and not mostly headings: a stray box. */
  shortChars: 25,
  headingShare: 0.9,
  /** Link text over this share in a box not named like a story's, over `linkDensityNamed` in one so named. */
  linkDensity: 0.2,
  linkDensityNamed: 0.5,
  /** A box whose list items hold more than this share of its text is a list. */
  listShare: 0.9,
} as const;
/** The boxes and lists readability's cleaning weighs, and the headings it drops when named like a rail. */
const CONDITIONAL_TAGS = new Set(['DIV', 'UL', 'TABLE', 'FORM', 'FIELDSET']);

/** What a box holds, below it: its paragraphs, images, list items and form inputs; and whether it is in a table. */
interface BoxCounts {
  p: number;
  img: number;
  li: number;
  input: number;
  inTable: boolean;
}

/**
 * Whether a block's element is in a part of the chosen content `root` that readability's cleaning removes: a box
 * or list (or `root` itself) named like a rail (share, tags, widget), or one that looks like a gallery, a form, a
 * list of links or a stray box by its counts and link text (see CLEANING); a main heading named like a rail. Boxes
 * in a table are weighed by their name alone (readability keeps data tables). One pass over root's elements.
 */
function* cleanedTest(root: Element, index: BlockIndex, rangeOf: (el: Element) => [number, number], weightClasses: boolean): Generator<void, (el: Element) => boolean> {
  const counts = yield* boxCounts(root);
  return ancestorFlag(root, (el) => {
    const weight = weightClasses ? classWeight(el) : 0;
    if (el.tagName === 'H1' || el.tagName === 'H2') return weight < 0;
    const box = counts.get(el);
    if (!box) return false;
    if (weight < 0) return true;
    if (box.inTable || el.tagName === 'TABLE') return false;
    const text = index.text(...rangeOf(el));
    if (text.commas >= CLEANING.proseCommas) return false;
    const isList = el.tagName === 'UL' || text.listShare > CLEANING.listShare;
    const paragraphs = box.p + text.looseRuns;
    const remove =
      (box.img > 1 && paragraphs / box.img < CLEANING.paragraphsPerImage) ||
      (!isList && box.li - CLEANING.extraListItems > paragraphs) ||
      box.input > Math.floor(paragraphs / CLEANING.paragraphsPerInput) ||
      (!isList && text.headingShare < CLEANING.headingShare && text.length < CLEANING.shortChars && (box.img === 0 || box.img > 2) && text.linkDensity > 0) ||
      (!isList && weight < SCORING.classWeight && text.linkDensity > CLEANING.linkDensity) ||
      (weight >= SCORING.classWeight && text.linkDensity > CLEANING.linkDensityNamed);
    // A plain list of images (one image to each item) stays.
    if (remove && isList && box.img === box.li && Array.from(el.children).every((child) => child.children.length <= 1)) return false;
    return remove;
  });
}

/** The counts of every box under `root` (root included), in one pass over its elements. */
function* boxCounts(root: Element): Generator<void, Map<Element, BoxCounts>> {
  const out = new Map<Element, BoxCounts>();
  interface Frame { el: Element; next: Element | null; counts: BoxCounts }
  const frame = (el: Element, inTable: boolean): Frame => ({ el, next: el.firstElementChild, counts: { p: 0, img: 0, li: 0, input: 0, inTable } });
  const stack: Frame[] = [frame(root, false)];
  let visited = 0;
  while (stack.length > 0) {
    if (++visited % PAUSE_EVERY === 0) yield;
    const top = stack[stack.length - 1]!;
    if (top.next && visited < MAX_ELEMENTS) {
      const child = top.next;
      top.next = child.nextElementSibling;
      stack.push(frame(child, top.counts.inTable || top.el.tagName === 'TABLE'));
      continue;
    }
    stack.pop();
    const { el, counts } = top;
    if (CONDITIONAL_TAGS.has(el.tagName)) out.set(el, { ...counts });
    const parent = stack[stack.length - 1];
    if (!parent) break;
    const tag = el.tagName;
    parent.counts.p += counts.p + (tag === 'P' ? 1 : 0);
    parent.counts.img += counts.img + (tag === 'IMG' ? 1 : 0);
    parent.counts.li += counts.li + (tag === 'LI' ? 1 : 0);
    parent.counts.input += counts.input + (tag === 'INPUT' ? 1 : 0);
  }
  return out;
}

/** Elements or blocks between pauses of the scorer's loops (see storyBlocksSteps). */
const PAUSE_EVERY = 256;
/** The counting pass visits at most this many elements: bounded work on any page. */
const MAX_ELEMENTS = 1_000_000;

/**
 * Blocks that are never the story whatever the choice: a byline (a block of under BYLINE_MAX_CHARS in an element
 * named or marked as the author's), and the first main heading that repeats the title (the title is not the
 * story's text).
 */
function* notStoryBlocks(blocks: readonly TextBlock[], index: BlockIndex, boundary: Element, title: string): Generator<void, Set<number>> {
  const out = new Set<number>();
  const byline = ancestorFlag(boundary, (el) => {
    const itemprop = el.getAttribute('itemprop');
    return (el.getAttribute('rel') === 'author' || !!itemprop?.includes('author') || NAMES.byline.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) && index.text(...index.range(el)).length < BYLINE_MAX_CHARS;
  });
  const titleTokens = tokens(title);
  let headingSeen = false;
  for (let i = 0; i < blocks.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const el = blocks[i]!.el;
    if (index.length(i) < BYLINE_MAX_CHARS && byline(el)) out.add(i);
    else if (!headingSeen && (el.tagName === 'H1' || el.tagName === 'H2') && similarity(titleTokens, tokens(el.textContent ?? '')) > TITLE_SIMILARITY) {
      out.add(i);
      headingSeen = true;
    }
  }
  return out;
}

/** A byline is shorter than this (readability's `bylineLength < 100`). */
const BYLINE_MAX_CHARS = 100;
/** A heading this similar to the title repeats it (readability's `_headerDuplicatesTitle`). */
const TITLE_SIMILARITY = 0.75;

/**
 * Words, in any script: split at white space, ASCII punctuation and symbols, the Devanagari danda and the general
 * punctuation block (readability splits on \W, which would leave no word of a Hindi title). A plain class rather
 * than Unicode properties: the injected script compiles its regular expressions afresh in every page.
 */
function tokens(text: string): string[] {
  return text.toLowerCase().split(/[\s!-/:-@[-`{-~\u00a0-\u00bf\u0964\u0965\u2000-\u206f]+/).filter(Boolean);
}

/** 1 minus the share of b's text in words that a does not have (readability's `_textSimilarity`). */
function similarity(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const inA = new Set(a);
  const unique = b.filter((token) => !inA.has(token));
  return 1 - unique.join(' ').length / b.join(' ').length;
}

function allBlocks(count: number, skipped: Set<number>): number[] {
  const all: number[] = [];
  for (let i = 0; i < count; i++) if (!skipped.has(i)) all.push(i);
  return all;
}

/**
 * The element whose paragraph a block is, as readability sees it, and so the first ancestor its points go to;
 * null for a block readability does not score. A scored element's own block starts at its parent (passing a
 * <div> that holds only it, which readability replaces by it); a run of loose text in a <div> is a paragraph in
 * that <div> (the <div> itself when nothing else but inline text is in it, as readability turns it into a <p>).
 */
function paragraphParent(block: TextBlock, boundary: Element, hasBlockChild: (div: Element) => boolean): Element | null {
  const el = block.el;
  if (SCORED_TAGS.has(el.tagName)) {
    if (el === boundary) return null;
    let parent = el.parentElement;
    if (parent && parent !== boundary && parent.tagName === 'DIV' && parent.children.length === 1 && !hasOwnText(parent)) parent = parent.parentElement;
    return parent;
  }
  // Loose text: its container is the nearest ancestor that is not inline.
  let container: Element | null = block.nodes[0]!.parentElement;
  while (container && container !== boundary && INLINE_TAGS.has(container.tagName)) container = container.parentElement;
  if (!container || container.tagName !== 'DIV') return null;
  if (container !== boundary && !hasBlockChild(container)) return container.parentElement;
  return container;
}

/** Whether an element has text of its own (not in a child element). */
function hasOwnText(el: Element): boolean {
  for (let node = el.firstChild; node; node = node.nextSibling) if (node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')) return true;
  return false;
}

/** A container's weight by its class and id: story-like names up, rail-like names down. */
function classWeight(el: Element): number {
  let weight = 0;
  for (const name of [el.getAttribute('class') ?? '', el.id]) {
    if (!name) continue;
    if (NAMES.negative.test(name)) weight -= SCORING.classWeight;
    if (NAMES.positive.test(name)) weight += SCORING.classWeight;
  }
  return weight;
}

/**
 * Whether an element or one of its ancestors up to `root` (included) passes `own`; memoised per element, so each
 * element is tested once however many blocks ask, and the whole costs one visit of each element at most.
 */
function ancestorFlag(root: Element, own: (el: Element) => boolean): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  return (start) => {
    const chain: Element[] = [];
    let known = false;
    for (let el: Element | null = start; el; el = el === root ? null : el.parentElement) {
      const memoised = memo.get(el);
      if (memoised !== undefined) {
        known = memoised;
        break;
      }
      chain.push(el);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      known ||= own(chain[i]!);
      memo.set(chain[i]!, known);
    }
    return known;
  };
}

/**
 * Whether an element is in a part readability strips as unlikely to be the story: named so by class or id (not in
 * a table or code, and not a link), or of a role that is never the story; below `boundary`.
 */
function unlikelyTest(boundary: Element): (el: Element) => boolean {
  const inTable = ancestorFlag(boundary, (el) => el.tagName === 'TABLE' || el.tagName === 'CODE');
  return ancestorFlag(boundary, (el) => {
    if (el === boundary) return false;
    if (UNLIKELY_ROLES.has(el.getAttribute('role') ?? '')) return true;
    const name = `${el.getAttribute('class') ?? ''} ${el.id}`;
    return el.tagName !== 'A' && el.tagName !== 'BODY' && NAMES.unlikely.test(name) && !NAMES.okMaybe.test(name) && !inTable(el);
  });
}
