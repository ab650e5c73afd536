/**
 * The admin's one way to talk to the API: same-origin requests with the session cookie, the
 * CSRF header on writes, the interface language, and errors as `ProblemError`s. A 401 meaning
 * "sign in again" is told to the auth layer (which sends the user to the login page).
 */
import { createApiClient, type ApiClient } from '@schoolbridge/api-client';
import { isProblem, ProblemError, type Problem } from '../kit/problem';

/** The cookie the API sets next to the session cookie, readable by scripts (double submit). */
export const CSRF_COOKIE = 'sb_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/** Codes of a 401 that mean the user has to sign in (again). */
export const SIGN_IN_AGAIN_CODES: ReadonlySet<string> = new Set(['auth.sessionExpired', 'auth.unauthenticated']);
/** The code of a 403 answered to everything but the password change while one is required. */
export const PASSWORD_CHANGE_REQUIRED = 'auth.passwordChangeRequired';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The value of a cookie readable by scripts, or null. */
export function readCookie(name: string, cookies: string = typeof document === 'undefined' ? '' : document.cookie): string | null {
  for (const part of cookies.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      const raw = part.slice(eq + 1).trim();
      try {
        return decodeURIComponent(raw);
      } catch {
        return raw;
      }
    }
  }
  return null;
}

type Listener = (problem: ProblemError) => void;

const state: { language: string; csrfToken: string | null; unauthorized: Set<Listener>; passwordChange: Set<Listener> } = {
  language: 'zh-CN',
  csrfToken: null,
  unauthorized: new Set(),
  passwordChange: new Set(),
};

/** The language sent as Accept-Language, so problems arrive in it (the login page has no user yet). */
export function setApiLanguage(language: string): void {
  state.language = language;
}

/** The CSRF token of the current session (from the login or /me answer); the cookie is preferred when readable. */
export function setCsrfToken(token: string | null): void {
  state.csrfToken = token;
}

function csrfToken(): string | null {
  return readCookie(CSRF_COOKIE) ?? state.csrfToken;
}

/** Called with the problem when a request answers 401 "sign in again". Returns the unsubscribe function. */
export function onUnauthorized(listener: Listener): () => void {
  state.unauthorized.add(listener);
  return () => state.unauthorized.delete(listener);
}

/** Called when a request answers 403 `auth.passwordChangeRequired`. Returns the unsubscribe function. */
export function onPasswordChangeRequired(listener: Listener): () => void {
  state.passwordChange.add(listener);
  return () => state.passwordChange.delete(listener);
}

/** The headers every request carries: language, and CSRF on writes. */
function decorate(headers: Headers, method: string): void {
  if (!headers.has('Accept')) headers.set('Accept', 'application/json, application/problem+json');
  if (!headers.has('Accept-Language')) headers.set('Accept-Language', state.language);
  if (!SAFE_METHODS.has(method.toUpperCase()) && !headers.has(CSRF_HEADER)) {
    const token = csrfToken();
    if (token) headers.set(CSRF_HEADER, token);
  }
}

/** A problem for an error answer that is not problem+json (a proxy's 502 page, a network failure). */
function fallbackProblem(status: number, statusText: string): Problem {
  return { title: statusText || `HTTP ${status}`, status, code: `http.${status}` };
}

async function problemFrom(res: Response): Promise<ProblemError> {
  let body: unknown;
  try {
    body = await res.clone().json();
  } catch {
    body = null;
  }
  return new ProblemError(isProblem(body) ? body : fallbackProblem(res.status, res.statusText));
}

/** Tells the listeners about a 401 / 403 that the whole app must react to. */
function notify(url: string, problem: ProblemError): void {
  if (problem.status === 401 && SIGN_IN_AGAIN_CODES.has(problem.code ?? '') && !url.includes('/api/auth/login')) {
    for (const l of [...state.unauthorized]) l(problem);
  } else if (problem.status === 403 && problem.code === PASSWORD_CHANGE_REQUIRED) {
    for (const l of [...state.passwordChange]) l(problem);
  }
}

export interface ApiInit extends Omit<RequestInit, 'body'> {
  /** A JSON body (sent with Content-Type application/json). */
  json?: unknown;
  body?: BodyInit | null;
  /** Query parameters; undefined, null and '' values are left out. */
  query?: Record<string, string | number | boolean | null | undefined>;
}

/** `path` with the query parameters that have a value. */
export function withQuery(path: string, query?: ApiInit['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path;
}

/**
 * Fetches `path` from the API and returns the parsed JSON (undefined for 204). Writes carry the
 * CSRF header. An error answer throws a `ProblemError` with the API's problem document.
 */
export async function apiFetch<T = unknown>(path: string, init: ApiInit = {}): Promise<T> {
  const { json, query, ...rest } = init;
  const method = (rest.method ?? (json !== undefined ? 'POST' : 'GET')).toUpperCase();
  const headers = new Headers(rest.headers);
  if (json !== undefined) headers.set('Content-Type', 'application/json');
  decorate(headers, method);
  const url = withQuery(path, query);
  let res: Response;
  try {
    res = await fetch(url, { ...rest, method, headers, credentials: 'same-origin', body: json !== undefined ? JSON.stringify(json) : (rest.body ?? null) });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ProblemError({ title: 'Network error', status: 0, code: 'http.network' });
  }
  if (!res.ok) {
    const problem = await problemFrom(res);
    notify(url, problem);
    throw problem;
  }
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) return (await res.json()) as T;
  return (await res.text()) as unknown as T;
}

/**
 * A `fetch` for openapi-fetch: the same headers as `apiFetch`, and the same 401 handling.
 * Errors stay answers (openapi-fetch returns them as `error`); `problemOf` reads them.
 */
export async function fetchWithCsrf(request: Request): Promise<Response> {
  const headers = new Headers(request.headers);
  decorate(headers, request.method);
  const res = await fetch(new Request(request, { headers, credentials: 'same-origin' }));
  if (!res.ok) notify(request.url, await problemFrom(res));
  return res;
}

let client: ApiClient | null = null;

/** The typed client of the core API (`GET /api/...` with types generated from OpenAPI). */
export function apiClient(): ApiClient {
  client ??= createApiClient(typeof window === 'undefined' ? 'http://localhost' : window.location.origin, fetchWithCsrf);
  return client;
}

/**
 * Unwraps an openapi-fetch result: the data, or a thrown `ProblemError`.
 * `const me = await unwrap(apiClient().GET('/api/auth/me'))`.
 */
export async function unwrap<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await pending;
  if (error !== undefined || !response.ok) {
    throw new ProblemError(isProblem(error) ? error : fallbackProblem(response.status, response.statusText));
  }
  return data as T;
}
