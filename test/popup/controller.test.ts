import { describe, expect, it, vi } from 'vitest';
import type { PopupDeps } from '../../src/popup/controller.ts';
import { fetchTabReport, loadPopupData, openOptions, requestedTabId, setSiteEnabled, showSidebar } from '../../src/popup/controller.ts';
import type { Settings } from '../../src/shared/settings.ts';
import { defaultSettings, withSiteSettings } from '../../src/shared/settings.ts';
import { report } from '../shared/fixtures.ts';

function fakeDeps(overrides: Partial<PopupDeps> = {}) {
  let stored: Settings = defaultSettings();
  const deps = {
    activeTab: vi.fn(async () => ({ id: 7, url: 'https://www.ndtv.com/a' })),
    loadSettings: vi.fn(async () => stored),
    saveSettings: vi.fn(async (s: Settings) => {
      stored = s;
    }),
    sendToBackground: vi.fn(async (): Promise<unknown> => ({ report: report() })),
    sendToTab: vi.fn(async (): Promise<unknown> => undefined),
    openOptionsPage: vi.fn(async () => undefined),
    closePopup: vi.fn(),
    ...overrides,
  } satisfies PopupDeps;
  return { deps, stored: () => stored, setStored: (s: Settings) => void (stored = s) };
}

describe('loadPopupData', () => {
  it('reads the active tab and the settings and asks the background about that tab', async () => {
    const { deps } = fakeDeps();
    const data = await loadPopupData(deps);
    expect(deps.sendToBackground).toHaveBeenCalledWith({ type: 'get-tab-state', tabId: 7 });
    expect(data.tab).toEqual({ id: 7, url: 'https://www.ndtv.com/a' });
    expect(data.settings).toEqual(defaultSettings());
    expect(data.report).toEqual(report());
  });

  it('does not ask the background when there is no tab id', async () => {
    const { deps } = fakeDeps({ activeTab: vi.fn(async () => ({ id: undefined, url: undefined })) });
    const data = await loadPopupData(deps);
    expect(deps.sendToBackground).not.toHaveBeenCalled();
    expect(data.report).toBeNull();
  });

  it('propagates a failure to read the tab (the popup shows it)', async () => {
    const { deps } = fakeDeps({ activeTab: vi.fn(async () => Promise.reject(new Error('no tabs'))) });
    await expect(loadPopupData(deps)).rejects.toThrow('no tabs');
  });
});

describe('fetchTabReport', () => {
  it('accepts a well-formed answer and rejects malformed ones', async () => {
    for (const [answer, expected] of [
      [{ report: report() }, report()],
      [{ report: null }, null],
      [undefined, null],
      [null, null],
      ['report', null],
      [{ report: { url: 1 } }, null],
      [{ report: { ...report(), analysis: { language: 'fr' } } }, null],
    ] as const) {
      const { deps } = fakeDeps({ sendToBackground: vi.fn(async () => answer) });
      expect(await fetchTabReport(deps, 3)).toEqual(expected);
    }
  });

  it('is null when the background cannot be reached', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { deps } = fakeDeps({ sendToBackground: vi.fn(async () => Promise.reject(new Error('Receiving end does not exist'))) });
    expect(await fetchTabReport(deps, 3)).toBeNull();
    warn.mockRestore();
  });
});

describe('setSiteEnabled', () => {
  it('starts from the stored settings, so changes made elsewhere are kept', async () => {
    const { deps, setStored, stored } = fakeDeps();
    setStored({ ...withSiteSettings(defaultSettings(), 'aajtak', { startCollapsed: true }), language: 'hi' });
    const saved = await setSiteEnabled(deps, 'ndtv', false);
    expect(saved).toEqual(stored());
    expect(saved.language).toBe('hi');
    expect(saved.sites.aajtak?.startCollapsed).toBe(true);
    expect(saved.sites.ndtv).toEqual({ enabled: false, startCollapsed: false, highlightInPage: true, closed: false });
  });

  it('rejects when saving fails', async () => {
    const { deps } = fakeDeps({ saveSettings: vi.fn(async () => Promise.reject(new Error('quota'))) });
    await expect(setSiteEnabled(deps, 'ndtv', false)).rejects.toThrow('quota');
  });
});

describe('showSidebar and openOptions', () => {
  it('sends show-sidebar to the tab and closes the popup', async () => {
    const { deps } = fakeDeps();
    expect(await showSidebar(deps, 7)).toBe(true);
    expect(deps.sendToTab).toHaveBeenCalledWith(7, { type: 'show-sidebar' }, undefined);
    expect(deps.closePopup).toHaveBeenCalledOnce();
  });

  it('keeps the popup open when the tab does not answer', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { deps } = fakeDeps({ sendToTab: vi.fn(async () => Promise.reject(new Error('no content script'))) });
    expect(await showSidebar(deps, 7)).toBe(false);
    expect(deps.closePopup).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('opens the options page and closes the popup', async () => {
    const { deps } = fakeDeps();
    await openOptions(deps);
    expect(deps.openOptionsPage).toHaveBeenCalledOnce();
    expect(deps.closePopup).toHaveBeenCalledOnce();
  });
});

describe('requestedTabId', () => {
  it('reads ?tabId=<n> and nothing else', () => {
    expect(requestedTabId('?tabId=12')).toBe(12);
    expect(requestedTabId('?x=1&tabId=0')).toBe(0);
    for (const search of ['', '?', '?tabId=', '?tabId=-1', '?tabId=1.5', '?tabId=abc', '?tabId=1e3', '?tabId=99999999999', '?tab=3']) {
      expect(requestedTabId(search), search).toBeNull();
    }
  });
});
