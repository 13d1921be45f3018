import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createRouter } from '../../src/background/router.ts';
import type { RouterDeps, Sender } from '../../src/background/router.ts';
import type { TabReport } from '../../src/shared/messages.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const report: TabReport = { url: 'https://www.prabhatkhabar.com/a', title: 'T', siteId: 'prabhatkhabar', analysis: null };

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
    getReport: vi.fn(async () => report),
    setReport: vi.fn(async () => undefined),
    clearReport: vi.fn(async () => undefined),
    showBadge: vi.fn(async () => undefined),
    sendToTopFrame: vi.fn(async () => undefined),
  } as never;
  route = createRouter(deps);
});

describe('the background message router', () => {
  it('stores a top-frame content script’s report for its tab and updates the badge', async () => {
    await route({ type: 'tab-report', report }, contentScript);
    expect(deps.setReport).toHaveBeenCalledWith(7, report);
    expect(deps.showBadge).toHaveBeenCalledWith(7, report);
  });

  it('answers the popup about any tab and the sidebar about its own tab only', async () => {
    expect(await route({ type: 'get-tab-state', tabId: 3 }, popup)).toEqual({ report });
    expect(deps.getReport).toHaveBeenLastCalledWith(3);
    expect(await route({ type: 'get-sidebar-report' }, sidebar)).toEqual(report);
    expect(deps.getReport).toHaveBeenLastCalledWith(7);
  });

  it('relays the sidebar’s layout request to the top frame of its own tab', async () => {
    await route({ type: 'sidebar-layout', layout: 'collapsed' }, sidebar);
    expect(deps.sendToTopFrame).toHaveBeenCalledWith(7, { type: 'sidebar-layout', layout: 'collapsed' });
  });

  it.each([
    ['another extension', { type: 'get-tab-state', tabId: 1 }, { ...popup, id: 'otherextensionidotherextensionid' }],
    ['a malformed message', { type: 'get-tab-state', tabId: -1 }, popup],
    ['an unknown type', { type: 'drop-tables' }, popup],
    ['not an object', 'tab-report', contentScript],
    ['a report with a malformed analysis', { type: 'tab-report', report: { ...report, analysis: { isLeakArticle: 'yes' } } }, contentScript],
    ['a report from a sub-frame', { type: 'tab-report', report }, { ...contentScript, frameId: 2 }],
    ['a report from a site LeakLens does not run on', { type: 'tab-report', report }, { ...contentScript, url: 'https://evil.example/' }],
    ['a content script asking about other tabs', { type: 'get-tab-state', tabId: 1 }, contentScript],
    ['a content script posing as the sidebar', { type: 'get-sidebar-report' }, contentScript],
    ['the sidebar asking about other tabs', { type: 'get-tab-state', tabId: 1 }, sidebar],
    ['a layout request not from the sidebar', { type: 'sidebar-layout', layout: 'closed' }, popup],
    ['show-sidebar sent to the background', { type: 'show-sidebar' }, popup],
  ] as const)('ignores and logs %s', async (_why, message, sender) => {
    expect(await route(message, sender as Sender)).toBeUndefined();
    for (const fn of ['setReport', 'clearReport', 'getReport', 'showBadge', 'sendToTopFrame']) expect(deps[fn]).not.toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalled();
  });
});
