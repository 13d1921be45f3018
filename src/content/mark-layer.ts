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

  /** The page zoom undone on the host, as set last (the host's style is written only when it changes). */
  let hostCss = '';
  /**
   * Reads where each marked line is and whether the page covers it, then writes the boxes: all the reading first,
   * while the layout is the one the browser has just made, so that no write in between makes it lay out again.
   */
  const draw = () => {
    if (signal.aborted) return;
    const kinds = (Object.keys(marked) as MarkKind[]).filter((k) => marked[k].length > 0);
    if (kinds.length === 0 && !host) return;
    const sx = win.scrollX;
    const sy = win.scrollY;
    const placed: { kind: MarkKind; x: number; y: number; width: number; height: number; covered: boolean }[] = [];
    for (const kind of kinds) {
      for (const range of marked[kind]) {
        for (const r of range.getClientRects()) {
          if (r.width < 1 || r.height < 1) continue;
          placed.push({ kind, x: r.left + sx, y: r.top + sy, width: r.width, height: r.height, covered: isCovered(r.left + r.width / 2, r.top + r.height / 2) });
        }
      }
    }
    // Page zoom on <html> is undone on the host (as on the sidebar); the boxes are then in the viewport's pixels.
    const zoom = (doc.documentElement as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom;
    const unzoom = zoom && zoom > 0 && Math.abs(zoom - 1) > 1e-3 ? `zoom:${1 / zoom};` : '';
    const shadow = ensureHost();
    const css = important(
      'all:initial;display:block;position:absolute;inset:auto;left:0;top:0;width:0;height:0;overflow:visible;margin:0;padding:0;border:0;' +
        'background:transparent;transform:none;filter:none;opacity:1;visibility:visible;pointer-events:none;z-index:2147483646;' +
        unzoom,
    );
    if (css !== hostCss) host!.style.cssText = hostCss = css;
    const fragment = doc.createDocumentFragment();
    boxes = [];
    for (const p of placed) {
      const box = doc.createElement('div');
      box.dataset.mark = p.kind;
      // Inside the closed root no page rule reaches the box, and the host passes nothing down (all:initial), so
      // the box needs only its own few properties.
      box.style.cssText =
        `position:absolute;box-sizing:border-box;pointer-events:none;margin:0;padding:0;border:0;` +
        `left:${p.x}px;top:${p.y}px;width:${p.width}px;height:${p.height}px;visibility:${p.covered ? 'hidden' : 'visible'};` +
        LOOK[p.kind];
      boxes.push({ box, x: p.x + p.width / 2, y: p.y + p.height / 2, covered: p.covered });
      fragment.append(box);
    }
    shadow.replaceChildren(fragment);
  };

  /**
   * Whether something of the page's covers the point (viewport coordinates; a sticky header, a dialog). The host
   * takes no pointer events, so the hit test finds the page's element at that place.
   */
  const isCovered = (x: number, y: number): boolean => {
    if (x < 0 || y < 0 || x > win.innerWidth || y > win.innerHeight) return false;
    const top = doc.elementFromPoint(x, y);
    return !!top && top !== root && !root.contains(top) && !top.contains(root);
  };

  /** Hides the boxes whose text the page covers now, shows the others (after a scroll). */
  const hideCovered = () => {
    const sx = win.scrollX;
    const sy = win.scrollY;
    const changes: { b: (typeof boxes)[number]; covered: boolean }[] = [];
    for (const b of boxes) {
      const covered = isCovered(b.x - sx, b.y - sy);
      if (covered !== b.covered) changes.push({ b, covered });
    }
    for (const { b, covered } of changes) {
      b.covered = covered;
      b.box.style.setProperty('visibility', covered ? 'hidden' : 'visible');
    }
  };

  // Work waits for the next frame to be made, then runs in a task of its own: the layout it reads is then the one
  // the browser made for that frame anyway (read inside the frame, LeakLens's script would pay for laying the page
  // out), and a burst of scroll or resize events comes to one run.
  let scheduled = false;
  let pendingDraw = false;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (redraw: boolean) => {
    pendingDraw ||= redraw;
    if (scheduled) return;
    scheduled = true;
    frame = win.requestAnimationFrame(() => {
      timer = setTimeout(() => {
        scheduled = false;
        if (pendingDraw) draw();
        else hideCovered();
        pendingDraw = false;
      }, 0);
    });
  };
  win.addEventListener('scroll', () => boxes.length && schedule(false), { signal, passive: true, capture: true });
  win.addEventListener('resize', () => schedule(true), { signal, passive: true });
  // The article or the page above it changing size moves the marked lines. The observer also reports each element
  // once when it starts; a size it has seen before is no change.
  const sizes = new WeakMap<Element, string>();
  const resized = new ResizeObserver((entries) => {
    let changed = false;
    for (const e of entries) {
      const size = `${e.contentRect.width}x${e.contentRect.height}`;
      if (sizes.has(e.target) && sizes.get(e.target) !== size) changed = true;
      sizes.set(e.target, size);
    }
    if (changed) schedule(true);
  });
  resized.observe(root);
  if (doc.body) resized.observe(doc.body);
  signal.addEventListener(
    'abort',
    () => {
      resized.disconnect();
      win.cancelAnimationFrame(frame);
      clearTimeout(timer);
      host?.remove();
    },
    { once: true },
  );

  return {
    // Drawn after the next frame (see schedule).
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
