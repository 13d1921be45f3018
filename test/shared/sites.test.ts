import { describe, expect, it } from 'vitest';
import { addedSite, addedSitePatterns, listedSiteForHost, siteForUrl, siteHostFrom } from '../../src/shared/sites.ts';

describe('siteHostFrom (what a reader types into "Add a site")', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['www.example.com', 'example.com'],
    ['https://m.example.co.in/news/story-1?x=1#top', 'example.co.in'],
    ['http://amp.news.example.org/a', 'news.example.org'],
    ['news.example.org', 'news.example.org'],
    ['example.com.', 'example.com'],
    ['बीबीसी.com', 'xn--p2ba0b4abb.com'],
  ])('%s → %s', (input, host) => expect(siteHostFrom(input)).toBe(host));

  it.each(['', 'localhost', 'example', '127.0.0.1', 'https://10.0.0.1/', 'ftp://example.com', 'javascript:alert(1)', 'https://user:pw@example.com/', 'https://example.com:8080/', 'exa mple.com', '-bad.com', 'a'.repeat(300) + '.com'])(
    'refuses %s',
    (input) => expect(siteHostFrom(input)).toBeNull(),
  );
});

describe('sites the reader added', () => {
  it('belong to their host and every host under it, after the listed sites, and to nothing else', () => {
    const added = ['example.co.in'];
    expect(siteForUrl('https://www.example.co.in/story', added)).toEqual(addedSite('example.co.in'));
    expect(siteForUrl('https://example.co.in/', added)?.id).toBe('added:example.co.in');
    expect(siteForUrl('https://example.co.in.evil.test/', added)).toBeNull();
    expect(siteForUrl('https://notexample.co.in/', added)).toBeNull();
    expect(siteForUrl('https://www.example.co.in/story')).toBeNull();
    expect(siteForUrl('https://www.ndtv.com/x', ['ndtv.com'])?.id).toBe('ndtv');
    expect(addedSitePatterns('example.co.in')).toEqual(['*://*.example.co.in/*']);
  });

  it('a listed site is found for a host a reader might type', () => {
    expect(listedSiteForHost('ndtv.in')?.id).toBe('ndtv');
    expect(listedSiteForHost('example.com')).toBeNull();
  });
});
