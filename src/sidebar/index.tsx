/**
 * The sidebar page (framed into the article by the content script). It asks the background for its tab's
 * report; the page it sits on cannot send it anything. Settings and messages are handled here; the
 * components only get data and callbacks.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Language } from '../core/types.ts';
import { KB_AS_OF, KB_ENTRIES } from '../kb/index.ts';
import type { Message, SidebarLayout, TabReport } from '../shared/messages.ts';
import { isTabReport } from '../shared/messages.ts';
import { loadSettings } from '../shared/settings-store.ts';
import { browserLanguage, chooseLanguage, translator } from '../shared/i18n.ts';
import { SidebarApp } from './SidebarApp.tsx';
import { SIDEBAR_STRINGS } from './strings.ts';

const root = document.getElementById('app')!;

function Controller({ report, language: initialLanguage, startCollapsed }: { report: TabReport & { analysis: NonNullable<TabReport['analysis']> }; language: Language; startCollapsed: boolean }) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [layout, setLayout] = useState<Exclude<SidebarLayout, 'closed'>>(startCollapsed ? 'collapsed' : 'expanded');
  const entry = KB_ENTRIES.find((e) => e.id === report.analysis.incident?.id) ?? null;
  document.documentElement.lang = language;
  const changeLayout = (next: SidebarLayout) => {
    if (next !== 'closed') setLayout(next);
    const message: Message = { type: 'sidebar-layout', layout: next };
    void browser.runtime.sendMessage(message).catch((error: unknown) => console.warn('LeakLens sidebar: layout change failed', error));
  };
  return (
    <SidebarApp
      analysis={report.analysis}
      entry={entry}
      language={language}
      layout={layout}
      kbAsOf={KB_AS_OF}
      onLanguageChange={setLanguage}
      onLayoutChange={changeLayout}
    />
  );
}

async function start(): Promise<void> {
  const [answer, settings] = await Promise.all([browser.runtime.sendMessage({ type: 'get-sidebar-report' } satisfies Message), loadSettings()]);
  if (!isTabReport(answer) || !answer.analysis) {
    root.textContent = translator(SIDEBAR_STRINGS, browserLanguage())('unavailable');
    return;
  }
  const language: Language = chooseLanguage(settings.language, answer.analysis.language, browserLanguage());
  // The content script sized the frame for this layout and says so in the address.
  const startCollapsed = location.hash === '#collapsed';
  render(<Controller report={answer as TabReport & { analysis: NonNullable<TabReport['analysis']> }} language={language} startCollapsed={startCollapsed} />, root);
}

// The content script that framed this page withdraws a frame whose load nobody confirms (a page navigated it).
addEventListener('load', () => {
  void browser.runtime.sendMessage({ type: 'sidebar-ready' } satisfies Message).catch(() => undefined);
}, { once: true });

start().catch((error: unknown) => {
  console.warn('LeakLens sidebar: could not load', error);
  root.textContent = translator(SIDEBAR_STRINGS, browserLanguage())('unavailable');
});
