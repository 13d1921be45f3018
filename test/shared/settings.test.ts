import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_SETTINGS, SETTINGS_VERSION, defaultSettings, migrateSettings, parseSettingsFile, sanitizeSettings, settingsToWriteBack, withSiteSettings } from '../../src/shared/settings.ts';
import { decideForUrl } from '../../src/shared/site-decision.ts';
import { NEWS_SITES } from '../../src/shared/sites.ts';

describe('defaultSettings', () => {
  it('is the current version, follows the article, and has every site on with its defaults', () => {
    const settings = defaultSettings();
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.language).toBe('auto');
    expect(Object.keys(settings.sites).sort()).toEqual(NEWS_SITES.map((s) => s.id).sort());
    for (const site of Object.values(settings.sites)) expect(site).toEqual({ enabled: true, startCollapsed: false, highlightInPage: true, closed: false });
  });

  it('returns a fresh object each time (callers may change it)', () => {
    const a = defaultSettings();
    a.sites.ndtv!.enabled = false;
    expect(defaultSettings().sites.ndtv!.enabled).toBe(true);
    expect(DEFAULT_SITE_SETTINGS.enabled).toBe(true);
  });
});

describe('sanitizeSettings', () => {
  it('keeps valid current settings as they are', () => {
    const valid = { ...withSiteSettings(defaultSettings(), 'ndtv', { enabled: false, startCollapsed: true }), language: 'hi' as const };
    expect(sanitizeSettings(valid)).toEqual(valid);
    expect(sanitizeSettings(JSON.parse(JSON.stringify(valid)))).toEqual(valid);
  });

  it.each([undefined, null, 'settings', 42, true, [], [{ language: 'hi' }], () => undefined])('falls back to the defaults for %s', (stored) => {
    expect(sanitizeSettings(stored)).toEqual(defaultSettings());
  });

  it('falls back per key for wrong types, keeping the valid values', () => {
    const settings = sanitizeSettings({
      version: 2,
      language: 'fr',
      sites: {
        ndtv: { enabled: 'no', startCollapsed: true, highlightInPage: 0 },
        aajtak: { enabled: false, startCollapsed: null, highlightInPage: false },
        bhaskar: 'off',
        jagran: [false],
        thehindu: null,
      },
    });
    expect(settings.language).toBe('auto');
    expect(settings.sites.ndtv).toEqual({ enabled: true, startCollapsed: true, highlightInPage: true, closed: false });
    expect(settings.sites.aajtak).toEqual({ enabled: false, startCollapsed: false, highlightInPage: false, closed: false });
    for (const id of ['bhaskar', 'jagran', 'thehindu']) expect(settings.sites[id]).toEqual(DEFAULT_SITE_SETTINGS);
  });

  it('keeps a valid language when the sites are corrupt, and valid sites when the language is corrupt', () => {
    expect(sanitizeSettings({ version: 2, language: 'en', sites: 'broken' })).toEqual({ ...defaultSettings(), language: 'en' });
    expect(sanitizeSettings({ version: 2, language: ['hi'], sites: { livemint: { enabled: false } } }).sites.livemint?.enabled).toBe(false);
  });

  it('drops unknown site ids and unknown keys, and adds missing sites', () => {
    const settings = sanitizeSettings({ version: 2, language: 'hi', extra: 1, sites: { evil: { enabled: false }, ndtv: { enabled: false, colour: 'red' } } });
    expect(Object.keys(settings.sites).sort()).toEqual(NEWS_SITES.map((s) => s.id).sort());
    expect(settings.sites.ndtv).toEqual({ ...DEFAULT_SITE_SETTINGS, enabled: false });
    expect(settings).not.toHaveProperty('extra');
    expect(settings.sites).not.toHaveProperty('evil');
  });

  it('ignores prototype tricks in stored data', () => {
    const stored = JSON.parse('{"version":2,"sites":{"__proto__":{"enabled":false},"ndtv":{"__proto__":{"enabled":false}}}}');
    const settings = sanitizeSettings(stored);
    expect(settings.sites.ndtv?.enabled).toBe(true);
    expect(({} as Record<string, unknown>).enabled).toBeUndefined();
  });

  it.each([0, -1, 3, 99, 1.5, '2', null])('reads an unknown version (%s) as current, keeping the valid values', (version) => {
    const settings = sanitizeSettings({ version, language: 'hi', sites: { ndtv: { enabled: false } } });
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.language).toBe('hi');
    expect(settings.sites.ndtv?.enabled).toBe(false);
  });

  it('a stored object without a version is read as current', () => {
    expect(sanitizeSettings({ language: 'en' }).language).toBe('en');
  });
});

describe('remembered reader choices', () => {
  it('keeps a closed sidebar per site and the options page language; a bad value falls back on its own', () => {
    const settings = sanitizeSettings({ version: 2, language: 'hi', optionsLanguage: 'en', sites: { ndtv: { closed: true }, aajtak: { closed: 'yes', startCollapsed: true } } });
    expect(settings.optionsLanguage).toBe('en');
    expect(settings.sites.ndtv).toEqual({ ...DEFAULT_SITE_SETTINGS, closed: true });
    expect(settings.sites.aajtak).toEqual({ ...DEFAULT_SITE_SETTINGS, startCollapsed: true });
    expect(sanitizeSettings({ version: 2, language: 'hi', optionsLanguage: 'fr' })).toMatchObject({ language: 'hi', optionsLanguage: 'auto' });
  });
});

describe('pause and settings files', () => {
  it('a paused LeakLens is off on every site, with each site\'s switch kept', () => {
    const paused = { ...withSiteSettings(defaultSettings(), 'ndtv', { enabled: false }), paused: true };
    expect(decideForUrl('https://www.aajtak.in/x', paused)).toMatchObject({ on: false, reason: 'paused' });
    expect(sanitizeSettings({ ...paused, paused: 'yes' }).paused).toBe(false);
    expect(decideForUrl('https://www.ndtv.com/x', { ...paused, paused: false })).toMatchObject({ on: false, reason: 'switched-off' });
  });

  it('reads an exported file back, and refuses text that is not LeakLens settings', () => {
    const settings = { ...withSiteSettings(defaultSettings(), 'jagran', { enabled: false }), language: 'hi' as const, paused: true };
    expect(parseSettingsFile(JSON.stringify(settings))).toEqual(settings);
    // A file an older version exported is migrated.
    expect(parseSettingsFile('{"version":1,"disabledSites":["ndtv"]}')?.sites.ndtv?.enabled).toBe(false);
    for (const text of ['', 'not json', '[]', '{"a":1}', '{"version":2}', 'null']) expect(parseSettingsFile(text)).toBeNull();
  });
});

describe('a site the stored settings do not know yet', () => {
  it('starts as the reader chose for new sites; known sites keep their own choice', () => {
    const stored = { version: 2, newSiteStart: 'compact', sites: { ndtv: { enabled: true, startCollapsed: false } } };
    const settings = sanitizeSettings(stored);
    expect(settings.newSiteStart).toBe('compact');
    expect(settings.sites.ndtv?.startCollapsed).toBe(false);
    expect(settings.sites.aajtak?.startCollapsed).toBe(true);
    expect(sanitizeSettings({ ...stored, newSiteStart: 'sideways' }).sites.aajtak?.startCollapsed).toBe(false);
  });
});

describe('migration v1 → v2', () => {
  it('turns the list of switched-off sites into per-site settings, the rest default', () => {
    const settings = migrateSettings({ version: 1, disabledSites: ['ndtv', 'aajtak'] });
    expect(settings.version).toBe(2);
    expect(settings.language).toBe('auto');
    expect(settings.sites.ndtv).toEqual({ ...DEFAULT_SITE_SETTINGS, enabled: false });
    expect(settings.sites.aajtak).toEqual({ ...DEFAULT_SITE_SETTINGS, enabled: false });
    expect(settings.sites.bhaskar).toEqual(DEFAULT_SITE_SETTINGS);
  });

  it('accepts host names as well as site ids', () => {
    const settings = migrateSettings({ version: 1, disabledSites: ['www.ndtv.com', 'hindi.prabhatkhabar.com', 'ndtv.in'] });
    expect(settings.sites.ndtv?.enabled).toBe(false);
    expect(settings.sites.prabhatkhabar?.enabled).toBe(false);
    expect(settings.sites.aajtak?.enabled).toBe(true);
  });

  it('skips junk in the v1 list and survives a missing or broken list', () => {
    const settings = migrateSettings({ version: 1, disabledSites: [null, 3, 'nosuchsite', { id: 'ndtv' }, 'jagran'] });
    expect(settings.sites.jagran?.enabled).toBe(false);
    expect(settings.sites.ndtv?.enabled).toBe(true);
    expect(migrateSettings({ version: 1 })).toEqual(defaultSettings());
    expect(migrateSettings({ version: 1, disabledSites: 'ndtv' })).toEqual(defaultSettings());
  });

  it('is not what a read does: a v1 object read before the update migrated it gives the defaults', () => {
    expect(sanitizeSettings({ version: 1, disabledSites: ['ndtv'] })).toEqual(defaultSettings());
  });

  it('v1 had no language: the language setting starts at auto', () => {
    expect(migrateSettings({ version: 1, language: 'hi', disabledSites: [] }).language).toBe('auto');
  });
});

describe('settingsToWriteBack (on install or update)', () => {
  it('writes an older version back migrated, corrupt values back as defaults, and nothing when all is current', () => {
    expect(settingsToWriteBack({ version: 1, disabledSites: ['ndtv'] })).toEqual(withSiteSettings(defaultSettings(), 'ndtv', { enabled: false }));
    expect(settingsToWriteBack({ ...defaultSettings(), language: 'fr' })).toEqual(defaultSettings());
    expect(settingsToWriteBack(defaultSettings())).toBeNull();
    expect(settingsToWriteBack(withSiteSettings(defaultSettings(), 'ndtv', { closed: true }))).toBeNull();
    expect(settingsToWriteBack(undefined)).toBeNull();
    expect(settingsToWriteBack('garbage')).toEqual(defaultSettings());
  });

  it('is idempotent: what it wrote needs no writing again', () => {
    const once = settingsToWriteBack({ version: 1, disabledSites: ['jagran', 'www.ndtv.com'] })!;
    expect(settingsToWriteBack(JSON.parse(JSON.stringify(once)))).toBeNull();
  });
});

describe('sites the reader added', () => {
  it('keeps valid host names once each (not a listed site\'s), with their own per-site settings, and drops the rest', () => {
    const settings = sanitizeSettings({
      version: 2,
      addedSites: ['example.co.in', 'example.co.in', 'ndtv.com', 'https://evil.example/', 'localhost', 42, 'news.example.org'],
      sites: { 'added:example.co.in': { enabled: false, closed: 'x' }, 'added:nowhere.example': { enabled: false } },
    });
    expect(settings.addedSites).toEqual(['example.co.in', 'news.example.org']);
    expect(settings.sites['added:example.co.in']).toEqual({ ...DEFAULT_SITE_SETTINGS, enabled: false });
    expect(settings.sites['added:news.example.org']).toEqual(DEFAULT_SITE_SETTINGS);
    expect(settings.sites['added:nowhere.example']).toBeUndefined();
    expect(sanitizeSettings({ version: 2, addedSites: 'example.com' }).addedSites).toEqual([]);
    expect(decideForUrl('https://www.example.co.in/a', settings)).toMatchObject({ on: false, reason: 'switched-off' });
    expect(decideForUrl('https://news.example.org/a', settings)).toMatchObject({ on: true, site: { id: 'added:news.example.org' } });
    expect(decideForUrl('https://news.example.org/a', defaultSettings())).toMatchObject({ on: false, reason: 'not-a-news-site' });
  });
});

describe('withSiteSettings', () => {
  it('returns a changed copy and leaves the original alone', () => {
    const before = defaultSettings();
    const after = withSiteSettings(before, 'ndtv', { startCollapsed: true });
    expect(after.sites.ndtv).toEqual({ enabled: true, startCollapsed: true, highlightInPage: true, closed: false });
    expect(before.sites.ndtv?.startCollapsed).toBe(false);
    expect(after.sites.aajtak).toBe(before.sites.aajtak);
    expect(after.language).toBe(before.language);
  });

  it('starts from the defaults for a site the settings lack', () => {
    const settings = { ...defaultSettings(), sites: {} };
    expect(withSiteSettings(settings, 'ndtv', { enabled: false }).sites.ndtv).toEqual({ ...DEFAULT_SITE_SETTINGS, enabled: false });
  });

  it('round-trips through sanitizeSettings', () => {
    const changed = withSiteSettings(defaultSettings(), 'livemint', { enabled: false, highlightInPage: false });
    expect(sanitizeSettings(JSON.parse(JSON.stringify(changed)))).toEqual(changed);
  });
});
