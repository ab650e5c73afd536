import { createTestApp, type TestApp, type TestAppOptions } from '@schoolbridge/core/testing';
import { foodSafetyPlugin } from '../../../src/server/index.js';

/** The API with the food-safety plugin, as the templates tests use it. */
export function templatesTestApp(options: Omit<TestAppOptions, 'plugins'> = {}): Promise<TestApp> {
  return createTestApp({ ...options, plugins: [foodSafetyPlugin] });
}
