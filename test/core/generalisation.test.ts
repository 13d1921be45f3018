/**
 * The generalisation set: leaks of KB incidents phrased unlike the KB examples, claimed leaks the KB does not hold,
 * breaches abroad and near misses, in Hindi and English (test/core/fixtures/generalisation.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { GENERALISATION } from './fixtures/generalisation.ts';
import { problems } from './generalisation-check.ts';
import { realKb } from './helpers.ts';

describe('generalisation set', () => {
  it('is broad: about sixty articles, about half of them Hindi, with every kind', () => {
    expect(GENERALISATION.length).toBeGreaterThanOrEqual(55);
    const hi = GENERALISATION.filter((f) => f.lang === 'hi').length;
    expect(hi / GENERALISATION.length).toBeGreaterThan(0.4);
    expect(hi / GENERALISATION.length).toBeLessThan(0.6);
    for (const k of ['kb', 'not-in-kb', 'abroad', 'near-miss'] as const) expect(GENERALISATION.some((f) => f.kind === k)).toBe(true);
    expect(new Set(GENERALISATION.map((f) => f.id)).size).toBe(GENERALISATION.length);
  });

  it('never names a wrong incident', () => {
    for (const f of GENERALISATION) {
      const a = analyze({ title: f.title, text: f.text }, realKb());
      if (a.incident && f.incident !== undefined) expect(`${f.id}: ${a.incident.id}`).toBe(`${f.id}: ${f.incident}`);
    }
  });

  for (const f of GENERALISATION) {
    it(`${f.id} (${f.lang}, ${f.kind})`, () => {
      const a = analyze({ title: f.title, text: f.text }, realKb());
      expect(problems(f, a)).toEqual([]);
      if (a.claimedCount) expect(f.title + '\n\n' + f.text).toContain(a.claimedCount.text);
    });
  }
});
