import { adminQuery, TEMPLATE_DB, urlWithDatabase } from './postgres.js';

/**
 * Runs once in the main test process. On PostgreSQL (DATABASE_URL set) it builds the template
 * database every test app clones: core's migrations applied once, so each test worker starts
 * from a migrated database in milliseconds.
 */
export default async function setup(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  await adminQuery(url, `DROP DATABASE IF EXISTS "${TEMPLATE_DB}" WITH (FORCE)`);
  await adminQuery(url, `CREATE DATABASE "${TEMPLATE_DB}"`);
  const { createDataSource } = await import('../platform/db/data-source.js');
  const { runMigrations } = await import('../platform/db/migrate.js');
  const { loadConfig } = await import('../platform/config.js');
  const { allEntitiesAndMigrations } = await import('../platform/http/create-app.js');
  const { entities, migrations } = allEntitiesAndMigrations([]);
  const ds = await createDataSource(loadConfig({ DATABASE_URL: urlWithDatabase(url, TEMPLATE_DB) }), { entities, migrations, poolSize: 1 });
  try {
    await runMigrations(ds);
  } finally {
    await ds.destroy();
  }
}
