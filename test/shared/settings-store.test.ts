import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

const fake = vi.hoisted(() => {
  const state = { data: {} as Record<string, unknown>, listeners: new Set<Listener>(), failGet: false, writes: 0 };
  return {
    state,
    browser: {
      storage: {
        local: {
          get: async (key: string) => {
            if (state.failGet) throw new Error('storage unavailable');
            return key in state.data ? { [key]: state.data[key] } : {};
          },
          set: async (items: Record<string, unknown>) => {
            state.writes++;
            Object.assign(state.data, items);
          },
        },
        onChanged: {
          addListener: (l: Listener) => void state.listeners.add(l),
          removeListener: (l: Listener) => void state.listeners.delete(l),
        },
      },
    },
  };
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const { loadSettings, migrateStoredSettings, saveSettings, watchSettings } = await import('../../src/shared/settings-store.ts');
const { defaultSettings, SETTINGS_KEY, withSiteSettings } = await import('../../src/shared/settings.ts');

const emit = (newValue: unknown, area = 'local', key = SETTINGS_KEY) => {
  for (const l of fake.state.listeners) l({ [key]: { newValue } }, area);
};

beforeEach(() => {
  fake.state.data = {};
  fake.state.listeners.clear();
  fake.state.failGet = false;
  fake.state.writes = 0;
});

describe('settings-store', () => {
  it('loads the defaults when nothing is stored, and what was saved otherwise', async () => {
    expect(await loadSettings()).toEqual(defaultSettings());
    const changed = withSiteSettings(defaultSettings(), 'ndtv', { enabled: false });
    await saveSettings(changed);
    expect(await loadSettings()).toEqual(changed);
  });

  it('sanitizes what it loads (never migrating or writing), and uses the defaults when storage fails', async () => {
    fake.state.data[SETTINGS_KEY] = { version: 2, language: 42, sites: { aajtak: { enabled: false, highlightInPage: 'no' } } };
    const loaded = await loadSettings();
    expect(loaded.sites.aajtak).toMatchObject({ enabled: false, highlightInPage: true });
    expect(loaded.language).toBe('auto');
    fake.state.data[SETTINGS_KEY] = { version: 1, disabledSites: ['aajtak'] };
    expect((await loadSettings()).sites.aajtak?.enabled).toBe(true);
    expect(fake.state.writes).toBe(0);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fake.state.failGet = true;
    expect(await loadSettings()).toEqual(defaultSettings());
    warn.mockRestore();
  });

  it('watchSettings reports sanitized local changes of the settings key only, until aborted', () => {
    const seen: unknown[] = [];
    const stop = new AbortController();
    watchSettings((s) => seen.push(s), stop.signal);
    emit({ version: 2, language: 'hi' });
    emit({ version: 2, language: 'en' }, 'sync');
    emit('x', 'local', 'other-key');
    emit(undefined);
    expect(seen).toEqual([{ ...defaultSettings(), language: 'hi' }, defaultSettings()]);
    stop.abort();
    expect(fake.state.listeners.size).toBe(0);
    emit({ version: 2, language: 'hi' });
    expect(seen).toHaveLength(2);
  });

  it('watchSettings with an already-aborted signal adds no listener', () => {
    const stop = new AbortController();
    stop.abort();
    const onChange = vi.fn();
    watchSettings(onChange, stop.signal);
    expect(fake.state.listeners.size).toBe(0);
    emit({ version: 2, language: 'hi' });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('migrateStoredSettings (install or update) writes older settings back migrated, once', async () => {
    expect(await migrateStoredSettings()).toBe(false);
    expect(fake.state.data).toEqual({});
    fake.state.data[SETTINGS_KEY] = { version: 1, disabledSites: ['aajtak', 'www.ndtv.com'] };
    expect(await migrateStoredSettings()).toBe(true);
    expect(fake.state.data[SETTINGS_KEY]).toMatchObject({ version: 2, sites: { aajtak: { enabled: false }, ndtv: { enabled: false }, jagran: { enabled: true } } });
    expect((await loadSettings()).sites.aajtak?.enabled).toBe(false);
    expect(await migrateStoredSettings()).toBe(false);
    expect(fake.state.writes).toBe(1);
  });
});
