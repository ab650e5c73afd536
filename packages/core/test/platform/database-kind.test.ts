import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../src/testing/index.js';

/**
 * CI runs the suites twice and sets SCHOOLBRIDGE_EXPECT_DB for each run. A variable lost on the
 * way (turbo's strict env mode drops unlisted ones) would silently turn the PostgreSQL run into a
 * second SQLite run; this test fails instead.
 */
const expected = process.env.SCHOOLBRIDGE_EXPECT_DB;

describe('the database this run really uses', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('is told in CI', () => {
    if (process.env.CI) expect(expected, 'CI must set SCHOOLBRIDGE_EXPECT_DB for each run').toMatch(/^(sqlite|postgres)$/);
    if (expected !== undefined) expect(['sqlite', 'postgres']).toContain(expected);
  });

  it('is the expected kind, down to the driver and the server', async () => {
    const kind = expected ?? (process.env.DATABASE_URL ? 'postgres' : 'sqlite');
    expect(app.databaseKind).toBe(kind);
    expect(app.config.database.kind).toBe(kind);
    if (kind === 'postgres') {
      expect(app.dataSource.options.type).toBe('postgres');
      const [{ version }] = await app.dataSource.query('SELECT version() AS version');
      expect(version).toMatch(/^PostgreSQL \d+/);
      // a database of its own, cloned from the migrated template
      const [{ db }] = await app.dataSource.query('SELECT current_database() AS db');
      expect(db).toMatch(/^schoolbridge_test_/);
      expect(db).not.toBe('schoolbridge_test_template');
    } else {
      expect(app.dataSource.options.type).toBe('better-sqlite3');
      const [{ version }] = await app.dataSource.query('SELECT sqlite_version() AS version');
      expect(version).toMatch(/^3\.\d+\.\d+$/);
      expect((app.dataSource.options as { database: string }).database).toBe(':memory:');
    }
  });

  it('answers through the API', async () => {
    const admin = await app.signInAs(['admin']);
    const res = await admin.get('/api/auth/me').expect(200);
    expect(res.body.user.username).toBe(admin.user.username);
  });
});
