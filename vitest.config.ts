import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // e2e tests spawn git and node; shared CI machines are slow, so be generous.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
