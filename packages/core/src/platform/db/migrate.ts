import { MigrationExecutor, type DataSource, type Migration, type QueryRunner } from 'typeorm';
import { withQueue } from './data-source.js';

/** Advisory lock key for migrations on PostgreSQL ("SBMIGRAT" as a number). */
const MIGRATION_LOCK_KEY = 6_142_117_300_001;

/**
 * Runs migration work holding the migration lock. On PostgreSQL the advisory lock is taken on one
 * connection and the migrations run on that same connection: with a pool of one (or a pool
 * exhausted by other work) a second connection would wait for the first forever. On SQLite the
 * work runs inside the write queue.
 */
async function underMigrationLock<T>(ds: DataSource, fn: (executor: MigrationExecutor) => Promise<T>): Promise<T> {
  if (ds.options.type === 'postgres') {
    const qr: QueryRunner = ds.createQueryRunner();
    await qr.connect();
    try {
      await qr.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      try {
        const executor = new MigrationExecutor(ds, qr);
        executor.transaction = 'each';
        return await fn(executor);
      } finally {
        await qr.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
      }
    } finally {
      await qr.release();
    }
  }
  return withQueue(ds, () => {
    const executor = new MigrationExecutor(ds);
    executor.transaction = 'each';
    return fn(executor);
  });
}

/**
 * Applies pending migrations. On PostgreSQL it holds an advisory lock, so several API instances
 * starting together migrate once; on SQLite it runs inside the write queue.
 */
export async function runMigrations(ds: DataSource): Promise<Migration[]> {
  return underMigrationLock(ds, (executor) => executor.executePendingMigrations());
}

/** Reverts the last applied migration (its `down`), under the same lock. Returns its name, or null when none is applied. */
export async function revertLastMigration(ds: DataSource): Promise<string | null> {
  return underMigrationLock(ds, async (executor) => {
    // newest first (by id), the order undoLastMigration reverts in
    const executed = await executor.getExecutedMigrations();
    if (executed.length === 0) return null;
    await executor.undoLastMigration();
    return executed[0]!.name;
  });
}

/** The statements `synchronize` would run: empty when migrations and entities agree (no drift). */
export async function pendingSchemaChanges(ds: DataSource): Promise<string[]> {
  return withQueue(ds, async () => {
    const log = await ds.driver.createSchemaBuilder().log();
    return log.upQueries.map((q) => q.query);
  });
}
