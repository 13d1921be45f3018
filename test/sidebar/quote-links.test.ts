import { describe, expect, it } from 'vitest';
import { quoteLinksFor } from '../../src/sidebar/quote-links.ts';
import type { LinkedHighlight } from '../../src/sidebar/quote-links.ts';

const h = (role: 'claim' | 'response', fields?: string[]): LinkedHighlight => ({ role, exact: role, prefix: '', suffix: '', ...(fields ? { fields } : {}) });

describe('quoteLinksFor', () => {
  it('finds the first claim sentence and the first official sentence naming the field', () => {
    const quotes = [h('claim'), h('claim', ['names', 'physical-addresses']), h('response', ['covid-test-results']), h('response', ['physical-addresses']), h('claim', ['physical-addresses'])];
    expect(quoteLinksFor(quotes, 'physical-addresses')).toEqual({ claim: 1, response: 3 });
    expect(quoteLinksFor(quotes, 'covid-test-results')).toEqual({ response: 2 });
    expect(quoteLinksFor(quotes, 'record-count')).toEqual({});
  });
  it('links nothing while the analyzer names no fields (today’s analyses)', () => {
    expect(quoteLinksFor([h('claim'), h('response')], 'names')).toEqual({});
  });
});
