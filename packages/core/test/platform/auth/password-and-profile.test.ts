import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@schoolbridge/shared';
import { AuditEntry } from '../../../src/platform/audit/audit-entry.entity.js';
import { User } from '../../../src/platform/auth/user.entity.js';
import { createTestApp, type TestApp } from '../../../src/testing/index.js';
import { authConfig, login } from './helpers.js';

type FieldErr = { field: string; code: string; message: string };
const codes = (body: { errors?: FieldErr[] }) => (body.errors ?? []).map((e) => `${e.field}:${e.code}`).sort();

describe('auth: changing one\'s password', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ config: authConfig({ loginRateLimitPerMinute: 1000 }) });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('refuses a wrong current password with a field error on currentPassword', async () => {
    const client = await app.signInAs([]);
    const res = await client.post('/api/auth/password', { currentPassword: 'Not-my-password-1', newPassword: 'Fresh-pass-2026' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation.failed');
    expect(res.body.errors).toEqual([{ field: 'currentPassword', code: 'auth.password.wrongCurrent', message: '当前密码不正确' }]);
    // the old password still works
    await login(app, client.user.username, client.user.password).then(({ res: r }) => expect(r.status).toBe(200));
  });

  it('refuses a weak new password with field errors on newPassword, all at once', async () => {
    const client = await app.signInAs([], { username: 'zhang.wei' });
    const current = client.user.password;
    expect(codes((await client.post('/api/auth/password', { currentPassword: current, newPassword: 'ab1' })).body)).toEqual([
      'newPassword:auth.password.tooShort',
    ]);
    expect(codes((await client.post('/api/auth/password', { currentPassword: current, newPassword: 'onlyletters' })).body)).toEqual([
      'newPassword:auth.password.lettersAndDigits',
    ]);
    expect(codes((await client.post('/api/auth/password', { currentPassword: current, newPassword: 'x-Zhang.Wei-2026' })).body)).toEqual([
      'newPassword:auth.password.containsUsername',
    ]);
    expect(codes((await client.post('/api/auth/password', { currentPassword: current, newPassword: 'a1'.repeat(65) })).body)).toEqual([
      'newPassword:auth.password.tooLong',
    ]);
    expect(codes((await client.post('/api/auth/password', { currentPassword: current, newPassword: current })).body)).toEqual([
      'newPassword:auth.password.sameAsCurrent',
    ]);
    const both = await client.post('/api/auth/password', { currentPassword: 'wrong', newPassword: 'short' });
    expect(both.status).toBe(400);
    expect(codes(both.body)).toEqual(['currentPassword:auth.password.wrongCurrent', 'newPassword:auth.password.lettersAndDigits', 'newPassword:auth.password.tooShort']);
    expect(both.body.errors.find((e: FieldErr) => e.code === 'auth.password.tooShort').message).toBe('密码至少 8 位');

    const unknown = await client.post('/api/auth/password', { currentPassword: current, newPassword: 'Fresh-pass-2026', confirm: 'Fresh-pass-2026' });
    expect(unknown.status).toBe(400);
    expect(codes(unknown.body)).toEqual(['confirm:validation.unknownField']);
  });

  it('changes the password and signs out the user\'s other sessions, keeping this one', async () => {
    const user = await app.createUser();
    const here = await app.signIn(user);
    const elsewhere = await login(app, user.username, user.password);
    await app.request().get('/api/auth/me').set('Cookie', elsewhere.cookieHeader).expect(200);

    await here.post('/api/auth/password', { currentPassword: user.password, newPassword: 'Fresh-pass-2026' }).expect(204);

    const other = await app.request().get('/api/auth/me').set('Cookie', elsewhere.cookieHeader);
    expect(other.status).toBe(401);
    expect(other.body.code).toBe('auth.sessionExpired');
    await here.get('/api/auth/me').expect(200);

    expect((await login(app, user.username, user.password)).res.body.code).toBe('auth.invalidCredentials');
    expect((await login(app, user.username, 'Fresh-pass-2026')).res.status).toBe(200);

    const row = await app.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    expect(row.passwordHash!.startsWith('$argon2id$')).toBe(true);
    expect(row.passwordChangedAt?.getTime()).toBe(app.clock.now().getTime());
    const audit = await app.dataSource.getRepository(AuditEntry).findOneByOrFail({ action: 'platform.user.changePassword', entityId: user.id });
    expect(audit.actorId).toBe(user.id);
    expect(JSON.stringify(audit)).not.toContain('Fresh-pass-2026');
  });
});

describe('auth: password change attempts are limited', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ config: authConfig({ loginRateLimitPerMinute: 3 }) });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers 429 after too many attempts in a minute, per user', async () => {
    const start = app.clock.now();
    try {
      const client = await app.signInAs([]);
      for (let i = 0; i < 3; i++) expect((await client.post('/api/auth/password', { currentPassword: `guess-${i}`, newPassword: 'Fresh-pass-2026' })).status).toBe(400);
      const limited = await client.post('/api/auth/password', { currentPassword: client.user.password, newPassword: 'Fresh-pass-2026' });
      expect(limited.status).toBe(429);
      expect(limited.body.code).toBe('auth.password.rateLimited');
      expect(limited.body.detail).toBe('修改密码尝试过于频繁，请 60 秒后再试');
      expect(limited.headers['retry-after']).toBe('60');
      app.clock.advance(60_000);
      await client.post('/api/auth/password', { currentPassword: client.user.password, newPassword: 'Fresh-pass-2026' }).expect(204);
    } finally {
      app.clock.set(start);
    }
  });
});

describe('auth: password reset by an administrator', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ config: authConfig({ loginRateLimitPerMinute: 1000 }) });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers 403 without the permission', async () => {
    const region = await app.createRegion({ code: '4302' });
    const officer = await app.signInAs([{ role: 'bureau_officer', regionId: region.id }]);
    const target = await app.createUser();
    const res = await officer.post(`/api/users/${target.id}/reset-password`);
    expect(res.status).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('auth.forbidden');
    expect(res.body.detail).toContain('platform.users.manage');
    // nothing changed
    await login(app, target.username, target.password).then(({ res: r }) => expect(r.status).toBe(200));
  });

  it('answers 404 for an unknown user and 400 for a malformed id', async () => {
    const admin = await app.signInAs(['admin']);
    expect((await admin.post(`/api/users/${newId()}/reset-password`)).status).toBe(404);
    expect((await admin.post('/api/users/not-an-id/reset-password')).status).toBe(400);
  });

  it('gives a temporary password that must be changed before anything else works', async () => {
    const admin = await app.signInAs(['admin']);
    const user = await app.createUser({ roles: ['teacher'] });
    const before = await app.signIn(user);
    const token = (await before.post('/api/auth/tokens', { name: 'script' }).expect(201)).body.token as string;

    const reset = await admin.post(`/api/users/${user.id}/reset-password`);
    expect(reset.status).toBe(200);
    const temporary = reset.body.temporaryPassword as string;
    expect(temporary).toMatch(/^[A-Za-z2-9]{16}$/);
    const audit = await app.dataSource.getRepository(AuditEntry).findOneByOrFail({ action: 'platform.user.resetPassword', entityId: user.id });
    expect(audit.actorId).toBe(admin.user.id);
    expect(JSON.stringify(audit)).not.toContain(temporary);

    // the reset signs the user out everywhere, and the old password is gone
    expect((await before.get('/api/auth/me')).body.code).toBe('auth.sessionExpired');
    expect((await login(app, user.username, user.password)).res.body.code).toBe('auth.invalidCredentials');

    const { res, cookieHeader, csrfToken } = await login(app, user.username, temporary);
    expect(res.status).toBe(200);
    expect(res.body.user.mustChangePassword).toBe(true);
    const as = (t: ReturnType<ReturnType<TestApp['request']>['get']>) => t.set('Cookie', cookieHeader).set('X-CSRF-Token', csrfToken!);

    for (const blocked of [as(app.request().get('/api/auth/tokens')), as(app.request().post('/api/auth/tokens')).send({ name: 'x' }), as(app.request().post(`/api/users/${user.id}/reset-password`))]) {
      const r = await blocked;
      expect(r.status).toBe(403);
      expect(r.body.code).toBe('auth.passwordChangeRequired');
    }
    // an API token of the user is held back the same way
    const viaToken = await app.request().get('/api/auth/tokens').set('Authorization', `Bearer ${token}`);
    expect(viaToken.status).toBe(403);
    expect(viaToken.body.code).toBe('auth.passwordChangeRequired');

    const me = await as(app.request().get('/api/auth/me'));
    expect(me.status).toBe(200);
    expect(me.body.user.mustChangePassword).toBe(true);
    await as(app.request().patch('/api/auth/me')).send({ locale: 'en' }).expect(200);

    await as(app.request().post('/api/auth/password')).send({ currentPassword: temporary, newPassword: 'My-own-pass-77' }).expect(204);
    const after = await as(app.request().get('/api/auth/me'));
    expect(after.body.user.mustChangePassword).toBe(false);
    await as(app.request().get('/api/auth/tokens')).expect(200);
    await app.request().get('/api/auth/tokens').set('Authorization', `Bearer ${token}`).expect(200);
    await as(app.request().post('/api/auth/logout')).expect(204);
    expect((await login(app, user.username, 'My-own-pass-77')).res.body.user.mustChangePassword).toBe(false);
  });

  it('lets a user who must change the password sign out', async () => {
    const user = await app.createUser({ mustChangePassword: true });
    const { cookieHeader, csrfToken } = await login(app, user.username, user.password);
    await app.request().post('/api/auth/logout').set('Cookie', cookieHeader).set('X-CSRF-Token', csrfToken!).expect(204);
    expect((await app.request().get('/api/auth/me').set('Cookie', cookieHeader)).status).toBe(401);
  });

  it('unlocks a locked account', async () => {
    const admin = await app.signInAs(['admin']);
    const user = await app.createUser();
    for (let i = 0; i < 5; i++) await login(app, user.username, 'Wrong-password-1');
    expect((await login(app, user.username, user.password)).res.body.code).toBe('auth.locked');
    const { temporaryPassword } = (await admin.post(`/api/users/${user.id}/reset-password`).expect(200)).body;
    expect((await login(app, user.username, temporaryPassword)).res.status).toBe(200);
  });
});

describe('auth: the caller\'s own profile', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ config: authConfig({ loginRateLimitPerMinute: 1000 }) });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('switches the language: problem messages then come in English', async () => {
    const client = await app.signInAs([]);
    const zh = await client.delete(`/api/auth/tokens/${newId()}`);
    expect(zh.status).toBe(404);
    expect(zh.body.detail).toBe('找不到该记录，或您无权查看');

    const res = await client.patch('/api/auth/me', { locale: 'en' });
    expect(res.status).toBe(200);
    expect(res.body.user.locale).toBe('en');
    expect(res.body.user.displayName).toBe(client.user.username);

    const en = await client.delete(`/api/auth/tokens/${newId()}`);
    expect(en.status).toBe(404);
    expect(en.body.detail).toBe('Not found, or not visible to you');
    const bad = await client.post('/api/auth/password', { currentPassword: 'nope', newPassword: 'short' });
    expect(bad.body.errors.map((e: FieldErr) => e.message)).toContain('The current password is wrong');
    // the user's choice wins over the browser's
    const still = await client.delete(`/api/auth/tokens/${newId()}`).set('Accept-Language', 'zh-CN');
    expect(still.body.detail).toBe('Not found, or not visible to you');
    expect((await client.get('/api/auth/me')).body.user.locale).toBe('en');
  });

  it('changes only what was sent, and audits it', async () => {
    const client = await app.signInAs([]);
    await client.patch('/api/auth/me', { locale: 'en' }).expect(200);
    const named = await client.patch('/api/auth/me', { displayName: '  陈静  ' });
    expect(named.status).toBe(200);
    expect(named.body.user).toMatchObject({ displayName: '陈静', locale: 'en' });
    const row = await app.dataSource.getRepository(User).findOneByOrFail({ id: client.user.id });
    expect(row).toMatchObject({ displayName: '陈静', locale: 'en' });

    const audits = await app.dataSource.getRepository(AuditEntry).find({ where: { action: 'platform.user.updateProfile', entityId: client.user.id }, order: { id: 'ASC' } });
    expect(audits.map((a) => [a.before, a.after])).toEqual([
      [{ locale: 'zh-CN' }, { locale: 'en' }],
      [{ displayName: client.user.username }, { displayName: '陈静' }],
    ]);

    // nothing sent, nothing changed
    const empty = await client.patch('/api/auth/me', {});
    expect(empty.status).toBe(200);
    expect(empty.body.user).toMatchObject({ displayName: '陈静', locale: 'en' });
    expect(await app.dataSource.getRepository(AuditEntry).countBy({ action: 'platform.user.updateProfile', entityId: client.user.id })).toBe(2);
    expect((await app.dataSource.getRepository(User).findOneByOrFail({ id: client.user.id })).version).toBe(row.version);
  });

  it('refuses a language it does not speak, a blank name and unknown fields', async () => {
    const client = await app.signInAs([]);
    expect(codes((await client.patch('/api/auth/me', { locale: 'fr' })).body)).toEqual(['locale:validation.isIn']);
    expect(codes((await client.patch('/api/auth/me', { displayName: '   ' })).body)).toEqual(['displayName:validation.required']);
    expect(codes((await client.patch('/api/auth/me', { displayName: null })).body)).toEqual(['displayName:validation.required']);
    expect(codes((await client.patch('/api/auth/me', { username: 'root' })).body)).toEqual(['username:validation.unknownField']);
    const row = await app.dataSource.getRepository(User).findOneByOrFail({ id: client.user.id });
    expect(row).toMatchObject({ displayName: client.user.username, locale: 'zh-CN' });
  });
});
