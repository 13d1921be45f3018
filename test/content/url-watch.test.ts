// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchUrl } from '../../src/content/url-watch.ts';

afterEach(() => vi.useRealTimers());

describe('watchUrl', () => {
  it('reports a new address set by history.pushState, ignores fragment changes, and stops on abort', () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const stop = new AbortController();
    watchUrl((url) => seen.push(new URL(url).pathname), stop.signal, 1000);
    history.pushState({}, '', '/next-story');
    vi.advanceTimersByTime(1000);
    location.hash = 'comments';
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual(['/next-story']);
    stop.abort();
    history.pushState({}, '', '/third-story');
    vi.advanceTimersByTime(3000);
    expect(seen).toEqual(['/next-story']);
  });
});
