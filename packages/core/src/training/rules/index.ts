/** The training context's pure rules (ARCHITECTURE §2): unit-tested without a database. */
export * from './errors.js';
export * from './vocab.js';
export * from './timetable.js';
export * from './conflicts.js';
export * from './experts.js';
export * from './completion.js';
export * from './check-in-code.js';
export * from './waitlist.js';
