import { afterEach, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { allEntitiesAndMigrations } from '../../../src/platform/http/create-app.js';
import { pendingSchemaChanges, revertLastMigration, runMigrations } from '../../../src/platform/db/migrate.js';
import { freshDatabase, PROBE_ENTITIES, PROBE_MIGRATIONS, tableNames, type FreshDatabase } from './fixtures.js';

/** Core's migrations as registered by every context (other parts' migrations join automatically). */
const core = allEntitiesAndMigrations([]);
const migrationName = (m: unknown) => (m as { name: string }).name;
const timestampOf = (name: string) => Number(/(\d{13})$/.exec(name)?.[1]);
const coreNames = core.migrations.map(migrationName).sort((a, b) => timestampOf(a) - timestampOf(b));

async function executedMigrationNames(ds: DataSource): Promise<string[]> {
  const rows: { name: string }[] = await ds.query('SELECT name FROM migrations ORDER BY id');
  return rows.map((r) => r.name);
}

describe('migrations on an empty database', () => {
  let db: FreshDatabase | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('every migration is named with a 13-digit timestamp', () => {
    expect(coreNames.length).toBeGreaterThanOrEqual(3);
    for (const name of coreNames) expect(name, name).toMatch(/^[A-Z]\w*\d{13}$/);
    expect(new Set(coreNames.map(timestampOf)).size).toBe(coreNames.length);
  });

  it('apply in order and leave no schema drift; running again applies nothing', async () => {
    db = await freshDatabase(core.entities, core.migrations);
    expect(await tableNames(db.ds)).toEqual([]);
    const applied = await runMigrations(db.ds);
    expect(applied.map((m) => m.name)).toEqual(coreNames);
    expect(await pendingSchemaChanges(db.ds)).toEqual([]);
    expect(await runMigrations(db.ds)).toEqual([]);
    expect(await executedMigrationNames(db.ds)).toEqual(coreNames);
    expect(await tableNames(db.ds)).toEqual(expect.arrayContaining(['platform_region', 'platform_organisation', 'platform_user', 'migrations']));
  });

  it('down of every migration, newest first, leaves no platform tables, and up again leaves no drift', async () => {
    db = await freshDatabase(core.entities, core.migrations);
    await runMigrations(db.ds);
    const reverted: string[] = [];
    for (let name = await revertLastMigration(db.ds); name !== null; name = await revertLastMigration(db.ds)) reverted.push(name);
    expect(reverted).toEqual([...coreNames].reverse());
    expect(await tableNames(db.ds)).toEqual(['migrations']);
    expect(await executedMigrationNames(db.ds)).toEqual([]);
    // a down that forgot an index, a constraint or a table would make the second up fail or drift
    expect((await runMigrations(db.ds)).map((m) => m.name)).toEqual(coreNames);
    expect(await pendingSchemaChanges(db.ds)).toEqual([]);
  });

  it('detects drift when an entity and its migration disagree', async () => {
    // the probe entities without their migration: the schema builder must want to create them
    db = await freshDatabase([...core.entities, ...PROBE_ENTITIES], core.migrations);
    await runMigrations(db.ds);
    const pending = await pendingSchemaChanges(db.ds);
    expect(pending.some((q) => /CREATE TABLE "test_db_probe"/.test(q))).toBe(true);
    expect(pending.some((q) => /CREATE TABLE "test_db_row"/.test(q))).toBe(true);
  });

  it('every portable column helper and its migration twin leave no drift', async () => {
    db = await freshDatabase([...core.entities, ...PROBE_ENTITIES], [...core.migrations, ...PROBE_MIGRATIONS]);
    await runMigrations(db.ds);
    expect(await pendingSchemaChanges(db.ds)).toEqual([]);
  });

  it('two start-ups migrating one database at once both succeed and apply each migration once', async () => {
    db = await freshDatabase(core.entities, core.migrations, { poolSize: 1 });
    // on PostgreSQL: two data sources (two API instances), each with a pool of one, serialised by
    // the advisory lock; on SQLite: the one connection, serialised by the write queue
    const second = db.kind === 'postgres' ? await db.open({ poolSize: 1 }) : db.ds;
    const [a, b] = await Promise.all([runMigrations(db.ds), runMigrations(second)]);
    const appliedNames = [...a, ...b].map((m) => m.name).sort((x, y) => timestampOf(x) - timestampOf(y));
    expect(appliedNames).toEqual(coreNames);
    expect([a.length, b.length].sort((x, y) => x - y)).toEqual([0, coreNames.length]);
    expect(await executedMigrationNames(db.ds)).toEqual(coreNames);
    expect(await pendingSchemaChanges(second)).toEqual([]);
  });

  it('path columns compare bytewise, so a prefix match uses the index', async () => {
    db = await freshDatabase(core.entities, core.migrations);
    await runMigrations(db.ds);
    if (db.kind === 'postgres') {
      const cols: { table_name: string; column_name: string; collation_name: string | null }[] = await db.ds.query(
        `SELECT table_name, column_name, collation_name FROM information_schema.columns
          WHERE table_schema = 'public' AND (column_name = 'path' OR column_name LIKE '%\\_path') ORDER BY table_name, column_name`,
      );
      expect(cols.map((c) => `${c.table_name}.${c.column_name}`)).toEqual(expect.arrayContaining(['platform_organisation.path', 'platform_region.path']));
      for (const c of cols) expect(`${c.table_name}.${c.column_name}: ${c.collation_name}`).toBe(`${c.table_name}.${c.column_name}: C`);
      const qr = db.ds.createQueryRunner();
      try {
        await qr.startTransaction();
        await qr.query('SET LOCAL enable_seqscan = off');
        const plan: { 'QUERY PLAN': string }[] = await qr.query(`EXPLAIN SELECT id FROM platform_region WHERE path LIKE '/43/%'`);
        expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/Index.*ix_platform_region_path/);
        const range: { 'QUERY PLAN': string }[] = await qr.query(`EXPLAIN SELECT id FROM platform_region WHERE path >= '/43/' AND path < '/430'`);
        expect(range.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/Index.*ix_platform_region_path/);
        await qr.rollbackTransaction();
      } finally {
        await qr.release();
      }
    } else {
      // SQLite compares text bytewise (BINARY) unless told otherwise; the column must not say otherwise
      const ddl: { sql: string }[] = await db.ds.query(`SELECT sql FROM sqlite_master WHERE name IN ('platform_region', 'platform_organisation')`);
      expect(ddl).toHaveLength(2);
      for (const { sql } of ddl) {
        expect(sql).toMatch(/"path" varchar\(1024\) NOT NULL/);
        expect(sql).not.toMatch(/COLLATE/i);
      }
      const plan: { detail: string }[] = await db.ds.query(`EXPLAIN QUERY PLAN SELECT id FROM platform_region WHERE path >= '/43/' AND path < '/430'`);
      expect(plan.map((r) => r.detail).join('\n')).toMatch(/ix_platform_region_path/);
    }
  });
});
