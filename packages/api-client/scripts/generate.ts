/**
 * Regenerates src/schema.ts from the core API: boots core with no plugins (the client covers core
 * routes only; ARCHITECTURE §3) on an in-memory SQLite database and reads /api/docs-json.
 * Run with `npm run generate -w @schoolbridge/api-client` (root: `npm run generate:api-client`).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { renderSchema, SCHEMA_FILE } from './render-schema.js';

// Entity decorators read the database kind when core is imported: keep it SQLite here.
delete process.env.DATABASE_URL;
const { createApp } = await import('@schoolbridge/core');

const env = { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', SCHOOLBRIDGE_DEMO: '0' };
const app = await createApp({ env, sqliteFile: ':memory:', plugins: [] });
try {
  const res = await app.app.inject({ method: 'GET', url: '/api/docs-json' });
  if (res.statusCode !== 200) throw new Error(`GET /api/docs-json answered ${res.statusCode}`);
  const source = await renderSchema(JSON.parse(res.body));
  const before = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
  if (before === source) {
    console.log(`${SCHEMA_FILE} is up to date`);
  } else {
    await writeFile(SCHEMA_FILE, source);
    console.log(`wrote ${SCHEMA_FILE}`);
  }
} finally {
  await app.close();
}
