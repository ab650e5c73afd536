import { ADMIN_PASSWORD, ADMIN_USERNAME } from './constants.js';

/** A cookie session against the API, outside the browser: to put shared state back between journeys. */
export async function apiSession(baseURL: string, username = ADMIN_USERNAME, password = ADMIN_PASSWORD) {
  const login = await fetch(`${baseURL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!login.ok) throw new Error(`signing in as ${username} through the API answered ${login.status}: ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const request = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${baseURL}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
    return res.status === 204 ? null : ((await res.json()) as unknown);
  };
  return {
    request,
    async close() {
      await request('POST', '/api/auth/logout');
    },
  };
}

/**
 * Every journey starts from the administrator as the first start made them: language zh-CN (the
 * default). Journeys share one API, and one that switched languages may have stopped half-way.
 */
export async function resetAdministrator(baseURL: string): Promise<void> {
  const admin = await apiSession(baseURL);
  await admin.request('PATCH', '/api/auth/me', { locale: 'zh-CN' });
  await admin.close();
}
