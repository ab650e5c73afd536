import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { databaseKindOf, migrationColumns } from '../db/migration-columns.js';

/** Sessions, personal API tokens and rate-limit counters. */
export class PlatformAuth1767225600001 implements MigrationInterface {
  name = 'PlatformAuth1767225600001';

  async up(qr: QueryRunner): Promise<void> {
    const c = migrationColumns(databaseKindOf(qr));
    await qr.createTable(
      new Table({
        name: 'platform_session',
        columns: [
          c.id(),
          c.varchar('token_hash', 64),
          c.ref('user_id'),
          c.instant('created_at'),
          c.instant('last_seen_at'),
          c.instant('expires_at'),
          c.varchar('ip', 64, { nullable: true }),
          c.varchar('user_agent', 255, { nullable: true }),
        ],
        indices: [
          new TableIndex({ name: 'ux_platform_session_token_hash', columnNames: ['token_hash'], isUnique: true }),
          new TableIndex({ name: 'ix_platform_session_user', columnNames: ['user_id'] }),
        ],
        foreignKeys: [new TableForeignKey({ name: 'fk_platform_session_user', columnNames: ['user_id'], referencedTableName: 'platform_user', referencedColumnNames: ['id'], onDelete: 'CASCADE' })],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'platform_api_token',
        columns: [
          c.id(),
          c.ref('user_id'),
          c.varchar('name', 100),
          c.varchar('prefix', 16),
          c.varchar('token_hash', 64),
          c.instant('created_at'),
          c.instant('last_used_at', { nullable: true }),
          c.instant('expires_at', { nullable: true }),
          c.instant('revoked_at', { nullable: true }),
        ],
        indices: [
          new TableIndex({ name: 'ux_platform_api_token_hash', columnNames: ['token_hash'], isUnique: true }),
          new TableIndex({ name: 'ix_platform_api_token_user', columnNames: ['user_id'] }),
        ],
        foreignKeys: [new TableForeignKey({ name: 'fk_platform_api_token_user', columnNames: ['user_id'], referencedTableName: 'platform_user', referencedColumnNames: ['id'], onDelete: 'CASCADE' })],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'platform_rate_limit',
        columns: [{ name: 'key', type: 'varchar', length: '200', isPrimary: true }, c.instant('window_start'), c.integer('count')],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of ['platform_rate_limit', 'platform_api_token', 'platform_session']) await qr.dropTable(t);
  }
}
