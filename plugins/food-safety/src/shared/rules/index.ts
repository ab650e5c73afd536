/** The food-safety plugin's pure rules (ARCHITECTURE §2): used by the server and the admin, unit-tested without a database. */
export * from './vocab.js';
export * from './grading.js';
export * from './score.js';
export * from './repeats.js';
export * from './notice.js';
export * from './yearly.js';
export * from './messages.js';
