import { defineConfig } from 'vitest/config';

/**
 * Browser journeys: one file at a time in one worker (they share one API server and one machine's
 * Chromium), with timeouts generous enough for a cold browser on a 2-core CI machine.
 */
export default defineConfig({
  test: {
    include: ['journeys/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
  },
});
