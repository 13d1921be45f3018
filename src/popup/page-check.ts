/**
 * The popup's own look at a tab's page, for a page the background has no report on. The every-page prefilter asks
 * for nothing on a page without a sign of a data leak, so without this look the popup could not tell "no data-leak
 * article here" from "still reading". `readPage` runs in the page (scripting.executeScript serialises it, so it
 * must not use anything from outside its own body); the popup then applies the prefilter's own test to the sample.
 */
import { SAMPLE_CHARS, mayBeLeakArticle } from '../content/prefilter.ts';
import type { PageCheck } from './model.ts';

export interface PageReading {
  loaded: boolean;
  /** The same sample the prefilter reads (see sampleText in content/prefilter.ts). */
  sample: string;
  isArticle: boolean;
}

/** Runs in the page. Mirrors sampleText (test/popup/page-check.test.ts holds them to the same answer). */
export function readPage(limit: number): PageReading {
  const doc = document;
  const parts: string[] = [doc.title];
  const meta = doc.querySelector('meta[name="description"], meta[property="og:description"]')?.getAttribute('content');
  if (meta) parts.push(meta);
  const h1 = doc.querySelector('h1')?.textContent;
  if (h1) parts.push(h1);
  let length = parts.join(' ').length;
  const paragraphs = doc.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && i < 12 && length < limit; i++) {
    const text = paragraphs[i]!.textContent ?? '';
    parts.push(text.slice(0, limit - length));
    length += text.length;
  }
  let isArticle = !!doc.querySelector('meta[property="og:type"][content="article" i], article, [itemprop="articleBody"]');
  if (!isArticle) {
    for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
      if (/"@type"\s*:\s*"(News|Report|Blog)?Article"/.test((script.textContent ?? '').slice(0, 20_000))) isArticle = true;
    }
  }
  return { loaded: doc.readyState === 'complete', sample: parts.join(' ').slice(0, limit), isArticle };
}

export function pageCheckFrom(reading: PageReading): PageCheck {
  return { loaded: reading.loaded, mayBeLeak: mayBeLeakArticle(reading.sample), isArticle: reading.isArticle };
}

export const PAGE_SAMPLE_CHARS = SAMPLE_CHARS;
