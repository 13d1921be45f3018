/**
 * The sidebar page (framed into the article by the content script). It asks the background for its tab's
 * report; the page it sits on cannot send it anything. Settings and messages are handled here; the
 * components only get data and callbacks.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Language } from '../core/types.ts';
import { KB_AS_OF, KB_ENTRIES } from '../kb/index.ts';
import type { Message, SidebarLayout, TabReport } from '../shared/messages.ts';
import { isTabReport } from '../shared/messages.ts';
import { loadSettings, saveSettings, watchSettings } from '../shared/settings-store.ts';
import { withSiteSettings } from '../shared/settings.ts';
import type { Settings } from '../shared/settings.ts';
import { browserLanguage, chooseLanguage, translator } from '../shared/i18n.ts';
import { SidebarApp } from './SidebarApp.tsx';
import type { ReportStatus } from './SidebarApp.tsx';
import { wrongMatchReport } from './wrong-match-report.ts';
import { ISSUES_URL } from '../shared/project.ts';
import { SIDEBAR_STRINGS } from './strings.ts';

const root = document.getElementById('app')!;

type Report = TabReport & { analysis: NonNullable<TabReport['analysis']> };

/** What the reader chose, remembered per site through the settings (one schema, see shared/settings.ts). */
function rememberLayout(siteId: string, layout: SidebarLayout): void {
  const patch = layout === 'closed' ? { closed: true } : { closed: false, startCollapsed: layout === 'collapsed' };
  void updateSettings((s) => withSiteSettings(s, siteId, patch));
}

// Changes run one after another, each from the stored settings, so quick clicks do not undo each other.
let saving: Promise<unknown> = Promise.resolve();
function updateSettings(change: (settings: Settings) => Settings): Promise<unknown> {
  saving = saving.then(async () => saveSettings(change(await loadSettings()))).catch((error: unknown) => console.warn('LeakLens sidebar: could not save', error));
  return saving;
}

function Controller({ report, settings: initialSettings, startLayout, startFocus, targetQuote }: { report: Report; settings: Settings; startLayout: SidebarLayout; startFocus: boolean; targetQuote?: number }) {
  const [settings, setSettings] = useState<Settings>(initialSettings);
  const [layout, setLayout] = useState<SidebarLayout>(startLayout);
  const [focusRequest, setFocusRequest] = useState(startFocus ? 1 : 0);
  const language = chooseLanguage(settings.language, report.analysis.language, browserLanguage());
  const entry = KB_ENTRIES.find((e) => e.id === report.analysis.incident?.id) ?? null;
  const possibleEntry = entry ? null : (KB_ENTRIES.find((e) => e.id === report.analysis.possibleIncident?.id) ?? null);
  document.documentElement.lang = language;

  // A language chosen in the options page (or in another tab's sidebar) reaches this one at once.
  useEffect(() => {
    const stop = new AbortController();
    watchSettings(setSettings, stop.signal);
    return () => stop.abort();
  }, []);

  const changeLayout = (next: SidebarLayout) => {
    setLayout(next);
    setFocusRequest((n) => n + 1);
    rememberLayout(report.siteId, next);
    const message: Message = { type: 'sidebar-layout', layout: next };
    void browser.runtime.sendMessage(message).catch((error: unknown) => console.warn('LeakLens sidebar: layout change failed', error));
  };
  // "Report a wrong match": the report goes to the clipboard, and the project's issue page opens in a new tab where
  // this build knows its address. The reader sends it, or not; LeakLens sends nothing.
  const [reportStatus, setReportStatus] = useState<ReportStatus | null>(null);
  const reportWrongMatch = () => {
    const text = wrongMatchReport({
      url: report.url,
      analysis: report.analysis,
      incidentTitle: entry?.title.en ?? null,
      possibleTitle: possibleEntry?.title.en ?? null,
      version: browser.runtime.getManifest().version,
      kbAsOf: KB_AS_OF,
      language,
    });
    // Called within the click (the clipboard needs the reader's gesture); the issue page opens once it is copied.
    void copyText(text).then(
      async () => {
        if (!ISSUES_URL) {
          setReportStatus('copied-only');
          return;
        }
        await browser.tabs.create({ url: ISSUES_URL }).then(
          () => setReportStatus('copied-opened'),
          (error: unknown) => console.warn('LeakLens sidebar: could not open the issue page', error),
        );
      },
      (error: unknown) => {
        console.warn('LeakLens sidebar: could not copy the report', error);
        setReportStatus('copy-failed');
      },
    );
  };
  const changeLanguage = (next: Language) => {
    setSettings((s) => ({ ...s, language: next }));
    void updateSettings((s) => ({ ...s, language: next }));
  };

  // Escape: the open sidebar collapses; the compact card closes to its tab.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (layout === 'expanded') changeLayout('collapsed');
      else if (layout === 'collapsed') changeLayout('closed');
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });

  return (
    <SidebarApp
      analysis={report.analysis}
      entry={entry}
      possibleEntry={possibleEntry}
      language={language}
      layout={layout}
      kbAsOf={KB_AS_OF}
      focusRequest={focusRequest}
      targetQuote={targetQuote}
      onShowQuote={(index) => {
        const message: Message = { type: 'show-quote', index };
        void browser.runtime.sendMessage(message).catch((error: unknown) => console.warn('LeakLens sidebar: could not show the quote', error));
      }}
      showLegend={(settings.sites[report.siteId]?.highlightInPage ?? true) && report.analysis.highlights.length > 0}
      onReportWrongMatch={reportWrongMatch}
      reportStatus={reportStatus}
      onLanguageChange={changeLanguage}
      onLayoutChange={changeLayout}
    />
  );
}

/**
 * Puts text on the clipboard: the Clipboard API where the page lets its frames use it, else the older copy command
 * on a text field of the sidebar's own (a page's Permissions-Policy can forbid the first to every frame in it).
 */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch (error) {
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
    const before = document.activeElement as HTMLElement | null;
    document.body.append(field);
    field.select();
    const copied = document.execCommand('copy');
    field.remove();
    before?.focus();
    if (!copied) throw error;
  }
}

const LAYOUTS: readonly SidebarLayout[] = ['expanded', 'collapsed', 'closed'];

async function start(): Promise<void> {
  const [answer, settings] = await Promise.all([browser.runtime.sendMessage({ type: 'get-sidebar-report' } satisfies Message), loadSettings()]);
  if (!isTabReport(answer) || !answer.analysis) {
    root.textContent = translator(SIDEBAR_STRINGS, browserLanguage())('unavailable');
    return;
  }
  // The content script sized the frame for this layout and says so in the address ("#collapsed", "#expanded-focus",
  // "#expanded-focus-q2": opened at the row of the marked sentence 2, which the reader clicked in the article).
  const [hashLayout, ...flags] = location.hash.slice(1).split('-');
  const startLayout = LAYOUTS.find((l) => l === hashLayout) ?? 'expanded';
  const quoteFlag = flags.find((f) => /^q\d{1,3}$/.test(f));
  render(
    <Controller report={answer as Report} settings={settings} startLayout={startLayout} startFocus={flags.includes('focus')} {...(quoteFlag ? { targetQuote: Number(quoteFlag.slice(1)) } : {})} />,
    root,
  );
}

// The content script that framed this page withdraws a frame whose load nobody confirms (a page navigated it).
addEventListener('load', () => {
  void browser.runtime.sendMessage({ type: 'sidebar-ready' } satisfies Message).catch(() => undefined);
}, { once: true });

start().catch((error: unknown) => {
  console.warn('LeakLens sidebar: could not load', error);
  root.textContent = translator(SIDEBAR_STRINGS, browserLanguage())('unavailable');
});
