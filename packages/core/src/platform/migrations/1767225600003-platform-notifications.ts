import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { databaseKindOf, migrationColumns } from '../db/migration-columns.js';

/** The in-app inbox. */
export class PlatformNotifications1767225600003 implements MigrationInterface {
  name = 'PlatformNotifications1767225600003';

  async up(qr: QueryRunner): Promise<void> {
    const c = migrationColumns(databaseKindOf(qr));
    await qr.createTable(
      new Table({
        name: 'platform_notification',
        columns: [
          c.id(),
          c.ref('user_id'),
          c.varchar('type', 100),
          c.text('title', { nullable: false }),
          c.text('body'),
          c.varchar('link', 500, { nullable: true }),
          c.text('data'),
          c.instant('created_at'),
          c.instant('read_at', { nullable: true }),
        ],
        indices: [
          new TableIndex({ name: 'ix_platform_notification_user_created', columnNames: ['user_id', 'created_at'] }),
          new TableIndex({ name: 'ix_platform_notification_user_read', columnNames: ['user_id', 'read_at'] }),
        ],
        foreignKeys: [new TableForeignKey({ name: 'fk_platform_notification_user', columnNames: ['user_id'], referencedTableName: 'platform_user', referencedColumnNames: ['id'], onDelete: 'CASCADE' })],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('platform_notification');
  }
}
