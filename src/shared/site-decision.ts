/**
 * The one answer to "is LeakLens on for this URL?", used by the content script and the popup. (The background
 * only asks which site a sender is on — `siteForUrl` — and the options page edits the settings this reads.)
 */
import { siteForUrl } from './sites.ts';
import type { NewsSite } from './sites.ts';
import type { Settings, SiteSettings } from './settings.ts';
import { DEFAULT_SITE_SETTINGS } from './settings.ts';

export type SiteDecision =
  | { on: true; site: NewsSite; siteSettings: SiteSettings }
  | { on: false; reason: 'not-a-news-site'; site: null }
  | { on: false; reason: 'switched-off'; site: NewsSite; siteSettings: SiteSettings }
  /** The reader paused LeakLens on every site (the site's own switch is kept for when it resumes). */
  | { on: false; reason: 'paused'; site: NewsSite; siteSettings: SiteSettings };

export function decideForUrl(url: string | URL | undefined | null, settings: Settings): SiteDecision {
  const site = siteForUrl(url, settings.addedSites);
  if (!site) return { on: false, reason: 'not-a-news-site', site: null };
  const siteSettings = settings.sites[site.id] ?? DEFAULT_SITE_SETTINGS;
  if (settings.paused) return { on: false, reason: 'paused', site, siteSettings };
  return siteSettings.enabled ? { on: true, site, siteSettings } : { on: false, reason: 'switched-off', site, siteSettings };
}
