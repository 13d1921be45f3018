import { describe, expect, it } from 'vitest';
import { readKbDir } from '../../src/cli/read-kb-dir.ts';
import { validateKbFiles } from '../../src/kb/validate.ts';
import { analyze } from '../../src/core/analyze.ts';
import { compileKb } from '../../src/core/compile-kb.ts';
import type { CompiledKb } from '../../src/core/compile-kb.ts';
import { reviveCompiledKb } from '../../src/background/precompiled-kb.ts';
import { serializeCompiledKb } from '../../scripts/kb-serial.ts';
import { INCIDENTS_DIR } from '../../scripts/vite-plugin-kb.ts';

describe('the precompiled knowledge base', () => {
  it('revives to a knowledge base that analyses every example exactly as a fresh compile does', () => {
    const { entries } = validateKbFiles(readKbDir(INCIDENTS_DIR));
    const fresh = compileKb(entries);
    const revived = reviveCompiledKb<CompiledKb>(serializeCompiledKb(fresh, entries), entries);
    expect(revived.entries[0]!.entry).toBe(entries[0]);
    for (const e of entries.slice(0, 12)) {
      for (const x of e.examples.match) {
        const input = { title: '', text: x.text };
        expect(JSON.stringify(analyze(input, revived))).toBe(JSON.stringify(analyze(input, fresh)));
      }
    }
  });

  it('keeps typed arrays, sets, maps and shared objects', () => {
    const shared = { a: 1 };
    const value = { i: Int32Array.from([0, -1, 70000, 5]), z: new Uint16Array(100), s: new Set([1, 'x']), m: new Map([[1, shared]]), again: shared };
    value.z[7] = 3;
    const back = reviveCompiledKb<typeof value>(serializeCompiledKb(value, []), []);
    expect([...back.i]).toEqual([0, -1, 70000, 5]);
    expect(back.z).toBeInstanceOf(Uint16Array);
    expect(back.z[7]).toBe(3);
    expect(back.z.length).toBe(100);
    expect([...back.s]).toEqual([1, 'x']);
    expect(back.m.get(1)).toBe(back.again);
  });

  it('refuses what it cannot carry, saying where', () => {
    class Unknown {}
    expect(() => serializeCompiledKb({ x: [new Unknown()] }, [])).toThrow('kb.x[0]: an instance of Unknown');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => serializeCompiledKb(cyclic, [])).toThrow('kb.self: a cycle');
    expect(() => serializeCompiledKb({ f: () => 1 }, [])).toThrow('kb.f: a function');
    expect(() => serializeCompiledKb({ $x: 1 }, [])).toThrow('reserved');
  });
});
