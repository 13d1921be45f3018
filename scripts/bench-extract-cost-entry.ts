/** Bundled by bench-extract-cost.ts into the page: times the extractor on the loaded document. */
import { extractArticleAsync, extractArticleDetailed } from '../src/content/article/extract-article.ts';

const round = (x: number) => Math.round(x * 10) / 10;
/** How long to wait for a page's load event (a frame whose network never answers must not stall the bench). */
const LOAD_WAIT_MS = 2000;

export interface Cost {
  /** The extension's own run (sliced into tasks), the first in this fresh page: its code not yet compiled. */
  coldMs: number;
  /** Its longest task over 50 ms (a `longtask` entry), or 0 when every task was shorter. */
  coldLongTaskMs: number;
  /** The same extraction again, run to its end in one go (warm), and warm without the story scorer. */
  warmMs: number;
  withoutScorerMs: number;
  elements: number;
  chars: number;
  via: string | null;
}

/**
 * `primed`: first extract a tiny document of our own in this page (not timed), so that "cold" then measures the
 * page's work without compiling the extractor on first use (what the injected script pays in
 * every page: it gets no code cache).
 */
export async function measure(primed = false, early = false): Promise<Cost> {
  if (primed) {
    const tiny = document.implementation.createHTMLDocument('Primer');
    const para = '<p>Hackers claim to sell the personal data of customers on a forum, and the company denies it: “no breach”.</p>';
    tiny.body.innerHTML = `<nav><a href="#">Home</a></nav><article><h1>Primer</h1>${para.repeat(8)}</article><footer>Footer</footer>`;
    extractArticleDetailed(tiny, 'https://example.invalid/primer');
  }
  const elements = document.getElementsByTagName('*').length;
  // The extension extracts after the page is idle (its every-page script runs at document_idle, then asks the
  // background to inject the extractor), when the page has been laid out and painted: wait for a frame, so that the
  // page's first paint is not timed as the extractor's (`early`: start at once, as this bench did before).
  if (!early) {
    if (document.readyState !== 'complete') {
      await Promise.race([new Promise((resolve) => addEventListener('load', resolve, { once: true })), new Promise((resolve) => setTimeout(resolve, LOAD_WAIT_MS))]);
    }
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
  void document.body?.getBoundingClientRect();
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'longtask' });
  const t0 = performance.now();
  const cold = await extractArticleAsync(document, location.href, { checkLayout: true });
  const coldMs = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  const time = (score: boolean) => {
    const t = performance.now();
    const result = extractArticleDetailed(document, location.href, { checkLayout: true, score });
    return { ms: round(performance.now() - t), result };
  };
  const warm = time(true);
  const without = time(false);
  return { coldMs: round(coldMs), coldLongTaskMs: round(Math.max(0, ...longTasks)), warmMs: warm.ms, withoutScorerMs: without.ms, elements, chars: cold?.text.length ?? 0, via: warm.result.via };
}
