import { availableParallelism } from 'node:os';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

/**
 * On SQLite, test files run in parallel on every core (Vitest's default leaves one idle, which on the
 * 2-core CI machine means one file at a time); each worker has its own in-memory databases. On
 * PostgreSQL they keep Vitest's default: one import job of the schools suite failed once under two
 * workers there (2026-12-01, not reproduced alone), so the PostgreSQL pass stays as it was proven.
 */
export const TEST_WORKERS = process.env.DATABASE_URL ? Math.max(1, availableParallelism() - 1) : Math.max(2, availableParallelism() - 1);

/** Vitest settings every server-side package shares: SWC for Nest decorators, sources over builds. */
export function serverVitestConfig(options: { include?: string[]; setupFiles?: string[]; globalSetup?: string[] } = {}) {
  return defineConfig({
    plugins: [swc.vite({ module: { type: 'es6' }, jsc: { target: 'es2022', parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false } } })],
    resolve: { conditions: ['source'] },
    ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
    // globalSetup files run in Vitest's own `__vitest__` environment, which takes neither setting above:
    // without this a fresh clone (no dist/) cannot resolve @schoolbridge/shared from core's PostgreSQL setup.
    environments: { __vitest__: { resolve: { conditions: ['source', 'module', 'node', 'development|production'], externalConditions: ['source', 'node'] } } },
    test: {
      include: options.include ?? ['test/**/*.{test,spec,e2e-spec}.ts', 'src/**/*.{test,spec}.ts'],
      environment: 'node',
      setupFiles: options.setupFiles ?? [],
      globalSetup: options.globalSetup ?? [],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      pool: 'forks',
      maxWorkers: TEST_WORKERS,
    },
  });
}
