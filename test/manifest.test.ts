/** The manifest agrees with NEWS_SITES, asks for nothing beyond storage, and every message it names exists. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchPatternsFor, NEWS_SITES } from '../src/shared/sites.ts';

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Record<string, unknown>;

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions: string[];
  optional_host_permissions?: string[];
  content_scripts: { matches: string[] }[];
  web_accessible_resources: { matches: string[] }[];
  action: { default_popup: string };
  options_ui: { page: string };
}

const manifest = readJson('../manifest.json') as unknown as Manifest;
const expected = NEWS_SITES.flatMap(matchPatternsFor);

describe('manifest.json', () => {
  it('content-script matches and host permissions equal the news sites', () => {
    expect(manifest.content_scripts.length).toBeGreaterThan(0);
    expect(manifest.host_permissions).toEqual(expected);
    for (const script of manifest.content_scripts) expect(script.matches).toEqual(expected);
  });

  it('other sites only as the reader adds them: an optional host permission, asked for one site at a time', () => {
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
  });

  it('makes only the sidebar page web-accessible, under a dynamic URL, on the http(s) pages it may be shown on (the listed sites and those a reader adds)', () => {
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['src/sidebar/index.html'], use_dynamic_url: true, matches: ['*://*/*'] }]);
  });

  it('asks for storage, and scripting to inject the rest of the content script into candidate pages, nothing else', () => {
    expect(manifest.permissions).toEqual(['storage', 'scripting']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('points the popup and the options page at their pages', () => {
    expect(manifest.action.default_popup).toBe('src/popup/index.html');
    expect(manifest.options_ui.page).toBe('src/options/index.html');
    expect(readFileSync(new URL('../src/popup/index.html', import.meta.url), 'utf8')).toContain('src="./index.tsx"');
    expect(readFileSync(new URL('../src/options/index.html', import.meta.url), 'utf8')).toContain('src="./index.tsx"');
  });

  it('every __MSG_x__ it uses exists in the English and Hindi locales', () => {
    const raw = readFileSync(new URL('../manifest.json', import.meta.url), 'utf8');
    const names = [...raw.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(0);
    for (const locale of ['en', 'hi']) {
      const messages = readJson(`../_locales/${locale}/messages.json`) as Record<string, { message?: unknown }>;
      // Chrome looks message names up case-insensitively.
      const known = new Map(Object.entries(messages).map(([k, v]) => [k.toLowerCase(), v]));
      for (const name of names) {
        const entry = known.get(name.toLowerCase());
        expect(entry, `${name} in _locales/${locale}`).toBeDefined();
        expect(typeof entry?.message === 'string' && entry.message.trim() !== '', `${name} in _locales/${locale} has a message`).toBe(true);
      }
    }
  });

  it('the English and Hindi locales have the same message names', () => {
    const en = Object.keys(readJson('../_locales/en/messages.json')).sort();
    const hi = Object.keys(readJson('../_locales/hi/messages.json')).sort();
    expect(hi).toEqual(en);
  });
});

describe('store metadata', () => {
  it.each(['en', 'hi'])('the %s name and description fit Chrome’s limits (75 and 132 characters)', (lang) => {
    const messages = readJson(`../_locales/${lang}/messages.json`) as Record<string, { message: string }>;
    expect([...messages.extDescription!.message].length).toBeLessThanOrEqual(132);
    expect([...messages.extName!.message].length).toBeLessThanOrEqual(75);
  });
});
