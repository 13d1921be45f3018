/**
 * The options page's entry point: binds the controller to extension storage, follows changes made elsewhere
 * (watchSettings, torn down when the page goes away) and keeps the page's state. Nothing else in src/options
 * touches browser APIs or storage.
 */
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Language } from '../core/types.ts';
import { browserLanguage } from '../shared/i18n.ts';
import type { Settings, SiteSettings, UiLanguage } from '../shared/settings.ts';
import { DEFAULT_SITE_SETTINGS, parseSettingsFile } from '../shared/settings.ts';
import browser from 'webextension-polyfill';
import { MAX_ADDED_SITES, addedSite, addedSitePatterns, listedSiteForHost, siteHostFrom } from '../shared/sites.ts';
import { loadSettings, saveSettings, watchSettings } from '../shared/settings-store.ts';
import type { OptionsDeps } from './controller.ts';
import { changeSidebarLanguage, changeSite, restoreDefaults, updateSettings } from './controller.ts';
import { OptionsApp } from './OptionsApp.tsx';
import type { AddSiteStatus, OptionsStatus } from './OptionsApp.tsx';
import { optionsTranslator } from './strings.ts';
import './options.css';

const deps: OptionsDeps = { loadSettings, saveSettings };

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  // The page's own language, as the reader last chose it here (remembered in the settings), else the browser's.
  const chosen = settings?.optionsLanguage;
  const language: Language = chosen === 'en' || chosen === 'hi' ? chosen : browserLanguage();
  const [status, setStatus] = useState<OptionsStatus | null>(null);

  useEffect(() => {
    const stop = new AbortController();
    watchSettings(setSettings, stop.signal);
    void loadSettings().then((loaded) => {
      if (!stop.signal.aborted) setSettings((current) => current ?? loaded);
    });
    const onPageHide = () => stop.abort();
    window.addEventListener('pagehide', onPageHide, { once: true });
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      stop.abort();
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = optionsTranslator(language)('page.title');
  }, [language]);

  const run = useCallback((work: () => Promise<Settings>, done: OptionsStatus) => {
    work().then(
      (saved) => {
        setSettings(saved);
        setStatus(done);
      },
      (error: unknown) => {
        console.warn('LeakLens options: could not save', error);
        setStatus('save-failed');
      },
    );
  }, []);

  const onSiteChange = useCallback((siteId: string, patch: Partial<SiteSettings>) => run(() => changeSite(deps, siteId, patch), 'saved'), [run]);
  const onSidebarLanguageChange = useCallback((lang: UiLanguage) => run(() => changeSidebarLanguage(deps, lang), 'saved'), [run]);
  // "Restore defaults" can be undone while its message shows: the settings before it are kept until then.
  const [beforeRestore, setBeforeRestore] = useState<Settings | null>(null);
  const onRestoreDefaults = useCallback(() => {
    setBeforeRestore(settings);
    run(() => restoreDefaults(deps), 'restored');
  }, [run, settings]);
  const onUndoRestore = useCallback(() => {
    const earlier = beforeRestore;
    if (!earlier) return;
    setBeforeRestore(null);
    run(() => updateSettings(deps, (s) => ({ ...earlier, optionsLanguage: s.optionsLanguage })), 'undone');
  }, [run, beforeRestore]);
  const onPausedChange = useCallback((paused: boolean) => run(() => updateSettings(deps, (s) => ({ ...s, paused })), 'saved'), [run]);
  const onNewSiteStartChange = useCallback((newSiteStart: 'open' | 'compact') => run(() => updateSettings(deps, (s) => ({ ...s, newSiteStart })), 'saved'), [run]);
  const onExport = useCallback(() => {
    if (!settings) return;
    const url = URL.createObjectURL(new Blob([JSON.stringify(settings, null, 2) + '\n'], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: 'leaklens-settings.json' });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }, [settings]);
  const onImport = useCallback((text: string) => {
    const imported = parseSettingsFile(text);
    if (!imported) {
      setStatus('import-failed');
      return;
    }
    run(() => updateSettings(deps, (s) => ({ ...imported, optionsLanguage: s.optionsLanguage })), 'imported');
  }, [run]);
  const onLanguageChange = useCallback((lang: Language) => {
    setSettings((current) => (current ? { ...current, optionsLanguage: lang } : current));
    updateSettings(deps, (s) => ({ ...s, optionsLanguage: lang })).catch((error: unknown) => {
      console.warn('LeakLens options: could not save the page language', error);
      setStatus('save-failed');
    });
  }, []);

  // "Add a site": the browser asks the reader for that one site's permission (permissions.request, called within the
  // click); only a granted site is added. The background then registers the prefilter there.
  const [addSiteStatus, setAddSiteStatus] = useState<AddSiteStatus | null>(null);
  const onAddSite = useCallback((address: string) => {
    if (!settings) return;
    const host = siteHostFrom(address);
    if (!host) return setAddSiteStatus({ kind: 'invalid' });
    const listed = listedSiteForHost(host);
    if (listed) return setAddSiteStatus({ kind: 'listed', site: listed.name[language] });
    if (settings.addedSites.includes(host)) return setAddSiteStatus({ kind: 'already', site: host });
    if (settings.addedSites.length >= MAX_ADDED_SITES) return setAddSiteStatus({ kind: 'full' });
    browser.permissions.request({ origins: addedSitePatterns(host) }).then(
      (granted) => {
        if (!granted) return setAddSiteStatus({ kind: 'refused', site: host });
        // Its own settings from the start, as the reader chose for new sites (the row shows what the sidebar will do).
        const id = addedSite(host).id;
        return updateSettings(deps, (s) => ({
          ...s,
          addedSites: [...s.addedSites.filter((h) => h !== host), host],
          sites: { ...s.sites, [id]: { ...DEFAULT_SITE_SETTINGS, startCollapsed: s.newSiteStart === 'compact' } },
        })).then((saved) => {
          setSettings(saved);
          setAddSiteStatus({ kind: 'added', site: host });
        });
      },
    ).catch((error: unknown) => {
      console.warn('LeakLens options: could not add the site', error);
      setAddSiteStatus({ kind: 'failed', site: host });
    });
  }, [settings, language]);
  const onRemoveSite = useCallback((host: string) => {
    const id = addedSite(host).id;
    updateSettings(deps, (s) => {
      const { [id]: _removed, ...sites } = s.sites;
      return { ...s, addedSites: s.addedSites.filter((h) => h !== host), sites };
    })
      .then(async (saved) => {
        setSettings(saved);
        setAddSiteStatus({ kind: 'removed', site: host });
        // The permission goes back too (the background unregisters the site's script as the settings change). A
        // permission the build itself holds cannot be given back; the site is removed all the same.
        await browser.permissions.remove({ origins: addedSitePatterns(host) }).catch((error: unknown) => console.warn('LeakLens options: the site’s permission stays', error));
      })
      .catch((error: unknown) => {
        console.warn('LeakLens options: could not remove the site', error);
        setStatus('save-failed');
      });
  }, []);

  return (
    <OptionsApp
      onAddSite={onAddSite}
      onRemoveSite={onRemoveSite}
      addSiteStatus={addSiteStatus}
      language={language}
      settings={settings}
      status={status}
      onLanguageChange={onLanguageChange}
      onSiteChange={onSiteChange}
      onSidebarLanguageChange={onSidebarLanguageChange}
      onRestoreDefaults={onRestoreDefaults}
      onUndoRestore={beforeRestore ? onUndoRestore : undefined}
      onPausedChange={onPausedChange}
      onNewSiteStartChange={onNewSiteStartChange}
      onExport={onExport}
      onImport={onImport}
    />
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
