// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { watchUrl } from '../../src/content/url-watch.ts';

/** A stand-in for the Navigation API: fires currententrychange when the page calls history.pushState/replaceState. */
function withNavigationApi(): () => void {
  const target = new EventTarget() as EventTarget & { currentEntry: { url: string } };
  const push = history.pushState.bind(history);
  const replace = history.replaceState.bind(history);
  history.pushState = (...a: Parameters<History['pushState']>) => (push(...a), target.dispatchEvent(new Event('currententrychange')));
  history.replaceState = (...a: Parameters<History['replaceState']>) => (replace(...a), target.dispatchEvent(new Event('currententrychange')));
  (globalThis as { navigation?: unknown }).navigation = target;
  return () => {
    history.pushState = push;
    history.replaceState = replace;
    delete (globalThis as { navigation?: unknown }).navigation;
  };
}

describe('watchUrl', () => {
  it('reports a new address set by history.pushState or replaceState (Navigation API), ignores fragment changes, and stops on abort', () => {
    const restore = withNavigationApi();
    try {
      const seen: string[] = [];
      const stop = new AbortController();
      watchUrl((url) => seen.push(new URL(url).pathname), stop.signal);
      history.pushState({}, '', '/next-story');
      history.replaceState({}, '', '/next-story#comments');
      history.replaceState({}, '', '/scrolled-story');
      expect(seen).toEqual(['/next-story', '/scrolled-story']);
      stop.abort();
      history.pushState({}, '', '/third-story');
      expect(seen).toEqual(['/next-story', '/scrolled-story']);
    } finally {
      restore();
    }
  });

  it('without the Navigation API, notices the address when the title changes or on popstate, with no timer', async () => {
    const seen: string[] = [];
    const stop = new AbortController();
    document.head.innerHTML = '<title>One</title>';
    watchUrl((url) => seen.push(new URL(url).pathname), stop.signal);
    history.pushState({}, '', '/story-two');
    document.title = 'Two';
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(['/story-two']);
    history.pushState({}, '', '/story-three');
    dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toEqual(['/story-two', '/story-three']);
    stop.abort();
  });
});
