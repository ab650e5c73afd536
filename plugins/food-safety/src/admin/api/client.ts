/**
 * A typed client of the routes of plugin "food-safety" (/api/food-safety/…) for its admin code.
 * Do not edit: when the routes change, run
 *   npm run generate:plugin-client -- --plugin plugins/food-safety --id food-safety
 */
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './schema.js';

export type { components, operations, paths } from './schema.js';

export type FoodSafetyClient = Client<paths>;

export interface FoodSafetyClientOptions {
  /** '' (the default) for the same origin in the browser. */
  baseUrl?: string;
  /** Replaces the global fetch (tests, server-side callers). */
  fetch?: (input: Request) => Promise<Response>;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The CSRF token the API set at sign-in (cookie sb_csrf), which every cookie-authenticated write must send back. */
function csrfToken(): string | null {
  const cookie = (globalThis as { document?: { cookie?: string } }).document?.cookie ?? '';
  const match = /(?:^|;\s*)sb_csrf=([^;]*)/.exec(cookie);
  return match ? decodeURIComponent(match[1]!) : null;
}

/** A client of the routes of plugin "food-safety"; writes carry the X-CSRF-Token header of the signed-in session. */
export function createFoodSafetyClient(options: FoodSafetyClientOptions = {}): FoodSafetyClient {
  const client = createClient<paths>({ baseUrl: options.baseUrl ?? '', ...(options.fetch ? { fetch: options.fetch } : {}) });
  client.use({
    onRequest({ request }) {
      const token = SAFE_METHODS.has(request.method) ? null : csrfToken();
      if (token && !request.headers.has('X-CSRF-Token')) request.headers.set('X-CSRF-Token', token);
      return request;
    },
  });
  return client;
}
