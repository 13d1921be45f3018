/**
 * Calls `onChange` when the page's address changes without a reload, as on news sites that load the next story
 * into the same page (infinite scroll) and update the address with history.pushState. Content scripts cannot see
 * the page's own history calls, so this compares the address once a second (and on popstate): a string
 * comparison, nothing more.
 */
export function watchUrl(onChange: (url: string) => void, signal: AbortSignal, intervalMs = 1000): void {
  // The fragment (#comments, #top) moves within the same story: only the rest of the address counts.
  const current = () => location.href.split('#')[0]!;
  let last = current();
  const check = () => {
    const now = current();
    if (now === last) return;
    last = now;
    onChange(now);
  };
  const timer = setInterval(check, intervalMs);
  addEventListener('popstate', check, { signal });
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
