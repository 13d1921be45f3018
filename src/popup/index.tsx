/**
 * The popup's entry point: binds the controller to the browser and keeps the popup's state. Nothing else in
 * src/popup touches browser APIs or storage.
 */
import { render } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { topDocument } from '../shared/top-document.ts';
import { KB_ENTRIES } from '../kb/index.ts';
import { browserLanguage } from '../shared/i18n.ts';
import { withSiteSettings } from '../shared/settings.ts';
import { loadSettings, saveSettings } from '../shared/settings-store.ts';
import type { PopupData, PopupDeps } from './controller.ts';
import { fetchTabReport, loadPopupData, openOptions, requestedTabId, setSiteEnabled, showSidebar } from './controller.ts';
import { buildPopupView } from './model.ts';
import type { PageCheck } from './model.ts';
import { PAGE_SAMPLE_CHARS, pageCheckFrom, readPage } from './page-check.ts';
import type { PageReading } from './page-check.ts';
import { PopupApp } from './PopupApp.tsx';
import type { PopupProblem } from './PopupApp.tsx';
import './popup.css';

/** The popup's own look at the tab's page; null where it may not look (not a listed site, a browser page). */
async function checkPage(tabId: number): Promise<PageCheck | null> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: readPage, args: [PAGE_SAMPLE_CHARS] });
    const reading = result?.result as PageReading | undefined;
    if (!reading || typeof reading.sample !== 'string') return null;
    return pageCheckFrom(reading);
  } catch {
    return null;
  }
}

const deps: PopupDeps = {
  async activeTab() {
    const requested = requestedTabId(location.search);
    const tab = requested !== null ? await browser.tabs.get(requested) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    return tab ? { id: tab.id, url: tab.url } : undefined;
  },
  loadSettings,
  saveSettings,
  sendToBackground: (message) => browser.runtime.sendMessage(message),
  sendToTab: (tabId, message, documentId) => browser.tabs.sendMessage(tabId, message, topDocument(documentId)),
  openOptionsPage: () => browser.runtime.openOptionsPage(),
  closePopup: () => window.close(),
};

/** While the tab has no report yet (page still loading, site just switched on), ask again for a few seconds. */
const POLL_INTERVAL_MS = 700;
const POLL_ATTEMPTS = 10;

function Popup() {
  const fallbackLanguage = useMemo(() => browserLanguage(), []);
  const [data, setData] = useState<PopupData | null>(null);
  const [pageCheck, setPageCheck] = useState<PageCheck | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<PopupProblem | null>(null);

  useEffect(() => {
    loadPopupData(deps).then(setData, (error: unknown) => {
      console.warn('LeakLens popup: could not load', error);
      setLoadFailed(true);
    });
  }, []);

  const view = useMemo(
    () => (data ? buildPopupView({ url: data.tab?.url, settings: data.settings, report: data.report, entries: KB_ENTRIES, browserLanguage: fallbackLanguage, pageCheck }) : null),
    [data, fallbackLanguage, pageCheck],
  );

  const tabId = data?.tab?.id;
  const waitingForReport = view?.finding.kind === 'not-checked' && tabId !== undefined;
  useEffect(() => {
    if (!waitingForReport || tabId === undefined) return;
    let attempts = 0;
    const look = () => void checkPage(tabId).then(setPageCheck);
    look();
    const timer = setInterval(() => {
      attempts += 1;
      if (attempts > POLL_ATTEMPTS) return clearInterval(timer);
      void fetchTabReport(deps, tabId).then((report) => {
        if (report) setData((current) => (current ? { ...current, report } : current));
        else look();
      });
    }, POLL_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [waitingForReport, tabId]);

  useEffect(() => {
    if (!view) return;
    document.documentElement.lang = view.language;
  }, [view?.language]);

  const onToggleSite = useCallback(
    (enabled: boolean) => {
      const siteId = view?.site?.id;
      if (!data || !siteId) return;
      setProblem(null);
      setSaving(true);
      // Show the new state at once; the stored settings confirm it (or the old state comes back).
      const before = data;
      setData({ ...data, settings: withSiteSettings(data.settings, siteId, { enabled }) });
      setSiteEnabled(deps, siteId, enabled)
        .then((settings) => setData((current) => (current ? { ...current, settings } : current)))
        .catch((error: unknown) => {
          console.warn('LeakLens popup: could not save the site switch', error);
          setData((current) => (current ? { ...current, settings: before.settings } : current));
          setProblem('save-failed');
        })
        .finally(() => setSaving(false));
    },
    [data, view?.site?.id],
  );

  const onShowSidebar = useCallback(() => {
    if (tabId === undefined) return;
    setProblem(null);
    void showSidebar(deps, tabId, data?.report?.documentId).then((shown) => {
      if (!shown) setProblem('sidebar-failed');
    });
  }, [tabId, data]);

  const onOpenOptions = useCallback(() => {
    openOptions(deps).catch((error: unknown) => console.warn('LeakLens popup: could not open the settings', error));
  }, []);

  return (
    <PopupApp
      view={view}
      fallbackLanguage={fallbackLanguage}
      loadFailed={loadFailed}
      saving={saving}
      problem={problem}
      onToggleSite={onToggleSite}
      onShowSidebar={onShowSidebar}
      onOpenOptions={onOpenOptions}
      optionsHref={browser.runtime.getURL('src/options/index.html')}
    />
  );
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
