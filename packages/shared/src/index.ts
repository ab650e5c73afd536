export * from './money.js';
export * from './ids.js';
export * from './dates.js';
export * from './calendar.js';
export * from './period.js';
export * from './locale.js';
export * from './identity.js';
export * from './pinyin.js';
