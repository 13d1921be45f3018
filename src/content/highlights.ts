/**
 * Marks the article's claim and response sentences: no change to the page's own DOM, nothing the page's own code
 * depends on can break. Quotes are anchored by text (exact, with prefix and suffix to choose between repeats, as in
 * the W3C text-quote selector) inside the article element, and drawn by LeakLens's mark layer (mark-layer.ts), not
 * the CSS Custom Highlight API, whose registry and `::highlight()` styles belong to the page.
 */
import type { Highlight as QuoteHighlight } from '../core/types.ts';
import { ownNodes } from './own-nodes.ts';
import { createMarkLayer } from './mark-layer.ts';

/** The quote the reader asked to see (from the sidebar), marked for a moment more strongly. */
const FOCUS_MS = 2500;

/** The small card over a marked sentence, in the sidebar's language. */
export const HIGHLIGHT_CARD = {
  en: { claim: 'LeakLens: the claim. Click to see it in the sidebar.', response: 'LeakLens: the official response. Click to see it in the sidebar.' },
  hi: { claim: 'LeakLens: दावा। साइडबार में देखने के लिए क्लिक करें।', response: 'LeakLens: आधिकारिक जवाब। साइडबार में देखने के लिए क्लिक करें।' },
} as const;

/** The anchored quotes of one analysis: scroll to one, or find which one a click landed on. */
export interface QuoteMarks {
  readonly count: number;
  /** Scrolls the article to quote `index` (of the analysis's highlights) and marks it for a moment. */
  reveal(index: number): boolean;
}

interface TextIndex {
  text: string;
  nodes: { node: Text; start: number }[];
  /** `text` with every run of white space made one space, and where each of its characters stands in `text`. */
  flat: string;
  flatToText: Int32Array;
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x0c;

/** Collapses white-space runs to one space, as the article extractor does. */
function collapse(s: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i))) space = true;
    else {
      if (space && out) out += ' ';
      space = false;
      out += s[i];
    }
  }
  return out;
}

export function indexText(root: Element, maxChars: number): TextIndex {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: TextIndex['nodes'] = [];
  let text = '';
  for (let node = walker.nextNode(); node && text.length < maxChars; node = walker.nextNode()) {
    nodes.push({ node: node as Text, start: text.length });
    text += node.nodeValue ?? '';
  }
  // One pass over character codes into typed arrays (no string built a character at a time: on a long article that
  // was most of the cost, in garbage).
  const flatToText = new Int32Array(text.length);
  const codes = new Uint16Array(text.length);
  let n = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      space = true;
      continue;
    }
    if (space && n > 0) {
      flatToText[n] = i - 1;
      codes[n++] = 0x20;
    }
    space = false;
    flatToText[n] = i;
    codes[n++] = c;
  }
  const flat = new TextDecoder('utf-16le').decode(codes.subarray(0, n));
  return { text, nodes, flat, flatToText: flatToText.subarray(0, n) };
}

/**
 * The page Range of a quote, or null where it cannot be found. The article text LeakLens analysed had its white
 * space collapsed, so the page text is compared the same way. Where the quote occurs more than once, the
 * occurrence whose surroundings match the quote's prefix and suffix wins (as in a W3C text-quote selector).
 */
export function anchorQuote(index: TextIndex, quote: QuoteHighlight, doc: Document): Range | null {
  const exact = collapse(quote.exact);
  if (exact.length < 8) return null;
  const prefix = collapse(quote.prefix).slice(-16);
  const suffix = collapse(quote.suffix).slice(0, 16);
  let best = -1;
  let bestScore = -1;
  for (let at = index.flat.indexOf(exact), seen = 0; at >= 0 && seen < 50; at = index.flat.indexOf(exact, at + 1), seen++) {
    const before = index.flat.slice(Math.max(0, at - 20), at);
    const after = index.flat.slice(at + exact.length, at + exact.length + 20);
    const score = (prefix && before.includes(prefix.trim()) ? 1 : 0) + (suffix && after.includes(suffix.trim()) ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [at, score];
    if (score === 2) break;
  }
  if (best < 0) return null;
  const startPoint = locate(index, index.flatToText[best]!);
  const endPoint = locate(index, index.flatToText[best + exact.length - 1]! + 1);
  if (!startPoint || !endPoint) return null;
  const range = doc.createRange();
  range.setStart(startPoint.node, startPoint.offset);
  range.setEnd(endPoint.node, endPoint.offset);
  return range;
}

function locate(index: TextIndex, position: number): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = index.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.nodes[mid]!.start <= position) lo = mid;
    else hi = mid - 1;
  }
  const entry = index.nodes[lo];
  if (!entry) return null;
  return { node: entry.node, offset: Math.min(position - entry.start, entry.node.length) };
}

/**
 * Highlights the quotes; returns how many were anchored. Removed when `signal` aborts. `maxChars`: how much of the
 * root's text to search (about what was analysed; the quotes come from it).
 */
export function highlightQuotes(
  root: Element,
  quotes: readonly QuoteHighlight[],
  signal: AbortSignal,
  maxChars = 400_000,
  onQuoteClick?: (index: number) => void,
  /** What the small card over a marked sentence says, per role (in the sidebar's language). */
  cardText?: Record<QuoteHighlight['role'], string>,
): QuoteMarks {
  if (quotes.length === 0) return { count: 0, reveal: () => false };
  const doc = root.ownerDocument;
  const index = indexText(root, maxChars);
  const ranges: Record<QuoteHighlight['role'], Range[]> = { claim: [], response: [] };
  const byQuote = new Map<number, Range>();
  quotes.forEach((quote, i) => {
    const range = anchorQuote(index, quote, doc);
    if (range) {
      ranges[quote.role].push(range);
      byQuote.set(i, range);
    }
  });
  const layer = createMarkLayer(root, signal);
  for (const role of ['claim', 'response'] as const) if (ranges[role].length) layer.set(role, ranges[role]);
  signal.addEventListener('abort', () => clearTimeout(focusTimer), { once: true });
  let focusTimer: ReturnType<typeof setTimeout> | undefined;
  // A click on a marked sentence (not on a link, not ending a selection) takes the reader to its row in the sidebar.
  if (onQuoteClick) {
    root.addEventListener('click', (event) => {
      if (!(event instanceof MouseEvent) || event.button !== 0 || (event.target as Element | null)?.closest?.('a, button, input, textarea, select')) return;
      if (!doc.getSelection()?.isCollapsed) return;
      const at = caretAt(doc, event.clientX, event.clientY);
      if (!at) return;
      for (const [i, range] of byQuote) {
        if (range.isPointInRange(at.node, at.offset)) {
          onQuoteClick(i);
          return;
        }
      }
    }, { signal });
  }
  if (cardText) hoverCard(root, quotes, byQuote, cardText, signal);
  return {
    count: byQuote.size,
    reveal(i) {
      const range = byQuote.get(i);
      if (!range || signal.aborted) return false;
      const element = range.startContainer.parentElement;
      const still = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      element?.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
      layer.set('focus', [range]);
      clearTimeout(focusTimer);
      focusTimer = setTimeout(() => layer.clear('focus'), FOCUS_MS);
      return true;
    },
  };
}

/**
 * A small card next to the pointer while it is over a marked sentence: what the mark means and that a click shows it
 * in the sidebar. LeakLens's own words only (never page text), in a closed shadow root of a plain div in the top
 * layer, like the sidebar; it takes no pointer events.
 */
function hoverCard(root: Element, quotes: readonly QuoteHighlight[], byQuote: Map<number, Range>, text: Record<QuoteHighlight['role'], string>, signal: AbortSignal): void {
  const doc = root.ownerDocument;
  let host: HTMLDivElement | null = null;
  let label: HTMLSpanElement | null = null;
  let frame = 0;
  let shownRole: QuoteHighlight['role'] | null = null;
  const hide = () => {
    shownRole = null;
    if (host) host.style.setProperty('display', 'none', 'important');
  };
  const show = (role: QuoteHighlight['role'], x: number, y: number) => {
    if (!host) {
      host = doc.createElement('div');
      ownNodes.add(host);
      const shadow = host.attachShadow({ mode: 'closed' });
      label = doc.createElement('span');
      label.style.cssText = 'all:initial;display:block;font:13px/1.4 system-ui,sans-serif;color:#fff;background:#1d1f23;padding:6px 10px;border-radius:8px;max-width:260px;box-shadow:0 2px 10px rgba(0,0,0,.3);';
      shadow.append(label);
      host.setAttribute('role', 'tooltip');
      doc.documentElement.append(host);
      host.popover = 'manual';
      try {
        host.showPopover();
      } catch {
        // No popover support: an ordinary fixed element.
      }
    }
    if (shownRole !== role) label!.textContent = text[role];
    shownRole = role;
    const left = Math.min(x + 14, innerWidth - 280);
    const top = y + 18 + 40 > innerHeight ? y - 46 : y + 18;
    host.style.cssText = `all:initial;display:block;position:fixed;inset:auto;left:${Math.max(0, left)}px;top:${Math.max(0, top)}px;z-index:2147483647;pointer-events:none;margin:0;padding:0;border:0;background:transparent;`.replace(/;/g, ' !important;');
  };
  root.addEventListener('mousemove', (event) => {
    if (!(event instanceof MouseEvent) || frame) return;
    const { clientX, clientY } = event;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const at = caretAt(doc, clientX, clientY);
      for (const [i, range] of byQuote) {
        if (at && range.isPointInRange(at.node, at.offset)) {
          // The caret position is the nearest character: make sure the pointer is really over the sentence's text.
          if ([...range.getClientRects()].some((r) => clientX >= r.left && clientX <= r.right && clientY >= r.top && clientY <= r.bottom)) {
            show(quotes[i]!.role, clientX, clientY);
            return;
          }
        }
      }
      hide();
    });
  }, { signal, passive: true });
  root.addEventListener('mouseleave', hide, { signal, passive: true });
  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    host?.remove();
  }, { once: true });
}

/** The text position under a point (caretPositionFromPoint, or the older caretRangeFromPoint). */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null; caretRangeFromPoint?: (x: number, y: number) => Range | null };
  const position = d.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
