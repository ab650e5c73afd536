import { Column, PrimaryColumn, VersionColumn, type ColumnOptions, type ValueTransformer } from 'typeorm';
import { databaseKindFromEnv, type DatabaseKind } from '../config.js';

/**
 * Portable column types (ARCHITECTURE §4, TOOLCHAIN.md). Decorators run at import time, so the
 * database kind comes from the environment (DATABASE_URL) before any entity is imported.
 * Migrations use the same choices through `columnTypes(kind)`.
 */
export const DB_KIND: DatabaseKind = databaseKindFromEnv();

export interface ColumnTypes {
  id: 'uuid' | 'varchar';
  idLength: string | undefined;
  instant: 'timestamptz' | 'datetime';
  nowDefault: string;
  json: 'text';
}

export function columnTypes(kind: DatabaseKind): ColumnTypes {
  return kind === 'postgres'
    ? { id: 'uuid', idLength: undefined, instant: 'timestamptz', nowDefault: 'now()', json: 'text' }
    : { id: 'varchar', idLength: '36', instant: 'datetime', nowDefault: "datetime('now')", json: 'text' };
}

const T = columnTypes(DB_KIND);

/** Primary key: a UUIDv7 made by the application (`newId()`), never by the database. */
export function IdColumn(): PropertyDecorator {
  return PrimaryColumn({ type: T.id, ...(T.idLength ? { length: Number(T.idLength) } : {}) });
}

/** A foreign id (UUIDv7). */
export function RefColumn(options: { nullable?: boolean; name?: string } = {}): PropertyDecorator {
  return Column({ type: T.id, ...(T.idLength ? { length: Number(T.idLength) } : {}), nullable: options.nullable ?? false, ...(options.name ? { name: options.name } : {}) });
}

/** An instant: timestamptz on PostgreSQL, datetime on SQLite; always a UTC Date in code. */
export function InstantColumn(options: { nullable?: boolean; name?: string } = {}): PropertyDecorator {
  return Column({ type: T.instant, nullable: options.nullable ?? false, ...(options.name ? { name: options.name } : {}) });
}

/** Integer fen in a bigint column; numbers in code (bigint arrives as a string from pg). */
export const fenTransformer: ValueTransformer = {
  to: (v: number | null | undefined) => (v === null || v === undefined ? v : v),
  from: (v: string | number | null) => {
    if (v === null || v === undefined) return v;
    const n = typeof v === 'number' ? v : Number(v);
    if (!Number.isSafeInteger(n)) throw new RangeError(`money column holds a value beyond safe integers: ${v}`);
    return n;
  },
};

export function MoneyColumn(options: { nullable?: boolean; default?: number; name?: string } = {}): PropertyDecorator {
  return Column({
    type: 'bigint',
    transformer: fenTransformer,
    nullable: options.nullable ?? false,
    ...(options.default !== undefined ? { default: options.default } : {}),
    ...(options.name ? { name: options.name } : {}),
  });
}

/** A calendar date (`YYYY-MM-DD`), kept as a string. */
export function DateColumn(options: { nullable?: boolean; name?: string } = {}): PropertyDecorator {
  return Column({ type: 'date', nullable: options.nullable ?? false, ...(options.name ? { name: options.name } : {}) });
}

/** A materialised path ('/43/4399/439901/'); collation "C" on PostgreSQL so LIKE 'prefix%' uses the index. */
export function PathColumn(options: { nullable?: boolean; length?: number; name?: string } = {}): PropertyDecorator {
  const opts: ColumnOptions = { type: 'varchar', length: options.length ?? 1024, nullable: options.nullable ?? false };
  if (DB_KIND === 'postgres') opts.collation = 'C';
  if (options.name) opts.name = options.name;
  return Column(opts);
}

/** JSON kept as text, so both databases store it alike. */
export const jsonTransformer: ValueTransformer = {
  to: (v: unknown) => (v === undefined ? undefined : v === null ? null : JSON.stringify(v)),
  from: (v: string | null) => (v === null || v === undefined ? v : JSON.parse(v)),
};

export function JsonColumn(options: { nullable?: boolean; name?: string } = {}): PropertyDecorator {
  return Column({ type: 'text', transformer: jsonTransformer, nullable: options.nullable ?? true, ...(options.name ? { name: options.name } : {}) });
}

/** Optimistic lock: edits carry the row's version; a stale one gets 409. */
export function RowVersionColumn(): PropertyDecorator {
  return VersionColumn({ type: 'integer', default: 1 });
}
