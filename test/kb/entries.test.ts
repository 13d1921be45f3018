import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readKbDir } from '../../src/cli/read-kb-dir.ts';
import { formatProblem, validateKbFiles } from '../../src/kb/validate.ts';

const incidentsDir = fileURLToPath(new URL('../../src/kb/incidents/', import.meta.url));

describe('knowledge-base entries', () => {
  const { entries, problems } = validateKbFiles(readKbDir(incidentsDir));

  it('are all valid', () => {
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });

  it('include the seed incident', () => {
    expect(entries.map((e) => e.id)).toContain('cowin-2022-01');
  });
});
