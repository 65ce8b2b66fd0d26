import { defineConfig } from 'vitest/config';

/**
 * Browser tests: the built app (dist/, made by `vite build` beforehand) served
 * by `vite preview` under a sub-path, driven in real headless Chromium.
 */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/browser/serve-build.ts'],
    // One Chromium at a time: the machine has two cores shared with the build.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
