import { describe, expect, it } from 'vitest';
import { KB_ENTRIES } from '../../src/kb/index.ts';
import type { PopupInput } from '../../src/popup/model.ts';
import { buildPopupView } from '../../src/popup/model.ts';
import { defaultSettings, withSiteSettings } from '../../src/shared/settings.ts';
import { analysis, COWIN_ID, report } from '../shared/fixtures.ts';

const input = (overrides: Partial<PopupInput> = {}): PopupInput => ({
  url: 'https://www.ndtv.com/india-news/cowin-data-leak-123',
  settings: defaultSettings(),
  report: report(),
  entries: KB_ENTRIES,
  browserLanguage: 'en',
  ...overrides,
});

describe('buildPopupView', () => {
  it('a matched incident: title and status from the knowledge base, contradictions counted without not-addressed', () => {
    const view = buildPopupView(input());
    const entry = KB_ENTRIES.find((e) => e.id === COWIN_ID)!;
    expect(view.site?.id).toBe('ndtv');
    expect(view.siteEnabled).toBe(true);
    expect(view.finding).toEqual({ kind: 'incident', incidentId: COWIN_ID, title: entry.title, status: entry.status, contradictions: 2, hasResponse: true });
    expect(view.canShowSidebar).toBe(true);
  });

  it('names the article a leak finding is about by its headline (the report’s title), and no article otherwise', () => {
    expect(buildPopupView(input()).headline).toBe('CoWIN data of 20,000 people leaked, claims researcher');
    expect(buildPopupView(input({ report: report({ title: '  Next story  ', analysis: analysis({ incident: null }) }) })).headline).toBe('Next story');
    expect(buildPopupView(input({ report: report({ analysis: analysis({ isLeakArticle: false, incident: null }) }) })).headline).toBeNull();
    expect(buildPopupView(input({ report: report({ title: ' ' }) })).headline).toBeNull();
    // A report left from another site is not this tab's finding.
    expect(buildPopupView(input({ url: 'https://www.aajtak.in/x' })).headline).toBeNull();
  });

  it('a leak article without an incident, or with one this knowledge base does not hold, is an unknown leak', () => {
    expect(buildPopupView(input({ report: report({ analysis: analysis({ incident: null }) }) })).finding.kind).toBe('unknown-leak');
    const stranger = buildPopupView(input({ report: report({ analysis: analysis({ incident: { id: 'nobody-2020-01', confidence: 1 } }) }) }));
    expect(stranger.finding.kind).toBe('unknown-leak');
    expect(stranger.canShowSidebar).toBe(true);
  });

  it('a non-leak analysis is "no leak article"; a report without analysis (no article found) is "not an article"', () => {
    const view = buildPopupView(input({ report: report({ analysis: analysis({ isLeakArticle: false, incident: null }) }) }));
    expect(view.finding.kind).toBe('no-leak');
    expect(view.canShowSidebar).toBe(false);
    expect(buildPopupView(input({ report: report({ analysis: null }) })).finding.kind).toBe('not-an-article');
  });

  it('without a report, says what its own look at the page found: no leak, not an article, or still reading', () => {
    const check = (loaded: boolean, mayBeLeak: boolean, isArticle: boolean) => buildPopupView(input({ report: null, pageCheck: { loaded, mayBeLeak, isArticle } })).finding.kind;
    expect(check(true, false, true)).toBe('no-leak');
    expect(check(true, false, false)).toBe('not-an-article');
    expect(check(true, true, true)).toBe('not-checked');
    expect(check(false, false, true)).toBe('not-checked');
  });

  it('a matched incident whose knowledge-base entry has no official response says so (not "nothing contradicts it")', () => {
    const silent = KB_ENTRIES.find((e) => e.responses.every((r) => r.stance === 'no-comment'));
    if (!silent) return;
    const view = buildPopupView(input({ report: report({ analysis: analysis({ incident: { id: silent.id, confidence: 1 }, mismatches: [] }) }) }));
    expect(view.finding).toMatchObject({ kind: 'incident', hasResponse: false, contradictions: 0 });
  });

  it('no report yet is "not checked"', () => {
    expect(buildPopupView(input({ report: null })).finding.kind).toBe('not-checked');
  });

  it('ignores a report left over from another site', () => {
    const view = buildPopupView(input({ report: report({ siteId: 'aajtak', analysis: analysis({ language: 'hi' }) }) }));
    expect(view.finding.kind).toBe('not-checked');
    expect(view.language).toBe('en');
    expect(view.canShowSidebar).toBe(false);
  });

  it('a switched-off site ignores what the report found and offers no sidebar, but keeps the article language', () => {
    const view = buildPopupView(input({ settings: withSiteSettings(defaultSettings(), 'ndtv', { enabled: false }) }));
    expect(view.finding.kind).toBe('switched-off');
    const hindi = report({ analysis: analysis({ language: 'hi' }) });
    expect(buildPopupView(input({ report: hindi, settings: withSiteSettings(defaultSettings(), 'ndtv', { enabled: false }) })).language).toBe('hi');
    expect(view.site?.id).toBe('ndtv');
    expect(view.siteEnabled).toBe(false);
    expect(view.canShowSidebar).toBe(false);
  });

  it('an unlisted site, a non-http page or an unknown URL is "not a news site"', () => {
    for (const url of ['https://example.com/', 'chrome://extensions/', 'https://ndtv.com.evil.io/x', undefined]) {
      const view = buildPopupView(input({ url, report: null }));
      expect(view.finding.kind).toBe('not-a-news-site');
      expect(view.site).toBeNull();
      expect(view.siteEnabled).toBe(false);
    }
  });

  it('takes its language from the article, the setting and the browser', () => {
    expect(buildPopupView(input({ report: report({ analysis: analysis({ language: 'hi' }) }) })).language).toBe('hi');
    expect(buildPopupView(input()).language).toBe('en');
    // No report yet: the site's own language (an English site stays English, a Hindi one Hindi), else the browser's.
    expect(buildPopupView(input({ report: null, browserLanguage: 'hi' })).language).toBe('en');
    expect(buildPopupView(input({ report: null, url: 'https://www.aajtak.in/x', browserLanguage: 'en' })).language).toBe('hi');
    expect(buildPopupView(input({ report: null, url: 'https://example.com/x', browserLanguage: 'hi' })).language).toBe('hi');
    expect(buildPopupView(input({ report: null, url: 'https://www.aajtak.in/x', settings: withSiteSettings(defaultSettings(), 'aajtak', { enabled: false }) })).language).toBe('hi');
    expect(buildPopupView(input({ settings: { ...defaultSettings(), language: 'hi' } })).language).toBe('hi');
    expect(buildPopupView(input({ report: null, browserLanguage: 'hi', settings: { ...defaultSettings(), language: 'en' } })).language).toBe('en');
  });
});

