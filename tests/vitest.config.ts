import react from '@vitejs/plugin-react';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';
import { serverVitestConfig, TEST_WORKERS } from '../vitest.shared.js';

// Top-level suites only: tests/e2e is a workspace of its own (browser journeys, `npm run test:e2e`).
const server = serverVitestConfig({
  include: ['*.test.ts'],
  setupFiles: ['reflect-metadata'],
  // The plugin-client suite boots core through its test harness, on PostgreSQL too when DATABASE_URL is set.
  globalSetup: ['../packages/core/src/testing/global-setup.ts'],
});

export default defineConfig({
  test: {
    projects: [
      { ...server, test: { ...server.test, name: 'server', exclude: ['plugin-lists.test.ts'] } },
      {
        // The admin's plugin list is browser code (React, antd): it loads the way the admin's own
        // tests load it (jsdom, Vite's transforms for .tsx). The API's list beside it brings Nest
        // decorators, which SWC compiles in .ts files only.
        plugins: [
          swc.vite({
            include: /\.[cm]?ts$/,
            module: { type: 'es6' },
            jsc: {
              target: 'es2022',
              parser: { syntax: 'typescript', decorators: true },
              transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
            },
          }),
          react(),
        ],
        resolve: { conditions: ['source'] },
        // The repository root, so the admin's sources beside this folder are inside the project.
        root: '..',
        test: {
          name: 'admin',
          environment: 'jsdom',
          include: ['tests/plugin-lists.test.ts'],
          setupFiles: ['./tests/support/setup-dom.ts'],
          testTimeout: 30_000,
          // the same as the server project's: Vitest runs projects with one worker setting together
          maxWorkers: TEST_WORKERS,
        },
      },
    ],
  },
});
