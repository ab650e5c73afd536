import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** tests/e2e */
export const E2E_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The repository root. */
export const ROOT_DIR = path.resolve(E2E_DIR, '../..');
/** Screenshots, the API's log and axe reports of the last run (gitignored). */
export const RESULTS_DIR = path.join(E2E_DIR, 'test-results');

/** The administrator the first start creates, with the password it is given (no forced change). */
export const ADMIN_USERNAME = 'admin';
export const ADMIN_PASSWORD = 'Journeys-pass-2026';
/** The server's "now" during the journeys: a Monday morning in the autumn term of 2026. */
export const FAKE_NOW = '2026-11-23T09:00:00+08:00';

/** Debian's Chromium (`apt-get install chromium fonts-noto-cjk`); never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Part of the message of a failed accessibility check (the browser fixture lets the journey go on after one). */
export const A11Y_FAILURE = 'serious or critical accessibility violation';
