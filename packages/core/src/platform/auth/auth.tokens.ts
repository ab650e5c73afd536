/** Injection tokens and cookie names of the auth part. */
export const SIGNING_SECRET = Symbol('SIGNING_SECRET');
export const PASSWORD_HASH_OPTIONS = Symbol('PASSWORD_HASH_OPTIONS');
export const SESSION_COOKIE = 'sb_session';
export const CSRF_COOKIE = 'sb_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const API_TOKEN_PREFIX = 'sbp_';
