import { describe, expect, it, vi } from 'vitest';
import type { OptionsDeps } from '../../src/options/controller.ts';
import { changeSidebarLanguage, changeSite, restoreDefaults, updateSettings } from '../../src/options/controller.ts';
import type { Settings } from '../../src/shared/settings.ts';
import { defaultSettings, withSiteSettings } from '../../src/shared/settings.ts';

function store(initial: Settings = defaultSettings()) {
  let stored = initial;
  const deps = {
    loadSettings: vi.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return stored;
    }),
    saveSettings: vi.fn(async (s: Settings) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      stored = s;
    }),
  } satisfies OptionsDeps;
  return { deps, stored: () => stored };
}

describe('options controller', () => {
  it('changes one site, starting from the stored settings', async () => {
    const { deps, stored } = store({ ...defaultSettings(), language: 'hi' });
    const saved = await changeSite(deps, 'bhaskar', { highlightInPage: false });
    expect(stored()).toEqual(saved);
    expect(saved.language).toBe('hi');
    expect(saved.sites.bhaskar).toEqual({ enabled: true, startCollapsed: false, highlightInPage: false, closed: false });
  });

  it('changes the sidebar language', async () => {
    const { deps, stored } = store();
    await changeSidebarLanguage(deps, 'en');
    expect(stored().language).toBe('en');
  });

  it('restores the defaults', async () => {
    const { deps, stored } = store({ ...withSiteSettings(defaultSettings(), 'ndtv', { enabled: false }), language: 'hi' });
    await restoreDefaults(deps);
    expect(stored()).toEqual(defaultSettings());
  });

  it('runs quick changes one after another, so none is lost', async () => {
    const { deps, stored } = store();
    await Promise.all([
      changeSite(deps, 'ndtv', { enabled: false }),
      changeSite(deps, 'aajtak', { startCollapsed: true }),
      changeSidebarLanguage(deps, 'hi'),
    ]);
    expect(stored().sites.ndtv?.enabled).toBe(false);
    expect(stored().sites.aajtak?.startCollapsed).toBe(true);
    expect(stored().language).toBe('hi');
  });

  it('a failed save rejects, and the next change still runs', async () => {
    const { deps, stored } = store();
    deps.saveSettings.mockRejectedValueOnce(new Error('quota'));
    await expect(updateSettings(deps, (s) => ({ ...s, language: 'en' }))).rejects.toThrow('quota');
    await changeSite(deps, 'ndtv', { enabled: false });
    expect(stored().sites.ndtv?.enabled).toBe(false);
    expect(stored().language).toBe('auto');
  });
});
