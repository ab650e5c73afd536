import { describe, expect, it } from 'vitest';
import { ConfigError, databaseKindFromEnv, loadConfig } from '../../src/platform/config.js';
import { createApp } from '../../src/platform/http/create-app.js';
import { createTestDatabase, dropTestDatabase } from '../../src/testing/postgres.js';
import { TEST_HASH_OPTIONS } from '../../src/testing/index.js';
import supertest from 'supertest';

const FAKE = '2030-01-15T04:00:00.000Z';

describe('loadConfig', () => {
  it('refuses SCHOOLBRIDGE_FAKE_NOW in production, naming the variable', () => {
    const load = () => loadConfig({ NODE_ENV: 'production', SCHOOLBRIDGE_FAKE_NOW: FAKE });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/SCHOOLBRIDGE_FAKE_NOW/);
  });

  it('accepts SCHOOLBRIDGE_FAKE_NOW outside production, and refuses one that is not an instant', () => {
    expect(loadConfig({ SCHOOLBRIDGE_FAKE_NOW: FAKE }).fakeNow?.toISOString()).toBe(FAKE);
    expect(loadConfig({ NODE_ENV: 'test', SCHOOLBRIDGE_FAKE_NOW: FAKE }).fakeNow?.toISOString()).toBe(FAKE);
    expect(loadConfig({}).fakeNow).toBeNull();
    expect(() => loadConfig({ SCHOOLBRIDGE_FAKE_NOW: 'next tuesday' })).toThrow(/SCHOOLBRIDGE_FAKE_NOW must be an ISO instant/);
  });

  it('chooses the database from DATABASE_URL and refuses anything but postgres, hiding the password', () => {
    expect(loadConfig({}).database.kind).toBe('sqlite');
    expect(loadConfig({ DATA_DIR: '/srv/sb' }).database).toEqual({ kind: 'sqlite', file: '/srv/sb/schoolbridge.sqlite' });
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/sb' }).database).toEqual({ kind: 'postgres', url: 'postgres://u:p@db:5432/sb' });
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/sb' }).database.kind).toBe('postgres');
    expect(databaseKindFromEnv({ DATABASE_URL: 'postgres://db/sb' })).toBe('postgres');
    expect(databaseKindFromEnv({})).toBe('sqlite');
    const load = () => loadConfig({ DATABASE_URL: 'mysql://root:hunter2@db/sb' });
    expect(load).toThrow(/DATABASE_URL must be a postgres:\/\/ URL/);
    expect(load).not.toThrow(/hunter2/);
    expect(() => loadConfig({ DATABASE_URL: 'sqlite:./x.db' })).toThrow(ConfigError);
  });

  it('refuses a short SCHOOLBRIDGE_SECRET', () => {
    expect(() => loadConfig({ SCHOOLBRIDGE_SECRET: 'short' })).toThrow(/SCHOOLBRIDGE_SECRET must be at least 32 characters/);
    expect(loadConfig({ SCHOOLBRIDGE_SECRET: 'x'.repeat(32) }).secret).toBe('x'.repeat(32));
    expect(loadConfig({}).secret).toBeNull();
  });

  it('refuses an unknown time zone and defaults to Asia/Shanghai', () => {
    expect(() => loadConfig({ SCHOOLBRIDGE_TIME_ZONE: 'Mars/Olympus_Mons' })).toThrow(/SCHOOLBRIDGE_TIME_ZONE is not a time zone/);
    expect(loadConfig({}).timeZone).toBe('Asia/Shanghai');
    expect(loadConfig({ SCHOOLBRIDGE_TIME_ZONE: 'Asia/Urumqi' }).timeZone).toBe('Asia/Urumqi');
  });

  it('refuses an unsupported locale and defaults to zh-CN', () => {
    expect(() => loadConfig({ SCHOOLBRIDGE_DEFAULT_LOCALE: 'fr' })).toThrow(/SCHOOLBRIDGE_DEFAULT_LOCALE must be zh-CN or en/);
    expect(loadConfig({}).defaultLocale).toBe('zh-CN');
    expect(loadConfig({ SCHOOLBRIDGE_DEFAULT_LOCALE: 'en' }).defaultLocale).toBe('en');
  });

  it('reads SCHOOLBRIDGE_PLUGINS: unset means all, empty means none', () => {
    expect(loadConfig({}).plugins).toBeNull();
    expect(loadConfig({ SCHOOLBRIDGE_PLUGINS: '' }).plugins).toEqual([]);
    expect(loadConfig({ SCHOOLBRIDGE_PLUGINS: 'a, b' }).plugins).toEqual(['a', 'b']);
    expect(loadConfig({ SCHOOLBRIDGE_PLUGINS: ' a ,, b ,' }).plugins).toEqual(['a', 'b']);
  });

  it('refuses a number that is not a non-negative integer', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be a non-negative integer/);
    expect(() => loadConfig({ LOGIN_MAX_FAILURES: '-1' })).toThrow(/LOGIN_MAX_FAILURES/);
    expect(loadConfig({ PORT: '8080' }).port).toBe(8080);
  });

  it('knows production, test and development apart', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).env).toBe('production');
    expect(loadConfig({ NODE_ENV: 'test' }).env).toBe('test');
    expect(loadConfig({ NODE_ENV: 'development' }).env).toBe('development');
  });
});

describe('createApp with SCHOOLBRIDGE_FAKE_NOW', () => {
  it('starts its clock at that instant, and the API tells that time', async () => {
    const env: NodeJS.ProcessEnv = { NODE_ENV: 'test', SCHOOLBRIDGE_FAKE_NOW: FAKE, LOG_LEVEL: 'silent' };
    let postgresUrl: string | undefined;
    if (databaseKindFromEnv() === 'postgres') {
      env.DATABASE_URL = process.env.DATABASE_URL;
      postgresUrl = await createTestDatabase(process.env.DATABASE_URL!);
    }
    try {
      const app = await createApp({ env, hashOptions: TEST_HASH_OPTIONS, ...(postgresUrl ? { postgresUrl } : { sqliteFile: ':memory:' }) });
      try {
        const start = new Date(FAKE).getTime();
        const now = app.clock.now().getTime();
        expect(now).toBeGreaterThanOrEqual(start);
        expect(now - start).toBeLessThan(60_000);
        expect(app.clock.today()).toBe('2030-01-15');
        const res = await supertest(app.app.getHttpServer()).get('/api/health').expect(200);
        expect(res.body.time.slice(0, 13)).toBe('2030-01-15T04');
      } finally {
        await app.close();
      }
    } finally {
      if (postgresUrl) await dropTestDatabase(postgresUrl);
    }
  });

  it('refuses to start in production with it', async () => {
    await expect(createApp({ env: { NODE_ENV: 'production', SCHOOLBRIDGE_FAKE_NOW: FAKE }, sqliteFile: ':memory:' })).rejects.toThrow(/SCHOOLBRIDGE_FAKE_NOW/);
  });
});
