/**
 * Every entry's own examples: `examples.match` must analyse to that entry, `examples.noMatch` to no incident at all
 * (near misses, and claims about the same organisation that the knowledge base does not hold: LeakLens must never
 * pin those on a known incident).
 */
import { describe, expect, it } from 'vitest';
import { KB_ENTRIES } from '../../src/kb/index.ts';
import { analyze } from '../../src/core/analyze.ts';
import { realKb } from '../core/helpers.ts';

describe.each(KB_ENTRIES.map((e) => [e.id, e] as const))('%s', (id, entry) => {
  entry.examples.match.forEach((ex, i) => {
    it(`match example ${i + 1} (${ex.lang}) analyses to ${id}`, () => {
      const a = analyze({ title: '', text: ex.text }, realKb());
      expect(a.incident?.id ?? null, `leak=${a.isLeakArticle} score=${a.score}`).toBe(id);
    });
  });
  entry.examples.noMatch.forEach((ex, i) => {
    it(`noMatch example ${i + 1} (${ex.lang}) analyses to no incident`, () => {
      const a = analyze({ title: '', text: ex.text }, realKb());
      expect(a.incident?.id ?? null).toBeNull();
    });
  });
});
