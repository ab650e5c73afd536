import type { DataSource, Migration } from 'typeorm';
import { withQueue } from './data-source.js';

/** Advisory lock key for migrations on PostgreSQL ("SBMIGRAT" as a number). */
const MIGRATION_LOCK_KEY = 6_142_117_300_001;

/**
 * Applies pending migrations. On PostgreSQL it holds an advisory lock, so several API instances
 * starting together migrate once; on SQLite it runs inside the write queue.
 */
export async function runMigrations(ds: DataSource): Promise<Migration[]> {
  if (ds.options.type === 'postgres') {
    const qr = ds.createQueryRunner();
    await qr.connect();
    try {
      await qr.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      try {
        return await ds.runMigrations({ transaction: 'each' });
      } finally {
        await qr.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
      }
    } finally {
      await qr.release();
    }
  }
  return withQueue(ds, () => ds.runMigrations({ transaction: 'each' }));
}

/** The statements `synchronize` would run: empty when migrations and entities agree (no drift). */
export async function pendingSchemaChanges(ds: DataSource): Promise<string[]> {
  return withQueue(ds, async () => {
    const log = await ds.driver.createSchemaBuilder().log();
    return log.upQueries.map((q) => q.query);
  });
}
