import { type TableColumnOptions } from 'typeorm';
import type { DatabaseKind } from '../config.js';
import { columnTypes } from './columns.js';

/**
 * Column builders for migrations written with the QueryRunner schema API. They choose the same
 * per-driver types as the entity decorators in `columns.ts`, so a migration leaves no drift.
 */
export function migrationColumns(kind: DatabaseKind) {
  const T = columnTypes(kind);
  const idType = (): Pick<TableColumnOptions, 'type' | 'length'> => (T.idLength ? { type: T.id, length: T.idLength } : { type: T.id });
  return {
    id: (name = 'id'): TableColumnOptions => ({ name, ...idType(), isPrimary: true }),
    ref: (name: string, opts: { nullable?: boolean } = {}): TableColumnOptions => ({ name, ...idType(), isNullable: opts.nullable ?? false }),
    instant: (name: string, opts: { nullable?: boolean } = {}): TableColumnOptions => ({ name, type: T.instant, isNullable: opts.nullable ?? false }),
    date: (name: string, opts: { nullable?: boolean } = {}): TableColumnOptions => ({ name, type: 'date', isNullable: opts.nullable ?? false }),
    money: (name: string, opts: { nullable?: boolean; default?: number } = {}): TableColumnOptions => ({
      name,
      type: 'bigint',
      isNullable: opts.nullable ?? false,
      ...(opts.default !== undefined ? { default: String(opts.default) } : {}),
    }),
    path: (name: string, opts: { nullable?: boolean; length?: number } = {}): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(opts.length ?? 1024),
      isNullable: opts.nullable ?? false,
      ...(kind === 'postgres' ? { collation: 'C' } : {}),
    }),
    varchar: (name: string, length: number, opts: { nullable?: boolean; default?: string } = {}): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable: opts.nullable ?? false,
      ...(opts.default !== undefined ? { default: `'${opts.default.replace(/'/g, "''")}'` } : {}),
    }),
    text: (name: string, opts: { nullable?: boolean } = {}): TableColumnOptions => ({ name, type: 'text', isNullable: opts.nullable ?? true }),
    integer: (name: string, opts: { nullable?: boolean; default?: number } = {}): TableColumnOptions => ({
      name,
      type: 'integer',
      isNullable: opts.nullable ?? false,
      ...(opts.default !== undefined ? { default: String(opts.default) } : {}),
    }),
    bigint: (name: string, opts: { nullable?: boolean; default?: number } = {}): TableColumnOptions => ({
      name,
      type: 'bigint',
      isNullable: opts.nullable ?? false,
      ...(opts.default !== undefined ? { default: String(opts.default) } : {}),
    }),
    boolean: (name: string, opts: { nullable?: boolean } = {}): TableColumnOptions => ({ name, type: 'boolean', isNullable: opts.nullable ?? false }),
    version: (name = 'version'): TableColumnOptions => ({ name, type: 'integer', isNullable: false, default: '1' }),
  };
}

export function databaseKindOf(queryRunner: { connection: { options: { type: string } } }): DatabaseKind {
  return queryRunner.connection.options.type === 'postgres' ? 'postgres' : 'sqlite';
}
