import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../src/testing/index.js';

describe('smoke', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('signs in and reads me', async () => {
    const admin = await app.signInAs(['admin']);
    const me = await admin.get('/api/auth/me').expect(200);
    expect(me.body.user.username).toBe(admin.user.username);
    expect(me.body.permissions).toContain('platform.audit.read');
    const r = await app.request().get('/api/nope').expect(404);
    expect(r.headers['content-type']).toContain('application/problem+json');
    console.log(r.body, me.body);
    const bad = await app.request().post('/api/auth/login').send({ username: 'x', password: 'y', extra: 1 });
    console.log(bad.status, bad.body);
    const docs = await app.request().get('/api/docs-json');
    console.log(docs.status, Object.keys(docs.body.paths ?? {}));
  });
});
