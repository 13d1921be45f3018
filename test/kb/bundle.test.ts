import { expect, it } from 'vitest';
import { KB_AS_OF, KB_ENTRIES } from '../../src/kb/index.ts';

it('the bundled knowledge base carries validated entries with defaults applied', () => {
  const seed = KB_ENTRIES.find((e) => e.id === 'cowin-2022-01');
  expect(seed?.responses[0]?.fieldsNotCollected).toEqual(['physical-addresses', 'covid-test-results']);
  expect(seed?.organisation.aliases.exactCase).toEqual([]);
  expect(KB_AS_OF).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});
