import { KB_ENTRIES } from '../../src/kb/index.ts';
import { compileKb, type CompiledKb } from '../../src/core/compile-kb.ts';

let kb: CompiledKb | null = null;
export function realKb(): CompiledKb {
  kb ??= compileKb(KB_ENTRIES);
  return kb;
}
