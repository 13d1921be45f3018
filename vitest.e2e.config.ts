import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension (dist/) in Debian's Chromium. Run by `npm run test:e2e` after a build.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // One browser at a time on a 2-core machine; a flaky start is retried once rather than hidden.
    retry: 0,
  },
});
