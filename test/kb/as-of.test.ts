import { describe, expect, it } from 'vitest';
import { newestReviewed } from '../../src/kb/as-of.ts';

describe('newestReviewed ("knowledge base as of")', () => {
  it('is the newest review date of any entry', () => {
    expect(newestReviewed([{ reviewed: '2025-03-01' }, { reviewed: '2026-01-15' }, { reviewed: '2025-12-31' }])).toBe('2026-01-15');
  });
  it('prefers the more precise of two dates that agree', () => {
    expect(newestReviewed([{ reviewed: '2026-01-15' }, { reviewed: '2026-01' }])).toBe('2026-01-15');
    expect(newestReviewed([{ reviewed: '2026' }, { reviewed: '2026-02' }])).toBe('2026-02');
  });
  it('is a later month over an earlier full date', () => {
    expect(newestReviewed([{ reviewed: '2026-01-31' }, { reviewed: '2026-02' }])).toBe('2026-02');
  });
  it('is null for an empty knowledge base', () => {
    expect(newestReviewed([])).toBeNull();
  });
});
