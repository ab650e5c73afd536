import { serverVitestConfig } from '../../vitest.shared.js';

export default serverVitestConfig({ setupFiles: ['reflect-metadata'] });
