import { defineConfig } from 'vitest/config';

// End-to-end tests in Debian's firefox-esr over WebDriver BiDi: the Firefox build (dist-firefox/). Run by
// `npm run test:firefox` (after `npm run build:firefox`); CI runs it after `npm test`.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.firefox.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    retry: 0,
  },
});
