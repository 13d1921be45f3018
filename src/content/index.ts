/**
 * The every-page content script, declared in the manifest as a classic script (built by
 * scripts/vite-plugin-content.ts into content/prefilter.js): no module loader, no dynamic import, nothing loaded
 * from the extension, no extension address written into the page. It runs the prefilter and, only for a page that
 * may be about a data leak, asks the background to inject the rest (content/page.js) into this document. A
 * single-page site that loads another story without a reload (Navigation API `currententrychange`) gets the
 * prefilter again once the story is in (0.5 s and 2 s later); after the rest is asked for, it watches on its own.
 * Every object this creates is one more thing each page pays for (bench:page), hence a flag and a plain listener
 * rather than an AbortController.
 */
import { mayBeLeakArticle, sampleText } from './prefilter.ts';

declare const chrome: { runtime: { sendMessage(message: unknown, callback: () => void): void; lastError?: unknown } };

if (window.top === window) {
  let asked = false;
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  const check = () => {
    if (asked || !mayBeLeakArticle(sampleText(document))) return;
    asked = true;
    navigation?.removeEventListener('currententrychange', onNavigate);
    try {
      // Callback form: the same call in Chrome and Firefox, without the polyfill; reading lastError keeps a
      // background that is restarting from logging an unchecked error into the page's console.
      chrome.runtime.sendMessage({ type: 'start-page' }, () => void chrome.runtime.lastError);
    } catch {
      // The extension was updated or removed while the page was open: nothing to do.
    }
  };
  const onNavigate = () => {
    setTimeout(check, 500);
    setTimeout(check, 2000);
  };
  check();
  if (!asked) navigation?.addEventListener('currententrychange', onNavigate);
}
