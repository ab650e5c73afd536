import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { databaseKindOf, migrationColumns } from '../db/migration-columns.js';

/** Import jobs and their staged rows (shared by every API instance through the database). */
export class PlatformImports1767225600006 implements MigrationInterface {
  name = 'PlatformImports1767225600006';

  async up(qr: QueryRunner): Promise<void> {
    const c = migrationColumns(databaseKindOf(qr));
    const count = (name: string) => c.integer(name, { default: 0 });
    await qr.createTable(
      new Table({
        name: 'platform_import_job',
        columns: [
          c.id(),
          c.varchar('importer_id', 100),
          c.ref('owner_id'),
          c.varchar('file_name', 255),
          c.varchar('file_sha256', 64, { nullable: true }),
          c.integer('file_size'),
          c.varchar('status', 16),
          c.integer('header_row', { nullable: true }),
          count('processed_rows'),
          count('total_rows'),
          count('valid_rows'),
          count('invalid_rows'),
          count('to_create'),
          count('to_update'),
          count('created_count'),
          count('updated_count'),
          count('skipped_count'),
          c.varchar('apply_mode', 16, { nullable: true }),
          c.text('warnings'),
          c.varchar('failure_code', 100, { nullable: true }),
          c.text('failure_params'),
          c.instant('created_at'),
          c.instant('updated_at'),
          c.instant('finished_at', { nullable: true }),
        ],
        indices: [
          new TableIndex({ name: 'ix_platform_import_job_owner', columnNames: ['owner_id', 'created_at'] }),
          new TableIndex({ name: 'ix_platform_import_job_created_at', columnNames: ['created_at'] }),
        ],
        foreignKeys: [
          new TableForeignKey({ name: 'fk_platform_import_job_owner', columnNames: ['owner_id'], referencedTableName: 'platform_user', referencedColumnNames: ['id'], onDelete: 'CASCADE' }),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'platform_import_row',
        columns: [c.id(), c.ref('job_id'), c.integer('row_number'), { ...c.text('cells'), isNullable: false }, c.text('errors'), c.boolean('valid'), c.varchar('action', 8, { nullable: true })],
        indices: [new TableIndex({ name: 'ix_platform_import_row_job', columnNames: ['job_id', 'row_number'] })],
        foreignKeys: [
          new TableForeignKey({ name: 'fk_platform_import_row_job', columnNames: ['job_id'], referencedTableName: 'platform_import_job', referencedColumnNames: ['id'], onDelete: 'CASCADE' }),
        ],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('platform_import_row');
    await qr.dropTable('platform_import_job');
  }
}
