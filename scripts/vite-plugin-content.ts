/**
 * Vite plugin: builds LeakLens's content scripts as classic scripts (one self-contained IIFE each: no module
 * loader, no dynamic import, no chunk that has to be web-accessible), beside the @crxjs/vite-plugin build of the
 * rest of the extension.
 *
 *   - `content/prefilter.js` runs on every page of a listed site; the manifest declares it (manifest.json's
 *     `content_scripts`, which this plugin writes into the built manifest, because @crxjs would turn it into a
 *     module loader plus web-accessible chunks);
 *   - `content/page.js` is injected by the background (scripting.executeScript, into one tab's document) only on a
 *     page the prefilter let through.
 *
 * Each entry is bundled by a nested Vite build in library mode (format iife, minified) and emitted as an asset of
 * the outer build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { Plugin, ResolvedConfig } from 'vite';

export interface ClassicScript {
  /** Source entry, relative to the project root. */
  entry: string;
  /** Output file name inside the extension. */
  fileName: string;
}

export const CLASSIC_SCRIPTS: readonly ClassicScript[] = [
  { entry: 'src/content/index.ts', fileName: 'content/prefilter.js' },
  { entry: 'src/content/page.ts', fileName: 'content/page.js' },
];

export async function bundleClassic(root: string, entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      modulePreload: false,
      lib: { entry: join(root, entry), formats: ['iife'], name: 'LeakLensContent', fileName: () => 'out.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as { output: { type: string; code?: string; fileName: string }[] }[];
  const chunks = outputs.flatMap((o) => o.output).filter((c) => c.type === 'chunk');
  if (chunks.length !== 1 || !chunks[0]!.code) throw new Error(`classic content script ${entry}: expected one chunk, got ${chunks.length}`);
  const code = chunks[0]!.code;
  // A classic script must not load code at run time (the sidebar frame's address is made with runtime.getURL and
  // only ever set inside LeakLens's closed shadow root).
  if (/\bimport\s*\(|chrome-extension:|moz-extension:/.test(code)) throw new Error(`classic content script ${entry} loads code or names an extension address`);
  return code;
}

export function classicContentScripts(manifestContentScripts: unknown[]): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'leaklens-classic-content-scripts',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      for (const script of CLASSIC_SCRIPTS) {
        this.emitFile({ type: 'asset', fileName: script.fileName, source: await bundleClassic(config.root, script.entry) });
      }
    },
    writeBundle: {
      order: 'post',
      handler() {
        // @crxjs wrote the manifest; the content scripts it never saw are added back as declared.
        const path = join(resolve(config.root, config.build.outDir), 'manifest.json');
        const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
        manifest.content_scripts = manifestContentScripts;
        writeFileSync(path, JSON.stringify(manifest, null, 2));
      },
    },
  };
}
