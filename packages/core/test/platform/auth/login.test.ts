import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../../src/platform/audit/audit-entry.entity.js';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../../src/platform/auth/auth.tokens.js';
import { RateLimitCounter } from '../../../src/platform/auth/rate-limit.entity.js';
import { Session } from '../../../src/platform/auth/session.entity.js';
import { User } from '../../../src/platform/auth/user.entity.js';
import { createTestApp, type TestApp } from '../../../src/testing/index.js';
import { authConfig, cookie, HOUR, login, MINUTE } from './helpers.js';

describe('auth: sign-in, sessions and sign-out', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ config: authConfig({ loginRateLimitPerMinute: 1000 }) });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('signs in: httpOnly SameSite=Lax session cookie, readable CSRF cookie, and who the user is', async () => {
    const region = await app.createRegion({ code: '4301' });
    const user = await app.createUser({ username: 'li.ming', displayName: '李明', roles: [{ role: 'bureau_officer', regionId: region.id }] });
    const { res } = await login(app, 'Li.Ming', user.password);
    expect(res.status).toBe(200);

    const session = cookie(res, SESSION_COOKIE)!;
    expect(session.value.length).toBeGreaterThanOrEqual(40);
    expect(session.attributes.get('httponly')).toBe(true);
    expect(String(session.attributes.get('samesite')).toLowerCase()).toBe('lax');
    expect(session.attributes.get('path')).toBe('/');
    expect(Number(session.attributes.get('max-age'))).toBe(12 * 3600);

    const csrf = cookie(res, CSRF_COOKIE)!;
    expect(csrf.attributes.has('httponly')).toBe(false);
    expect(String(csrf.attributes.get('samesite')).toLowerCase()).toBe('lax');
    expect(csrf.value).toBe(res.body.csrfToken);

    expect(res.body.user).toEqual({ id: user.id, username: 'li.ming', displayName: '李明', locale: 'zh-CN', mustChangePassword: false });
    expect(res.body.assignments).toEqual([
      { id: expect.any(String), role: 'bureau_officer', scopeKind: 'region', regionId: region.id, organisationId: null, path: '/4301/' },
    ]);
    expect(res.body.permissions).toContain('platform.audit.read');
    expect(res.body.permissions).not.toContain('platform.users.manage');
    expect(typeof res.body.csrfToken).toBe('string');

    // only the hash of the cookie's token is stored
    const rows = await app.dataSource.getRepository(Session).findBy({ userId: user.id });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).not.toBe(session.value);
    expect(rows[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const me = await app.request().get('/api/auth/me').set('Cookie', `${SESSION_COOKIE}=${session.value}`).expect(200);
    expect(me.body.user.id).toBe(user.id);
    expect(me.body.csrfToken).toBe(res.body.csrfToken);
  });

  it('keeps passwords as argon2id hashes', async () => {
    const user = await app.createUser();
    const row = await app.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    expect(row.passwordHash!.startsWith('$argon2id$')).toBe(true);
    expect(row.passwordHash).not.toContain(user.password);
  });

  it('answers a wrong password and an unknown user alike: 401 auth.invalidCredentials', async () => {
    const user = await app.createUser();
    const wrong = await app.request().post('/api/auth/login').send({ username: user.username, password: 'Wrong-password-1' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.body).toMatchObject({ status: 401, code: 'auth.invalidCredentials', detail: '用户名或密码不正确' });
    expect(cookie(wrong, SESSION_COOKIE)).toBeUndefined();

    const unknown = await app.request().post('/api/auth/login').send({ username: 'nobody-here', password: 'Wrong-password-1' });
    expect(unknown.status).toBe(401);
    expect(unknown.body.code).toBe('auth.invalidCredentials');
    expect(unknown.body.detail).toBe(wrong.body.detail);
  });

  it('answers problem messages in English when the browser asks for it', async () => {
    const res = await app.request().post('/api/auth/login').set('Accept-Language', 'en-GB,en;q=0.8').send({ username: 'nobody', password: 'x' });
    expect(res.status).toBe(401);
    expect(res.body.detail).toBe('Wrong username or password');
  });

  it('refuses an unknown body field with 400 naming it, and a missing one by its name', async () => {
    const user = await app.createUser();
    const res = await app.request().post('/api/auth/login').send({ username: user.username, password: user.password, remember: true });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation.failed');
    expect(res.body.errors).toEqual([{ field: 'remember', code: 'validation.unknownField', message: '不认识的字段“remember”' }]);

    const missing = await app.request().post('/api/auth/login').send({ username: user.username });
    expect(missing.status).toBe(400);
    const fields = new Set(missing.body.errors.map((e: { field: string }) => e.field));
    expect([...fields]).toEqual(['password']);
  });

  it('answers 401 auth.unauthenticated without a session', async () => {
    const res = await app.request().get('/api/auth/me');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('auth.unauthenticated');
  });

  it('signs out: the session row is gone and the cookie no longer works', async () => {
    const user = await app.createUser();
    const { cookieHeader, csrfToken } = await login(app, user.username, user.password);
    const out = await app.request().post('/api/auth/logout').set('Cookie', cookieHeader).set('X-CSRF-Token', csrfToken!);
    expect(out.status).toBe(204);
    expect(cookie(out, SESSION_COOKIE)?.value).toBe('');
    expect(cookie(out, CSRF_COOKIE)?.value).toBe('');
    expect(await app.dataSource.getRepository(Session).countBy({ userId: user.id })).toBe(0);

    const after = await app.request().get('/api/auth/me').set('Cookie', cookieHeader);
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('auth.sessionExpired');
    // the dead cookie is cleared, so the browser stops sending it
    expect(cookie(after, SESSION_COOKIE)?.value).toBe('');
  });

  it('expires a session after sessionTtlHours without use; use slides the expiry and renews the cookies', async () => {
    const user = await app.createUser();
    const { cookieHeader } = await login(app, user.username, user.password);
    const start = app.clock.now();
    try {
      app.clock.advance(11 * HOUR);
      const used = await app.request().get('/api/auth/me').set('Cookie', cookieHeader);
      expect(used.status).toBe(200);
      expect(Number(cookie(used, SESSION_COOKIE)?.attributes.get('max-age'))).toBe(12 * 3600);
      expect(cookie(used, CSRF_COOKIE)?.value).toBe(used.body.csrfToken);

      // 22 hours after sign-in, but only 11 since it was last used
      app.clock.advance(11 * HOUR);
      await app.request().get('/api/auth/me').set('Cookie', cookieHeader).expect(200);

      // 12 hours and a minute without use
      app.clock.advance(12 * HOUR + MINUTE);
      const expired = await app.request().get('/api/auth/me').set('Cookie', cookieHeader);
      expect(expired.status).toBe(401);
      expect(expired.body.code).toBe('auth.sessionExpired');
    } finally {
      app.clock.set(start);
    }
  });

  it('does not renew the cookies on every request, only once the expiry has moved', async () => {
    const user = await app.createUser();
    const { cookieHeader } = await login(app, user.username, user.password);
    const res = await app.request().get('/api/auth/me').set('Cookie', cookieHeader).expect(200);
    expect(cookie(res, SESSION_COOKIE)).toBeUndefined();
  });

  it('drops a user\'s expired sessions at the next sign-in', async () => {
    const user = await app.createUser();
    const start = app.clock.now();
    try {
      await login(app, user.username, user.password);
      app.clock.advance(13 * HOUR);
      await login(app, user.username, user.password);
      const rows = await app.dataSource.getRepository(Session).findBy({ userId: user.id });
      expect(rows).toHaveLength(1);
      expect(rows[0]!.createdAt.getTime()).toBe(app.clock.now().getTime());
    } finally {
      app.clock.set(start);
    }
  });

  it('tells a disabled user so only after the right password; a disabled user\'s session stops working', async () => {
    const user = await app.createUser();
    const { cookieHeader } = await login(app, user.username, user.password);
    await app.dataSource.getRepository(User).update({ id: user.id }, { status: 'disabled' });

    const wrong = await app.request().post('/api/auth/login').send({ username: user.username, password: 'Wrong-password-1' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('auth.invalidCredentials');

    const right = await app.request().post('/api/auth/login').send({ username: user.username, password: user.password });
    expect(right.status).toBe(401);
    expect(right.body.code).toBe('auth.disabled');
    expect(cookie(right, SESSION_COOKIE)).toBeUndefined();

    const me = await app.request().get('/api/auth/me').set('Cookie', cookieHeader);
    expect(me.status).toBe(401);
    expect(me.body.code).toBe('auth.sessionExpired');
  });

  it('sends security headers and a request id on every answer', async () => {
    const user = await app.createUser();
    const { cookieHeader } = await login(app, user.username, user.password);
    for (const res of [await app.request().get('/api/auth/me').set('Cookie', cookieHeader), await app.request().get('/api/auth/me'), await app.request().get('/api/nope')]) {
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
    const problem = await app.request().get('/api/nope');
    expect(problem.body.requestId).toBe(problem.headers['x-request-id']);
    // a well-formed id from a proxy is kept, a malformed one replaced
    const given = await app.request().get('/api/auth/me').set('X-Request-Id', 'proxy-req-12345');
    expect(given.headers['x-request-id']).toBe('proxy-req-12345');
    expect(given.body.requestId).toBe('proxy-req-12345');
    const bad = await app.request().get('/api/auth/me').set('X-Request-Id', 'x; drop');
    expect(bad.headers['x-request-id']).not.toBe('x; drop');
  });
});

describe('auth: lockout after repeated wrong passwords', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ config: authConfig({ loginRateLimitPerMinute: 1000 }) });
  });
  afterAll(async () => {
    await app?.close();
  });

  const wrong = (username: string) => app.request().post('/api/auth/login').send({ username, password: 'Wrong-password-1' });

  it('locks the account after 5 wrong passwords (the default), audits it, and lets it in after 15 minutes', async () => {
    expect(app.config.auth.maxFailedLogins).toBe(5);
    expect(app.config.auth.lockoutMinutes).toBe(15);
    const user = await app.createUser();
    const start = app.clock.now();
    try {
      for (let i = 0; i < 4; i++) expect((await wrong(user.username)).body.code).toBe('auth.invalidCredentials');
      expect(await app.dataSource.getRepository(AuditEntry).countBy({ action: 'platform.user.lock', entityId: user.id })).toBe(0);
      const fifth = await wrong(user.username);
      expect(fifth.status).toBe(401);
      expect(fifth.body.code).toBe('auth.invalidCredentials');

      const locked = await app.request().post('/api/auth/login').send({ username: user.username, password: user.password });
      expect(locked.status).toBe(401);
      expect(locked.body.code).toBe('auth.locked');
      expect(locked.body.detail).toContain('15 分钟');
      expect(cookie(locked, SESSION_COOKIE)).toBeUndefined();
      // a wrong guess while locked says the same, so guessing on tells nothing
      expect((await wrong(user.username)).body.code).toBe('auth.locked');

      const row = await app.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
      expect(row.lockedUntil!.getTime()).toBe(start.getTime() + 15 * MINUTE);
      const audit = await app.dataSource.getRepository(AuditEntry).findBy({ action: 'platform.user.lock', entityId: user.id });
      expect(audit).toHaveLength(1);
      expect(audit[0]!.entityType).toBe('platform.user');
      expect(audit[0]!.after).toEqual({ lockedUntil: row.lockedUntil!.toISOString() });

      app.clock.advance(14 * MINUTE);
      expect((await app.request().post('/api/auth/login').send({ username: user.username, password: user.password })).body.code).toBe('auth.locked');
      app.clock.advance(MINUTE);
      await app.request().post('/api/auth/login').send({ username: user.username, password: user.password }).expect(200);
      const after = await app.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
      expect(after.lockedUntil).toBeNull();
      expect(after.failedLoginCount).toBe(0);
    } finally {
      app.clock.set(start);
    }
  });

  it('counts only wrong passwords in a row: a success starts the count again', async () => {
    const user = await app.createUser();
    for (let i = 0; i < 4; i++) await wrong(user.username);
    await app.request().post('/api/auth/login').send({ username: user.username, password: user.password }).expect(200);
    for (let i = 0; i < 4; i++) await wrong(user.username);
    await app.request().post('/api/auth/login').send({ username: user.username, password: user.password }).expect(200);
  });

  it('keeps the user\'s row version through sign-in bookkeeping', async () => {
    const user = await app.createUser();
    const before = await app.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    for (let i = 0; i < 5; i++) await wrong(user.username);
    const after = await app.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    expect(after.lockedUntil).not.toBeNull();
    expect(after.version).toBe(before.version);
  });
});

describe('auth: lockout and rate limit follow the configuration', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ config: authConfig({ maxFailedLogins: 3, lockoutMinutes: 2, loginRateLimitPerMinute: 6 }) });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('locks after maxFailedLogins and releases after lockoutMinutes; throttles an address with 429 and a database counter', async () => {
    const start = app.clock.now();
    try {
      const user = await app.createUser();
      for (let i = 0; i < 3; i++) expect((await app.request().post('/api/auth/login').send({ username: user.username, password: 'Wrong-password-1' })).status).toBe(401);
      const locked = await app.request().post('/api/auth/login').set('Accept-Language', 'en').send({ username: user.username, password: user.password });
      expect(locked.body.code).toBe('auth.locked');
      expect(locked.body.detail).toContain('try again in 2 minutes');

      // four attempts so far from this address; the limit is six a minute
      await app.request().post('/api/auth/login').send({ username: 'nobody', password: 'x' }).expect(401);
      await app.request().post('/api/auth/login').send({ username: 'nobody', password: 'x' }).expect(401);
      const limited = await app.request().post('/api/auth/login').send({ username: 'nobody', password: 'x' });
      expect(limited.status).toBe(429);
      expect(limited.body.code).toBe('auth.rateLimited');
      expect(limited.body.retryAfterSeconds).toBe(60);
      expect(limited.headers['retry-after']).toBe('60');
      expect(limited.body.detail).toBe('登录尝试过于频繁，请 60 秒后再试');

      const counters = await app.dataSource.getRepository(RateLimitCounter).find();
      expect(counters).toHaveLength(1);
      expect(counters[0]!.key).toMatch(/^login:/);
      expect(counters[0]!.count).toBe(7);
      expect(counters[0]!.windowStart.getTime()).toBe(start.getTime());

      // even the right password of an unlocked account is throttled
      const other = await app.createUser();
      expect((await app.request().post('/api/auth/login').send({ username: other.username, password: other.password })).status).toBe(429);

      app.clock.advance(30_000);
      const later = await app.request().post('/api/auth/login').send({ username: other.username, password: other.password });
      expect(later.status).toBe(429);
      expect(later.body.retryAfterSeconds).toBe(30);

      // a new window, and the lock has run out too
      app.clock.advance(90_000);
      await app.request().post('/api/auth/login').send({ username: user.username, password: user.password }).expect(200);
      const counter = await app.dataSource.getRepository(RateLimitCounter).findOneByOrFail({ key: counters[0]!.key });
      expect(counter.count).toBe(1);
      expect(counter.windowStart.getTime()).toBe(app.clock.now().getTime());
    } finally {
      app.clock.set(start);
    }
  });
});
