import { describe, expect, it } from 'vitest';
import { countMatchesLabel } from '../../src/cli/eval.ts';

describe('eval: does the analyzer\'s count match the label?', () => {
  it('a vague label ("करोड़ों") wants no count', () => {
    expect(countMatchesLabel(null, 'करोड़ों')).toBe(true);
    expect(countMatchesLabel(30_000_000, 'करोड़ों')).toBe(false);
  });
  it('a label with decimals before a scale word accepts the exact figure it rounds, and nothing further off', () => {
    expect(countMatchesLabel(78_221_397, '7.82 crore')).toBe(true);
    expect(countMatchesLabel(78_260_000, '7.82 crore')).toBe(false);
    expect(countMatchesLabel(37_000_000, '3.7 करोड़')).toBe(true);
    expect(countMatchesLabel(30_000_000, '3.7 करोड़')).toBe(false);
  });
  it('any other label wants exactly its number', () => {
    expect(countMatchesLabel(20_001, '20,000')).toBe(false);
    expect(countMatchesLabel(21_000, '20 हजार')).toBe(false);
    expect(countMatchesLabel(20_000, '20 हजार')).toBe(true);
    expect(countMatchesLabel(null, '20,000')).toBe(false);
  });
});
