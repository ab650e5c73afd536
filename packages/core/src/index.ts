/** The public entry of @schoolbridge/core: what apps, contexts and plugins may use. */
export * from './platform/index.js';
export { CORE_VERSION } from './version.js';
export * from './directory/index.js';
export * from './training/index.js';
