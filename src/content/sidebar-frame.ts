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
import { ownNodes } from './own-nodes.ts';

const HOST_STYLE: Record<Exclude<SidebarLayout, 'closed'>, string> = {
  expanded: 'top:0;right:0;width:min(400px,100vw);height:100vh;',
  collapsed: 'top:12px;right:12px;width:min(280px,100vw);height:56px;',
};

/** How long the sidebar page has to confirm it loaded before the frame is taken to be someone else's. */
const READY_TIMEOUT_MS = 10_000;

export interface SidebarFrame {
  setLayout(layout: SidebarLayout): void;
  readonly layout: SidebarLayout;
  /** The sidebar page in this frame said it is up (relayed by the background). */
  confirmReady(): void;
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
    shadow = host.attachShadow({ mode: 'closed' });
  } catch {
    return null;
  }
  if (shadow.host !== host || shadow.mode !== 'closed' || host.shadowRoot !== null || shadow.childNodes.length !== 0) return null;
  return { host, shadow };
}

export function mountSidebarFrame(
  initial: Exclude<SidebarLayout, 'closed'>,
  signal: AbortSignal,
  onWithdraw: (reason: WithdrawReason) => void = () => undefined,
): SidebarFrame | null {
  const created = createHost();
  if (!created) {
    onWithdraw('shadow-root-not-ours');
    return null;
  }
  const { host, shadow } = created;
  ownNodes.add(host);
  const frame = document.createElement('iframe');
  frame.title = 'LeakLens';
  frame.style.cssText = important('all:initial;display:block;width:100%;height:100%;border:0;background:transparent;color-scheme:normal;');
  shadow.append(frame);

  let layout: SidebarLayout = initial;
  // Loads of the frame after its initial about:blank, and confirmations from the sidebar page (relayed by the
  // background). The sidebar page loads exactly once and confirms once, in either order.
  let loads = 0;
  let readies = 0;
  let readyTimer: ReturnType<typeof setTimeout> | undefined;
  const withdraw = (reason: WithdrawReason) => {
    if (signal.aborted || layout === 'closed') return;
    layout = 'closed';
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
  const apply = () => {
    if (layout === 'closed') {
      host.remove();
      return;
    }
    host.style.cssText = important(
      'all:initial;display:block;position:fixed;inset:auto;z-index:2147483647;margin:0;padding:0;border:0;transform:none;filter:none;' +
        'opacity:1;visibility:visible;pointer-events:auto;box-shadow:0 0 24px rgba(0,0,0,.25);overflow:hidden;' +
        'border-radius:' + (layout === 'collapsed' ? '12px' : '0') + ';' +
        HOST_STYLE[layout] +
        pageZoom(),
    );
    if (!host.isConnected) {
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
  }, { signal });
  // The frame is connected; now send it to the sidebar page. location.replace keeps the address out of the page's
  // resource timing (a src attribute's first navigation is reported to the embedding page).
  const url = `${browser.runtime.getURL('src/sidebar/index.html')}#${initial}`;
  frame.contentWindow?.location.replace(url);

  signal.addEventListener('abort', () => {
    clearTimeout(readyTimer);
    host.remove();
  }, { once: true });

  return {
    setLayout(next) {
      if (signal.aborted || layout === 'closed') return;
      layout = next;
      apply();
    },
    get layout() {
      return layout;
    },
    confirmReady() {
      readies++;
      checkConfirmed();
    },
  };
}
