// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractArticle, MAX_ARTICLE_CHARS } from '../../src/content/article/extract-article.ts';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const para = (n: number, word = 'data') => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} about ${word} with enough words to count as prose in a news story.</p>`).join('');

describe('extractArticle', () => {
  it('uses the site’s own article container and skips navigation, asides and scripts', () => {
    const d = doc(`<html lang="hi"><head><meta property="og:title" content="शीर्षक"><meta property="article:published_time" content="2022-01-21T10:00:00+05:30"></head>
      <body><nav><p>Menu item that is not the story at all, repeated many times to be long enough.</p></nav>
      <div class="story-content">${para(4)}<aside><p>Related: another story</p></aside><script>var x = "<p>not text</p>";</script></div></body></html>`);
    const article = extractArticle(d, 'https://www.prabhatkhabar.com/national/x')!;
    expect(article.title).toBe('शीर्षक');
    expect(article.text.split('\n\n')).toHaveLength(4);
    expect(article.text).not.toContain('Menu item');
    expect(article.text).not.toContain('Related');
    expect(article.publishedDate).toBe('2022-01-21T10:00:00+05:30');
    expect(article.declaredLanguage).toBe('hi');
  });

  it('falls back to <article>, then to the block with the most paragraph text', () => {
    expect(extractArticle(doc(`<body><article>${para(3)}</article></body>`), 'https://example.org/')!.text).toContain('Paragraph 2');
    const d = doc(`<body><div id="a"><p>short</p></div><div id="b">${para(5, 'leaks')}</div></body>`);
    expect(extractArticle(d, 'https://www.ndtv.com/x')!.text).toContain('Paragraph 4 about leaks');
  });

  it('reads the JSON-LD articleBody when the page has no paragraphs, and survives malformed JSON-LD', () => {
    const body = 'Hackers claim to hold data of lakhs of customers. '.repeat(10);
    const d = doc(`<head><script type="application/ld+json">{not json</script><script type="application/ld+json">${JSON.stringify({ '@graph': [{ '@type': 'NewsArticle', headline: 'H', articleBody: body }] })}</script></head><body><h1>H</h1></body>`);
    const article = extractArticle(d, 'https://www.livemint.com/x')!;
    expect(article.text).toContain('Hackers claim');
  });

  it('reads text put straight into <div>s without the scripts and styles among it', () => {
    const words = 'Hackers claim to hold customer records of a large retailer. '.repeat(6);
    const d = doc(`<body><article><div>${words}</div><script>var secret = "tracking code";</script><style>.x{color:red}</style><div>${words}</div></article></body>`);
    const text = extractArticle(d, 'https://www.bhaskar.com/x')!.text;
    expect(text).toContain('Hackers claim');
    expect(text).not.toContain('tracking code');
    expect(text).not.toContain('color:red');
  });

  it('returns null for a page with no article, and caps a huge one', () => {
    expect(extractArticle(doc('<body><p>Just a line.</p></body>'), 'https://www.jagran.com/')).toBeNull();
    const huge = doc(`<body><article>${'<p>' + 'x'.repeat(10_000) + '</p>'.repeat(1)}${Array.from({ length: 60 }, () => '<p>' + 'y '.repeat(5000) + '</p>').join('')}</article></body>`);
    expect(extractArticle(huge, 'https://www.jagran.com/')!.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
  });
});

describe('extractArticle reads what a reader can see', () => {
  const hidden = 'CoWIN data of 15 crore users is on sale, a hacker claims on a forum. '.repeat(3);
  it.each([
    ['[hidden]', (h: string) => `<div hidden><p>${h}</p></div>`],
    ['aria-hidden', (h: string) => `<div aria-hidden="true"><p>${h}</p></div>`],
    ['a closed <details>', (h: string) => `<details><summary>More</summary><p>${h}</p></details>`],
    ['a related-stories rail', (h: string) => `<div class="related-stories"><p>${h}</p></div>`],
    ['an embedded tweet', (h: string) => `<blockquote class="twitter-tweet"><p>${h}</p></blockquote>`],
    ['a hidden span inside a paragraph', (h: string) => `<p>Visible start. <span hidden>${h}</span></p>`],
  ])('leaves out text in %s', (_, wrap) => {
    const d = doc(`<body><article>${para(4, 'cricket')}${wrap(hidden)}</article></body>`);
    const text = extractArticle(d, 'https://www.ndtv.com/x')!.text;
    expect(text).toContain('Paragraph 3 about cricket');
    expect(text).not.toContain('CoWIN');
  });

  it('keeps an open <details> and reads 3,000 levels of nesting in one pass', () => {
    const open = doc(`<body><article>${para(4)}<details open><p>${hidden}</p></details></article></body>`);
    expect(extractArticle(open, 'https://www.ndtv.com/x')!.text).toContain('CoWIN');
    const deep = doc(`<body><article>${'<div>'.repeat(3000)}${para(50)}${'</div>'.repeat(3000)}</article></body>`);
    expect(extractArticle(deep, 'https://www.ndtv.com/x')!.text.split('\n\n')).toHaveLength(50);
  });
});
