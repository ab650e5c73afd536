import type { Response } from 'supertest';
import { loadConfig, type AppConfig } from '../../../src/platform/config.js';
import type { TestApp } from '../../../src/testing/index.js';

/** The auth settings with some changed: a `config.auth` override replaces the whole object. */
export function authConfig(changes: Partial<AppConfig['auth']> = {}): Partial<AppConfig> {
  return { auth: { ...loadConfig({}).auth, ...changes } };
}

export interface SetCookie {
  name: string;
  value: string;
  attributes: Map<string, string | true>;
}

/** The Set-Cookie headers of a response, parsed (attribute names lower-cased). */
export function setCookies(res: Response): SetCookie[] {
  const raw = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  return raw.map((line) => {
    const [pair, ...attrs] = line.split(';').map((p) => p.trim());
    const eq = pair!.indexOf('=');
    const attributes = new Map<string, string | true>();
    for (const a of attrs) {
      const i = a.indexOf('=');
      if (i < 0) attributes.set(a.toLowerCase(), true);
      else attributes.set(a.slice(0, i).toLowerCase(), a.slice(i + 1));
    }
    return { name: pair!.slice(0, eq), value: decodeURIComponent(pair!.slice(eq + 1)), attributes };
  });
}

export function cookie(res: Response, name: string): SetCookie | undefined {
  return setCookies(res).find((c) => c.name === name);
}

/** Signs in over HTTP and returns the raw response plus a Cookie header built from it. */
export async function login(app: TestApp, username: string, password: string, headers: Record<string, string> = {}) {
  const res = await app.request().post('/api/auth/login').set(headers).send({ username, password });
  const cookieHeader = setCookies(res)
    .filter((c) => c.value !== '')
    .map((c) => `${c.name}=${encodeURIComponent(c.value)}`)
    .join('; ');
  return { res, cookieHeader, csrfToken: res.body?.csrfToken as string | undefined };
}

export const HOUR = 3_600_000;
export const MINUTE = 60_000;
