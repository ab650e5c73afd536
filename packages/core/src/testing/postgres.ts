import pg from 'pg';

/** Helpers for test databases on PostgreSQL: a migrated template, then one clone per test app. */
export const TEMPLATE_DB = 'schoolbridge_test_template';

export function urlWithDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: urlWithDatabase(url, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let counter = 0;

/** A fresh database cloned from the migrated template (or empty when the template is missing). */
export async function createTestDatabase(url: string): Promise<string> {
  const name = `schoolbridge_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const client = new pg.Client({ connectionString: urlWithDatabase(url, 'postgres') });
  await client.connect();
  try {
    const tpl = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE_DB]);
    // cloning needs the template idle; retry briefly if another worker is cloning at the same moment
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}"${tpl.rowCount ? ` TEMPLATE "${TEMPLATE_DB}"` : ''}`);
        break;
      } catch (err) {
        if (attempt >= 20 || !/being accessed by other users/.test(String(err))) throw err;
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
      }
    }
  } finally {
    await client.end();
  }
  return urlWithDatabase(url, name);
}

export async function dropTestDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
