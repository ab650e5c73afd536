import { adminQuery, listTestDatabases, TEMPLATE_DB, TEST_RUN_ENV, urlWithDatabase } from './postgres.js';

/**
 * Runs once in the main test process. On PostgreSQL (DATABASE_URL set) it builds the template
 * database every test app clones: core's migrations applied once, so each test worker starts
 * from a migrated database in milliseconds. It tags the run (workers inherit the variable) and,
 * at the end, drops whatever test databases of this run are left, naming the leak.
 */
export default async function setup(): Promise<(() => Promise<void>) | void> {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const tag = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  process.env[TEST_RUN_ENV] = tag;
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

  return async () => {
    const left = await listTestDatabases(url, tag);
    for (const name of left) await adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    if (left.length > 0) {
      // a test app or data source that was never closed; dropped now, but the test should close it
      console.warn(`[schoolbridge] dropped ${left.length} test database(s) left open by tests: ${left.join(', ')}`);
    }
  };
}
