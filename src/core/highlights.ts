/**
 * Highlights: sentences of the original article text that state the claim and the official response, as exact
 * quotes with about 32 characters of prefix and suffix (text-quote anchoring). `exact` is always a verbatim
 * substring of the article text.
 */
import type { Context } from './context.ts';
import type { Highlight } from './types.ts';

const CONTEXT_CHARS = 32;
const MAX_EXACT = 400;

export interface HighlightSource {
  /** The article text the quotes come from (input.text). */
  original: string;
  /** Offset of input.text inside the string that was normalised (title + separator + text). */
  textOffset: number;
}

export function makeHighlight(ctx: Context, src: HighlightSource, sentence: number, role: Highlight['role']): Highlight | null {
  const s = ctx.sentences[sentence];
  if (!s || s.inTitle) return null;
  const map = ctx.norm.map;
  let a = map[s.start]! - src.textOffset;
  // Up to where the next normalised unit starts, so a mark folded away at the end stays in the quote.
  let b = (s.end < map.length ? map[s.end]! : map[map.length - 1]!) - src.textOffset;
  const text = src.original;
  a = Math.max(0, Math.min(a, text.length));
  b = Math.max(a, Math.min(b, text.length));
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  // Do not split a surrogate pair.
  if (b < text.length && b > 0 && isLowSurrogate(text.charCodeAt(b))) b++;
  if (b - a > MAX_EXACT) {
    b = a + MAX_EXACT;
    if (isLowSurrogate(text.charCodeAt(b))) b++;
  }
  const exact = text.slice(a, b);
  if (exact.trim().length === 0) return null;
  let p = Math.max(0, a - CONTEXT_CHARS);
  if (p > 0 && isLowSurrogate(text.charCodeAt(p))) p--;
  let q = Math.min(text.length, b + CONTEXT_CHARS);
  if (q < text.length && isLowSurrogate(text.charCodeAt(q))) q++;
  return { role, exact, prefix: text.slice(p, a), suffix: text.slice(b, q) };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
