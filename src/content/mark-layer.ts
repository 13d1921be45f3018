/**
 * LeakLens's marks on the article's sentences, drawn by LeakLens itself rather than by the CSS Custom Highlight API.
 * A page shares that API's registry (CSS.highlights) and styles every `::highlight()` with its own CSS, so it could
 * read which sentences LeakLens marked, restyle the marks (a claim made to look like an official response, or
 * hidden), and register LeakLens's highlight names on sentences of its own choosing to fake a mark.
 *
 * Here each mark is a box over a line of the quoted text, inside a closed shadow root of a plain <div> in the top
 * layer (as the sidebar and the hover card): page CSS does not reach into the root, filters and transforms on
 * <html> do not apply to the top layer, page zoom is undone on the host, and the Range objects behind the marks
 * never leave LeakLens's isolated world. The boxes sit at document coordinates (the top layer's containing block
 * scrolls with the page), so scrolling moves them without any work; they are placed again when the article or the
 * window changes size, and a box whose text is covered by something of the page's (a sticky header) is hidden, so
 * a mark never floats over the page's own furniture. Boxes take no pointer events: clicks and selection reach the
 * text beneath.
 */
import { ownNodes } from './own-nodes.ts';

export type MarkKind = 'claim' | 'response' | 'focus';

/** How each kind of mark looks: the claim solid-underlined, the response dotted (the sidebar's legend matches). */
const LOOK: Record<MarkKind, string> = {
  claim: 'background-color:rgba(255,196,0,.35);border-bottom:2px solid rgb(176,112,0);',
  response: 'background-color:rgba(46,160,67,.28);border-bottom:2px dotted rgb(30,110,50);',
  focus: 'background-color:rgba(31,79,209,.25);border-bottom:3px double rgb(31,79,209);',
};

/** Every declaration made !important, so that nothing can outrank the inline style (inline !important wins). */
const important = (css: string) => css.replace(/;/g, ' !important;');

export interface MarkLayer {
  /** Marks `ranges` as `kind` (replacing that kind's earlier marks). */
  set(kind: MarkKind, ranges: readonly Range[]): void;
  clear(kind: MarkKind): void;
}

export function createMarkLayer(root: Element, signal: AbortSignal): MarkLayer {
  const doc = root.ownerDocument;
  const win = doc.defaultView ?? window;
  const marked: Record<MarkKind, readonly Range[]> = { claim: [], response: [], focus: [] };
  let host: HTMLDivElement | null = null;
  let layer: ShadowRoot | null = null;
  /** The boxes drawn, with where each one's text is (document coordinates), to hide the covered ones on scroll. */
  let boxes: { box: HTMLElement; x: number; y: number; covered: boolean }[] = [];

  const ensureHost = (): ShadowRoot => {
    if (layer) return layer;
    host = doc.createElement('div');
    ownNodes.add(host);
    layer = host.attachShadow({ mode: 'closed' });
    doc.documentElement.append(host);
    host.popover = 'manual';
    try {
      host.showPopover();
    } catch {
      // No popover support: an ordinary absolutely positioned element.
    }
    return layer;
  };

  const draw = () => {
    if (signal.aborted) return;
    const kinds = (Object.keys(marked) as MarkKind[]).filter((k) => marked[k].length > 0);
    if (kinds.length === 0 && !host) return;
    const shadow = ensureHost();
    // Page zoom on <html> is undone on the host (as on the sidebar); the boxes are then in the viewport's pixels.
    const zoom = (doc.documentElement as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom;
    const unzoom = zoom && zoom > 0 && Math.abs(zoom - 1) > 1e-3 ? `zoom:${1 / zoom};` : '';
    host!.style.cssText = important(
      'all:initial;display:block;position:absolute;inset:auto;left:0;top:0;width:0;height:0;overflow:visible;margin:0;padding:0;border:0;' +
        'background:transparent;transform:none;filter:none;opacity:1;visibility:visible;pointer-events:none;z-index:2147483646;' +
        unzoom,
    );
    const sx = win.scrollX;
    const sy = win.scrollY;
    const fragment = doc.createDocumentFragment();
    boxes = [];
    for (const kind of kinds) {
      for (const range of marked[kind]) {
        for (const r of range.getClientRects()) {
          if (r.width < 1 || r.height < 1) continue;
          const box = doc.createElement('div');
          box.dataset.mark = kind;
          // Inside the closed root no page rule reaches the box, and the host passes nothing down (all:initial), so
          // the box needs only its own few properties.
          box.style.cssText =
            `position:absolute;box-sizing:border-box;pointer-events:none;margin:0;padding:0;border:0;` +
            `left:${r.left + sx}px;top:${r.top + sy}px;width:${r.width}px;height:${r.height}px;` +
            LOOK[kind];
          boxes.push({ box, x: r.left + sx + r.width / 2, y: r.top + sy + r.height / 2, covered: false });
          fragment.append(box);
        }
      }
    }
    shadow.replaceChildren(fragment);
    hideCovered();
  };

  /** Hides the boxes whose text something of the page's covers (a sticky header, a dialog), shows the others. */
  const hideCovered = () => {
    const sx = win.scrollX;
    const sy = win.scrollY;
    for (const b of boxes) {
      const x = b.x - sx;
      const y = b.y - sy;
      if (x < 0 || y < 0 || x > win.innerWidth || y > win.innerHeight) continue;
      // The host takes no pointer events, so the hit test finds the page's element at the text's place.
      const top = doc.elementFromPoint(x, y);
      const covered = !!top && top !== root && !root.contains(top) && !top.contains(root);
      if (covered !== b.covered) {
        b.covered = covered;
        b.box.style.setProperty('visibility', covered ? 'hidden' : 'visible', 'important');
      }
    }
  };

  let frame = 0;
  let pendingDraw = false;
  const schedule = (redraw: boolean) => {
    pendingDraw ||= redraw;
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (pendingDraw) draw();
      else hideCovered();
      pendingDraw = false;
    });
  };
  win.addEventListener('scroll', () => boxes.length && schedule(false), { signal, passive: true, capture: true });
  win.addEventListener('resize', () => schedule(true), { signal, passive: true });
  const resized = new ResizeObserver(() => schedule(true));
  resized.observe(root);
  if (doc.body) resized.observe(doc.body);
  signal.addEventListener(
    'abort',
    () => {
      resized.disconnect();
      win.cancelAnimationFrame(frame);
      host?.remove();
    },
    { once: true },
  );

  return {
    // Drawn in the next frame: the layout the boxes are read from is the one the frame makes anyway (read now, it
    // would be an extra layout in LeakLens's task).
    set(kind, ranges) {
      marked[kind] = [...ranges];
      schedule(true);
    },
    clear(kind) {
      if (marked[kind].length === 0) return;
      marked[kind] = [];
      schedule(true);
    },
  };
}
