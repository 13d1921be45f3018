/**
 * Stands in for '@mozilla/readability' in the build of content/page.js (scripts/vite-plugin-content.ts aliases it):
 * the class that content/readability.js, injected just before, left in this isolated world. Without it (the file
 * not injected) constructing a reader throws, and extract-article.ts catches that and takes its other paths.
 */
import type { Readability as ReadabilityClass } from '@mozilla/readability';

/** The isolated world's global that carries the class from content/readability.js to content/page.js. */
export const READABILITY_GLOBAL = '__leaklensReadability';

function fromGlobal(): typeof ReadabilityClass {
  const found = (globalThis as Record<string, unknown>)[READABILITY_GLOBAL];
  if (typeof found !== 'function') throw new Error('content/readability.js was not injected');
  return found as typeof ReadabilityClass;
}

/** Constructs the injected class (looked up at construction, after both files have run). */
export const Readability = function (this: unknown, ...args: ConstructorParameters<typeof ReadabilityClass>) {
  const Injected = fromGlobal();
  return new Injected(...args);
} as unknown as typeof ReadabilityClass;
