import { serverVitestConfig } from '../../vitest.shared.js';

/**
 * Benchmarks in test/perf that print figures; not part of `npm test`.
 * Run: `cd packages/core && npx vitest run -c vitest.perf.config.ts` (IMPORT_ROWS=… to change the size).
 */
const config = serverVitestConfig({ include: ['test/perf/**/*.perf.ts'], setupFiles: ['reflect-metadata'], globalSetup: ['./src/testing/global-setup.ts'] });
export default { ...config, test: { ...config.test, testTimeout: 900_000 } };
