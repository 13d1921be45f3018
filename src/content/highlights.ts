/**
 * Marks the article's claim and response sentences with the CSS Custom Highlight API: no change to the page's
 * DOM, nothing the page's own code depends on can break. Quotes are anchored by text (exact + prefix/suffix,
 * as in the W3C text-quote selector) inside the article element.
 */
import type { Highlight as QuoteHighlight } from '../core/types.ts';

const STYLE_ID = 'leaklens-highlight-style';
const NAMES = { claim: 'leaklens-claim', response: 'leaklens-response' } as const;

interface TextIndex {
  text: string;
  nodes: { node: Text; start: number }[];
}

function indexText(root: Element, maxChars: number): TextIndex {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: TextIndex['nodes'] = [];
  let text = '';
  for (let node = walker.nextNode(); node && text.length < maxChars; node = walker.nextNode()) {
    nodes.push({ node: node as Text, start: text.length });
    text += node.nodeValue ?? '';
  }
  return { text, nodes };
}

/** The page Range of a quote, or null where the text cannot be found. Whitespace may differ between page and quote. */
export function anchorQuote(index: TextIndex, quote: QuoteHighlight, doc: Document): Range | null {
  const exact = quote.exact.trim();
  if (exact.length < 8) return null;
  let at = index.text.indexOf(exact);
  if (at < 0) {
    // The extracted article text collapses whitespace; fall back to the first 40 characters, which sit in one node.
    at = index.text.indexOf(exact.slice(0, 40));
    if (at < 0) return null;
  }
  const end = Math.min(at + exact.length, index.text.length);
  const startPoint = locate(index, at);
  const endPoint = locate(index, end);
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

/** Highlights the quotes; returns how many were anchored. Removed when `signal` aborts. */
export function highlightQuotes(root: Element, quotes: readonly QuoteHighlight[], signal: AbortSignal): number {
  const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const HighlightCtor = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!registry || !HighlightCtor || quotes.length === 0) return 0;
  const doc = root.ownerDocument;
  const index = indexText(root, 400_000);
  const ranges: Record<QuoteHighlight['role'], Range[]> = { claim: [], response: [] };
  for (const quote of quotes) {
    const range = anchorQuote(index, quote, doc);
    if (range) ranges[quote.role].push(range);
  }
  for (const role of ['claim', 'response'] as const) {
    if (ranges[role].length) registry.set(NAMES[role], new HighlightCtor(...ranges[role]));
  }
  if (!doc.getElementById(STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent =
      `::highlight(${NAMES.claim}){background-color:rgba(255,196,0,.35);}` + `::highlight(${NAMES.response}){background-color:rgba(46,160,67,.28);}`;
    doc.head?.append(style);
  }
  signal.addEventListener(
    'abort',
    () => {
      registry.delete(NAMES.claim);
      registry.delete(NAMES.response);
      doc.getElementById(STYLE_ID)?.remove();
    },
    { once: true },
  );
  return ranges.claim.length + ranges.response.length;
}
