/**
 * Puts the sidebar on the page: an extension-page <iframe> (cross-origin, so page scripts cannot read or
 * change what it shows, and page CSS cannot reach into it) inside a closed shadow root (so page scripts cannot
 * find the frame through the host either). The host's position and size are set inline with !important, which
 * outranks any page stylesheet.
 */
import browser from 'webextension-polyfill';
import type { SidebarLayout } from '../shared/messages.ts';

const HOST_TAG = 'leaklens-sidebar';

const HOST_STYLE: Record<Exclude<SidebarLayout, 'closed'>, string> = {
  expanded: 'top:0;right:0;width:min(400px,100vw);height:100vh;',
  collapsed: 'top:12px;right:12px;width:min(280px,100vw);height:56px;',
};

export interface SidebarFrame {
  setLayout(layout: SidebarLayout): void;
  readonly layout: SidebarLayout;
}

export function mountSidebarFrame(initial: Exclude<SidebarLayout, 'closed'>, signal: AbortSignal): SidebarFrame {
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  // The frame starts in the layout the content script (which sizes the host) gives it, so the two always agree.
  frame.src = `${browser.runtime.getURL('src/sidebar/index.html')}#${initial}`;
  frame.title = 'LeakLens';
  frame.setAttribute('style', 'all:initial;display:block;width:100%;height:100%;border:0;background:transparent;color-scheme:normal;');
  shadow.append(frame);

  let layout: SidebarLayout = initial;
  const apply = () => {
    if (layout === 'closed') {
      host.remove();
      return;
    }
    host.setAttribute(
      'style',
      'all:initial !important;display:block !important;position:fixed !important;z-index:2147483647 !important;' +
        'margin:0 !important;padding:0 !important;border:0 !important;transform:none !important;filter:none !important;' +
        'opacity:1 !important;visibility:visible !important;pointer-events:auto !important;box-shadow:0 0 24px rgba(0,0,0,.25) !important;' +
        'border-radius:' + (layout === 'collapsed' ? '12px' : '0') + ' !important;overflow:hidden !important;' +
        HOST_STYLE[layout].replace(/;/g, ' !important;'),
    );
    if (!host.isConnected) document.documentElement.append(host);
  };
  apply();
  signal.addEventListener('abort', () => host.remove(), { once: true });

  return {
    setLayout(next) {
      if (signal.aborted) return;
      layout = next;
      apply();
    },
    get layout() {
      return layout;
    },
  };
}
