// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { Analysis, Highlight } from '../../src/core/types.ts';
import { KB_ENTRIES } from '../../src/kb/index.ts';
import { SidebarApp } from '../../src/sidebar/SidebarApp.tsx';
import type { SidebarAppProps } from '../../src/sidebar/SidebarApp.tsx';

const entry = KB_ENTRIES.find((e) => e.id === 'cowin-2022-01')!;
const response = entry.responses[0]!;
const official = (field: 'physical-addresses' | 'covid-test-results') => ({ by: response.by, date: response.date, text: response.statement, source: response.sources[0]! });

const analysis: Analysis = {
  language: 'hi',
  isLeakArticle: true,
  score: 0.9,
  incident: { id: 'cowin-2022-01', confidence: 0.9 },
  claimedFields: ['names', 'physical-addresses', 'covid-test-results'],
  claimedCount: { text: '20 हजार', value: 20000 },
  claimDate: null,
  venue: 'रेड फोरम',
  officialStanceInText: 'denied',
  mismatches: [
    { kind: 'not-collected', field: 'physical-addresses', claim: 'पता', official: official('physical-addresses') },
    { kind: 'not-collected', field: 'covid-test-results', claim: 'कोविड टेस्ट परिणाम', official: official('covid-test-results') },
  ],
  highlights: [],
};

let container: HTMLElement;
function show(props: Partial<SidebarAppProps> = {}) {
  container = document.createElement('div');
  document.body.append(container);
  const callbacks = { onLanguageChange: vi.fn(), onLayoutChange: vi.fn() };
  render(<SidebarApp analysis={analysis} entry={entry} language="hi" layout="expanded" kbAsOf="2026-11-27" {...callbacks} {...props} />, container);
  return callbacks;
}
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('SidebarApp', () => {
  it('shows the incident, the official response and one row per mismatch, in Hindi', () => {
    show();
    const text = container.textContent!;
    expect(text).toContain(entry.title.hi);
    expect(text).toContain(response.statement.hi);
    expect(text).toContain('2 जगह अंतर');
    const rows = container.querySelectorAll('[data-testid="mismatch"]');
    expect([...rows].map((r) => r.getAttribute('data-field'))).toEqual(['physical-addresses', 'covid-test-results']);
    expect(rows[0]!.textContent).toContain('पते');
    expect(rows[0]!.querySelector('a')!.getAttribute('href')).toBe('https://pib.gov.in/PressReleasePage.aspx?PRID=1791698');
    expect(rows[0]!.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(container.querySelector('[data-testid="uncertain"]')!.textContent).toContain(entry.uncertain[0]!.hi);
  });

  it('renders article words as text, never as markup', () => {
    show({ analysis: { ...analysis, mismatches: [{ ...analysis.mismatches[0]!, claim: '<img src=x onerror=alert(1)>' }] } });
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('speaks English when asked, and reports language and layout requests through callbacks', () => {
    const callbacks = show({ language: 'en' });
    expect(container.textContent).toContain(response.statement.en);
    (container.querySelector('[data-testid="language-switch"]') as HTMLButtonElement).click();
    expect(callbacks.onLanguageChange).toHaveBeenCalledWith('hi');
    (container.querySelector('[data-testid="collapse"]') as HTMLButtonElement).click();
    expect(callbacks.onLayoutChange).toHaveBeenCalledWith('collapsed');
    (container.querySelector('[data-testid="close"]') as HTMLButtonElement).click();
    expect(callbacks.onLayoutChange).toHaveBeenCalledWith('closed');
  });

  it('says plainly when the knowledge base holds no matching incident', () => {
    show({ entry: null, analysis: { ...analysis, incident: null, mismatches: [] }, language: 'en' });
    expect(container.querySelector('[data-testid="unknown-incident"]')!.textContent).toContain('knowledge base holds no matching incident');
    expect(container.querySelector('[data-testid="mismatch"]')).toBeNull();
  });

  it('says “1 field mismatch”, not “1 field mismatches”', () => {
    show({ language: 'en', analysis: { ...analysis, mismatches: [analysis.mismatches[0]!] } });
    expect(container.querySelector('[data-testid="mismatch-count"]')!.textContent).toBe('1 field mismatch');
  });

  it('collapses to a small card that still counts the mismatches; its button is named by what it shows', () => {
    show({ layout: 'collapsed', language: 'en' });
    expect(container.querySelector('[data-testid="sidebar-collapsed"]')!.textContent).toContain('2 mismatches');
    const open = container.querySelector('[data-testid="expand"]')!;
    // No aria-label: the accessible name is the visible text (axe: label-content-name-mismatch).
    expect(open.getAttribute('aria-label')).toBeNull();
    expect(open.textContent).toBe('LeakLens2 mismatches');
  });

  it('closed, it is a small tab that opens the sidebar again', () => {
    const callbacks = show({ layout: 'closed', language: 'hi' });
    const tab = container.querySelector<HTMLButtonElement>('[data-testid="reopen"]')!;
    expect(tab.getAttribute('aria-label')).toBe('LeakLens खोलें');
    tab.click();
    expect(callbacks.onLayoutChange).toHaveBeenCalledWith('expanded');
  });

  it('says why this incident, in the article’s own words, in English and Hindi', () => {
    const why = [{ kind: 'count' as const, text: '20,000 people' }, { kind: 'venue' as const, text: 'Raid Forums' }, { kind: 'date' as const, text: 'January 2022' }];
    show({ language: 'en', analysis: { ...analysis, incident: { id: 'cowin-2022-01', confidence: 0.9, why } } });
    expect(container.querySelector('[data-testid="why-incident"]')!.textContent).toBe('Why this incident: 20,000 people · Raid Forums · January 2022 — as in the claim');
    render(null, container);
    show({ language: 'hi', analysis: { ...analysis, incident: { id: 'cowin-2022-01', confidence: 0.9, why: [{ kind: 'count', text: '20 हजार लोग' }] } } });
    expect(container.querySelector('[data-testid="why-incident"]')!.textContent).toBe('यही मामला क्यों: 20 हजार लोग — दावे में भी यही है');
    render(null, container);
    show({ language: 'en', analysis: { ...analysis, incident: { id: 'cowin-2022-01', confidence: 0.9, why: [{ kind: 'published', text: '2022-01-21T18:30:00+05:30' }] } } });
    expect(container.querySelector('[data-testid="why-incident"]')!.textContent).toBe('Why this incident: published 21 January 2022 — as in the claim');
  });

  it('names a possibly related incident only as that, never as the match', () => {
    show({ language: 'en', entry: null, possibleEntry: entry, analysis: { ...analysis, incident: null, possibleIncident: { id: entry.id, probability: 0.4 }, mismatches: [] } });
    expect(container.querySelector('[data-testid="possibly-related"]')!.textContent).toBe(`Possibly related: ${entry.title.en}`);
    expect(container.querySelector('[data-testid="incident-title"]')).toBeNull();
    expect(container.querySelector('[data-testid="official-response"]')).toBeNull();
    expect(container.textContent).toContain('cannot tell for sure');
  });

  it('lists the sentences marked in the article, with a legend, each one a button to it there', () => {
    const highlights = [{ role: 'claim' as const, exact: '20 हजार लोगों का डेटा बिक्री के लिए', prefix: '', suffix: '' }, { role: 'response' as const, exact: 'को-विन से कोई डेटा लीक नहीं हुआ', prefix: '', suffix: '' }];
    const onShowQuote = vi.fn();
    show({ showLegend: true, onShowQuote, analysis: { ...analysis, highlights } });
    const rows = container.querySelectorAll('[data-testid="article-quote"]');
    expect([...rows].map((r) => r.getAttribute('data-role'))).toEqual(['claim', 'response']);
    expect(container.querySelector('[data-testid="highlight-legend"]')!.textContent).toBe('दावा · आधिकारिक जवाब');
    (rows[1]!.querySelector('[data-testid="show-quote"]') as HTMLButtonElement).click();
    expect(onShowQuote).toHaveBeenCalledWith(1);
  });

  it('keeps "no mismatch" out of the alert box', () => {
    show({ language: 'en', analysis: { ...analysis, mismatches: [] } });
    expect(container.querySelector('[data-testid="mismatch-count"]')!.closest('.card--alert')).toBeNull();
  });

  it('offers "Report a wrong match" with what it does, and says what became of the report', () => {
    const onReportWrongMatch = vi.fn();
    show({ onReportWrongMatch });
    const button = container.querySelector<HTMLButtonElement>('[data-testid="report-wrong-match"]')!;
    expect(button.textContent).toBe('गलत मिलान की शिकायत करें');
    expect(container.querySelector(`#${button.getAttribute('aria-describedby')}`)!.textContent).toContain('LeakLens अपनी ओर से कुछ नहीं भेजता');
    button.click();
    expect(onReportWrongMatch).toHaveBeenCalledTimes(1);
    expect(container.querySelector('[data-testid="report-status"]')!.textContent).toBe('');
    render(null, container);
    show({ onReportWrongMatch, reportStatus: 'copied-only', language: 'en' });
    expect(container.querySelector('[data-testid="report-status"]')!.textContent).toContain('Report copied. LeakLens has no issue page address');
  });

  it('links a mismatch row to the marked sentences that name its field, where the analyzer names them', () => {
    const onShowQuote = vi.fn();
    const highlights: Highlight[] = [
      { role: 'claim', exact: 'नाम, पता और कोविड टेस्ट परिणाम बिक्री के लिए', prefix: '', suffix: '', fields: ['names', 'physical-addresses', 'covid-test-results'] },
      { role: 'response', exact: 'को-विन पता नहीं जुटाता', prefix: '', suffix: '', fields: ['physical-addresses'] },
    ];
    show({ analysis: { ...analysis, highlights }, showLegend: true, onShowQuote });
    const rows = [...container.querySelectorAll('[data-testid="mismatch"]')];
    const address = rows.find((r) => r.getAttribute('data-field') === 'physical-addresses')!;
    const test = rows.find((r) => r.getAttribute('data-field') === 'covid-test-results')!;
    (address.querySelector('[data-testid="mismatch-show-claim"]') as HTMLButtonElement).click();
    (address.querySelector('[data-testid="mismatch-show-response"]') as HTMLButtonElement).click();
    expect(onShowQuote.mock.calls).toEqual([[0], [1]]);
    expect(address.querySelector('[data-testid="mismatch-show-response"]')!.textContent).toBe('खबर में आधिकारिक बयान देखें');
    expect(test.querySelector('[data-testid="mismatch-show-claim"]')).not.toBeNull();
    expect(test.querySelector('[data-testid="mismatch-show-response"]')).toBeNull();
    // Highlighting switched off for the site: no marks in the article, so no links.
    render(null, container);
    show({ analysis: { ...analysis, highlights }, showLegend: false, onShowQuote });
    expect(container.querySelector('[data-testid="mismatch-show-claim"]')).toBeNull();
  });
});
