import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { databaseKindOf, migrationColumns } from '../db/migration-columns.js';

/** Uploaded files' metadata (their bytes live in the FileStorage). */
export class PlatformFiles1767225600004 implements MigrationInterface {
  name = 'PlatformFiles1767225600004';

  async up(qr: QueryRunner): Promise<void> {
    const c = migrationColumns(databaseKindOf(qr));
    await qr.createTable(
      new Table({
        name: 'platform_file',
        columns: [
          c.id(),
          c.varchar('original_name', 255),
          c.varchar('media_type', 100),
          c.bigint('size'),
          c.varchar('sha256', 64),
          c.varchar('storage_key', 200),
          c.ref('uploaded_by'),
          c.path('scope_path', { nullable: true }),
          c.instant('created_at'),
        ],
        indices: [
          new TableIndex({ name: 'ix_platform_file_uploaded_by', columnNames: ['uploaded_by'] }),
          new TableIndex({ name: 'ix_platform_file_scope_path', columnNames: ['scope_path'] }),
          new TableIndex({ name: 'ix_platform_file_sha256', columnNames: ['sha256'] }),
        ],
        foreignKeys: [
          new TableForeignKey({ name: 'fk_platform_file_uploaded_by', columnNames: ['uploaded_by'], referencedTableName: 'platform_user', referencedColumnNames: ['id'], onDelete: 'RESTRICT' }),
        ],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('platform_file');
  }
}
