import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** The admin half's tests: pages in jsdom against a fake of the plugin's API. */
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['source'] },
  test: {
    environment: 'jsdom',
    include: ['test/admin/**/*.test.{ts,tsx}'],
    setupFiles: ['./test/admin/setup.ts'],
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 60_000,
  },
});
