import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiFetch, onPasswordChangeRequired, onUnauthorized, readCookie, setApiLanguage, setCsrfToken, withQuery } from '../../src/app/api';
import { ProblemError } from '../../src/kit/problem';

function answer(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'content-type': type } });
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'sb_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  setCsrfToken(null);
  setApiLanguage('zh-CN');
});

describe('apiFetch', () => {
  it('sends the CSRF token from the sb_csrf cookie on writes only, and the interface language', async () => {
    document.cookie = 'sb_csrf=token%2Dfrom%2Dcookie';
    setApiLanguage('en');
    const fetchMock = vi.fn(async () => answer(200, { ok: true }));
    vi.stubGlobal('fetch', fetchMock);

    await apiFetch('/api/things', { method: 'POST', json: { a: 1 } });
    await apiFetch('/api/things');

    const [postUrl, post] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    const [, get] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
    expect(postUrl).toBe('/api/things');
    expect(post.credentials).toBe('same-origin');
    expect(post.body).toBe('{"a":1}');
    expect(new Headers(post.headers).get('X-CSRF-Token')).toBe('token-from-cookie');
    expect(new Headers(post.headers).get('Content-Type')).toBe('application/json');
    expect(new Headers(post.headers).get('Accept-Language')).toBe('en');
    expect(new Headers(get.headers).has('X-CSRF-Token')).toBe(false);
  });

  it('falls back to the token of the /me answer when the cookie is not readable', async () => {
    setCsrfToken('token-from-me');
    const fetchMock = vi.fn(async () => answer(204, null));
    vi.stubGlobal('fetch', fetchMock);
    await expect(apiFetch('/api/things/1', { method: 'DELETE' })).resolves.toBeUndefined();
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(new Headers(init.headers).get('X-CSRF-Token')).toBe('token-from-me');
  });

  it('throws a ProblemError with the problem document of an error answer', async () => {
    const doc = {
      type: 'urn:x',
      title: 'Bad Request',
      status: 400,
      code: 'validation.failed',
      detail: '提交的内容有误',
      errors: [{ field: 'name', code: 'validation.required', message: '必填' }],
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => answer(400, doc, 'application/problem+json')),
    );
    const err = await apiFetch('/api/x', { method: 'POST', json: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProblemError);
    expect((err as ProblemError).status).toBe(400);
    expect((err as ProblemError).detail).toBe('提交的内容有误');
    expect((err as ProblemError).fieldErrors).toEqual(doc.errors);
  });

  it('makes a problem of an error answer that is not problem+json', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'content-type': 'text/html' } })),
    );
    const err = (await apiFetch('/api/x').catch((e: unknown) => e)) as ProblemError;
    expect(err.status).toBe(502);
    expect(err.code).toBe('http.502');
  });

  it('tells the auth layer about a 401 that means "sign in again", but not about a wrong password', async () => {
    const seen: string[] = [];
    const off = onUnauthorized((p) => seen.push(p.code ?? ''));
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url === '/api/auth/login'
          ? answer(401, { title: 'Unauthorized', status: 401, code: 'auth.invalidCredentials', detail: '用户名或密码不正确' })
          : answer(401, { title: 'Unauthorized', status: 401, code: 'auth.sessionExpired', detail: '登录已过期' }),
      ),
    );
    await apiFetch('/api/auth/login', { json: { username: 'a', password: 'b' } }).catch(() => undefined);
    expect(seen).toEqual([]);
    await apiFetch('/api/reminders').catch(() => undefined);
    expect(seen).toEqual(['auth.sessionExpired']);
    off();
    await apiFetch('/api/reminders').catch(() => undefined);
    expect(seen).toHaveLength(1);
  });

  it('tells about a required password change', async () => {
    const seen = vi.fn();
    const off = onPasswordChangeRequired(seen);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => answer(403, { title: 'Forbidden', status: 403, code: 'auth.passwordChangeRequired' })),
    );
    await apiFetch('/api/reminders').catch(() => undefined);
    off();
    expect(seen).toHaveBeenCalledTimes(1);
  });
});

describe('helpers', () => {
  it('reads a cookie by name', () => {
    expect(readCookie('sb_csrf', 'a=1; sb_csrf=x%20y; b=2')).toBe('x y');
    expect(readCookie('missing', 'a=1')).toBeNull();
  });

  it('adds only the query parameters that have a value', () => {
    expect(withQuery('/api/x', { a: 1, b: '', c: undefined, d: null, e: 'z z' })).toBe('/api/x?a=1&e=z+z');
    expect(withQuery('/api/x?p=1', { a: true })).toBe('/api/x?p=1&a=true');
  });
});
