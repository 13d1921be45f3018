/** The CLI tests' shared setup: console output captured per test, and a temporary folder removed after it. */
import { afterEach, beforeEach, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Captured {
  out: string[];
  err: string[];
  dir: string;
}

export function captureCli(prefix: string): Captured {
  const c: Captured = { out: [], err: [], dir: '' };
  beforeEach(() => {
    c.out = [];
    c.err = [];
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void c.out.push(a.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void c.err.push(a.join(' ')));
    c.dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(c.dir, { recursive: true, force: true });
  });
  return c;
}
