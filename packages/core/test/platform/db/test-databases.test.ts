import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { databaseKindFromEnv } from '../../../src/platform/config.js';
import { createTestApp } from '../../../src/testing/index.js';
import { createTestDatabase, dropTestDatabase, TEMPLATE_DB, urlWithDatabase } from '../../../src/testing/postgres.js';

/** The harness's own databases: one per test app, cloned from the migrated template, dropped at close. */
const kind = databaseKindFromEnv();

async function databaseExists(url: string, name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: urlWithDatabase(url, 'postgres') });
  await client.connect();
  try {
    return ((await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

describe('test databases', () => {
  it('each test app gets a database of its own, migrated, and loses it at close', async () => {
    const apps = await Promise.all([createTestApp(), createTestApp(), createTestApp()]);
    const names: string[] = [];
    try {
      for (const app of apps) {
        const [{ n }] = await app.dataSource.query('SELECT count(*) AS n FROM migrations');
        expect(Number(n)).toBeGreaterThanOrEqual(3);
        await app.createRegion({ code: '43' });
        if (kind === 'postgres') names.push(new URL((app.dataSource.options as { url: string }).url).pathname.slice(1));
      }
      // a region made in one app is not in another's database
      for (const app of apps) expect(await app.dataSource.query('SELECT code FROM platform_region')).toEqual([{ code: '43' }]);
    } finally {
      for (const app of apps) await app.close();
    }
    for (const app of apps) expect(app.dataSource.isInitialized).toBe(false);
    if (kind === 'postgres') {
      expect(new Set(names).size).toBe(3);
      for (const name of names) {
        expect(name).toMatch(/^schoolbridge_test_[a-z0-9]+_\d+_\d+$/);
        expect(await databaseExists(process.env.DATABASE_URL!, name), name).toBe(false);
      }
      expect(await databaseExists(process.env.DATABASE_URL!, TEMPLATE_DB)).toBe(true);
    }
  });

  it('clones many databases from the template at once (PostgreSQL), or none is needed (SQLite)', async () => {
    if (kind === 'sqlite') {
      const app = await createTestApp();
      try {
        expect((app.dataSource.options as { database: string }).database).toBe(':memory:');
      } finally {
        await app.close();
      }
      return;
    }
    const url = process.env.DATABASE_URL!;
    const urls = await Promise.all(Array.from({ length: 6 }, () => createTestDatabase(url)));
    try {
      expect(new Set(urls).size).toBe(6);
      for (const u of urls) {
        const client = new pg.Client({ connectionString: u });
        await client.connect();
        try {
          const res = await client.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'platform_region'`);
          expect(res.rows[0].n).toBe(1);
        } finally {
          await client.end();
        }
      }
    } finally {
      await Promise.all(urls.map((u) => dropTestDatabase(u)));
    }
    for (const u of urls) expect(await databaseExists(url, new URL(u).pathname.slice(1))).toBe(false);
  });
});
