import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { databaseKindOf, migrationColumns } from '../db/migration-columns.js';

/** Settings, the minimal region and organisation tables scopes need, users and role assignments. */
export class PlatformInit1767225600000 implements MigrationInterface {
  name = 'PlatformInit1767225600000';

  async up(qr: QueryRunner): Promise<void> {
    const c = migrationColumns(databaseKindOf(qr));
    await qr.createTable(
      new Table({
        name: 'platform_setting',
        columns: [{ name: 'key', type: 'varchar', length: '100', isPrimary: true }, { name: 'value', type: 'text', isNullable: false }, c.instant('updated_at')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'platform_region',
        columns: [
          c.id(),
          c.varchar('code', 12),
          c.varchar('name', 100),
          c.varchar('kind', 16),
          c.ref('parent_id', { nullable: true }),
          c.path('path'),
          c.instant('created_at'),
          c.instant('updated_at'),
          c.version(),
        ],
        indices: [
          new TableIndex({ name: 'ux_platform_region_code', columnNames: ['code'], isUnique: true }),
          new TableIndex({ name: 'ix_platform_region_path', columnNames: ['path'] }),
        ],
        foreignKeys: [
          new TableForeignKey({ name: 'fk_platform_region_parent', columnNames: ['parent_id'], referencedTableName: 'platform_region', referencedColumnNames: ['id'], onDelete: 'RESTRICT' }),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'platform_organisation',
        columns: [
          c.id(),
          c.varchar('code', 64),
          c.varchar('name', 200),
          c.varchar('kind', 32),
          c.ref('region_id', { nullable: true }),
          c.ref('manager_region_id', { nullable: true }),
          c.ref('manager_organisation_id', { nullable: true }),
          c.path('path'),
          c.instant('created_at'),
          c.instant('updated_at'),
          c.version(),
        ],
        indices: [
          new TableIndex({ name: 'ux_platform_organisation_code', columnNames: ['code'], isUnique: true }),
          new TableIndex({ name: 'ix_platform_organisation_path', columnNames: ['path'] }),
        ],
        foreignKeys: [
          new TableForeignKey({ name: 'fk_platform_organisation_region', columnNames: ['region_id'], referencedTableName: 'platform_region', referencedColumnNames: ['id'], onDelete: 'RESTRICT' }),
          new TableForeignKey({ name: 'fk_platform_organisation_manager_region', columnNames: ['manager_region_id'], referencedTableName: 'platform_region', referencedColumnNames: ['id'], onDelete: 'RESTRICT' }),
          new TableForeignKey({ name: 'fk_platform_organisation_manager_organisation', columnNames: ['manager_organisation_id'], referencedTableName: 'platform_organisation', referencedColumnNames: ['id'], onDelete: 'RESTRICT' }),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'platform_user',
        columns: [
          c.id(),
          c.varchar('username', 64),
          c.varchar('display_name', 100),
          c.varchar('password_hash', 255, { nullable: true }),
          c.boolean('must_change_password'),
          c.varchar('locale', 8),
          c.varchar('status', 16),
          c.integer('failed_login_count', { default: 0 }),
          c.instant('locked_until', { nullable: true }),
          c.instant('last_login_at', { nullable: true }),
          c.instant('password_changed_at', { nullable: true }),
          c.instant('created_at'),
          c.instant('updated_at'),
          c.version(),
        ],
        indices: [new TableIndex({ name: 'ux_platform_user_username', columnNames: ['username'], isUnique: true })],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'platform_role_assignment',
        columns: [
          c.id(),
          c.ref('user_id'),
          c.varchar('role', 32),
          c.varchar('scope_kind', 16),
          c.ref('region_id', { nullable: true }),
          c.ref('organisation_id', { nullable: true }),
          c.instant('created_at'),
        ],
        indices: [new TableIndex({ name: 'ix_platform_role_assignment_user', columnNames: ['user_id'] })],
        foreignKeys: [
          new TableForeignKey({ name: 'fk_platform_role_assignment_user', columnNames: ['user_id'], referencedTableName: 'platform_user', referencedColumnNames: ['id'], onDelete: 'CASCADE' }),
          new TableForeignKey({ name: 'fk_platform_role_assignment_region', columnNames: ['region_id'], referencedTableName: 'platform_region', referencedColumnNames: ['id'], onDelete: 'RESTRICT' }),
          new TableForeignKey({ name: 'fk_platform_role_assignment_organisation', columnNames: ['organisation_id'], referencedTableName: 'platform_organisation', referencedColumnNames: ['id'], onDelete: 'RESTRICT' }),
        ],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of ['platform_role_assignment', 'platform_user', 'platform_organisation', 'platform_region', 'platform_setting']) await qr.dropTable(t);
  }
}
