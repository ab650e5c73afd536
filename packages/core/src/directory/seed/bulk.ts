import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

/** SQLite binds at most 32,766 variables a statement; PostgreSQL 65,535. */
const MAX_VARIABLES = { sqlite: 32_766, postgres: 65_535 } as const;

/**
 * Multi-row INSERTs in chunks (500 rows by default, fewer when a chunk would pass the database's
 * limit on bound variables), for demo and benchmark data. The statement is built here from the
 * entity's metadata, and each value goes through the driver's own conversion (the column's
 * transformer, then booleans and instants as TypeORM stores them), so rows read back like saved ones;
 * the query builder's per-parameter bookkeeping would cost more than the database does. Rows give
 * every column by property name (undefined is stored as NULL; the version column starts at 1).
 * Nothing is read back and no entity listeners run. Returns the number of rows written.
 */
export async function insertRows<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  rows: readonly Partial<T>[],
  chunk = 500,
): Promise<number> {
  if (rows.length === 0) return 0;
  const meta = m.connection.getMetadata(entity);
  const driver = m.connection.driver;
  const postgres = m.connection.options.type === 'postgres';
  const columns: ColumnMetadata[] = meta.columns.filter((c) => !c.isVirtual);
  const size = Math.max(1, Math.min(chunk, Math.floor(MAX_VARIABLES[postgres ? 'postgres' : 'sqlite'] / columns.length)));
  const head = `INSERT INTO ${driver.escape(meta.tableName)} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES `;
  for (let i = 0; i < rows.length; i += size) {
    const part = rows.slice(i, i + size);
    const params: unknown[] = [];
    const tuples: string[] = [];
    for (const row of part) {
      const marks: string[] = [];
      for (const c of columns) {
        let value = (row as Record<string, unknown>)[c.propertyName];
        if (value === undefined && c.isVersion) value = 1;
        params.push(value === undefined || value === null ? null : driver.preparePersistentValue(value, c));
        marks.push(postgres ? `$${params.length}` : '?');
      }
      tuples.push(`(${marks.join(', ')})`);
    }
    await m.query(head + tuples.join(', '), params);
  }
  return rows.length;
}

/** Lets other work (HTTP requests waiting on the SQLite queue) in between two batches. */
export function yieldToOthers(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
