/**
 * User settings: one versioned shape, its defaults, and migrations from every older version.
 *
 * Stored settings are untrusted input (older versions, hand edits, corruption): `sanitizeSettings` keeps every
 * value that is valid and falls back to the default for the rest, so a bad value never costs the user the
 * good ones and never crashes a reader.
 *
 * Migrations from older versions run once, when LeakLens is installed or updated (the background's
 * runtime.onInstalled runs `migrateSettings` and writes the result back, with the current version), and on an
 * imported file; reads only sanitize.
 */
import { MAX_ADDED_SITES, NEWS_SITES, addedSite, listedSiteForHost, siteForUrl, siteHostFrom } from './sites.ts';

export const SETTINGS_VERSION = 2;
export const SETTINGS_KEY = 'settings';

export type UiLanguage = 'auto' | 'en' | 'hi';

export interface SiteSettings {
  enabled: boolean;
  /** Open the sidebar collapsed (a small tab) instead of expanded. */
  startCollapsed: boolean;
  /** Mark the claim and response sentences in the article. */
  highlightInPage: boolean;
  /**
   * The reader closed the sidebar on this site: it comes back only as a small tab at the page edge. Remembered
   * from the sidebar itself (as is `startCollapsed`, when the reader collapses or expands it).
   */
  closed: boolean;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Sidebar language: follow the article ('auto'), or always English / Hindi. */
  language: UiLanguage;
  /** One switch for every site: LeakLens reads nothing anywhere while it is on (the per-site switches are kept). */
  paused: boolean;
  /** How the sidebar starts on a site these settings do not hold yet (one a later version adds): open or compact. */
  newSiteStart: 'open' | 'compact';
  /** The options page's own language: the browser's ('auto'), or English / Hindi as the reader chose there. */
  optionsLanguage: UiLanguage;
  /**
   * Sites the reader added ("Add a site" in the options), by host name, each with the host permission the reader
   * granted for it; their per-site settings are in `sites` under `added:<host>`.
   */
  addedSites: string[];
  sites: Record<string, SiteSettings>;
}

export const DEFAULT_SITE_SETTINGS: Readonly<SiteSettings> = Object.freeze({ enabled: true, startCollapsed: false, highlightInPage: true, closed: false });

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    language: 'auto',
    paused: false,
    newSiteStart: 'open',
    optionsLanguage: 'auto',
    addedSites: [],
    sites: Object.fromEntries(NEWS_SITES.map((s) => [s.id, { ...DEFAULT_SITE_SETTINGS }])),
  };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Migrations, keyed by the version they upgrade FROM. Each takes the raw object of that version and returns
 * the raw object of the next; `sanitizeSettings` validates the result.
 */
const MIGRATIONS: Record<number, (old: Json) => Json> = {
  // v1 kept a flat list of switched-off sites: { version: 1, disabledSites: ['ndtv', ...] }. Entries are site
  // ids; a host name ('www.ndtv.com') is accepted too and mapped to its site.
  1: (old) => {
    const disabled = Array.isArray(old.disabledSites) ? old.disabledSites.filter((x): x is string => typeof x === 'string') : [];
    const ids = disabled.map((x) => (NEWS_SITES.some((s) => s.id === x) ? x : (siteForUrl(`https://${x}/`)?.id ?? x)));
    return { version: 2, language: 'auto', sites: Object.fromEntries(ids.map((id) => [id, { enabled: false }])) };
  },
};

/**
 * Stored settings of any version → valid current settings: the migrations from the stored version on, then the
 * per-value check of `sanitizeSettings`. Run once per install or update (and on an imported file). Never throws.
 */
export function migrateSettings(stored: unknown): Settings {
  let raw: Json = isObject(stored) ? stored : {};
  let version = typeof raw.version === 'number' && Number.isInteger(raw.version) ? raw.version : SETTINGS_VERSION;
  while (version < SETTINGS_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) break;
    try {
      raw = migrate(raw);
    } catch {
      raw = {};
    }
    version += 1;
  }
  return sanitizeSettings(raw);
}

/**
 * What to write back on install or update: the migrated settings, or null when the stored ones are already exactly
 * current (or nothing is stored: the defaults need no writing).
 */
export function settingsToWriteBack(stored: unknown): Settings | null {
  if (stored === undefined) return null;
  const migrated = migrateSettings(stored);
  return JSON.stringify(migrated) === JSON.stringify(stored) ? null : migrated;
}

/**
 * Any stored value → valid current settings, as every read does: each valid value of the current version is kept,
 * the rest is the default. No migration here (an older version's keys are not this version's: they read as
 * defaults until the update has migrated them). Never throws.
 */
export function sanitizeSettings(stored: unknown): Settings {
  const raw: Json = isObject(stored) ? stored : {};
  const settings = defaultSettings();
  const isUiLanguage = (v: unknown): v is UiLanguage => v === 'auto' || v === 'en' || v === 'hi';
  if (isUiLanguage(raw.language)) settings.language = raw.language;
  if (isUiLanguage(raw.optionsLanguage)) settings.optionsLanguage = raw.optionsLanguage;
  if (typeof raw.paused === 'boolean') settings.paused = raw.paused;
  if (raw.newSiteStart === 'open' || raw.newSiteStart === 'compact') settings.newSiteStart = raw.newSiteStart;
  if (Array.isArray(raw.addedSites)) {
    // Only host names as siteHostFrom makes them, not a listed site's, each once, at most MAX_ADDED_SITES.
    const hosts = raw.addedSites.filter((h): h is string => typeof h === 'string' && siteHostFrom(h) === h && !listedSiteForHost(h));
    settings.addedSites = [...new Set(hosts)].slice(0, MAX_ADDED_SITES);
  }
  const storedSites = isObject(raw.sites) ? raw.sites : {};
  for (const host of settings.addedSites) {
    const site = addedSite(host);
    const stored = Object.hasOwn(storedSites, site.id) ? storedSites[site.id] : undefined;
    const target = { ...DEFAULT_SITE_SETTINGS, startCollapsed: settings.newSiteStart === 'compact' };
    if (isObject(stored)) for (const key of ['enabled', 'startCollapsed', 'highlightInPage', 'closed'] as const) if (typeof stored[key] === 'boolean') target[key] = stored[key];
    settings.sites[site.id] = target;
  }
  for (const site of NEWS_SITES) {
    const stored = storedSites[site.id];
    const target = settings.sites[site.id]!;
    if (!isObject(stored)) {
      // A site the stored settings do not know (added since): it starts as the reader chose for new sites.
      if (isObject(raw.sites) && Object.keys(raw.sites).length > 0) target.startCollapsed = settings.newSiteStart === 'compact';
      continue;
    }
    for (const key of ['enabled', 'startCollapsed', 'highlightInPage', 'closed'] as const) {
      if (typeof stored[key] === 'boolean') target[key] = stored[key];
    }
  }
  return settings;
}

/**
 * The settings in an exported file, or null when the text is not LeakLens settings (not JSON, or no version and
 * sites). What it holds is read like stored settings: every valid value kept, the rest default.
 */
export function parseSettingsFile(text: string): Settings | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(parsed) || typeof parsed.version !== 'number' || (!isObject(parsed.sites) && !Array.isArray(parsed.disabledSites))) return null;
  // A file exported by an older version is migrated like stored settings on update.
  return migrateSettings(parsed);
}

/** A copy with one site's settings changed. */
export function withSiteSettings(settings: Settings, siteId: string, patch: Partial<SiteSettings>): Settings {
  const current = settings.sites[siteId] ?? { ...DEFAULT_SITE_SETTINGS };
  return { ...settings, sites: { ...settings.sites, [siteId]: { ...current, ...patch } } };
}
