/**
 * The every-page content script, declared in the manifest as a classic script (built by
 * scripts/vite-plugin-content.ts into content/prefilter.js): no module loader, no dynamic import, nothing loaded
 * from the extension, no extension address written into the page. It runs the prefilter and, only for a page that
 * may be about a data leak, asks the background to inject the rest (content/page.js) into this document.
 */
import { mayBeLeakArticle, sampleText } from './prefilter.ts';

declare const chrome: { runtime: { sendMessage(message: unknown, callback: () => void): void; lastError?: unknown } };

if (window.top === window && mayBeLeakArticle(sampleText(document))) {
  try {
    // Callback form: the same call in Chrome and Firefox, without the polyfill; reading lastError keeps a
    // background that is restarting from logging an unchecked error into the page's console.
    chrome.runtime.sendMessage({ type: 'start-page' }, () => void chrome.runtime.lastError);
  } catch {
    // The extension was updated or removed while the page was open: nothing to do.
  }
}
