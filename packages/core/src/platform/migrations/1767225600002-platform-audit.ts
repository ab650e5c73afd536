import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { databaseKindOf, migrationColumns } from '../db/migration-columns.js';

export class PlatformAudit1767225600002 implements MigrationInterface {
  name = 'PlatformAudit1767225600002';

  async up(qr: QueryRunner): Promise<void> {
    const c = migrationColumns(databaseKindOf(qr));
    await qr.createTable(
      new Table({
        name: 'platform_audit_entry',
        columns: [
          c.id(),
          c.instant('at'),
          c.ref('actor_id', { nullable: true }),
          c.varchar('actor_name', 100, { nullable: true }),
          c.varchar('action', 100),
          c.varchar('entity_type', 100),
          c.varchar('entity_id', 64, { nullable: true }),
          c.path('scope_path', { nullable: true }),
          c.text('before'),
          c.text('after'),
          c.text('bulk'),
          c.varchar('request_id', 64, { nullable: true }),
          c.varchar('ip', 64, { nullable: true }),
        ],
        indices: [
          new TableIndex({ name: 'ix_platform_audit_entry_at', columnNames: ['at'] }),
          new TableIndex({ name: 'ix_platform_audit_entry_entity', columnNames: ['entity_type', 'entity_id'] }),
          new TableIndex({ name: 'ix_platform_audit_entry_actor', columnNames: ['actor_id'] }),
          new TableIndex({ name: 'ix_platform_audit_entry_scope_path', columnNames: ['scope_path'] }),
        ],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('platform_audit_entry');
  }
}
