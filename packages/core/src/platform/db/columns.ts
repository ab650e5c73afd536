import { Column, PrimaryColumn, VersionColumn, type ColumnOptions, type ValueTransformer } from 'typeorm';
import { isCalendarDate } from '@schoolbridge/shared';
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
  return Column({
    type: T.id,
    ...(T.idLength ? { length: Number(T.idLength) } : {}),
    nullable: options.nullable ?? false,
    ...(options.name ? { name: options.name } : {}),
  });
}

/** An instant: timestamptz on PostgreSQL, datetime on SQLite; always a UTC Date in code. */
export function InstantColumn(options: { nullable?: boolean; name?: string } = {}): PropertyDecorator {
  return Column({ type: T.instant, nullable: options.nullable ?? false, ...(options.name ? { name: options.name } : {}) });
}

/**
 * Integer fen in a bigint column; numbers in code (bigint arrives as a string from pg). A fraction
 * of a fen is refused on the way in: SQLite would quietly keep 1.5 in a bigint column.
 * Values that are not numbers (find operators' inner values arrive one by one) pass through.
 */
export const fenTransformer: ValueTransformer = {
  to: (v: unknown) => {
    if (typeof v === 'number' && !Number.isSafeInteger(v)) throw new RangeError(`money must be a whole number of fen, got ${v}`);
    return v;
  },
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

/**
 * Calendar dates go in as `YYYY-MM-DD` strings only: a Date would be turned into a day in the
 * server's time zone, and SQLite would keep '2026-02-30' as it is.
 */
export const calendarDateTransformer: ValueTransformer = {
  to: (v: unknown) => {
    if (v instanceof Date || (typeof v === 'string' && !isCalendarDate(v))) {
      throw new RangeError(`a date column takes a YYYY-MM-DD calendar date, got ${v instanceof Date ? `a Date (${v.toISOString()})` : JSON.stringify(v)}`);
    }
    return v;
  },
  from: (v: unknown) => v,
};

/** A calendar date (`YYYY-MM-DD`), kept as a string. */
export function DateColumn(options: { nullable?: boolean; name?: string } = {}): PropertyDecorator {
  return Column({ type: 'date', transformer: calendarDateTransformer, nullable: options.nullable ?? false, ...(options.name ? { name: options.name } : {}) });
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
