import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { leaklensKb } from './scripts/vite-plugin-kb.ts';

// Unit tests: logic and components. The end-to-end tests (real Chromium) have their own config.
export default defineConfig({
  plugins: [preact(), leaklensKb()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
