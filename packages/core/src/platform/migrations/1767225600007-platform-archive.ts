import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { databaseKindOf, migrationColumns } from '../db/migration-columns.js';

/** Regions and organisations can be archived: kept for history and references, gone from pickers. */
export class PlatformArchive1767225600007 implements MigrationInterface {
  name = 'PlatformArchive1767225600007';

  async up(qr: QueryRunner): Promise<void> {
    const c = migrationColumns(databaseKindOf(qr));
    await qr.addColumn('platform_region', new TableColumn(c.instant('archived_at', { nullable: true })));
    await qr.addColumn('platform_organisation', new TableColumn(c.instant('archived_at', { nullable: true })));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropColumn('platform_organisation', 'archived_at');
    await qr.dropColumn('platform_region', 'archived_at');
  }
}
