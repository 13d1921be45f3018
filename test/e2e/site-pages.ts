/**
 * One article page per listed site, written by us to follow the shape of that site's article pages as we know
 * it: header and navigation, Open Graph and JSON-LD metadata, the body's container and markup (paragraphs, or
 * text and <br>s in a div), an "also read" insert inside the story, ad slots, a related-stories rail, a trending
 * list and comments. Class names are our approximation of each site's; no text or markup is copied from any page.
 * Article text goes in as text, never as HTML. `host` picks www., m. or amp. (an AMP document) for the page.
 */
import type { NewsSite } from '../../src/shared/sites.ts';
import type { ArticleText } from './pages.ts';

export interface SiteLayout {
  /** Opening tag(s) of the article body's container, and the closing tag(s). */
  open: string;
  close: string;
  /** How the body holds its text: paragraphs, or text and <br>s straight in the container. */
  markup: 'p' | 'div-br';
  /** The JSON-LD @type, and whether the site puts the article body in it. */
  ldType: string;
  ldBody: boolean;
  /** Class of the related-stories rail. */
  rail: string;
}

const L = (open: string, close: string, rail: string, ldType = 'NewsArticle', markup: SiteLayout['markup'] = 'p', ldBody = false): SiteLayout => ({ open, close, markup, ldType, ldBody, rail });

export const SITE_LAYOUTS: Record<string, SiteLayout> = {
  prabhatkhabar: L('<div class="story-content">', '</div>', 'related-news'),
  bhaskar: L('<article><div class="db-story-body">', '</div></article>', 'related-stories', 'NewsArticle', 'p', true),
  amarujala: L('<div class="article-desc">', '</div>', 'related-article'),
  jagran: L('<div class="articleBody">', '</div>', 'related-news-list', 'NewsArticle', 'p', true),
  aajtak: L('<div class="story-with-main-sec"><div class="text-formatted">', '</div></div>', 'also-read-widget'),
  navbharattimes: L('<div class="story-article"><div class="article-txt">', '</div></div>', 'related-stories', 'NewsArticle', 'div-br'),
  livehindustan: L('<div class="stry-bdy">', '</div>', 'related-stories'),
  abplive: L('<div class="abp-story-detail">', '</div>', 'other-stories trending'),
  tv9bharatvarsh: L('<div class="ArticleBodyCont">', '</div>', 'related-news', 'NewsArticle', 'p', true),
  patrika: L('<div class="complete-story">', '</div>', 'related-news'),
  jansatta: L('<div class="wp-block-post-content entry-content">', '</div>', 'related-posts'),
  timesofindia: L('<div class="_s30J clearfix" data-articlebody="1">', '</div>', 'related-articles', 'NewsArticle', 'div-br', true),
  hindustantimes: L('<div class="storyDetails"><div class="detail">', '</div></div>', 'related-stories'),
  thehindu: L('<div class="articlebodycontent" itemprop="articleBody">', '</div>', 'related-topics-list'),
  indianexpress: L('<div id="pcl-full-content" class="full-details">', '</div>', 'also-read'),
  livemint: L('<div class="mainArea storyPage_storyContent__m_MYl">', '</div>', 'recommended-stories'),
  moneycontrol: L('<div class="content_wrapper arti-flow" id="contentdata">', '</div>', 'related_stories_left_block'),
  indiatoday: L('<div class="story-with-main-sec"><div class="jsx-ace90f4eca22afc7 Story_description__fq_4S description">', '</div></div>', 'related-story'),
  medianama: L('<article class="post"><div class="entry-content">', '</div></article>', 'related-posts', 'BlogPosting', 'p', true),
  inc42: L('<div class="single-post-content entry-content">', '</div>', 'related-stories', 'Article'),
  businessstandard: L('<div class="storycontent" id="parent_top_div">', '</div>', 'related-news'),
  economictimes: L('<div class="artText">', '</div>', 'related-articles', 'NewsArticle', 'div-br', true),
  scroll: L('<article><div id="article-contents" class="article-body">', '</div></article>', 'related-articles-list', 'ReportageNewsArticle'),
  thequint: L('<div class="story-element story-element-text">', '</div>', 'related-stories'),
  ndtv: L('<div class="sp-cn ins_storybody" id="ins_storybody">', '</div>', 'related-story'),
  news18: L('<div class="article_content"><div class="article-content-box">', '</div></div>', 'also-read-widget'),
  zeenews: L('<div class="article_content article_description">', '</div>', 'related-articles'),
  theprint: L('<div class="td-post-content tagdiv-type">', '</div>', 'related-posts'),
};

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface SitePageOptions {
  site: NewsSite;
  article: ArticleText;
  lang: 'hi' | 'en';
  /** The page's address (its canonical URL). */
  url: string;
  /** Headlines in the related-stories rail (links to other stories). */
  rail: string[];
  amp?: boolean;
  publishedDate?: string;
}

export function sitePage(o: SitePageOptions): string {
  const layout = SITE_LAYOUTS[o.site.id];
  if (!layout) throw new Error(`no layout for ${o.site.id}`);
  const { article, lang, site, url } = o;
  const date = o.publishedDate ?? '2022-01-21T18:30:00+05:30';
  const hi = lang === 'hi';
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': layout.ldType,
    headline: article.title,
    datePublished: date,
    inLanguage: lang,
    mainEntityOfPage: url,
    publisher: { '@type': 'Organization', name: site.name.en },
    ...(layout.ldBody ? { articleBody: article.paragraphs.join(' ') } : {}),
  }).replace(/</g, '\\u003c');
  const insert = hi
    ? '<p><strong>यह भी पढ़ें:</strong> <a href="/news/other-story">शहर में आज से नई बस सेवा शुरू, जानिए रूट और किराया</a></p>'
    : '<p><strong>Also Read:</strong> <a href="/news/other-story">New bus routes start in the city today: routes and fares</a></p>';
  const half = Math.ceil(article.paragraphs.length / 2);
  const body =
    layout.markup === 'p'
      ? [...article.paragraphs.slice(0, half).map((p) => `<p>${esc(p)}</p>`), insert, `<div class="ad-slot" id="div-gpt-ad-mid"></div>`, ...article.paragraphs.slice(half).map((p) => `<p>${esc(p)}</p>`)].join('\n')
      : [...article.paragraphs.slice(0, half).map(esc), insert.replace(/<\/?p>/g, ''), ...article.paragraphs.slice(half).map(esc)].join('<br><br>\n');
  const amp = !!o.amp;
  return `<!doctype html>
<html lang="${lang}"${amp ? ' ⚡' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>${esc(article.title)} | ${esc(site.name[lang])}</title>
<link rel="canonical" href="${esc(url.replace('//amp.', '//www.'))}">
${amp ? '' : `<link rel="amphtml" href="${esc(url.replace('//www.', '//amp.'))}">`}
<meta name="description" content="${esc(article.paragraphs[0]!.slice(0, 150))}">
<meta property="og:title" content="${esc(article.title)}">
<meta property="og:url" content="${esc(url)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="${date}">
<script type="application/ld+json">${ld}</script>
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, name: hi ? 'होम' : 'Home', item: url.replace(/\/news\/.*/, '/') }] })}</script>
${amp ? '<style amp-boilerplate>body{visibility:visible}</style><style amp-custom>' : '<style>'}
  body { font-family: sans-serif; margin: 0; color: #222 } header { background: #123; color: #fff; padding: 12px 20px; font-weight: 700 }
  nav a { margin-right: 14px; color: #333 } .wrap { max-width: 1100px; margin: 0 auto; display: flex; gap: 24px; padding: 0 20px }
  main { flex: 1 1 680px; font-size: 18px; line-height: 1.6 } .rail { flex: 0 0 300px } .ad-slot { min-height: 90px; background: #f3f3f3 }
</style>
</head>
<body>
<header>${esc(site.name[lang])}</header>
<nav class="main-nav"><a href="/">${hi ? 'होम' : 'Home'}</a><a href="/india">${hi ? 'देश' : 'India'}</a><a href="/world">${hi ? 'दुनिया' : 'World'}</a><a href="/business">${hi ? 'बिज़नेस' : 'Business'}</a><a href="/tech">${hi ? 'टेक' : 'Tech'}</a></nav>
<div class="ad-slot top-ad"></div>
<div class="wrap">
<main>
  <div class="breadcrumb"><a href="/">${hi ? 'होम' : 'Home'}</a> › <a href="/india">${hi ? 'देश' : 'India'}</a></div>
  <h1>${esc(article.title)}</h1>
  <div class="byline">${hi ? 'डिजिटल डेस्क' : 'Digital Desk'} · <time datetime="${date}">${date.slice(0, 10)}</time></div>
  <figure class="lead-image">${amp ? '<amp-img src="/lead.jpg" width="680" height="380" layout="responsive"></amp-img>' : '<img src="/lead.jpg" width="680" height="380" alt="">'}<figcaption>${hi ? 'सांकेतिक तस्वीर' : 'Representational image'}</figcaption></figure>
  ${layout.open}
${body}
  ${layout.close}
  <div class="tags"><a href="/tag/a">${hi ? 'टैग' : 'Tag'}</a></div>
  <section class="comments" id="comments"><h3>${hi ? 'टिप्पणियां' : 'Comments'}</h3><div class="comment"><p>${hi ? 'अच्छी खबर है, धन्यवाद।' : 'Good report, thanks.'}</p></div></section>
</main>
<aside class="rail">
  <div class="${layout.rail}"><h3>${hi ? 'संबंधित खबरें' : 'Related stories'}</h3><ul>${o.rail.map((h, i) => `<li><a href="/news/related-${i}">${esc(h)}</a></li>`).join('')}</ul></div>
  <div class="trending-list"><h3>${hi ? 'ट्रेंडिंग' : 'Trending'}</h3><ol><li><a href="/news/t1">${hi ? 'मौसम: कई राज्यों में बारिश का अलर्ट' : 'Weather: rain alert in several states'}</a></li></ol></div>
  <div class="ad-slot"></div>
</aside>
</div>
<footer style="padding:20px;background:#222;color:#aaa">© ${esc(site.name.en)}</footer>
</body>
</html>`;
}
