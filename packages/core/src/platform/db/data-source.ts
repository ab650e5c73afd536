import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions, type EntityManager, type MixedList, type QueryRunner, type EntitySchema } from 'typeorm';
import type { AppConfig } from '../config.js';
import { SnakeNamingStrategy } from './naming.js';
import { WriteQueue } from './write-queue.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = MixedList<Function | string | EntitySchema>;
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type MigrationList = Function[];

/** The methods of EntityManager that reach the database; on SQLite each runs inside the queue. */
const MANAGER_METHODS = [
  'transaction',
  'query',
  'sql',
  'preload',
  'save',
  'remove',
  'softRemove',
  'recover',
  'insert',
  'upsert',
  'update',
  'updateAll',
  'delete',
  'deleteAll',
  'softDelete',
  'restore',
  'exists',
  'existsBy',
  'count',
  'countBy',
  'sum',
  'average',
  'minimum',
  'maximum',
  'find',
  'findBy',
  'findAndCount',
  'findAndCountBy',
  'findOne',
  'findOneBy',
  'findOneOrFail',
  'findOneByOrFail',
  'clear',
  'increment',
  'decrement',
] as const;

const queues = new WeakMap<DataSource, WriteQueue>();

/** The SQLite write queue of a data source, or null on PostgreSQL (where it is a pass-through). */
export function writeQueueOf(ds: DataSource): WriteQueue | null {
  return queues.get(ds) ?? null;
}

/** Runs work while holding the data source's queue (SQLite) or directly (PostgreSQL). */
export function withQueue<T>(ds: DataSource, fn: () => Promise<T>): Promise<T> {
  const q = queues.get(ds);
  return q ? q.run(fn) : fn();
}

export interface CreateDataSourceOptions {
  entities: EntityList;
  migrations: MigrationList;
  /** ':memory:' for tests; defaults to the configured file. */
  sqliteFile?: string;
  /** PostgreSQL database URL; defaults to the configured one. */
  postgresUrl?: string;
  poolSize?: number;
}

export function dataSourceOptions(config: AppConfig, opts: CreateDataSourceOptions): DataSourceOptions {
  const common = {
    entities: opts.entities,
    migrations: opts.migrations,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging: false as const,
  };
  if (config.database.kind === 'postgres') {
    return { ...common, type: 'postgres', url: opts.postgresUrl ?? config.database.url, poolSize: opts.poolSize ?? 10, applicationName: 'schoolbridge' };
  }
  const file = opts.sqliteFile ?? config.database.file;
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: file,
    enableWAL: file !== ':memory:',
    prepareDatabase: (db: { pragma: (s: string) => unknown }) => {
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
    },
  };
}

/**
 * Creates and initialises the one DataSource of the process. On SQLite it installs the write queue
 * on the shared connection: every EntityManager call and every statement outside the current
 * holder waits its turn; starting a transaction outside the queue is a programming error.
 */
export async function createDataSource(config: AppConfig, opts: CreateDataSourceOptions): Promise<DataSource> {
  const ds = new DataSource(dataSourceOptions(config, opts));
  await ds.initialize();
  if (ds.options.type === 'better-sqlite3') installQueue(ds);
  return ds;
}

function installQueue(ds: DataSource): void {
  const queue = new WriteQueue();
  queues.set(ds, queue);
  wrapManager(ds.manager, queue);
  const qr = ds.driver.createQueryRunner('master') as QueryRunner & Record<string, unknown>;
  const originalQuery = qr.query.bind(qr);
  qr.query = ((...args: Parameters<QueryRunner['query']>) => queue.run(() => originalQuery(...args))) as QueryRunner['query'];
  const originalStart = qr.startTransaction.bind(qr);
  qr.startTransaction = (async (...args: Parameters<QueryRunner['startTransaction']>) => {
    if (!queue.isHolding()) {
      throw new Error('SQLite: a transaction was started outside the write queue; use Db.transaction() or the DataSource manager');
    }
    return originalStart(...args);
  }) as QueryRunner['startTransaction'];
}

function wrapManager(manager: EntityManager, queue: WriteQueue): void {
  const target = manager as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of MANAGER_METHODS) {
    const original = target[name];
    if (typeof original !== 'function') continue;
    target[name] = function (this: unknown, ...args: unknown[]) {
      return queue.run(() => Promise.resolve(original.apply(manager, args)));
    };
  }
}
