import { defineConfig } from 'vite';
import { builtinModules } from 'node:module';
import { leaklensKb } from './scripts/vite-plugin-kb.ts';

// The `leaklens` command line (analyze, eval, kb): the same core and knowledge base as the extension,
// bundled for Node into dist-cli/. bin/leaklens.mjs loads it.
export default defineConfig({
  plugins: [leaklensKb()],
  build: {
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    ssr: 'src/cli/main.ts',
    minify: false,
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'happy-dom'],
      output: { entryFileNames: 'leaklens.mjs', format: 'es' },
    },
  },
  ssr: { noExternal: true, external: ['happy-dom'] },
});
