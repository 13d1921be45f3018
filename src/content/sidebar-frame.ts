/**
 * Puts the sidebar on the page: an extension-page <iframe> (cross-origin, so page scripts cannot read or change
 * what it shows, and page CSS cannot reach into it) inside a closed shadow root (so page scripts cannot find the
 * frame through the host either).
 *
 * What a hostile page could otherwise do, and what stops it here:
 *   - Define the host's element name first (customElements.define) and take the "closed" root through
 *     ElementInternals, or make attachShadow fail: the host is a plain <div>, which no page can define, and the
 *     root it gets is checked to be a fresh, closed root of that very host.
 *   - Navigate LeakLens's frame elsewhere (window.frames reaches frames inside shadow roots): the sidebar page
 *     never navigates itself, so a second load of the frame, or a first load the sidebar does not confirm (the
 *     background relays its "ready"), withdraws the sidebar.
 *   - Restyle it: the host's position and size are set inline with !important (CSSOM, which a strict page CSP
 *     allows), and the host sits in the top layer (a manual popover), where filters, transforms and opacity on
 *     <html> and <body> do not apply; page zoom on <html> is undone on the host.
 *   - Learn the extension's address: the frame is created without an address and sent to the sidebar page by
 *     location.replace, which browsers leave out of the page's resource timing.
 */
import browser from 'webextension-polyfill';
import type { SidebarLayout } from '../shared/messages.ts';
import type { SiteSettings } from '../shared/settings.ts';
import { ownNodes } from './own-nodes.ts';

/**
 * Where the sidebar goes. LeakLens must not cover the article as first shown, so a layout is placed in the free
 * space beside the article (the "gutter" between the article's right edge and the window's) where it fits:
 *   - expanded: a full-height panel docked in the gutter when the gutter is at least MIN_PANEL wide; otherwise
 *     (only when the reader asks for it) a panel over the page, or a bottom sheet on a narrow window;
 *   - collapsed: a compact card at the bottom right, inside the gutter where it fits (never on the site's header,
 *     navigation or search, which sit at the top), else a bar along the bottom of a narrow window;
 *   - closed: a small tab at the right edge, a way back to the sidebar.
 */
const MIN_PANEL = 280;
const MAX_PANEL = 420;
const CARD = { width: 260, minWidth: 100, height: 60 };
const TAB = { width: 36, height: 52 };
const MARGIN = 8;

export interface Placement {
  css: string;
  /** Whether the layout fits beside the article without covering it. */
  besideArticle: boolean;
}

/** How tall the open panel is for a leak the knowledge base does not hold (it has little to show). */
const SHORT_PANEL = 560;

/**
 * The host's position and size for `layout` in a window `width` × `height` whose article ends at `articleRight`.
 * `short`: the open panel has little to show (an unknown leak), so it is a card of at most SHORT_PANEL px.
 */
export function placeSidebar(layout: SidebarLayout, width: number, height: number, articleRight: number | null, short = false): Placement {
  const gutter = Math.max(0, width - (articleRight ?? width));
  if (layout === 'expanded') {
    if (short && gutter - 2 * MARGIN >= MIN_PANEL) {
      return { css: `bottom:16px;right:${MARGIN}px;width:${Math.min(MAX_PANEL, gutter - 2 * MARGIN)}px;height:min(${SHORT_PANEL}px,calc(100vh - 32px));border-radius:12px;`, besideArticle: true };
    }
    if (gutter - MARGIN >= MIN_PANEL) return { css: `top:0;right:0;width:${Math.min(MAX_PANEL, gutter - MARGIN)}px;height:100vh;border-radius:0;`, besideArticle: true };
    if (width < 640) return { css: `bottom:0;left:0;width:100vw;height:${Math.round(height * 0.7)}px;border-radius:12px 12px 0 0;`, besideArticle: false };
    return { css: `top:0;right:0;width:min(${MAX_PANEL}px,100vw);height:100vh;border-radius:0;`, besideArticle: false };
  }
  if (layout === 'collapsed') {
    const cardWidth = Math.min(CARD.width, gutter - 2 * MARGIN);
    if (cardWidth >= CARD.minWidth) return { css: `bottom:16px;right:${MARGIN}px;width:${cardWidth}px;height:${CARD.height}px;border-radius:12px;`, besideArticle: true };
    return { css: `bottom:0;left:0;width:100vw;height:${CARD.height - 8}px;border-radius:12px 12px 0 0;`, besideArticle: false };
  }
  return { css: `bottom:96px;right:0;width:${TAB.width}px;height:${TAB.height}px;border-radius:10px 0 0 10px;`, besideArticle: gutter >= TAB.width };
}

/**
 * The layout a sidebar first shows in: what the reader last chose on this site (closed, collapsed), else expanded
 * where it fits beside the article, else the compact card.
 */
export function firstLayout(site: Pick<SiteSettings, 'closed' | 'startCollapsed'>, articleRight: number | null): SidebarLayout {
  if (site.closed) return 'closed';
  if (site.startCollapsed) return 'collapsed';
  return placeSidebar('expanded', innerWidth, innerHeight, articleRight).besideArticle ? 'expanded' : 'collapsed';
}

/** The right edge of the article's column (the article element and the page's headline), or null. */
export function articleRightEdge(root: Element | null): number | null {
  if (!root || root === root.ownerDocument.body || root === root.ownerDocument.documentElement) return null;
  let right = root.getBoundingClientRect().right;
  const headline = root.ownerDocument.querySelector('h1');
  if (headline) right = Math.max(right, headline.getBoundingClientRect().right);
  return right;
}

/** The frame's title and the host's label, in the sidebar's language. */
const FRAME_TITLE = {
  en: 'LeakLens: data-leak claim and official response',
  hi: 'LeakLens: डेटा लीक का दावा और आधिकारिक जवाब',
} as const;

export interface SidebarFrameOptions {
  /** The sidebar's language (for the frame's title and the host's label). */
  language?: 'en' | 'hi';
  /** The right edge of the article's column, in viewport pixels, or null when unknown. */
  articleRight?: () => number | null;
  /** Move keyboard focus into the sidebar once it has loaded (it was opened from the keyboard). */
  focus?: boolean;
  /** Open at the row of this quote (the reader clicked that sentence in the article). */
  quote?: number;
  /** The open panel has little to show (a leak the knowledge base does not hold): a shorter card. */
  short?: boolean;
}

/** How long the sidebar page has to confirm it loaded before the frame is taken to be someone else's. */
const READY_TIMEOUT_MS = 10_000;

export interface SidebarFrame {
  setLayout(layout: SidebarLayout): void;
  readonly layout: SidebarLayout;
  /** Whether the frame is gone (withdrawn or torn down). */
  readonly removed: boolean;
  /** Moves keyboard focus into the sidebar. */
  focus(): void;
  /** The sidebar page in this frame said it is up (relayed by the background). */
  confirmReady(): void;
  /** The sidebar's language changed (the reader switched it): the frame's title and the host's label follow. */
  setLanguage(language: 'en' | 'hi'): void;
}

/** Why a frame was withdrawn, for the console. */
export type WithdrawReason = 'shadow-root-not-ours' | 'frame-navigated' | 'frame-not-confirmed';

const important = (css: string) => css.replace(/;/g, ' !important;');

/**
 * A fresh host with a closed shadow root that is really ours, or null. The checks hold against a page that
 * patched nothing in our world (content scripts have their own DOM wrappers) but raced us to the element.
 */
function createHost(): { host: HTMLDivElement; shadow: ShadowRoot } | null {
  const host = document.createElement('div');
  if (host.constructor !== HTMLDivElement || host.localName !== 'div' || host.namespaceURI !== 'http://www.w3.org/1999/xhtml') return null;
  let shadow: ShadowRoot;
  try {
    // delegatesFocus: focusing the host (it is the first Tab stop, see below) moves focus into the sidebar's frame.
    shadow = host.attachShadow({ mode: 'closed', delegatesFocus: true });
  } catch {
    return null;
  }
  if (shadow.host !== host || shadow.mode !== 'closed' || host.shadowRoot !== null || shadow.childNodes.length !== 0) return null;
  return { host, shadow };
}

export function mountSidebarFrame(
  initial: SidebarLayout,
  signal: AbortSignal,
  onWithdraw: (reason: WithdrawReason) => void = () => undefined,
  options: SidebarFrameOptions = {},
): SidebarFrame | null {
  const created = createHost();
  if (!created) {
    onWithdraw('shadow-root-not-ours');
    return null;
  }
  const { host, shadow } = created;
  ownNodes.add(host);
  const title = FRAME_TITLE[options.language ?? 'en'];
  // A landmark with a name, so screen-reader users can find it and skip it.
  host.setAttribute('role', 'complementary');
  host.setAttribute('aria-label', title);
  const frame = document.createElement('iframe');
  // "Report a wrong match" puts a report on the clipboard from the sidebar (a cross-origin frame needs the
  // embedder to allow it; a page whose own policy forbids it leaves the sidebar its execCommand fallback).
  frame.allow = 'clipboard-write';
  frame.title = title;
  frame.style.cssText = important('all:initial;display:block;width:100%;height:100%;border:0;background:transparent;color-scheme:normal;');
  shadow.append(frame);

  let layout: SidebarLayout = initial;
  let removed = false;
  // Loads of the frame after its initial about:blank, and confirmations from the sidebar page (relayed by the
  // background). The sidebar page loads exactly once and confirms once, in either order.
  let loads = 0;
  let readies = 0;
  let readyTimer: ReturnType<typeof setTimeout> | undefined;
  const withdraw = (reason: WithdrawReason) => {
    if (signal.aborted || removed) return;
    removed = true;
    clearTimeout(readyTimer);
    host.remove();
    onWithdraw(reason);
  };
  const checkConfirmed = () => {
    clearTimeout(readyTimer);
    if (loads > readies) readyTimer = setTimeout(() => loads > readies && withdraw('frame-not-confirmed'), READY_TIMEOUT_MS);
  };

  // Page zoom on <html> would shrink or blow up the sidebar: it is undone on the host. Read before the host goes
  // in, while the page's style is up to date (read after, it would make the browser restyle the page in this task).
  const pageZoom = () => {
    const zoom = (document.documentElement as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom;
    return zoom && zoom > 0 && Math.abs(zoom - 1) > 1e-3 ? `zoom:${1 / zoom};` : '';
  };
  // The article's right edge, read once per layout change or window resize (reading layout costs a style pass).
  let articleRight = options.articleRight?.() ?? null;
  const apply = () => {
    if (removed) return;
    host.style.cssText = important(
      'all:initial;display:block;position:fixed;inset:auto;z-index:2147483647;margin:0;padding:0;border:0;transform:none;filter:none;' +
        'opacity:1;visibility:visible;pointer-events:auto;box-shadow:0 0 24px rgba(0,0,0,.25);overflow:hidden;' +
        placeSidebar(layout, innerWidth, innerHeight, articleRight, options.short).css +
        pageZoom(),
    );
    if (!host.isConnected) {
      // At the end of the document: put anywhere before the page's <body>, it made the browser restyle the whole page
      // (a 2,000-level page: LeakLens tasks of 50-99 ms instead of 22-36). The first Tab stop all the same (not after
      // hundreds of the page's links): tabindex 1 comes before every tabindex-0 element, and the host hands focus to
      // the sidebar's frame.
      host.tabIndex = 1;
      document.documentElement.append(host);
      host.popover = 'manual';
      try {
        host.showPopover();
      } catch {
        // No popover support: the host stays an ordinary fixed element.
      }
    }
  };
  apply();
  if (!host.isConnected) return null;
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      articleRight = options.articleRight?.() ?? null;
      apply();
    }, 150);
  }, { signal });

  frame.addEventListener('load', () => {
    // The frame's initial about:blank (same-origin with the page, so readable) is not a load of the sidebar.
    let blank = false;
    try {
      blank = loads === 0 && frame.contentDocument?.URL === 'about:blank';
    } catch {
      blank = false;
    }
    if (blank) return;
    loads++;
    // The sidebar page never navigates itself: any further load is someone else's doing.
    if (loads > 1) withdraw('frame-navigated');
    else checkConfirmed();
    if (loads === 1 && options.focus) frame.focus();
  }, { signal });
  // The frame is connected; now send it to the sidebar page. location.replace keeps the address out of the page's
  // resource timing (a src attribute's first navigation is reported to the embedding page).
  const url = `${browser.runtime.getURL('src/sidebar/index.html')}#${initial}${options.focus ? '-focus' : ''}${options.quote !== undefined ? `-q${options.quote}` : ''}`;
  frame.contentWindow?.location.replace(url);

  signal.addEventListener('abort', () => {
    removed = true;
    clearTimeout(readyTimer);
    clearTimeout(resizeTimer);
    host.remove();
  }, { once: true });

  return {
    setLayout(next) {
      if (signal.aborted || removed) return;
      layout = next;
      articleRight = options.articleRight?.() ?? null;
      apply();
    },
    get layout() {
      return layout;
    },
    focus() {
      if (!removed) frame.focus();
    },
    get removed() {
      return removed || signal.aborted;
    },
    confirmReady() {
      readies++;
      checkConfirmed();
    },
    setLanguage(language) {
      const next = FRAME_TITLE[language];
      if (frame.title !== next) frame.title = next;
      if (host.getAttribute('aria-label') !== next) host.setAttribute('aria-label', next);
    },
  };
}
