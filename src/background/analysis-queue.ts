/**
 * One analysis at a time in the service worker, fairly shared between tabs. analyze() is synchronous and
 * linear in the text (at most MAX_ARTICLE_TEXT characters), so one analysis blocks the worker for a bounded
 * time; between two analyses the worker yields a task, so other messages (another tab's sidebar, the popup) are
 * answered in between. Each tab has at most one analysis waiting: a newer article from the same tab replaces
 * the waiting one (which is answered 'superseded'), and goes to the back of the line, so a tab that keeps
 * sending cannot starve the others.
 */
import type { Analysis, ArticleInput } from '../core/types.ts';

export const SUPERSEDED = 'superseded';
export type QueuedResult = Analysis | null | typeof SUPERSEDED;

export function createAnalysisQueue(
  run: (article: ArticleInput) => Analysis | null,
  yieldTask: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): (tabId: number, article: ArticleInput) => Promise<QueuedResult> {
  const waiting = new Map<number, { article: ArticleInput; resolve: (result: QueuedResult) => void }>();
  let running = false;
  const pump = async () => {
    if (running) return;
    running = true;
    try {
      for (;;) {
        const first = waiting.entries().next();
        if (first.done) break;
        const [tabId, job] = first.value;
        waiting.delete(tabId);
        job.resolve(run(job.article));
        await yieldTask();
      }
    } finally {
      running = false;
    }
  };
  return (tabId, article) =>
    new Promise<QueuedResult>((resolve) => {
      const earlier = waiting.get(tabId);
      if (earlier) {
        waiting.delete(tabId);
        earlier.resolve(SUPERSEDED);
      }
      waiting.set(tabId, { article, resolve });
      void pump();
    });
}
