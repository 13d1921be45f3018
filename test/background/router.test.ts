import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createRouter } from '../../src/background/router.ts';
import type { RouterDeps, Sender } from '../../src/background/router.ts';
import type { Analysis } from '../../src/core/types.ts';
import type { TabReport } from '../../src/shared/messages.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const report: TabReport = { url: 'https://www.prabhatkhabar.com/a', title: 'T', siteId: 'prabhatkhabar', analysis: null };
const analysis = { language: 'hi', isLeakArticle: true } as Analysis;
const article = { title: 'T', text: 'Body of the article', url: 'https://www.prabhatkhabar.com/a' };

const contentScript: Sender = { id: ID, url: 'https://www.prabhatkhabar.com/a', frameId: 0, tab: { id: 7 } };
const sidebar: Sender = { id: ID, url: `${ORIGIN}/src/sidebar/index.html`, frameId: 3, tab: { id: 7 } };
const popup: Sender = { id: ID, url: `${ORIGIN}/src/popup/index.html` };

let deps: RouterDeps & Record<string, ReturnType<typeof vi.fn>>;
let route: ReturnType<typeof createRouter>;
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  deps = {
    extensionId: ID,
    extensionOrigin: ORIGIN,
    analyze: vi.fn(() => analysis),
    currentUrl: vi.fn(async () => contentScript.url),
    getReport: vi.fn(async () => report),
    setReport: vi.fn(async () => undefined),
    clearReport: vi.fn(async () => undefined),
    showBadge: vi.fn(async () => undefined),
    sendToTopFrame: vi.fn(async () => undefined),
    isOnFor: vi.fn(async () => true),
    addedHosts: vi.fn(async () => []),
    injectPageScript: vi.fn(async () => undefined),
    rememberOffPage: vi.fn(async () => undefined),
  } as never;
  route = createRouter(deps);
});

describe('the background message router', () => {
  it('injects the page side into the document whose prefilter asked, only where LeakLens is on', async () => {
    await route({ type: 'start-page' }, { ...contentScript, documentId: 'DOC1' });
    expect(deps.injectPageScript).toHaveBeenCalledWith(7, 'DOC1');
    vi.mocked(deps.isOnFor).mockResolvedValue(false);
    await route({ type: 'start-page' }, contentScript);
    expect(deps.injectPageScript).toHaveBeenCalledTimes(1);
    expect(deps.rememberOffPage).toHaveBeenCalledWith(7, undefined);
    // Not from a news site's top frame, or from the sidebar: nothing is injected.
    await route({ type: 'start-page' }, { ...contentScript, frameId: 2 });
    await route({ type: 'start-page' }, sidebar);
    await route({ type: 'start-page' }, { ...contentScript, url: 'https://evil.example/' });
    expect(deps.injectPageScript).toHaveBeenCalledTimes(1);
    expect(deps.rememberOffPage).toHaveBeenCalledTimes(1);
  });

  it('takes a site the reader added (settings.addedSites) as a news site, and only that host', async () => {
    const added: Sender = { ...contentScript, url: 'https://news.example-added.in/story/1' };
    await route({ type: 'start-page' }, added);
    expect(deps.injectPageScript).not.toHaveBeenCalled();
    vi.mocked(deps.addedHosts).mockResolvedValue(['example-added.in']);
    await route({ type: 'start-page' }, added);
    expect(deps.injectPageScript).toHaveBeenCalledWith(7, undefined);
    await route({ type: 'start-page' }, { ...added, url: 'https://example-added.in.evil.example/' });
    expect(deps.injectPageScript).toHaveBeenCalledTimes(1);
    vi.mocked(deps.currentUrl).mockResolvedValue(added.url);
    await route({ type: 'analyze-page', url: added.url!, title: 'T', article }, added);
    expect(deps.setReport).toHaveBeenCalledWith(7, { url: added.url, title: 'T', siteId: 'added:example-added.in', analysis });
  });

  it('analyses a top-frame content script’s article, stores the report for its tab, updates the badge and answers', async () => {
    const answer = await route({ type: 'analyze-page', url: contentScript.url, title: 'T', article }, contentScript);
    // The URL and the site come from the sender, not from the message.
    const expected = { url: contentScript.url, title: 'T', siteId: 'prabhatkhabar', analysis };
    expect(deps.analyze).toHaveBeenCalledWith(article, 7);
    expect(deps.setReport).toHaveBeenCalledWith(7, expected);
    expect(deps.showBadge).toHaveBeenCalledWith(7, expected);
    expect(answer).toEqual(expected);
  });

  it('keeps the document id, accepts a prerendered top document, and ignores the fragment of the tab’s address', async () => {
    vi.mocked(deps.currentUrl).mockResolvedValue(contentScript.url + '#comments');
    const prerendered = { ...contentScript, frameId: 5, frameType: 'outermost_frame', documentId: 'DOC1' };
    const answer = (await route({ type: 'analyze-page', url: contentScript.url, title: 'T', article }, prerendered)) as TabReport;
    expect(answer.documentId).toBe('DOC1');
    expect(deps.setReport).toHaveBeenCalledWith(7, answer);
  });

  it('files the report under the page’s current address (after replaceState), but only on the sender’s site', async () => {
    const moved = contentScript.url + '?utm_source=x';
    vi.mocked(deps.currentUrl).mockResolvedValue(moved);
    expect(await route({ type: 'analyze-page', url: moved, title: 'T', article }, contentScript)).toMatchObject({ url: moved });
    expect(await route({ type: 'analyze-page', url: 'https://www.ndtv.com/x', title: 'T', article }, contentScript)).toMatchObject({ url: contentScript.url });
  });

  it('does not store a report for a page the tab has already left', async () => {
    vi.mocked(deps.currentUrl).mockResolvedValue('https://www.prabhatkhabar.com/another-story');
    const answer = await route({ type: 'analyze-page', url: contentScript.url, title: 'T', article }, contentScript);
    expect(answer).toMatchObject({ url: contentScript.url });
    expect(deps.setReport).not.toHaveBeenCalled();
    expect(deps.showBadge).not.toHaveBeenCalled();
  });

  it('cuts an overlong address instead of storing a report that would fail its own check', async () => {
    const long = { ...contentScript, url: 'https://www.prabhatkhabar.com/' + 'a'.repeat(6000) };
    vi.mocked(deps.currentUrl).mockResolvedValue(long.url);
    const answer = (await route({ type: 'analyze-page', url: long.url.slice(0, 4000), title: 'T', article }, long)) as TabReport;
    expect(answer.url.length).toBe(4000);
  });

  it('records a page without an article without analysing anything', async () => {
    await route({ type: 'analyze-page', url: contentScript.url, title: 'T', article: null }, contentScript);
    expect(deps.analyze).not.toHaveBeenCalled();
    expect(deps.setReport).toHaveBeenCalledWith(7, { url: contentScript.url, title: 'T', siteId: 'prabhatkhabar', analysis: null });
  });

  it('answers the popup about any tab and the sidebar about its own tab only', async () => {
    expect(await route({ type: 'get-tab-state', tabId: 3 }, popup)).toEqual({ report });
    expect(deps.getReport).toHaveBeenLastCalledWith(3);
    expect(await route({ type: 'get-sidebar-report' }, sidebar)).toEqual(report);
    expect(deps.getReport).toHaveBeenLastCalledWith(7);
  });

  it('relays the sidebar’s layout request to the top frame of its own tab', async () => {
    await route({ type: 'sidebar-layout', layout: 'collapsed' }, sidebar);
    expect(deps.sendToTopFrame).toHaveBeenCalledWith(7, { type: 'sidebar-layout', layout: 'collapsed' }, undefined);
  });

  it('relays the sidebar’s "show this quote in the article" to its own tab, and nobody else’s', async () => {
    await route({ type: 'show-quote', index: 1 }, sidebar);
    expect(deps.sendToTopFrame).toHaveBeenCalledWith(7, { type: 'show-quote', index: 1 }, undefined);
    vi.mocked(deps.sendToTopFrame).mockClear();
    await route({ type: 'show-quote', index: 1 }, popup);
    expect(deps.sendToTopFrame).not.toHaveBeenCalled();
  });

  it.each([
    ['another extension', { type: 'get-tab-state', tabId: 1 }, { ...popup, id: 'otherextensionidotherextensionid' }],
    ['a malformed message', { type: 'get-tab-state', tabId: -1 }, popup],
    ['an unknown type', { type: 'drop-tables' }, popup],
    ['not an object', 'analyze-page', contentScript],
    ['an article of the wrong shape', { type: 'analyze-page', url: contentScript.url, title: 'T', article: { title: 'T', text: 42 } }, contentScript],
    ['an article from a sub-frame', { type: 'analyze-page', url: contentScript.url, title: 'T', article }, { ...contentScript, frameId: 2 }],
    ['an article from a site LeakLens does not run on', { type: 'analyze-page', url: contentScript.url, title: 'T', article }, { ...contentScript, url: 'https://evil.example/' }],
    ['an article from an extension page', { type: 'analyze-page', url: contentScript.url, title: 'T', article }, { ...popup, tab: { id: 7 }, frameId: 0 }],
    ['a content script asking about other tabs', { type: 'get-tab-state', tabId: 1 }, contentScript],
    ['a content script posing as the sidebar', { type: 'get-sidebar-report' }, contentScript],
    ['the sidebar asking about other tabs', { type: 'get-tab-state', tabId: 1 }, sidebar],
    ['a layout request not from the sidebar', { type: 'sidebar-layout', layout: 'closed' }, popup],
    ['show-sidebar sent to the background', { type: 'show-sidebar' }, popup],
  ] as const)('ignores and logs %s', async (_why, message, sender) => {
    expect(await route(message, sender as Sender)).toBeUndefined();
    for (const fn of ['analyze', 'currentUrl', 'setReport', 'clearReport', 'getReport', 'showBadge', 'sendToTopFrame']) expect(deps[fn]).not.toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalled();
  });
});
