// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SAMPLE_CHARS, sampleText } from '../../src/content/prefilter.ts';
import { PAGE_SAMPLE_CHARS, pageCheckFrom, readPage } from '../../src/popup/page-check.ts';

function page(html: string, title = 'A page') {
  document.title = title;
  document.head.innerHTML = '';
  document.body.innerHTML = html;
}

describe("the popup's own look at a page", () => {
  it('reads the same sample as the prefilter (it runs serialised in the page, so it is a copy)', () => {
    page(`<meta name="description" content="desc"><h1>Headline</h1>${'<p>para '.repeat(30)}`, 'A title');
    expect(PAGE_SAMPLE_CHARS).toBe(SAMPLE_CHARS);
    expect(readPage(PAGE_SAMPLE_CHARS).sample).toBe(sampleText(document));
    page(`<p>${'x'.repeat(9000)}</p><p>more</p>`);
    expect(readPage(PAGE_SAMPLE_CHARS).sample).toBe(sampleText(document));
  });

  it('tells an article without a sign of a leak from a page that is no article, and a possible leak article from both', () => {
    page('<article><h1>Rain alert in five states</h1><p>Heavy rain is expected.</p></article>');
    expect(pageCheckFrom(readPage(PAGE_SAMPLE_CHARS))).toMatchObject({ mayBeLeak: false, isArticle: true });
    page('<nav><a href="/">Home</a></nav><ul><li>Cricket</li><li>Weather</li></ul>');
    expect(pageCheckFrom(readPage(PAGE_SAMPLE_CHARS))).toMatchObject({ mayBeLeak: false, isArticle: false });
    page('<script type="application/ld+json">{"@type": "NewsArticle"}</script><p>Data of 20,000 people leaked</p>');
    expect(pageCheckFrom(readPage(PAGE_SAMPLE_CHARS))).toMatchObject({ mayBeLeak: true, isArticle: true });
  });
});
