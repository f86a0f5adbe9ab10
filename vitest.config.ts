import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // e2e tests spawn git and node; shared CI machines are slow, so be generous.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // No temp directory outlives the run: see test/setup/temp-root.ts.
    globalSetup: ['test/setup/temp-root.ts'],
    setupFiles: ['test/setup/temp-sandbox.ts'],
  },
});
