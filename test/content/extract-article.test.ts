// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { extractArticle, extractArticleDetailed, MAX_ARTICLE_CHARS } from '../../src/content/article/extract-article.ts';

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
    ['the readers’ comments', (h: string) => `<div id="comments" class="comments-area"><ol class="comment-list"><li class="comment"><div class="comment-content"><p>${h}</p></div></li></ol></div>`],
    ['a hidden span inside a paragraph', (h: string) => `<p>Visible start. <span hidden>${h}</span></p>`],
  ])('leaves out text in %s', (_, wrap) => {
    const d = doc(`<body><article>${para(4, 'cricket')}${wrap(hidden)}</article></body>`);
    const text = extractArticle(d, 'https://www.ndtv.com/x')!.text;
    expect(text).toContain('Paragraph 3 about cricket');
    expect(text).not.toContain('CoWIN');
  });

  it('reads an opinion piece whose container is named "comment", but not the comments below it', () => {
    const d = doc(`<body><div class="content content--comment"><h1>Opinion</h1>${para(5, 'privacy')}</div><div class="comments"><p>${hidden}</p></div></body>`);
    const text = extractArticle(d, 'https://example.org/opinion/x')!.text;
    expect(text).toContain('Paragraph 4 about privacy');
    expect(text).not.toContain('CoWIN');
  });

  it('keeps an open <details> and reads 3,000 levels of nesting in one pass', () => {
    const open = doc(`<body><article>${para(4)}<details open><p>${hidden}</p></details></article></body>`);
    expect(extractArticle(open, 'https://www.ndtv.com/x')!.text).toContain('CoWIN');
    const deep = doc(`<body><article>${'<div>'.repeat(3000)}${para(50)}${'</div>'.repeat(3000)}</article></body>`);
    expect(extractArticle(deep, 'https://www.ndtv.com/x')!.text.split('\n\n')).toHaveLength(50);
  });
});

describe('extractArticle: guided paths', () => {
  const story = (n: number) => Array.from({ length: n }, (_, i) => `Sentence ${i} of the story: the company said the records of its customers were not exposed, a spokesperson told reporters on Monday.`);

  it('reads a div-and-br body (text and <br> inside a div, no <p>) and says which path found it', () => {
    const body = story(6).join('<br><br>');
    const d = doc(`<html><head><title>T</title></head><body><nav><a href="/">Home</a> <a href="/city">City</a></nav><h1>Headline</h1><div class="_s30J">${body}</div><div class="related">Also read: a story about something else entirely, with words enough to count.</div></body></html>`);
    const { article, via } = extractArticleDetailed(d, 'https://example.org/x');
    expect(via).toBe('scorer');
    expect(article!.text).toContain('Sentence 0 of the story');
    expect(article!.text).toContain('Sentence 5 of the story');
    expect(article!.text).not.toContain('something else entirely');
    expect(article!.text).not.toContain('Home');
  });

  it('drops a byline from the scorer’s choice', () => {
    const d = doc(`<html><head><title>T</title></head><body><div class="post"><p class="byline">By A Reporter</p>${story(5).map((s) => `<p>${s}</p>`).join('')}</div></body></html>`);
    const { article, via } = extractArticleDetailed(d, 'https://example.org/x');
    expect(via).toBe('scorer');
    expect(article!.text).toContain('Sentence 4 of the story');
    expect(article!.text).not.toContain('By A Reporter');
  });

  it('reads a page’s only whole [itemprop=articleBody] without the scorer, and leaves a split or tabled one to it', () => {
    const paras = story(12).map((s) => `<p>${s}</p>`);
    const rail = '<div class="related-stories"><p>Another story entirely, in a rail of related stories inside the body.</p></div>';
    const page = (inner: string) => doc(`<html><head><title>T</title></head><body><nav><a href="/">Home</a></nav><div class="main"><h1>Headline</h1>${inner}</div></body></html>`);
    const whole = extractArticleDetailed(page(`<div itemprop="articleBody">${paras.join('')}${rail}</div>`), 'https://example.org/x');
    expect(whole.via).toBe('container');
    expect(whole.article!.text.split('\n\n')).toHaveLength(12);
    expect(whole.article!.text).not.toContain('Another story');
    // Half the story beside its marked body: the scorer reads the whole of it.
    const split = extractArticleDetailed(page(`<div itemprop="articleBody">${paras.slice(0, 6).join('')}</div>${paras.slice(6).join('')}`), 'https://example.org/x');
    expect(split.via).toBe('scorer');
    expect(split.article!.text).toContain('Sentence 11 of the story');
    // A table in the body: its cells are not blocks the container path reads.
    const tabled = extractArticleDetailed(page(`<div itemprop="articleBody">${paras.join('')}<table><tr><td>Cell</td></tr></table></div>`), 'https://example.org/x');
    expect(tabled.via).toBe('scorer');
    // Two marked bodies: no single one to trust.
    const two = extractArticleDetailed(page(`<div itemprop="articleBody">${paras.slice(0, 6).join('')}</div><div itemprop="articleBody">${paras.slice(6).join('')}</div>`), 'https://example.org/x');
    expect(two.via).not.toBe('container');
  });

  it('reads the JSON-LD articleBody of any article type as a guide to the page’s own blocks (LiveBlogPosting updates too)', () => {
    const paras = story(4);
    const ld = { '@context': 'https://schema.org', '@type': 'ReportageNewsArticle', headline: 'H', articleBody: paras.join(' ') };
    const d = doc(`<head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><div class="teaser"><p>${paras[2]}</p></div><div class="body">${paras.map((p) => `<p>${p}</p>`).join('')}</div><div class="comments"><p>${'A reader comment that is long enough to be a paragraph of its own here. '.repeat(3)}</p></div></body>`);
    const { article, via } = extractArticleDetailed(d, 'https://example.org/x', { score: false });
    expect(via).toBe('json-ld');
    expect(article!.text.split('\n\n')).toEqual(paras);
    const live = { '@type': 'LiveBlogPosting', headline: 'Live', liveBlogUpdate: paras.map((p, i) => ({ '@type': 'BlogPosting', headline: `Update ${i}`, articleBody: p })) };
    const d2 = doc(`<head><script type="application/ld+json">${JSON.stringify(live)}</script></head><body><h1>Live</h1></body>`);
    expect(extractArticleDetailed(d2, 'https://example.org/live', { score: false }).article!.text).toContain('Update 3');
  });

  it('does not take an article container named like a rail ("entry-content-read-more") for a rail', () => {
    const d = doc(`<body><div class="entry-content entry-content-read-more">${story(5).map((p) => `<p>${p}</p>`).join('')}</div></body>`);
    expect(extractArticle(d, 'https://example.org/x')!.text).toContain('Sentence 4');
  });

  it('counts no hidden text, whichever path finds the article', () => {
    const hidden = 'CoWIN data of 15 crore users is on sale, a hacker claims on a forum, and the ministry denies it. '.repeat(2);
    for (const wrap of [(h: string) => `<div hidden><p>${h}</p></div>`, (h: string) => `<details><p>${h}</p></details>`, (h: string) => `<div class="related-stories"><p>${h}</p></div>`, (h: string) => `<blockquote class="twitter-tweet"><p>${h}</p></blockquote>`]) {
      const d = doc(`<body><article>${story(3).map((p) => `<p>${p}</p>`).join('')}${wrap(hidden)}${story(6).slice(3).map((p) => `<p>${p}</p>`).join('')}</article></body>`);
      const { article } = extractArticleDetailed(d, 'https://example.org/x');
      expect(article!.text).toContain('Sentence 5');
      expect(article!.text).not.toContain('CoWIN');
    }
  });
});

describe('extractArticle leaves out inserts and captions', () => {
  it('drops "Also read" / "यह भी पढ़ें" inserts and photo captions inside the story', () => {
    const p = (i: number) => `<p>वाक्य ${i}: कंपनी ने कहा कि ग्राहकों का डेटा सुरक्षित है और किसी भी तरह की सेंधमारी नहीं हुई, प्रवक्ता ने सोमवार को बताया।</p>`;
    for (const url of ['https://www.amarujala.com/x', 'https://example.org/x']) {
      const d = doc(`<body><div class="article-desc">${p(0)}${p(1)}<p><strong>यह भी पढ़ें:</strong> <a href="/y">CoWIN डेटा लीक: हैकर का दावा</a></p>${p(2)}<p>Also read: <a href="/z">Hackers leak data of millions</a></p><figure><img src="a.jpg"><figcaption>फोटो: हैकर फोरम का स्क्रीनशॉट</figcaption></figure>${p(3)}</div></body>`);
      const text = extractArticle(d, url)!.text;
      expect(text).toContain('वाक्य 3');
      expect(text).not.toContain('CoWIN');
      expect(text).not.toContain('Hackers leak');
      expect(text).not.toContain('स्क्रीनशॉट');
    }
  });
});

describe('extractArticle on an infinite-scroll page', () => {
  const story = (word: string) => Array.from({ length: 14 }, (_, i) => `<p>${word} paragraph ${i}: a full sentence of the ${word} story, long enough to be read as prose by the extractor.</p>`).join('');
  const page = `<html><head><meta property="og:title" content="Cricket story"><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Cricket story', datePublished: '2022-01-20' })}</script></head><body>
    <article data-url="/sports/cricket-story"><h1>Cricket story</h1>${story('cricket')}</article>
    <article data-url="/tech/leak-story"><h2>Leak story</h2><time datetime="2022-01-21T10:00:00+05:30">21 Jan</time>${story('leak')}</article></body></html>`;

  it('reads the story the address names, on its own, with its own title and date', () => {
    const second = extractArticle(doc(page), 'https://www.ndtv.com/tech/leak-story')!;
    expect(second.title).toBe('Leak story');
    expect(second.publishedDate).toBe('2022-01-21T10:00:00+05:30');
    expect(second.text).toContain('leak paragraph 13');
    expect(second.text).not.toContain('cricket');
    const first = extractArticle(doc(page), 'https://www.ndtv.com/sports/cricket-story')!;
    expect(first.title).toBe('Cricket story');
    expect(first.text).not.toContain('leak paragraph');
  });

  it('reads a brief appended story the address names, though it is shorter than the stories of the feed', () => {
    const brief = `<p>A hacker claims to sell the data of 2 lakh customers of a Pune bank on a forum; the bank says it is checking the claim.</p><p>The listing names customers' phone numbers and account numbers.</p><p>Police in Pune said no complaint had been filed yet.</p>`;
    const feed = page.replace('</body>', `<article data-url="/india/bank-brief"><h2>Bank brief</h2>${brief}</article></body>`);
    const third = extractArticle(doc(feed), 'https://www.ndtv.com/india/bank-brief')!;
    expect(third.title).toBe('Bank brief');
    expect(third.text).toContain('2 lakh customers');
    expect(third.text).not.toContain('leak paragraph');
  });
});

describe('a site whose markup changed', () => {
  it('falls back to the generic path (no crash), and says so in development builds', () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const paras = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of a story in a container the site module does not know, with words enough to be prose.</p>`).join('');
    const d = doc(`<body><nav><a href="/">Home</a></nav><div class="new-story-body-2026">${paras}</div><div class="related-news"><p>Another story entirely, in the rail of related stories beside it.</p></div></body>`);
    const { article, via } = extractArticleDetailed(d, 'https://www.prabhatkhabar.com/national/x');
    expect(via).toBe('scorer');
    expect(article!.text).toContain('Paragraph 5');
    expect(article!.text).not.toContain('Another story');
    expect(debug.mock.calls.flat().join(' ')).toContain('prabhatkhabar site module found no article');
    debug.mockRestore();
  });
});
