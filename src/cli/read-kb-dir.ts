/** Reads every *.json file of a knowledge-base folder for validation (Node only). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { KbFile } from '../kb/validate.ts';

export function readKbDir(dir: string, relativeTo: string = process.cwd()): KbFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      return { file: relative(relativeTo, path) || path, text: readFileSync(path, 'utf8') };
    });
}
