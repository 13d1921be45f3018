/**
 * The options page's side effects, behind a small interface that index.tsx binds to extension storage.
 * Every change starts from the stored settings, so a change made elsewhere meanwhile (the popup, another
 * options tab) is kept.
 */
import type { Settings, SiteSettings, UiLanguage } from '../shared/settings.ts';
import { defaultSettings, withSiteSettings } from '../shared/settings.ts';

export interface OptionsDeps {
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
}

// Changes run one after another: two quick clicks must not both read the same old settings and the second
// save undo the first.
let queue: Promise<unknown> = Promise.resolve();

export function updateSettings(deps: OptionsDeps, change: (settings: Settings) => Settings): Promise<Settings> {
  const run = queue.then(async () => {
    const next = change(await deps.loadSettings());
    await deps.saveSettings(next);
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

export const changeSite = (deps: OptionsDeps, siteId: string, patch: Partial<SiteSettings>) =>
  updateSettings(deps, (settings) => withSiteSettings(settings, siteId, patch));

export const changeSidebarLanguage = (deps: OptionsDeps, language: UiLanguage) => updateSettings(deps, (settings) => ({ ...settings, language }));

// The page's own language is the reader's, not an option: it stays.
export const restoreDefaults = (deps: OptionsDeps) => updateSettings(deps, (s) => ({ ...defaultSettings(), optionsLanguage: s.optionsLanguage }));
