import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../src/testing/index.js';

describe('the assembled application', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('signs an administrator in and answers who they are', async () => {
    const admin = await app.signInAs(['admin']);
    const me = await admin.get('/api/auth/me').expect(200);
    expect(me.body.user.username).toBe(admin.user.username);
    expect(me.body.assignments).toEqual([expect.objectContaining({ role: 'admin', scopeKind: 'global' })]);
    expect(me.body.permissions).toContain('platform.audit.read');
  });

  it('answers an unknown route with a problem+json 404', async () => {
    const res = await app.request().get('/api/nope').expect(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 404, code: 'http.notFound', instance: '/api/nope', detail: '找不到该地址' });
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  });

  it('reports a missing required field once, as required', async () => {
    const res = await app.request().post('/api/auth/login').send({ username: 'admin' }).expect(400);
    expect(res.body.errors).toEqual([{ field: 'password', code: 'validation.required', message: '必填' }]);
  });
});
