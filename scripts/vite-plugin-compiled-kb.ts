/**
 * Vite plugin: the virtual module `virtual:leaklens-compiled-kb`, the knowledge base as src/core/compile-kb.ts
 * compiles it, done at build time and serialised (scripts/kb-serial.ts), so a cold service worker revives tables
 * (src/background/precompiled-kb.ts) instead of compiling. Before it ships, the revived form must analyse every
 * knowledge-base example exactly as a fresh compile does; otherwise the build fails.
 */
import type { Plugin } from 'vite';
import { analyze } from '../src/core/analyze.ts';
import { compileKb } from '../src/core/compile-kb.ts';
import type { CompiledKb } from '../src/core/compile-kb.ts';
import { reviveCompiledKb } from '../src/background/precompiled-kb.ts';
import { serializeCompiledKb } from './kb-serial.ts';
import { INCIDENTS_DIR, loadShippedKb } from './vite-plugin-kb.ts';

const VIRTUAL_ID = 'virtual:leaklens-compiled-kb';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

export function leaklensCompiledKb({ dir = INCIDENTS_DIR }: { dir?: string } = {}): Plugin {
  return {
    name: 'leaklens-compiled-kb',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // The entries exactly as virtual:leaklens-kb ships them to the background (no examples): the serialised
      // form refers to them by index.
      const { entries, withExamples } = loadShippedKb({ addWatchFile: (f) => this.addWatchFile(f), warn: () => undefined, error: (e) => this.error(e) }, dir, false);
      const shipped = JSON.parse(JSON.stringify(entries)) as typeof entries;
      const fresh = compileKb(shipped);
      let json: string;
      try {
        json = serializeCompiledKb(fresh, shipped);
      } catch (error) {
        this.error(`The compiled knowledge base cannot be precompiled: ${(error as Error).message}`);
      }
      const revived = reviveCompiledKb<CompiledKb>(json, shipped);
      const inputs = withExamples.flatMap((e) => [...e.examples.match, ...e.examples.noMatch]).map((x, i) => ({ title: '', text: x.text, url: `https://example.invalid/${i}` }));
      for (const input of inputs) {
        const a = JSON.stringify(analyze(input, fresh));
        const b = JSON.stringify(analyze(input, revived));
        if (a !== b) this.error(`The precompiled knowledge base analyses differently from a fresh compile, e.g. on: ${input.text.slice(0, 120)}`);
      }
      return `export default ${JSON.stringify(json)};`;
    },
  };
}
