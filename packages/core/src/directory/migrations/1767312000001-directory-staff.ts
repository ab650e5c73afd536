import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { databaseKindOf, migrationColumns } from '../../platform/db/migration-columns.js';

const fk = (name: string, column: string, table: string, onDelete: 'RESTRICT' | 'SET NULL') =>
  new TableForeignKey({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete });

/** Staff members (职工): people of any organisation who are not teacher records, optionally linked to a user. */
export class DirectoryStaff1767312000001 implements MigrationInterface {
  name = 'DirectoryStaff1767312000001';

  async up(qr: QueryRunner): Promise<void> {
    const c = migrationColumns(databaseKindOf(qr));
    await qr.createTable(
      new Table({
        name: 'directory_staff_member',
        columns: [
          c.id(),
          c.varchar('name', 50),
          c.varchar('name_pinyin', 200),
          c.varchar('name_initials', 50),
          c.varchar('gender', 8, { nullable: true }),
          c.ref('organisation_id'),
          c.varchar('position', 50, { nullable: true }),
          c.varchar('title', 50, { nullable: true }),
          c.varchar('mobile', 20, { nullable: true }),
          c.varchar('email', 100, { nullable: true }),
          c.ref('user_id', { nullable: true }),
          c.instant('archived_at', { nullable: true }),
          c.instant('created_at'),
          c.instant('updated_at'),
          c.version(),
        ],
        indices: [
          new TableIndex({ name: 'ix_directory_staff_member_organisation', columnNames: ['organisation_id'] }),
          new TableIndex({ name: 'ix_directory_staff_member_name_pinyin', columnNames: ['name_pinyin'] }),
          new TableIndex({ name: 'ix_directory_staff_member_name_initials', columnNames: ['name_initials'] }),
          new TableIndex({ name: 'ux_directory_staff_member_user', columnNames: ['user_id'], isUnique: true }),
        ],
        foreignKeys: [
          fk('fk_directory_staff_member_organisation', 'organisation_id', 'platform_organisation', 'RESTRICT'),
          fk('fk_directory_staff_member_user', 'user_id', 'platform_user', 'SET NULL'),
        ],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('directory_staff_member');
  }
}
