// @vitest-environment happy-dom
// The sidebar shows the optional entry fields (price, official count, scope disputes, date notes) where an entry has them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { Analysis } from '../../src/core/types.ts';
import { KB_AS_OF, KB_ENTRIES } from '../../src/kb/index.ts';
import type { Entry } from '../../src/kb/schema.ts';
import { SidebarApp } from '../../src/sidebar/SidebarApp.tsx';
import { formatAmount } from '../../src/sidebar/amounts.ts';

const base = KB_ENTRIES.find((e) => e.id === 'cowin-2022-01')!;

const analysis: Analysis = {
  language: 'en',
  isLeakArticle: true,
  score: 0.9,
  incident: { id: base.id, confidence: 0.9 },
  claimedFields: [],
  claimedCount: null,
  claimDate: null,
  venue: null,
  officialStanceInText: 'none',
  mismatches: [],
  highlights: [],
};

/** The seed entry with every optional field set. */
const full: Entry = {
  ...base,
  claims: [{ ...base.claims[0]!, price: { kind: 'ransom', asReported: ['Rs 200 crore in cryptocurrency', '$24 million'] } }],
  responses: [
    {
      ...base.responses[0]!,
      dateNote: 'Reported on 21 and 22 January 2022.',
      officialCount: { value: 35_000_000, unit: 'records', asReported: ['about 3.5 crore records'] },
      scopeDisputes: ['breach-vs-scrape', 'third-party-system', 'count', 'old-data'],
    },
  ],
  timeline: [{ ...base.timeline[0]!, dateNote: 'Around 22 January 2022.' }],
};

let container: HTMLElement;
function show(entry: Entry, language: 'en' | 'hi' = 'en') {
  container = document.createElement('div');
  document.body.append(container);
  render(<SidebarApp analysis={{ ...analysis, language }} entry={entry} language={language} layout="expanded" kbAsOf="2026-11-27" onLanguageChange={vi.fn()} onLayoutChange={vi.fn()} />, container);
}
const byTestId = (id: string) => container.querySelector(`[data-testid="${id}"]`);
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('sidebar: optional entry fields', () => {
  it('shows a ransom with its label and every amount as reported', () => {
    show(full);
    const price = byTestId('claim-price')!;
    expect(price.getAttribute('data-kind')).toBe('ransom');
    expect(price.textContent).toBe('Rs 200 crore in cryptocurrency / $24 million');
    expect(price.previousElementSibling!.textContent).toBe('Ransom demanded, as reported');
  });

  it('labels a sale price as an asking price, in Hindi too', () => {
    show({ ...full, claims: [{ ...full.claims[0]!, price: { kind: 'sale', asReported: ['$800'] } }] }, 'hi');
    expect(byTestId('claim-price')!.previousElementSibling!.textContent).toBe('मांगी गई कीमत');
    expect(byTestId('claim-price')!.textContent).toBe('$800');
  });

  it('shows the official count with its unit in the Indian system', () => {
    show(full);
    expect(byTestId('official-count')!.textContent).toBe('Count given by the official side: 3.5 crore records');
    render(null, container);
    container.remove();
    show(full, 'hi');
    expect(container.querySelector('[data-testid="official-count"]')!.textContent).toContain('3.5 करोड़ रिकॉर्ड');
  });

  it('lists each scope dispute in the reader’s language', () => {
    show(full);
    const items = [...container.querySelectorAll('[data-testid="scope-disputes"] li')];
    expect(items.map((li) => li.getAttribute('data-scope'))).toEqual(['breach-vs-scrape', 'third-party-system', 'count', 'old-data']);
    expect(items[0]!.textContent).toContain('scraped');
    expect(items[2]!.textContent).toBe('the count');
    render(null, container);
    container.remove();
    show(full, 'hi');
    expect(container.querySelector('[data-testid="scope-disputes"] li[data-scope="count"]')!.textContent).toBe('संख्या');
  });

  it('shows the date notes of responses and timeline events next to their dates', () => {
    show(full);
    expect(byTestId('response-date-note')!.textContent).toBe('(Reported on 21 and 22 January 2022.)');
    expect(byTestId('timeline-date-note')!.textContent).toContain('(Around 22 January 2022.)');
  });

  it('shows none of them for an entry without them', () => {
    const bare: Entry = {
      ...base,
      claims: base.claims.map(({ price: _p, ...c }) => c),
      responses: base.responses.map(({ dateNote: _d, officialCount: _o, scopeDisputes: _s, ...r }) => r),
      timeline: base.timeline.map(({ dateNote: _d, ...t }) => t),
    };
    show(bare);
    for (const id of ['claim-price', 'official-count', 'scope-disputes', 'response-date-note', 'timeline-date-note']) expect(byTestId(id), id).toBeNull();
  });

  it('renders the facts filled into the bundled entries (Juspay’s count, Facebook’s Indians)', () => {
    show(KB_ENTRIES.find((e) => e.id === 'juspay-2021-01')!);
    expect(byTestId('official-count')!.textContent).toContain('3.5 crore records');
    expect(byTestId('claim-price')!.textContent).toContain('$8,000');
    expect(container.querySelector('[data-testid="scope-disputes"] li')!.getAttribute('data-scope')).toBe('count');
    render(null, container);
    container.remove();
    show(KB_ENTRIES.find((e) => e.id === 'facebook-2018-03')!);
    expect(byTestId('official-count')!.textContent).toContain('5.6 lakh people');
  });

  it('shows a claimed byte count as GB, not as crore', () => {
    expect(formatAmount(278_000_000_000, 'bytes', 'en')).toBe('278 GB');
    expect(formatAmount(1_300_000_000_000, 'bytes', 'hi')).toBe('1.3 TB');
    expect(formatAmount(562_455, 'people', 'en')).toBe('5.6 lakh people');
    show(KB_ENTRIES.find((e) => e.id === 'bsnl-2024-05')!);
    expect(container.querySelector('[data-testid="kb-claim"]')!.textContent).toContain('278 GB');
  });

  it('dates the knowledge base by the newest review of any entry', () => {
    expect(KB_AS_OF).toBe(KB_ENTRIES.map((e) => e.reviewed).sort().at(-1));
    show(full);
    expect(byTestId('kb-as-of')!.textContent).toBe('Knowledge base as of 27 November 2026');
  });
});
