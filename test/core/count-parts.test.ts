/**
 * Counts of parts of a claim (recordCount.parts): a headline that leads with a part ("1.2 crore WhatsApp users" of
 * the 16.8 crore people in the Cyberabad data-theft case) agrees with the claim, for matching and for mismatches.
 */
import { describe, expect, it } from 'vitest';
import { findMismatches } from '../../src/core/mismatches.ts';
import { realKb } from './helpers.ts';

const ID = 'cyberabad-datatheft-2023-03';

describe('counts of parts of a claim', () => {
  const compiled = realKb().entries.find((e) => e.entry.id === ID)!;
  it('are counts on record for matching', () => {
    expect(compiled.entry.claims[0]!.recordCount.parts.map((p) => p.value)).toContain(12000000);
    expect(compiled.counts).toContain(12000000);
    expect(compiled.counts).toContain(168000000);
  });
  it('are no count mismatch; a count that is neither the total nor a part still is', () => {
    const mismatchKinds = (value: number): string[] => findMismatches(compiled.entry, [], { text: String(value), value }).map((m) => m.kind);
    expect(mismatchKinds(12000000)).not.toContain('count');
    expect(mismatchKinds(168000000)).not.toContain('count');
    expect(mismatchKinds(40000000)).toContain('count');
  });
});
