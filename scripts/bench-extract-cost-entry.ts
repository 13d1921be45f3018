/** Bundled by bench-extract-cost.ts into the page: times the extractor on the loaded document. */
import { extractArticleDetailed } from '../src/content/article/extract-article.ts';

const round = (x: number) => Math.round(x * 10) / 10;

/**
 * The first extraction in a fresh page (its code not yet compiled: what a reader's page pays), then the same
 * again warm, and warm without readability.
 */
export function measure(): { coldMs: number; warmMs: number; withoutReadabilityMs: number; elements: number; chars: number; via: string | null } {
  const elements = document.getElementsByTagName('*').length;
  // Layout is computed before timing, as the extension runs on a page already laid out.
  void document.body?.getBoundingClientRect();
  const time = (readability: boolean) => {
    const t0 = performance.now();
    const result = extractArticleDetailed(document, location.href, { checkLayout: true, readability });
    return { ms: round(performance.now() - t0), result };
  };
  const cold = time(true);
  const warm = time(true);
  const without = time(false);
  return { coldMs: cold.ms, warmMs: warm.ms, withoutReadabilityMs: without.ms, elements, chars: cold.result.article?.text.length ?? 0, via: cold.result.via };
}
