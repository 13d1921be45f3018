import { describe, expect, it } from 'vitest';
import { decideForUrl } from '../../src/shared/site-decision.ts';
import { defaultSettings, withSiteSettings } from '../../src/shared/settings.ts';
import { matchPatternsFor, NEWS_SITES, siteForUrl } from '../../src/shared/sites.ts';

const settings = defaultSettings();

describe('decideForUrl', () => {
  it.each([
    ['https://ndtv.com/india-news/x', 'ndtv'],
    ['https://www.ndtv.com/india-news/x', 'ndtv'],
    ['http://www.ndtv.com/india-news/x', 'ndtv'],
    ['https://ndtv.in/x', 'ndtv'],
    ['https://khabar.ndtv.com/news/x', 'ndtv'],
    ['https://www.prabhatkhabar.com/national/x', 'prabhatkhabar'],
    ['https://hindi.prabhatkhabar.com/x', 'prabhatkhabar'],
    ['https://timesofindia.indiatimes.com/india/x.cms', 'timesofindia'],
    ['https://www.hindustantimes.com/india-news/x', 'hindustantimes'],
    ['https://www.aajtak.in/technology/x', 'aajtak'],
    ['https://www.bhaskar.com/x', 'bhaskar'],
    ['https://www.amarujala.com/x', 'amarujala'],
    ['https://www.jagran.com/x', 'jagran'],
    ['https://www.thehindu.com/news/x', 'thehindu'],
    ['https://indianexpress.com/article/x', 'indianexpress'],
    ['https://www.livemint.com/news/x', 'livemint'],
    ['HTTPS://WWW.NDTV.COM/X', 'ndtv'],
    ['https://www.ndtv.com./x', 'ndtv'],
    ['https://www.ndtv.com:8443/x', 'ndtv'],
  ])('%s is on, as site %s', (url, id) => {
    const decision = decideForUrl(url, settings);
    expect(decision.on).toBe(true);
    expect(decision.site?.id).toBe(id);
    if (decision.on) expect(decision.siteSettings).toEqual(settings.sites[id]);
  });

  it('takes a URL object too', () => {
    expect(decideForUrl(new URL('https://www.jagran.com/x'), settings).site?.id).toBe('jagran');
  });

  it.each([
    'https://prabhatkhabar.com.evil.io/x',
    'https://notndtv.com/x',
    'https://ndtv.co/x',
    'https://www.ndtv.com.in/x',
    'https://indiatimes.com/x',
    'https://sports.indiatimes.com/x',
    'https://navbharattimes.indiatimes.com.evil.io/x',
    'https://evil.io/www.ndtv.com/x',
    'https://evil.io/?u=https://www.ndtv.com/',
    'https://www.ndtv.com@evil.io/x',
    'https://example.com/',
  ])('%s is not a news site', (url) => {
    expect(decideForUrl(url, settings)).toEqual({ on: false, reason: 'not-a-news-site', site: null });
  });

  it.each([
    'ftp://www.ndtv.com/x',
    'file:///home/me/www.ndtv.com/x.html',
    'chrome://extensions/',
    'about:blank',
    'view-source:https://www.ndtv.com/x',
    'data:text/html,<p>www.ndtv.com</p>',
    'javascript:alert(1)',
    'chrome-extension://abcdef/src/popup/index.html',
    'www.ndtv.com/x',
    'not a url',
    '',
  ])('%s (not http) is not a news site', (url) => {
    expect(decideForUrl(url, settings).on).toBe(false);
    expect(decideForUrl(url, settings).site).toBeNull();
  });

  it('undefined and null (a tab whose URL the browser hides) are not a news site', () => {
    expect(decideForUrl(undefined, settings).on).toBe(false);
    expect(decideForUrl(null, settings).on).toBe(false);
  });

  it('a switched-off site is off, with its site and settings', () => {
    const off = withSiteSettings(settings, 'ndtv', { enabled: false });
    const decision = decideForUrl('https://www.ndtv.com/x', off);
    expect(decision).toEqual({ on: false, reason: 'switched-off', site: NEWS_SITES.find((s) => s.id === 'ndtv'), siteSettings: off.sites.ndtv });
    expect(decideForUrl('https://www.aajtak.in/x', off).on).toBe(true);
  });

  it('a site missing from the settings uses the defaults (on)', () => {
    expect(decideForUrl('https://www.ndtv.com/x', { ...settings, sites: {} }).on).toBe(true);
  });
});

describe('sites', () => {
  it('ids are unique, and every site has hosts and both names', () => {
    expect(new Set(NEWS_SITES.map((s) => s.id)).size).toBe(NEWS_SITES.length);
    for (const site of NEWS_SITES) {
      expect(site.hosts.length).toBeGreaterThan(0);
      expect(site.name.en).not.toBe('');
      expect(site.name.hi).toMatch(/[\u0900-\u097F]/);
    }
  });

  it('covers the 28 sites of issue 9, each on its www., m. and amp. hosts', () => {
    expect(NEWS_SITES.map((s) => s.id).sort()).toEqual(
      ['abplive', 'aajtak', 'amarujala', 'bhaskar', 'businessstandard', 'economictimes', 'hindustantimes', 'inc42', 'indianexpress', 'indiatoday', 'jagran', 'jansatta', 'livehindustan', 'livemint', 'medianama', 'moneycontrol', 'navbharattimes', 'ndtv', 'news18', 'patrika', 'prabhatkhabar', 'scroll', 'theprint', 'thehindu', 'thequint', 'timesofindia', 'tv9bharatvarsh', 'zeenews'].sort(),
    );
    for (const site of NEWS_SITES) {
      for (const prefix of ['', 'www.', 'm.', 'amp.']) expect(siteForUrl(`https://${prefix}${site.hosts[0]}/news/story-1`)?.id).toBe(site.id);
    }
    expect(siteForUrl('https://m.timesofindia.com/india/x/articleshow/1.cms')?.id).toBe('timesofindia');
    expect(siteForUrl('https://hindi.news18.com/news/x')?.id).toBe('news18');
  });

  it('match patterns cover each host and its subdomains', () => {
    expect(matchPatternsFor(NEWS_SITES.find((s) => s.id === 'ndtv')!)).toEqual(['*://*.ndtv.com/*', '*://*.ndtv.in/*']);
  });

  it('every host of every site resolves back to that site', () => {
    for (const site of NEWS_SITES) for (const host of site.hosts) expect(siteForUrl(`https://${host}/`)?.id).toBe(site.id);
  });
});
