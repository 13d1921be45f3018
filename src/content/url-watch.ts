/**
 * Calls `onChange` when the page's address changes without a reload: a single-page site that loads the next story
 * in place, or an infinite-scroll page that sets the address of the story scrolled into view (history.pushState
 * or replaceState). No polling: the Navigation API's `currententrychange` fires for the page's own history calls
 * (Chromium); where there is no Navigation API, `popstate` and a change of the document's <title> (which such
 * sites set with the address) are the signals. The fragment (#comments) moves within the same story and does not
 * count. Everything is removed when `signal` aborts.
 */
interface NavigationLike extends EventTarget {
  currentEntry: { url: string | null } | null;
}

export function watchUrl(onChange: (url: string) => void, signal: AbortSignal): void {
  const current = () => location.href.split('#')[0]!;
  let last = current();
  const check = () => {
    if (signal.aborted) return;
    const now = current();
    if (now === last) return;
    last = now;
    onChange(now);
  };
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', check, { signal });
  } else if (document.head) {
    // The title changes with the story; the address is compared then (a string comparison, nothing more).
    const observer = new MutationObserver(check);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }
  addEventListener('popstate', check, { signal });
}
