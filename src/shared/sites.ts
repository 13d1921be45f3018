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

/**
 * `articleSelectors` is a site's module: where its article body sits, for a site whose pages the generic path
 * (JSON-LD articleBody, story scorer, densest block) does not read well. Most sites need none. When a site's
 * markup changes, its selectors find nothing and the generic path reads the page.
 */
export const NEWS_SITES: readonly NewsSite[] = [
  // Hindi
  { id: 'prabhatkhabar', name: { en: 'Prabhat Khabar', hi: 'प्रभात खबर' }, hosts: ['prabhatkhabar.com'], language: 'hi', articleSelectors: ['.story-content', '.article-content', 'article'] },
  { id: 'bhaskar', name: { en: 'Dainik Bhaskar', hi: 'दैनिक भास्कर' }, hosts: ['bhaskar.com'], language: 'hi', articleSelectors: [] },
  { id: 'amarujala', name: { en: 'Amar Ujala', hi: 'अमर उजाला' }, hosts: ['amarujala.com'], language: 'hi', articleSelectors: ['.article-desc', '.description'] },
  { id: 'jagran', name: { en: 'Dainik Jagran', hi: 'दैनिक जागरण' }, hosts: ['jagran.com'], language: 'hi', articleSelectors: ['.articleBody', '#article-body'] },
  { id: 'aajtak', name: { en: 'Aaj Tak', hi: 'आज तक' }, hosts: ['aajtak.in'], language: 'hi', articleSelectors: ['.story-with-main-sec', '.content-area'] },
  { id: 'navbharattimes', name: { en: 'Navbharat Times', hi: 'नवभारत टाइम्स' }, hosts: ['navbharattimes.indiatimes.com'], language: 'hi', articleSelectors: [] },
  { id: 'livehindustan', name: { en: 'Live Hindustan', hi: 'लाइव हिन्दुस्तान' }, hosts: ['livehindustan.com'], language: 'hi', articleSelectors: [] },
  { id: 'abplive', name: { en: 'ABP Live', hi: 'एबीपी लाइव' }, hosts: ['abplive.com'], language: 'hi', articleSelectors: [] },
  { id: 'tv9bharatvarsh', name: { en: 'TV9 Bharatvarsh', hi: 'टीवी9 भारतवर्ष' }, hosts: ['tv9hindi.com'], language: 'hi', articleSelectors: [] },
  { id: 'patrika', name: { en: 'Patrika', hi: 'पत्रिका' }, hosts: ['patrika.com'], language: 'hi', articleSelectors: [] },
  { id: 'jansatta', name: { en: 'Jansatta', hi: 'जनसत्ता' }, hosts: ['jansatta.com'], language: 'hi', articleSelectors: [] },
  // English
  { id: 'timesofindia', name: { en: 'The Times of India', hi: 'टाइम्स ऑफ इंडिया' }, hosts: ['timesofindia.indiatimes.com', 'timesofindia.com'], language: 'en', articleSelectors: ['[data-articlebody]', '._s30J'] },
  { id: 'hindustantimes', name: { en: 'Hindustan Times', hi: 'हिंदुस्तान टाइम्स' }, hosts: ['hindustantimes.com'], language: 'en', articleSelectors: ['.storyDetails', '.detail'] },
  { id: 'thehindu', name: { en: 'The Hindu', hi: 'द हिंदू' }, hosts: ['thehindu.com'], language: 'en', articleSelectors: ['.articlebodycontent', '[itemprop="articleBody"]'] },
  { id: 'indianexpress', name: { en: 'The Indian Express', hi: 'इंडियन एक्सप्रेस' }, hosts: ['indianexpress.com'], language: 'en', articleSelectors: ['#pcl-full-content', '.full-details'] },
  { id: 'livemint', name: { en: 'Mint', hi: 'मिंट' }, hosts: ['livemint.com'], language: 'en', articleSelectors: ['.storyPage_storyContent__m_MYl', '.mainArea'] },
  { id: 'moneycontrol', name: { en: 'Moneycontrol', hi: 'मनीकंट्रोल' }, hosts: ['moneycontrol.com'], language: 'en', articleSelectors: [] },
  { id: 'indiatoday', name: { en: 'India Today', hi: 'इंडिया टुडे' }, hosts: ['indiatoday.in'], language: 'en', articleSelectors: [] },
  { id: 'medianama', name: { en: 'MediaNama', hi: 'मीडियानामा' }, hosts: ['medianama.com'], language: 'en', articleSelectors: [] },
  { id: 'inc42', name: { en: 'Inc42', hi: 'इंक42' }, hosts: ['inc42.com'], language: 'en', articleSelectors: [] },
  { id: 'businessstandard', name: { en: 'Business Standard', hi: 'बिजनेस स्टैंडर्ड' }, hosts: ['business-standard.com'], language: 'en', articleSelectors: [] },
  { id: 'economictimes', name: { en: 'The Economic Times', hi: 'इकनॉमिक टाइम्स' }, hosts: ['economictimes.indiatimes.com', 'economictimes.com'], language: 'en', articleSelectors: [] },
  { id: 'scroll', name: { en: 'Scroll', hi: 'स्क्रॉल' }, hosts: ['scroll.in'], language: 'en', articleSelectors: [] },
  { id: 'thequint', name: { en: 'The Quint', hi: 'द क्विंट' }, hosts: ['thequint.com'], language: 'en', articleSelectors: [] },
  // Both languages (the main language is the one a page that declares none most likely has)
  { id: 'ndtv', name: { en: 'NDTV', hi: 'एनडीटीवी' }, hosts: ['ndtv.com', 'ndtv.in'], language: 'en', articleSelectors: ['.sp-cn', '.Art-exp_wr'] },
  { id: 'news18', name: { en: 'News18', hi: 'न्यूज18' }, hosts: ['news18.com'], language: 'en', articleSelectors: [] },
  { id: 'zeenews', name: { en: 'Zee News', hi: 'जी न्यूज' }, hosts: ['zeenews.india.com'], language: 'en', articleSelectors: [] },
  { id: 'theprint', name: { en: 'ThePrint', hi: 'दिप्रिंट' }, hosts: ['theprint.in'], language: 'en', articleSelectors: [] },
];

/** Match patterns for the manifest: each host and its subdomains (`*.host` also matches `host`, and its www., m.
 * and amp. hosts), http and https. */
export function matchPatternsFor(site: NewsSite): string[] {
  return site.hosts.map((host) => `*://*.${host}/*`);
}

/**
 * A site the reader added in the options ("Add a site"), by its host name: read by the generic path, in the page's
 * own language (English where a page declares none). Its id, the settings key, is `added:<host>`.
 */
export function addedSite(host: string): NewsSite {
  return { id: `added:${host}`, name: { en: host, hi: host }, hosts: [host], language: 'en', articleSelectors: [] };
}

/** The match patterns (and permission origins) of an added host: the host and every host under it. */
export function addedSitePatterns(host: string): string[] {
  return matchPatternsFor(addedSite(host));
}

/** At most this many added sites (the options page says so when the list is full). */
export const MAX_ADDED_SITES = 50;

/**
 * The host name a reader typed or pasted ("www.example.com", "https://m.example.com/news/1", "Example.COM") as the
 * site's host: lower case, without "www.", "m." or "amp." in front, or null when it is not a public host name (an
 * address, localhost, a single label, an IP address). The permission and the match pattern then cover the host and
 * every host under it.
 */
export function siteHostFrom(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (text === '' || text.length > 253) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `https://${text}`;
  let host: string;
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.username || url.password || url.port) return null;
    host = url.hostname.replace(/\.$/, '');
  } catch {
    return null;
  }
  host = host.replace(/^(?:www|m|amp)\./, '');
  const labels = host.split('.');
  if (labels.length < 2 || labels.some((l) => !/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(l))) return null;
  if (/^\d+$/.test(labels.at(-1)!)) return null;
  return host;
}

/** The listed news site a host belongs to (as siteForUrl), for a host a reader tries to add. */
export function listedSiteForHost(host: string): NewsSite | null {
  return siteForUrl(`https://${host}/`);
}

/**
 * The site a URL belongs to, or null. Only http(s) URLs on a listed host (or its subdomain) qualify, or on a host the
 * reader added (`added`, from the settings).
 */
export function siteForUrl(url: string | URL | undefined | null, added: readonly string[] = []): NewsSite | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  const listed = NEWS_SITES.find((site) => site.hosts.some((h) => host === h || host.endsWith('.' + h)));
  if (listed) return listed;
  const own = added.find((h) => host === h || host.endsWith('.' + h));
  return own ? addedSite(own) : null;
}
