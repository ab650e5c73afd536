import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { databaseKindOf, migrationColumns } from '../db/migration-columns.js';

/** Term boundaries configured per region. */
export class PlatformCalendar1767225600005 implements MigrationInterface {
  name = 'PlatformCalendar1767225600005';

  async up(qr: QueryRunner): Promise<void> {
    const c = migrationColumns(databaseKindOf(qr));
    await qr.createTable(
      new Table({
        name: 'platform_term_calendar',
        columns: [
          c.id(),
          c.ref('region_id'),
          c.varchar('term', 8),
          c.varchar('start_month_day', 5),
          c.varchar('end_month_day', 5),
          c.instant('created_at'),
          c.instant('updated_at'),
          c.version(),
        ],
        indices: [new TableIndex({ name: 'ux_platform_term_calendar_region_term', columnNames: ['region_id', 'term'], isUnique: true })],
        foreignKeys: [
          new TableForeignKey({ name: 'fk_platform_term_calendar_region', columnNames: ['region_id'], referencedTableName: 'platform_region', referencedColumnNames: ['id'], onDelete: 'CASCADE' }),
        ],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('platform_term_calendar');
  }
}
