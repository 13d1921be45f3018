// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractArticleDetailed, SCORER_MAX_ELEMENTS } from '../../src/content/article/extract-article.ts';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Paragraphs of prose, with commas, as a story has them. */
const prose = (n: number, topic = 'the leak') =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} on ${topic}, which the company, its regulator and the researchers describe differently in their statements.</p>`).join('');
/** A rail of other stories: short items that are all links. */
const linkRail = (n: number) => `<div class="more">${Array.from({ length: n }, (_, i) => `<p><a href="/s${i}">Another story number ${i} that is only a link to elsewhere on the site</a></p>`).join('')}</div>`;

/** The story scorer's choice on a page with no JSON-LD and no marked body (so the scorer decides). */
function scored(html: string, url = 'https://example.org/news/x') {
  const result = extractArticleDetailed(doc(html), url);
  return { via: result.via, text: result.article?.text ?? '' };
}

describe('story scorer', () => {
  it('chooses the box of prose over a longer box of links', () => {
    const { via, text } = scored(`<body><div class="wrap"><div class="a">${linkRail(30)}</div><div class="b">${prose(6)}</div></div></body>`);
    expect(via).toBe('scorer');
    expect(text).toContain('Paragraph 5 on the leak');
    expect(text).not.toContain('Another story');
  });

  it('joins a lead paragraph beside the story box, also when it is a <div> of inline text', () => {
    const lead = 'The lead of the story, in a box of its own above the body, says what happened and who denies it.';
    const { text } = scored(`<body><div class="page"><div class="summary"><b>New Delhi:</b> ${lead}</div><div class="body">${prose(6)}</div><div class="tools">${linkRail(3)}</div></div></body>`);
    expect(text).toContain(lead);
    expect(text).toContain('Paragraph 5 on the leak');
    expect(text).not.toContain('Another story');
  });

  it('leaves out the byline and the heading that repeats the title, in English and in Hindi', () => {
    const en = scored(`<head><meta property="og:title" content="Hackers claim to sell data of millions"></head><body><div class="story"><h1>Hackers claim to sell data of millions</h1><div class="byline">By A Reporter, New Delhi</div>${prose(6)}</div></body>`);
    expect(en.text).not.toContain('Hackers claim to sell');
    expect(en.text).not.toContain('A Reporter');
    expect(en.text).toContain('Paragraph 0 on the leak');
    const hiTitle = 'हैकरों का दावा, लाखों लोगों का डेटा बिक्री पर';
    const hi = scored(`<html lang="hi"><head><meta property="og:title" content="${hiTitle}"></head><body><div class="story"><h1>${hiTitle}</h1>${prose(6)}</div></body></html>`);
    expect(hi.text).not.toContain('हैकरों का दावा');
    expect(hi.text).toContain('Paragraph 5 on the leak');
  });

  it('cleans a box of links and a box named for sharing out of the chosen story', () => {
    const { text } = scored(`<body><div class="story-body">${prose(4)}<div class="next-prev"><p><a href="/n">Next story: something else entirely, to read after this one</a></p><p>And a few words of its own beside the link.</p></div><div class="share-tools"><p>Share this story with your friends on every network you use.</p></div>${prose(3, 'the denial')}</div></body>`);
    expect(text).toContain('Paragraph 3 on the leak');
    expect(text).toContain('Paragraph 2 on the denial');
    expect(text).not.toContain('Next story');
    expect(text).not.toContain('Share this story');
  });

  it('tries again without its name filters when a short story sits in a box named like a header', () => {
    const story = 'A short notice: the portal says no data was exposed, and the hacker’s sample is old, the ministry said today.';
    const { via, text } = scored(`<body><div class="page-header-note"><p>${story}</p><p>${story.replace('short', 'second')}</p></div><div class="note"><p>Subscribe to our newsletter for more updates every day.</p></div></body>`);
    expect(via).toBe('scorer');
    expect(text).toContain('the portal says no data was exposed');
  });

  it('stays linear on deep nesting and on many boxes', () => {
    const deep = `<body><div class="story">${'<div>'.repeat(2000)}${prose(40)}${'</div>'.repeat(2000)}</div></body>`;
    expect(scored(deep).text.split('\n\n')).toHaveLength(40);
    const wide = `<body>${Array.from({ length: 2000 }, (_, i) => `<div class="card"><p><a href="/c${i}">Card ${i} link text of some length here</a></p></div>`).join('')}<div class="story">${prose(8)}</div></body>`;
    const started = performance.now();
    const { text } = scored(wide);
    expect(text).toContain('Paragraph 7 on the leak');
    expect(text).not.toContain('Card 1');
    // Generous bound for a slow shared machine; a quadratic pass over 2,000 boxes takes far longer.
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('story scorer on a very large page', () => {
  it('leaves a page of more than SCORER_MAX_ELEMENTS elements to the container path', () => {
    const cards = '<div class="card"><span>w</span><span>x</span></div>'.repeat(Math.ceil(SCORER_MAX_ELEMENTS / 3) + 10);
    const { via, text } = scored(`<body><article><h1>Big</h1>${prose(10)}</article>${cards}</body>`);
    expect(via).toBe('container');
    expect(text).toContain('Paragraph 9 on the leak');
    const small = scored(`<body><article><h1>Small</h1>${prose(10)}</article>${'<div class="card"><span>w</span><span>x</span></div>'.repeat(100)}</body>`);
    expect(small.via).toBe('scorer');
  });
});
