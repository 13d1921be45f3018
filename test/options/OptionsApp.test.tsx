// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OptionsAppProps } from '../../src/options/OptionsApp.tsx';
import { OptionsApp } from '../../src/options/OptionsApp.tsx';
import { defaultSettings, withSiteSettings } from '../../src/shared/settings.ts';
import { NEWS_SITES } from '../../src/shared/sites.ts';
import { mount, text } from '../shared/dom.ts';
import type { Mounted } from '../shared/dom.ts';

let mounted: Mounted | undefined;
function show(props: Partial<OptionsAppProps> = {}) {
  const callbacks = { onLanguageChange: vi.fn(), onSiteChange: vi.fn(), onSidebarLanguageChange: vi.fn(), onRestoreDefaults: vi.fn() };
  mounted = mount(<OptionsApp language="en" settings={defaultSettings()} {...callbacks} {...props} />);
  return { ...mounted, ...callbacks };
}
afterEach(() => mounted?.unmount());

describe('OptionsApp: sites', () => {
  it('lists every news site with its name, hosts and a labelled switch', () => {
    const { get, root } = show();
    expect(root.querySelectorAll('[data-testid^="options-site-"][data-testid$="-enabled"]')).toHaveLength(NEWS_SITES.length);
    for (const site of NEWS_SITES) {
      const row = get(`options-site-${site.id}`);
      expect(text(row)).toContain(site.name.en);
      for (const host of site.hosts) expect(text(row)).toContain(host);
      const toggle = get<HTMLInputElement>(`options-site-${site.id}-enabled`);
      expect(toggle.type).toBe('checkbox');
      expect(toggle.getAttribute('role')).toBe('switch');
      expect(toggle.checked).toBe(true);
      expect(text(root.querySelector(`label[for="${toggle.id}"]`))).toBe(`LeakLens on this site: ${site.name.en}`);
    }
  });

  it('shows each site its own state and options', () => {
    let settings = withSiteSettings(defaultSettings(), 'ndtv', { enabled: false });
    settings = withSiteSettings(settings, 'aajtak', { startCollapsed: true, highlightInPage: false });
    const { get } = show({ settings });
    expect(get<HTMLInputElement>('options-site-ndtv-enabled').checked).toBe(false);
    expect(get('options-site-ndtv').dataset.enabled).toBe('false');
    expect(get<HTMLInputElement>('options-site-aajtak-enabled').checked).toBe(true);
    expect(get<HTMLInputElement>('options-site-aajtak-startCollapsed').checked).toBe(true);
    expect(get<HTMLInputElement>('options-site-aajtak-highlightInPage').checked).toBe(false);
    expect(get<HTMLInputElement>('options-site-bhaskar-startCollapsed').checked).toBe(false);
    expect(get<HTMLInputElement>('options-site-bhaskar-highlightInPage').checked).toBe(true);
  });

  it('reports each change with the site and the changed option', () => {
    const { get, onSiteChange } = show();
    get<HTMLInputElement>('options-site-ndtv-enabled').click();
    expect(onSiteChange).toHaveBeenLastCalledWith('ndtv', { enabled: false });
    get<HTMLInputElement>('options-site-jagran-startCollapsed').click();
    expect(onSiteChange).toHaveBeenLastCalledWith('jagran', { startCollapsed: true });
    get<HTMLInputElement>('options-site-thehindu-highlightInPage').click();
    expect(onSiteChange).toHaveBeenLastCalledWith('thehindu', { highlightInPage: false });
  });

  it('shows changes made elsewhere when given new settings', () => {
    const { get, rerender, onLanguageChange, onSiteChange, onSidebarLanguageChange, onRestoreDefaults } = show();
    expect(get<HTMLInputElement>('options-site-livemint-enabled').checked).toBe(true);
    const settings = withSiteSettings(defaultSettings(), 'livemint', { enabled: false });
    rerender(<OptionsApp language="en" settings={settings} {...{ onLanguageChange, onSiteChange, onSidebarLanguageChange, onRestoreDefaults }} />);
    expect(get<HTMLInputElement>('options-site-livemint-enabled').checked).toBe(false);
  });

  it('shows a loading message and no rows before the settings arrive', () => {
    const { find, root } = show({ settings: null });
    expect(text(root)).toContain('Loading settings…');
    expect(find('options-site-ndtv')).toBeNull();
  });
});

describe('OptionsApp: languages and defaults', () => {
  it('the sidebar language is a radio group reflecting the setting; a choice calls back', () => {
    const { get, onSidebarLanguageChange } = show({ settings: { ...defaultSettings(), language: 'hi' } });
    expect(get<HTMLInputElement>('options-sidebar-language-hi').checked).toBe(true);
    expect(get<HTMLInputElement>('options-sidebar-language-auto').checked).toBe(false);
    const english = get<HTMLInputElement>('options-sidebar-language-en');
    expect(english.type).toBe('radio');
    expect(text(english.closest('label'))).toBe('English');
    expect(text(get<HTMLInputElement>('options-sidebar-language-hi').closest('label'))).toBe('हिंदी');
    expect(text(get<HTMLInputElement>('options-sidebar-language-auto').closest('label'))).toBe('Same as the article');
    english.click();
    expect(onSidebarLanguageChange).toHaveBeenCalledWith('en');
  });

  it('"Restore defaults" is a button that calls back', () => {
    const { get, onRestoreDefaults } = show();
    const button = get<HTMLButtonElement>('options-restore');
    expect(button.tagName).toBe('BUTTON');
    expect(text(button)).toBe('Restore defaults');
    button.click();
    expect(onRestoreDefaults).toHaveBeenCalledOnce();
  });

  it('the page language toggle marks the current language and calls back', () => {
    const { get, onLanguageChange } = show();
    expect(get('options-page-language-en').getAttribute('aria-pressed')).toBe('true');
    expect(get('options-page-language-hi').getAttribute('aria-pressed')).toBe('false');
    get('options-page-language-hi').click();
    expect(onLanguageChange).toHaveBeenCalledWith('hi');
  });

  it('in Hindi: headings, site names and labels are Hindi, lang="hi"', () => {
    const { get, root } = show({ language: 'hi' });
    expect(root.querySelector('main')?.getAttribute('lang')).toBe('hi');
    expect(text(root.querySelector('h1'))).toBe('LeakLens की सेटिंग्स');
    expect(text(get('options-site-prabhatkhabar'))).toContain('प्रभात खबर');
    expect(text(get('options-site-ndtv'))).toContain('खबर में दावे और जवाब वाले वाक्य हाइलाइट करें');
    expect(text(get('options-restore'))).toBe('डिफॉल्ट सेटिंग्स वापस लाएं');
    expect(text(get<HTMLInputElement>('options-sidebar-language-auto').closest('label'))).toBe('खबर की भाषा');
    expect(get('options-page-language-hi').getAttribute('aria-pressed')).toBe('true');
  });

  it('announces saving, restoring and failures in a status region', () => {
    const saved = show({ status: 'saved' });
    expect(saved.get('options-status').getAttribute('role')).toBe('status');
    expect(text(saved.get('options-status'))).toBe('Saved.');
    saved.unmount();
    const restored = show({ status: 'restored', language: 'hi' });
    expect(text(restored.get('options-status'))).toBe('डिफॉल्ट सेटिंग्स वापस आ गईं।');
    restored.unmount();
    const failed = show({ status: 'save-failed' });
    expect(text(failed.get('options-status'))).toBe('Could not save the change. Please try again.');
  });
});

describe('OptionsApp: pause, export and import, undo', () => {
  it('has one switch that pauses LeakLens everywhere', () => {
    const onPausedChange = vi.fn();
    const { get } = show({ onPausedChange, settings: { ...defaultSettings(), paused: false } });
    const pause = get<HTMLInputElement>('options-pause');
    expect(pause.getAttribute('role')).toBe('switch');
    pause.click();
    expect(onPausedChange).toHaveBeenCalledWith(true);
  });

  it('offers export, import, and an undo right after "restore defaults"', () => {
    const onExport = vi.fn();
    const onUndoRestore = vi.fn();
    const { get } = show({ onExport, onUndoRestore, status: 'restored' });
    get('options-export').click();
    expect(onExport).toHaveBeenCalled();
    expect(get<HTMLInputElement>('options-import').type).toBe('file');
    get('options-undo-restore').click();
    expect(onUndoRestore).toHaveBeenCalled();
  });

  it('says plainly when an imported file holds no settings', () => {
    const { get } = show({ status: 'import-failed', language: 'hi' });
    expect(text(get('options-status'))).toBe('इस फाइल में LeakLens की सेटिंग्स नहीं हैं। कुछ नहीं बदला गया।');
  });
});

describe('OptionsApp: add a site', () => {
  it('hands the typed address over on Add, shows the outcome, and lists the added sites with their options and Remove', () => {
    const onAddSite = vi.fn();
    const onRemoveSite = vi.fn();
    const settings = { ...defaultSettings(), addedSites: ['example.co.in'], sites: { ...defaultSettings().sites, 'added:example.co.in': { enabled: true, startCollapsed: false, highlightInPage: true, closed: false } } };
    const { get, root } = show({ settings, onAddSite, onRemoveSite, addSiteStatus: { kind: 'refused', site: 'other.example' } });
    const input = get<HTMLInputElement>('options-add-site-input');
    expect(text(root.querySelector(`label[for="${input.id}"]`))).toBe('Site address');
    input.value = 'https://www.news.example/';
    get<HTMLButtonElement>('options-add-site').click();
    expect(onAddSite).toHaveBeenCalledWith('https://www.news.example/');
    expect(text(get('options-add-site-status'))).toBe('The browser’s permission for other.example was not given, so the site was not added.');
    expect(text(get('options-added-sites'))).toContain('example.co.in');
    get<HTMLButtonElement>('options-site-added:example.co.in-remove').click();
    expect(onRemoveSite).toHaveBeenCalledWith('example.co.in');
    expect(get<HTMLInputElement>('options-site-added:example.co.in-enabled').checked).toBe(true);
  });

  it('lists no added sites when there are none, and says it in Hindi too', () => {
    const { find, get } = show({ language: 'hi', addSiteStatus: { kind: 'added', site: 'example.co.in' } });
    expect(find('options-added-sites')).toBeNull();
    expect(text(get('options-add-site-status'))).toBe('example.co.in जुड़ गई। वहां अगला पेज खोलते ही LeakLens उसकी खबरें पढ़ने लगेगा।');
  });
});
