import { Column, Entity, Index, Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import type { DataSource } from 'typeorm';
import { createDataSource, type EntityList, type MigrationList } from '../../../src/platform/db/data-source.js';
import { DateColumn, IdColumn, InstantColumn, JsonColumn, MoneyColumn, PathColumn, RefColumn, RowVersionColumn } from '../../../src/platform/db/columns.js';
import { databaseKindOf, migrationColumns } from '../../../src/platform/db/migration-columns.js';
import { databaseKindFromEnv, loadConfig, type DatabaseKind } from '../../../src/platform/config.js';
import { createTestDatabase, dropTestDatabase } from '../../../src/testing/postgres.js';

/**
 * Tables that exist only in these tests: one with every portable column helper (and its pair in
 * the migration helpers), one for the concurrency scenario.
 */
@Entity('test_db_probe')
@Index('ix_test_db_probe_path', ['path'])
export class DbProbe {
  @IdColumn()
  id!: string;

  @RefColumn({ nullable: true })
  ownerId!: string | null;

  @Column({ type: 'varchar', length: 40, default: 'draft' })
  status!: string;

  @MoneyColumn()
  amount!: number;

  @MoneyColumn({ nullable: true })
  refund!: number | null;

  @MoneyColumn({ default: 0 })
  paid!: number;

  @InstantColumn()
  happenedAt!: Date;

  @InstantColumn({ nullable: true })
  closedAt!: Date | null;

  @DateColumn()
  day!: string;

  @DateColumn({ nullable: true })
  endDay!: string | null;

  @PathColumn()
  path!: string;

  @JsonColumn()
  details!: unknown;

  @Column({ type: 'integer', default: 0 })
  count!: number;

  @Column({ type: 'boolean' })
  active!: boolean;

  @RowVersionColumn()
  version!: number;
}

@Entity('test_db_row')
@Index('ix_test_db_row_tag', ['tag'])
export class DbProbeRow {
  @IdColumn()
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  tag!: string;

  @Column({ type: 'integer' })
  part!: number;
}

export class TestDbProbe1767225699990 implements MigrationInterface {
  name = 'TestDbProbe1767225699990';

  async up(qr: QueryRunner): Promise<void> {
    const c = migrationColumns(databaseKindOf(qr));
    await qr.createTable(
      new Table({
        name: 'test_db_probe',
        columns: [
          c.id(),
          c.ref('owner_id', { nullable: true }),
          c.varchar('status', 40, { default: 'draft' }),
          c.money('amount'),
          c.money('refund', { nullable: true }),
          c.money('paid', { default: 0 }),
          c.instant('happened_at'),
          c.instant('closed_at', { nullable: true }),
          c.date('day'),
          c.date('end_day', { nullable: true }),
          c.path('path'),
          c.text('details'),
          c.integer('count', { default: 0 }),
          c.boolean('active'),
          c.version(),
        ],
        indices: [new TableIndex({ name: 'ix_test_db_probe_path', columnNames: ['path'] })],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'test_db_row',
        columns: [c.id(), c.varchar('tag', 40), c.integer('part')],
        indices: [new TableIndex({ name: 'ix_test_db_row_tag', columnNames: ['tag'] })],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('test_db_row');
    await qr.dropTable('test_db_probe');
  }
}

export const PROBE_ENTITIES = [DbProbe, DbProbeRow];
export const PROBE_MIGRATIONS = [TestDbProbe1767225699990];

export interface FreshDatabase {
  ds: DataSource;
  kind: DatabaseKind;
  /** The PostgreSQL URL of the database (null on SQLite). */
  url: string | null;
  /** Another data source on the same database (PostgreSQL only: SQLite has one connection). */
  open(options?: { poolSize?: number }): Promise<DataSource>;
  close(): Promise<void>;
}

/**
 * A fresh, EMPTY database of the kind this run uses (in-memory SQLite, or a new PostgreSQL
 * database that is not a clone of the migrated template); nothing is migrated yet.
 */
export async function freshDatabase(entities: EntityList, migrations: MigrationList, options: { poolSize?: number } = {}): Promise<FreshDatabase> {
  const kind = databaseKindFromEnv();
  if (kind === 'sqlite') {
    const ds = await createDataSource(loadConfig({}), { entities, migrations, sqliteFile: ':memory:' });
    return {
      ds,
      kind,
      url: null,
      open: () => Promise.reject(new Error('an in-memory SQLite database has one connection')),
      close: async () => {
        if (ds.isInitialized) await ds.destroy();
      },
    };
  }
  const url = await createTestDatabase(process.env.DATABASE_URL!, { empty: true });
  const opened: DataSource[] = [];
  const open = async (o: { poolSize?: number } = {}) => {
    const d = await createDataSource(loadConfig({ DATABASE_URL: url }), {
      entities,
      migrations,
      postgresUrl: url,
      poolSize: o.poolSize ?? options.poolSize ?? 4,
    });
    opened.push(d);
    return d;
  };
  const ds = await open();
  return {
    ds,
    kind,
    url,
    open,
    close: async () => {
      for (const d of opened) if (d.isInitialized) await d.destroy();
      await dropTestDatabase(url);
    },
  };
}

/** Table names in the database, the migrations bookkeeping included. */
export async function tableNames(ds: DataSource): Promise<string[]> {
  const rows: { name: string }[] =
    ds.options.type === 'postgres'
      ? await ds.query(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`)
      : await ds.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`);
  return rows.map((r) => r.name);
}

export const delay = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
