import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { leaklensKb } from './scripts/vite-plugin-kb.ts';
import { leaklensCompiledKb } from './scripts/vite-plugin-compiled-kb.ts';
import { classicContentScripts } from './scripts/vite-plugin-content.ts';

// `vite build` builds the Chrome extension into dist/; `vite build --mode firefox` builds the Firefox one into
// dist-firefox/ (background scripts instead of a service worker, plus the gecko settings Firefox requires).
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  // The content scripts are classic scripts built by classicContentScripts(), which puts them back into the built
  // manifest; @crxjs would turn them into a module loader with web-accessible chunks.
  const { content_scripts: contentScripts, minimum_chrome_version: minimumChromeVersion, ...rest } = baseManifest;
  // The version comes from package.json, the one place it is set.
  const manifest = (
    firefox
      ? {
          ...rest,
          version: pkg.version,
          background: { scripts: [baseManifest.background.service_worker], type: 'module' },
          browser_specific_settings: {
            gecko: { id: 'leaklens@leaklens.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            // Firefox for Android knows data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { ...rest, version: pkg.version, minimum_chrome_version: minimumChromeVersion }
  ) as ManifestV3Export;
  // The project's issue page ("Report a wrong match"): package.json's `bugs.url`, the one place it is set (none yet:
  // see src/shared/project.ts).
  const issuesUrl = (pkg as { bugs?: { url?: unknown } }).bugs?.url;
  return {
    define: { __LEAKLENS_ISSUES_URL__: JSON.stringify(typeof issuesUrl === 'string' ? issuesUrl : '') },
    plugins: [preact(), leaklensKb({ keepExamples: false }), leaklensCompiledKb(), crx({ manifest, browser: firefox ? 'firefox' : 'chrome' }), classicContentScripts(contentScripts)],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      // Chromium and Firefox support modulepreload; the polyfill would only add a fetch() to the bundle.
      modulePreload: { polyfill: false },
      // Readable stack traces for bug reports; the size cost is small.
      sourcemap: false,
      rollupOptions: {
        input: { sidebar: 'src/sidebar/index.html' },
      },
    },
    server: { cors: { origin: [/chrome-extension:\/\//] } },
  };
});
