import { createTestApp, type TestApp } from '@schoolbridge/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient, type ApiClient } from '../src/index.js';

describe('createApiClient', () => {
  let app: TestApp;
  let client: ApiClient;
  beforeAll(async () => {
    app = await createTestApp({ plugins: [] });
    await app.app.listen(0, '127.0.0.1');
    client = createApiClient(await app.app.getUrl().then((u) => u.replace('[::1]', '127.0.0.1')));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('calls typed core routes', async () => {
    const health = await client.GET('/api/health');
    expect(health.response.status).toBe(200);
    const status: 'ok' | undefined = health.data?.status;
    expect(status).toBe('ok');
    const meta = await client.GET('/api/meta');
    expect(meta.data).toMatchObject({ name: 'SchoolBridge', plugins: [] });
  });

  it('gives problem documents as typed errors', async () => {
    const res = await client.POST('/api/auth/login', { body: { username: 'nobody', password: 'wrong password 1' }, headers: { 'accept-language': 'en' } });
    expect(res.data).toBeUndefined();
    expect(res.response.status).toBe(401);
    const code: string | undefined = res.error?.code;
    expect(code).toBe('auth.invalidCredentials');
    expect(res.error?.detail).toBe('Wrong username or password');
  });

  it('can use a fetch of the caller’s', async () => {
    const seen: string[] = [];
    const traced = createApiClient('http://api.invalid', async (request) => {
      seen.push(`${request.method} ${new URL(request.url).pathname}`);
      const res = await app.app.inject({ method: request.method as 'GET', url: new URL(request.url).pathname });
      return new Response(res.body, { status: res.statusCode, headers: { 'content-type': String(res.headers['content-type']) } });
    });
    const { data } = await traced.GET('/api/health');
    expect(data?.database).toBe(app.databaseKind);
    expect(seen).toEqual(['GET /api/health']);
  });
});
