// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KB_ENTRIES } from '../../src/kb/index.ts';
import type { PopupView } from '../../src/popup/model.ts';
import { buildPopupView } from '../../src/popup/model.ts';
import type { PopupAppProps } from '../../src/popup/PopupApp.tsx';
import { PopupApp } from '../../src/popup/PopupApp.tsx';
import type { Settings } from '../../src/shared/settings.ts';
import { defaultSettings, withSiteSettings } from '../../src/shared/settings.ts';
import type { TabReport } from '../../src/shared/messages.ts';
import { analysis, report } from '../shared/fixtures.ts';
import { mount, text } from '../shared/dom.ts';
import type { Mounted } from '../shared/dom.ts';

const NDTV_URL = 'https://www.ndtv.com/india-news/cowin-data-leak-123';

function view(opts: { url?: string; settings?: Settings; report?: TabReport | null } = {}): PopupView {
  return buildPopupView({
    url: 'url' in opts ? opts.url : NDTV_URL,
    settings: opts.settings ?? defaultSettings(),
    report: opts.report === undefined ? report() : opts.report,
    entries: KB_ENTRIES,
    browserLanguage: 'en',
  });
}

let mounted: Mounted | undefined;
function show(props: Partial<PopupAppProps> & { view: PopupView | null }) {
  const callbacks = { onToggleSite: vi.fn(), onShowSidebar: vi.fn(), onOpenOptions: vi.fn() };
  mounted = mount(<PopupApp fallbackLanguage="en" {...callbacks} {...props} />);
  return { ...mounted, ...callbacks };
}
afterEach(() => mounted?.unmount());

describe('PopupApp on a matched incident', () => {
  it('shows the site, the incident title, its status and the number of contradictions', () => {
    const { get } = show({ view: view() });
    expect(text(get('popup-site-name'))).toBe('NDTV');
    const found = get('popup-found');
    expect(found.dataset.finding).toBe('incident');
    expect(text(get('popup-incident-title'))).toContain('COVID-19 test data of 20,000+ people');
    expect(text(get('popup-incident-status'))).toBe('Official position: Denied');
    const count = get('popup-mismatch-count');
    expect(count.dataset.count).toBe('2');
    expect(text(count)).toBe('2 claims in the article contradict the official response.');
    // Which article: its headline, as page text.
    expect(text(get('popup-article'))).toBe('Article: CoWIN data of 20,000 people leaked, claims researcher');
    expect(get('popup-article').querySelector('bdi')!.getAttribute('lang')).toBe('en');
  });

  it('says so when nothing in the article contradicts the response, and uses the singular for one', () => {
    const none = show({ view: view({ report: report({ analysis: analysis({ mismatches: [] }) }) }) });
    expect(text(none.get('popup-mismatch-count'))).toBe('Nothing in the article contradicts the official response.');
    none.unmount();
    const one = show({ view: view({ report: report({ analysis: analysis({ mismatches: analysis().mismatches.slice(1) }) }) }) });
    expect(text(one.get('popup-mismatch-count'))).toBe('1 claim in the article contradicts the official response.');
  });

  it('has a labelled switch that is on, and reports a click as "switch off"', () => {
    const { get, root, onToggleSite } = show({ view: view() });
    const toggle = get<HTMLInputElement>('popup-site-switch');
    expect(toggle.type).toBe('checkbox');
    expect(toggle.getAttribute('role')).toBe('switch');
    expect(toggle.checked).toBe(true);
    const label = root.querySelector(`label[for="${toggle.id}"]`);
    expect(text(label)).toBe('LeakLens on this site');
    toggle.click();
    expect(onToggleSite).toHaveBeenCalledWith(false);
  });

  it('disables the switch while saving', () => {
    const { get } = show({ view: view(), saving: true });
    expect(get<HTMLInputElement>('popup-site-switch').disabled).toBe(true);
  });

  it('"Show the sidebar" is a button that calls back', () => {
    const { get, onShowSidebar } = show({ view: view() });
    const button = get<HTMLButtonElement>('popup-show-sidebar');
    expect(button.tagName).toBe('BUTTON');
    expect(text(button)).toBe('Show the sidebar');
    button.click();
    expect(onShowSidebar).toHaveBeenCalledOnce();
  });

  it('the settings link opens the options page through the callback', () => {
    const { get, onOpenOptions } = show({ view: view(), optionsHref: 'chrome-extension://abc/src/options/index.html' });
    const link = get<HTMLAnchorElement>('popup-options-link');
    expect(link.getAttribute('href')).toBe('chrome-extension://abc/src/options/index.html');
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });
});

describe('PopupApp on other pages', () => {
  it('a leak the knowledge base does not hold: says so, still offers the sidebar, no count', () => {
    const { get, find } = show({ view: view({ report: report({ analysis: analysis({ incident: null, mismatches: [] }) }) }) });
    expect(get('popup-found').dataset.finding).toBe('unknown-leak');
    expect(text(get('popup-found'))).toContain('a claimed leak that is not in the knowledge base');
    expect(find('popup-show-sidebar')).not.toBeNull();
    expect(find('popup-mismatch-count')).toBeNull();
  });

  it('a page that is not a leak article', () => {
    const { get, find } = show({ view: view({ report: report({ analysis: analysis({ isLeakArticle: false, incident: null }) }) }) });
    expect(text(get('popup-found'))).toContain('No data-leak article found on this page.');
    expect(find('popup-show-sidebar')).toBeNull();
    expect(get<HTMLInputElement>('popup-site-switch').checked).toBe(true);
  });

  it('a page LeakLens has not reported on yet', () => {
    const { get, find } = show({ view: view({ report: null }) });
    expect(get('popup-found').dataset.finding).toBe('not-checked');
    expect(text(get('popup-found'))).toContain('LeakLens is reading this page');
    expect(find('popup-show-sidebar')).toBeNull();
  });

  it('a site that is not a listed news site: no switch, no sidebar button', () => {
    const { get, find } = show({ view: view({ url: 'https://example.com/news', report: null }) });
    expect(text(get('popup-site-name'))).toBe('This page');
    expect(text(get('popup-found'))).toContain('LeakLens does not run on this site.');
    expect(find('popup-site-switch')).toBeNull();
    expect(find('popup-show-sidebar')).toBeNull();
  });

  it('a page whose URL the browser does not reveal counts as not a news site', () => {
    const { get } = show({ view: view({ url: undefined, report: null }) });
    expect(get('popup-found').dataset.finding).toBe('not-a-news-site');
  });

  it('a site switched off: the switch is off, a click reports "switch on", no sidebar button', () => {
    const settings = withSiteSettings(defaultSettings(), 'ndtv', { enabled: false });
    const { get, find, onToggleSite } = show({ view: view({ settings }) });
    expect(text(get('popup-found'))).toContain('LeakLens is switched off on this site.');
    const toggle = get<HTMLInputElement>('popup-site-switch');
    expect(toggle.checked).toBe(false);
    expect(find('popup-show-sidebar')).toBeNull();
    toggle.click();
    expect(onToggleSite).toHaveBeenCalledWith(true);
  });

  it('while loading, and when loading failed', () => {
    const loading = show({ view: null });
    expect(text(loading.root)).toContain('Checking this tab…');
    expect(loading.find('popup-found')).toBeNull();
    loading.unmount();
    const failed = show({ view: null, loadFailed: true });
    expect(failed.root.querySelector('[role="alert"]')?.textContent).toContain('Could not read this tab');
  });

  it('shows a problem as an alert', () => {
    const { get } = show({ view: view(), problem: 'sidebar-failed' });
    expect(get('popup-problem').getAttribute('role')).toBe('alert');
    expect(text(get('popup-problem'))).toBe('Could not open the sidebar. Reload the page and try again.');
  });
});

describe('PopupApp in Hindi', () => {
  it('a Hindi article: site name, title, status and count in Hindi, lang="hi"', () => {
    const hindi = report({ url: 'https://www.aajtak.in/tech/story/cowin-leak-1', siteId: 'aajtak', analysis: analysis({ language: 'hi' }) });
    const { get, root } = show({ view: view({ url: hindi.url, report: hindi }) });
    expect(root.querySelector('main')?.getAttribute('lang')).toBe('hi');
    expect(text(get('popup-site-name'))).toBe('आज तक Aaj Tak');
    expect(get('popup-site-name').querySelector('[lang="en"]')?.textContent).toBe('Aaj Tak');
    expect(text(get('popup-incident-title'))).toContain('कोविड जांच डेटा');
    expect(text(get('popup-incident-status'))).toBe('आधिकारिक रुख: खंडन किया गया');
    expect(text(get('popup-mismatch-count'))).toBe('खबर के 2 दावे आधिकारिक जवाब से मेल नहीं खाते।');
    expect(text(get('popup-show-sidebar'))).toBe('साइडबार दिखाएं');
    expect(text(root.querySelector('label[for="popup-site-switch"]'))).toBe('इस साइट पर LeakLens');
  });

  it('the Hindi setting turns an English page Hindi', () => {
    const { get } = show({ view: view({ settings: { ...defaultSettings(), language: 'hi' } }) });
    expect(text(get('popup-site-name'))).toBe('एनडीटीवी NDTV');
    expect(text(get('popup-found'))).toContain('इस पेज पर');
  });

  it('the loading text follows the fallback language', () => {
    const { root } = show({ view: null, fallbackLanguage: 'hi' });
    expect(text(root)).toContain('इस टैब की जांच हो रही है…');
  });
});
