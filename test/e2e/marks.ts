/**
 * What the reader sees marked in the article: LeakLens's marks are boxes in a closed shadow root that the page
 * (and Playwright's locators) cannot reach, so the tests read them through the DevTools protocol, which sees closed
 * roots, and read the page text under each box by hit-testing the page at the box's place (the boxes take no
 * pointer events).
 */
import type { Page } from 'playwright-core';

export interface Mark {
  kind: string;
  /** The box in the viewport's CSS pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Hidden because something of the page's covers its text. */
  hidden: boolean;
  /** Where the box is in the document (its inline left and top), which scrolling does not change. */
  docX: number;
  docY: number;
}

interface DomNode {
  nodeId: number;
  nodeType: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/** Every LeakLens mark on the page (of `kind`, if given), in document order. */
export async function marks(page: Page, kind?: string): Promise<Mark[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: DomNode };
    const found: { nodeId: number; kind: string; hidden: boolean; docX: number; docY: number }[] = [];
    const walk = (node: DomNode, inShadow: boolean) => {
      const attrs = node.attributes ?? [];
      const at = attrs.indexOf('data-mark');
      if (inShadow && at >= 0 && at % 2 === 0) {
        const style = attrs[attrs.indexOf('style') + 1] ?? '';
        const px = (name: string) => Number(new RegExp(`(?:^|;)\\s*${name}:\\s*(-?[\\d.]+)px`).exec(style)?.[1] ?? NaN);
        found.push({ nodeId: node.nodeId, kind: attrs[at + 1]!, hidden: /visibility:\s*hidden/.test(style), docX: px('left'), docY: px('top') });
      }
      for (const child of node.children ?? []) walk(child, inShadow);
      for (const shadow of node.shadowRoots ?? []) walk(shadow, true);
    };
    walk(root, false);
    const out: Mark[] = [];
    for (const f of found.filter((m) => !kind || m.kind === kind)) {
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: f.nodeId })) as { model: { border: number[] } };
      const xs = [model.border[0]!, model.border[2]!, model.border[4]!, model.border[6]!];
      const ys = [model.border[1]!, model.border[3]!, model.border[5]!, model.border[7]!];
      out.push({ kind: f.kind, x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys), hidden: f.hidden, docX: f.docX, docY: f.docY });
    }
    return out;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * The page text under the marks of `kind`, box by box, joined with spaces. A box outside the viewport reads as ''
 * unless `scroll` is set: then the page is scrolled to it for the reading and back. Boxes are placed by their
 * document position, read against the page's scroll position at the moment of reading (the page may be scrolling).
 */
export async function markedText(page: Page, kind: string, { scroll = false } = {}): Promise<string> {
  const boxes = await marks(page, kind);
  return page.evaluate(
    ({ boxes, scroll }) => {
      const caret = (x: number, y: number) => {
        const p = document.caretPositionFromPoint(x, y);
        return p ? { node: p.offsetNode, offset: p.offset } : null;
      };
      const startX = scrollX;
      const startY = scrollY;
      const texts: string[] = [];
      for (const b of boxes) {
        const x = b.docX - startX;
        const y = b.docY - startY;
        let dy = 0;
        if (y < 0 || y + b.height > innerHeight) {
          if (!scroll) continue;
          window.scrollTo({ left: startX, top: startY + y - innerHeight / 2, behavior: 'instant' });
          dy = scrollY - startY;
        }
        const cy = y - dy + b.height / 2;
        const from = caret(x + 1, cy);
        const to = caret(x + b.width - 1, cy);
        if (from && to) {
          const range = document.createRange();
          range.setStart(from.node, from.offset);
          range.setEnd(to.node, to.offset);
          texts.push(range.toString());
        }
        if (dy) window.scrollTo({ left: startX, top: startY, behavior: 'instant' });
      }
      return texts.join(' ').replace(/\s+/g, ' ').trim();
    },
    { boxes, scroll },
  );
}
