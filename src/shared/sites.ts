/**
 * The news sites LeakLens runs on. This list is the single source for the manifest's content-script matches
 * and host permissions (test/manifest.test.ts enforces that they agree), for the site decision and for the
 * options page. Adding a site: add it here and to manifest.json, then add an article fixture to the tests.
 */
export interface NewsSite {
  /** Stable id, used as the settings key. */
  id: string;
  name: { en: string; hi: string };
  /** Host names the site serves articles from; subdomains of each are included. */
  hosts: readonly string[];
  /** The main language of the site, used when a page does not declare one. */
  language: 'hi' | 'en';
  /**
   * CSS selectors, most specific first, for the element holding the article body on this site.
   * The generic extraction (JSON-LD, <article>, densest text block) runs when none matches.
   */
  articleSelectors: readonly string[];
}

export const NEWS_SITES: readonly NewsSite[] = [
  { id: 'prabhatkhabar', name: { en: 'Prabhat Khabar', hi: 'प्रभात खबर' }, hosts: ['prabhatkhabar.com'], language: 'hi', articleSelectors: ['.story-content', '.article-content', 'article'] },
  { id: 'ndtv', name: { en: 'NDTV', hi: 'एनडीटीवी' }, hosts: ['ndtv.com', 'ndtv.in'], language: 'en', articleSelectors: ['.sp-cn', '.Art-exp_wr', 'article'] },
  { id: 'timesofindia', name: { en: 'The Times of India', hi: 'टाइम्स ऑफ इंडिया' }, hosts: ['timesofindia.indiatimes.com'], language: 'en', articleSelectors: ['[data-articlebody]', '._s30J', 'article'] },
  { id: 'hindustantimes', name: { en: 'Hindustan Times', hi: 'हिंदुस्तान टाइम्स' }, hosts: ['hindustantimes.com'], language: 'en', articleSelectors: ['.storyDetails', '.detail', 'article'] },
  { id: 'aajtak', name: { en: 'Aaj Tak', hi: 'आज तक' }, hosts: ['aajtak.in'], language: 'hi', articleSelectors: ['.story-with-main-sec', '.content-area', 'article'] },
  { id: 'bhaskar', name: { en: 'Dainik Bhaskar', hi: 'दैनिक भास्कर' }, hosts: ['bhaskar.com'], language: 'hi', articleSelectors: ['article'] },
  { id: 'amarujala', name: { en: 'Amar Ujala', hi: 'अमर उजाला' }, hosts: ['amarujala.com'], language: 'hi', articleSelectors: ['.article-desc', '.description', 'article'] },
  { id: 'jagran', name: { en: 'Jagran', hi: 'जागरण' }, hosts: ['jagran.com'], language: 'hi', articleSelectors: ['.articleBody', '#article-body', 'article'] },
  { id: 'thehindu', name: { en: 'The Hindu', hi: 'द हिंदू' }, hosts: ['thehindu.com'], language: 'en', articleSelectors: ['.articlebodycontent', '[itemprop="articleBody"]', 'article'] },
  { id: 'indianexpress', name: { en: 'The Indian Express', hi: 'इंडियन एक्सप्रेस' }, hosts: ['indianexpress.com'], language: 'en', articleSelectors: ['#pcl-full-content', '.full-details', 'article'] },
  { id: 'livemint', name: { en: 'Mint', hi: 'मिंट' }, hosts: ['livemint.com'], language: 'en', articleSelectors: ['.storyPage_storyContent__m_MYl', '.mainArea', 'article'] },
];

/** Match patterns for the manifest: each host and its subdomains (`*.host` also matches `host`), http and https. */
export function matchPatternsFor(site: NewsSite): string[] {
  return site.hosts.map((host) => `*://*.${host}/*`);
}

/** The site a URL belongs to, or null. Only http(s) URLs on a listed host (or its subdomain) qualify. */
export function siteForUrl(url: string | URL | undefined | null): NewsSite | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  return NEWS_SITES.find((site) => site.hosts.some((h) => host === h || host.endsWith('.' + h))) ?? null;
}
