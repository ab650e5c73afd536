import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, operations, paths } from './schema.js';

/** A typed client of the core API (`/api/...` routes; plugins generate their own). */
export type ApiClient = Client<paths>;

/** An RFC 9457 problem document, the body of every error answer. */
export type Problem = components['schemas']['Problem'];

/**
 * Creates a client of the core API at `baseUrl` ('' for the same origin in the browser).
 * `fetch` replaces the global one (tests, server-side callers).
 */
export function createApiClient(baseUrl: string, fetch?: (input: Request) => Promise<Response>): ApiClient {
  return createClient<paths>({ baseUrl, ...(fetch ? { fetch } : {}) });
}
