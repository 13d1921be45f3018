/**
 * Extraction from a saved page, for the command line and the benchmark: the page is parsed with happy-dom (never
 * executed: scripts, script files and stylesheets are off) and read by the same extractor the browser runs. The
 * page's own address (its canonical link, else og:url, when that is an http(s) URL) picks the site module.
 */
import type { ExtractResult } from '../content/article/extract-article.ts';

export interface HtmlExtraction extends ExtractResult {
  /** The page's declared address (canonical link, else og:url), if it is http(s). */
  sourceUrl: string | null;
}

export async function extractFromHtml(raw: string, fileUrl: string): Promise<HtmlExtraction> {
  const { extractArticleDetailed } = await import('../content/article/extract-article.ts');
  return readSavedPage(raw, fileUrl, (document) => {
    const sourceUrl = declaredUrl(document);
    return { ...extractArticleDetailed(document, sourceUrl ?? fileUrl), sourceUrl };
  });
}

/** Parses a saved page with happy-dom (scripts, script files and stylesheets off), reads it, and closes the window. */
export async function readSavedPage<T>(raw: string, url: string, read: (document: Document) => T): Promise<T> {
  const { Window } = await import('happy-dom');
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  try {
    return read(new window.DOMParser().parseFromString(raw, 'text/html') as unknown as Document);
  } finally {
    await window.happyDOM.close();
  }
}

/** The canonical link, else og:url, when it is an absolute http(s) URL without spaces. */
export function declaredUrl(doc: Document): string | null {
  const declared = [doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), doc.querySelector('meta[property="og:url"]')?.getAttribute('content')];
  return declared.map((u) => u?.trim()).find((u): u is string => !!u && /^https?:\/\/[^\s]+$/i.test(u)) ?? null;
}
