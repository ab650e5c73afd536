import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../../src/platform/audit/audit-entry.entity.js';
import { DEFAULT_HASH_OPTIONS } from '../../../src/platform/auth/crypto.js';
import { Session } from '../../../src/platform/auth/session.entity.js';
import { databaseKindFromEnv } from '../../../src/platform/config.js';
import { createTestApp, type TestApp } from '../../../src/testing/index.js';
import { authConfig, login } from './helpers.js';

/** Decided from the environment, not from the app, so a misrouted DATABASE_URL cannot skip these. */
const onPostgres = databaseKindFromEnv(process.env) === 'postgres';

describe('auth: state shared by API instances', () => {
  let first: TestApp;
  let second: TestApp | undefined;
  beforeAll(async () => {
    // the production hashing cost: each check takes long enough for parallel sign-ins to overlap
    first = await createTestApp({ config: authConfig({ loginRateLimitPerMinute: 1000 }), hashOptions: DEFAULT_HASH_OPTIONS });
    if (onPostgres) second = await createTestApp({ shareDatabaseWith: first, config: authConfig({ loginRateLimitPerMinute: 1000 }), hashOptions: DEFAULT_HASH_OPTIONS });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('runs on the database the environment names', () => {
    expect(first.databaseKind).toBe(onPostgres ? 'postgres' : 'sqlite');
  });

  it('refuses a second instance on an in-memory SQLite database', async () => {
    if (onPostgres) {
      expect(second!.databaseKind).toBe('postgres');
      return;
    }
    await expect(createTestApp({ shareDatabaseWith: first })).rejects.toThrow(/needs PostgreSQL/);
  });

  it.runIf(onPostgres)('accepts on a second instance a session created through the first, CSRF token included', async () => {
    const b = second!;
    const user = await first.createUser();
    const { res, cookieHeader, csrfToken } = await login(first, user.username, user.password);
    expect(res.status).toBe(200);

    const me = await b.request().get('/api/auth/me').set('Cookie', cookieHeader);
    expect(me.status).toBe(200);
    expect(me.body.user.id).toBe(user.id);
    expect(me.body.csrfToken).toBe(csrfToken);

    await b.request().patch('/api/auth/me').set('Cookie', cookieHeader).set('X-CSRF-Token', csrfToken!).send({ displayName: '赵磊' }).expect(200);
    expect((await first.request().get('/api/auth/me').set('Cookie', cookieHeader)).body.user.displayName).toBe('赵磊');

    // signing out through the second instance ends the session on the first
    await b.request().post('/api/auth/logout').set('Cookie', cookieHeader).set('X-CSRF-Token', csrfToken!).expect(204);
    expect(await first.dataSource.getRepository(Session).countBy({ userId: user.id })).toBe(0);
    expect((await first.request().get('/api/auth/me').set('Cookie', cookieHeader)).body.code).toBe('auth.sessionExpired');
  });

  it.runIf(onPostgres)('accepts an API token made through one instance on the other, and honours its revocation', async () => {
    const client = await first.signInAs([]);
    const { body } = await client.post('/api/auth/tokens', { name: 'script' }).expect(201);
    await second!.request().get('/api/auth/me').set('Authorization', `Bearer ${body.token}`).expect(200);
    await client.delete(`/api/auth/tokens/${body.id}`).expect(204);
    expect((await second!.request().get('/api/auth/me').set('Authorization', `Bearer ${body.token}`)).body.code).toBe('auth.invalidToken');
  });

  it.runIf(onPostgres)('counts wrong passwords through both instances towards one lock', async () => {
    const user = await first.createUser();
    for (const app of [first, second!, first, second!, first]) {
      expect((await login(app, user.username, 'Wrong-password-1')).res.body.code).toBe('auth.invalidCredentials');
    }
    expect((await login(second!, user.username, user.password)).res.body.code).toBe('auth.locked');
    expect((await login(first, user.username, user.password)).res.body.code).toBe('auth.locked');
  });

  it('locks once when many wrong passwords arrive at the same moment (through both instances on PostgreSQL)', async () => {
    const user = await first.createUser();
    const apps = second ? [first, second] : [first];
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => login(apps[i % apps.length]!, user.username, 'Wrong-password-1')));
    for (const a of answers) expect(['auth.invalidCredentials', 'auth.locked']).toContain(a.res.body.code);
    expect(answers.filter((a) => a.res.body.code === 'auth.invalidCredentials').length).toBeGreaterThanOrEqual(5);
    expect(await first.dataSource.getRepository(AuditEntry).countBy({ action: 'platform.user.lock', entityId: user.id })).toBe(1);
    expect((await login(first, user.username, user.password)).res.body.code).toBe('auth.locked');
  });
});

describe('auth: the sign-in rate limit across API instances', () => {
  let first: TestApp;
  let second: TestApp | undefined;
  beforeAll(async () => {
    first = await createTestApp({ config: authConfig({ loginRateLimitPerMinute: 5 }) });
    if (onPostgres) second = await createTestApp({ shareDatabaseWith: first, config: authConfig({ loginRateLimitPerMinute: 5 }) });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('runs on the database the environment names', () => {
    expect(first.databaseKind).toBe(onPostgres ? 'postgres' : 'sqlite');
  });

  it('lets exactly the limit through when attempts arrive at once (through both instances on PostgreSQL)', async () => {
    const user = await first.createUser();
    const apps = second ? [first, second] : [first];
    const answers = await Promise.all(Array.from({ length: 14 }, (_, i) => login(apps[i % apps.length]!, user.username, user.password)));
    const statuses = answers.map((a) => a.res.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(9);
  });
});
