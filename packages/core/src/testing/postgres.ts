import pg from 'pg';

/** Helpers for test databases on PostgreSQL: a migrated template, then one clone per test app. */
export const TEMPLATE_DB = 'schoolbridge_test_template';
export const TEST_DB_PREFIX = 'schoolbridge_test_';

/**
 * The test run's tag, set by the vitest global setup and inherited by every worker, so the run's
 * teardown drops exactly the databases this run made (and no other run's).
 */
export const TEST_RUN_ENV = 'SCHOOLBRIDGE_TEST_RUN';

export function urlWithDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function withAdminClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlWithDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  await withAdminClient(url, async (client) => {
    await client.query(sql);
  });
}

let counter = 0;

function runTag(): string {
  const tag = process.env[TEST_RUN_ENV];
  return tag && /^[a-z0-9]{1,16}$/.test(tag) ? tag : 'adhoc';
}

/**
 * A fresh database: cloned from the migrated template, or empty (`{ empty: true }`, or when the
 * template is missing) for tests that run the migrations themselves.
 */
export async function createTestDatabase(url: string, options: { empty?: boolean } = {}): Promise<string> {
  const name = `${TEST_DB_PREFIX}${runTag()}_${process.pid}_${counter++}`;
  await withAdminClient(url, async (client) => {
    const tpl = options.empty ? { rowCount: 0 } : await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE_DB]);
    // cloning needs the template idle; retry briefly if another connection touches it at that moment
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}"${tpl.rowCount ? ` TEMPLATE "${TEMPLATE_DB}"` : ''}`);
        break;
      } catch (err) {
        if (attempt >= 20 || !/being accessed by other users/.test(String(err))) throw err;
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
      }
    }
  });
  return urlWithDatabase(url, name);
}

export async function dropTestDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** The test databases of one run (its tag) still present, template excluded. */
export async function listTestDatabases(url: string, tag: string): Promise<string[]> {
  return withAdminClient(url, async (client) => {
    const res = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE starts_with(datname, $1) ORDER BY datname`, [
      `${TEST_DB_PREFIX}${tag}_`,
    ]);
    return res.rows.map((r) => r.datname);
  });
}
