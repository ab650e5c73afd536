import { serverVitestConfig } from '../../vitest.shared.js';

// The freshness test boots core through its test harness, on PostgreSQL too when DATABASE_URL is set.
export default serverVitestConfig({ setupFiles: ['reflect-metadata'], globalSetup: ['../core/src/testing/global-setup.ts'] });
