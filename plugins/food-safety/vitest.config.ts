import { serverVitestConfig } from '../../vitest.shared.js';

/** The server half's tests: API tests through createTestApp (SQLite, or DATABASE_URL) and pure rules. */
export default serverVitestConfig({ include: ['test/server/**/*.test.ts'], setupFiles: ['reflect-metadata'] });
