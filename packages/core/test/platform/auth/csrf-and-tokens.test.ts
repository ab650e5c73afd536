import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../../src/platform/audit/audit-entry.entity.js';
import { ApiToken } from '../../../src/platform/auth/api-token.entity.js';
import { sha256 } from '../../../src/platform/auth/crypto.js';
import { createTestApp, type TestApp } from '../../../src/testing/index.js';
import { SESSION_COOKIE } from '../../../src/platform/auth/auth.tokens.js';
import { authConfig, cookie, HOUR, login } from './helpers.js';

describe('auth: CSRF protection of cookie writes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ config: authConfig({ loginRateLimitPerMinute: 1000 }) });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('refuses a cookie write without X-CSRF-Token (403 auth.csrf) and accepts it with the token', async () => {
    const user = await app.createUser();
    const { cookieHeader, csrfToken } = await login(app, user.username, user.password);

    const none = await app.request().patch('/api/auth/me').set('Cookie', cookieHeader).send({ displayName: '王芳' });
    expect(none.status).toBe(403);
    expect(none.headers['content-type']).toContain('application/problem+json');
    expect(none.body.code).toBe('auth.csrf');

    const wrong = await app.request().patch('/api/auth/me').set('Cookie', cookieHeader).set('X-CSRF-Token', `${csrfToken}x`).send({ displayName: '王芳' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.code).toBe('auth.csrf');
    expect((await app.request().get('/api/auth/me').set('Cookie', cookieHeader)).body.user.displayName).toBe(user.username);

    const ok = await app.request().patch('/api/auth/me').set('Cookie', cookieHeader).set('X-CSRF-Token', csrfToken!).send({ displayName: '王芳' });
    expect(ok.status).toBe(200);
    expect(ok.body.user.displayName).toBe('王芳');
  });

  it('does not accept the CSRF token of another session', async () => {
    const a = await app.createUser();
    const b = await app.createUser();
    const sa = await login(app, a.username, a.password);
    const sb = await login(app, b.username, b.password);
    expect(sa.csrfToken).not.toBe(sb.csrfToken);
    const res = await app.request().post('/api/auth/tokens').set('Cookie', sa.cookieHeader).set('X-CSRF-Token', sb.csrfToken!).send({ name: 'x' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('auth.csrf');
  });

  it('renews the cookies of a slid session even when the write is refused for CSRF', async () => {
    const user = await app.createUser();
    const { cookieHeader } = await login(app, user.username, user.password);
    const start = app.clock.now();
    try {
      app.clock.advance(2 * HOUR);
      const res = await app.request().patch('/api/auth/me').set('Cookie', cookieHeader).send({ displayName: 'x' });
      expect(res.status).toBe(403);
      expect(Number(cookie(res, SESSION_COOKIE)?.attributes.get('max-age'))).toBe(12 * 3600);
    } finally {
      app.clock.set(start);
    }
  });

  it('lets reads through without the header', async () => {
    const user = await app.createUser();
    const { cookieHeader } = await login(app, user.username, user.password);
    await app.request().get('/api/auth/me').set('Cookie', cookieHeader).expect(200);
    await app.request().get('/api/auth/tokens').set('Cookie', cookieHeader).expect(200);
  });

  it('asks no CSRF token of the public sign-in, even from a browser that still has a cookie', async () => {
    const user = await app.createUser();
    const { cookieHeader } = await login(app, user.username, user.password);
    await app.request().post('/api/auth/login').set('Cookie', cookieHeader).send({ username: user.username, password: user.password }).expect(200);
  });
});

describe('auth: personal API tokens', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ config: authConfig({ loginRateLimitPerMinute: 1000 }) });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('creates a token shown once, keeps only its hash, lists it, and accepts it as a bearer without CSRF', async () => {
    const client = await app.signInAs(['teacher']);
    const created = await client.post('/api/auth/tokens', { name: '导入脚本' });
    expect(created.status).toBe(201);
    const token = created.body.token as string;
    expect(token).toMatch(/^sbp_[A-Za-z0-9_-]{43}$/);
    expect(created.body).toMatchObject({ name: '导入脚本', prefix: token.slice(0, 12), expiresAt: null, lastUsedAt: null });

    const row = await app.dataSource.getRepository(ApiToken).findOneByOrFail({ id: created.body.id });
    expect(row.tokenHash).toBe(sha256(token));
    for (const value of Object.values(row)) expect(String(value)).not.toContain(token.slice(12));
    const audit = await app.dataSource.getRepository(AuditEntry).findOneByOrFail({ action: 'platform.apiToken.create', entityId: row.id });
    expect(JSON.stringify(audit.after)).not.toContain(row.tokenHash);
    expect(audit.actorId).toBe(client.user.id);

    const list = await client.get('/api/auth/tokens').expect(200);
    expect(list.body).toEqual([{ id: row.id, name: '导入脚本', prefix: token.slice(0, 12), createdAt: app.clock.now().toISOString(), lastUsedAt: null, expiresAt: null }]);

    const me = await app.request().get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body.user.id).toBe(client.user.id);
    expect(me.body.csrfToken).toBeNull();
    // a write with the token needs no CSRF header: no browser sends it on its own
    const write = await app.request().patch('/api/auth/me').set('Authorization', `Bearer ${token}`).send({ displayName: '脚本用户' });
    expect(write.status).toBe(200);
    expect((await app.dataSource.getRepository(ApiToken).findOneByOrFail({ id: row.id })).lastUsedAt?.getTime()).toBe(app.clock.now().getTime());
  });

  it('answers 401 auth.invalidToken for an unknown or malformed token', async () => {
    for (const header of ['Bearer sbp_notARealTokenAtAll', 'Bearer something-else', 'bearer ']) {
      const res = await app.request().get('/api/auth/me').set('Authorization', header);
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('auth.invalidToken');
    }
  });

  it('revokes a token: it stops working and leaves the list; another user cannot revoke it', async () => {
    const owner = await app.signInAs([]);
    const other = await app.signInAs([]);
    const { body } = await owner.post('/api/auth/tokens', { name: 'ci' }).expect(201);
    await app.request().get('/api/auth/me').set('Authorization', `Bearer ${body.token}`).expect(200);

    const foreign = await other.delete(`/api/auth/tokens/${body.id}`);
    expect(foreign.status).toBe(404);
    await app.request().get('/api/auth/me').set('Authorization', `Bearer ${body.token}`).expect(200);

    await owner.delete(`/api/auth/tokens/${body.id}`).expect(204);
    const res = await app.request().get('/api/auth/me').set('Authorization', `Bearer ${body.token}`);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('auth.invalidToken');
    expect((await owner.get('/api/auth/tokens')).body).toEqual([]);
    expect(await app.dataSource.getRepository(AuditEntry).countBy({ action: 'platform.apiToken.revoke', entityId: body.id })).toBe(1);
    expect((await owner.delete(`/api/auth/tokens/${body.id}`)).status).toBe(404);
  });

  it('expires a token after expiresInDays', async () => {
    const owner = await app.signInAs([]);
    const start = app.clock.now();
    try {
      const { body } = await owner.post('/api/auth/tokens', { name: 'short', expiresInDays: 1 }).expect(201);
      expect(body.expiresAt).toBe(new Date(start.getTime() + 24 * HOUR).toISOString());
      app.clock.advance(23 * HOUR);
      await app.request().get('/api/auth/me').set('Authorization', `Bearer ${body.token}`).expect(200);
      app.clock.advance(HOUR);
      const res = await app.request().get('/api/auth/me').set('Authorization', `Bearer ${body.token}`);
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('auth.invalidToken');
    } finally {
      app.clock.set(start);
    }
  });

  it('validates the token request', async () => {
    const owner = await app.signInAs([]);
    const res = await owner.post('/api/auth/tokens', { name: '', expiresInDays: 0, scopes: ['all'] });
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`);
    expect(fields).toEqual(expect.arrayContaining(['name:validation.minLength', 'expiresInDays:validation.min', 'scopes:validation.unknownField']));
  });
});
