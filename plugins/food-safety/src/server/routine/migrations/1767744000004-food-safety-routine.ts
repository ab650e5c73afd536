import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { databaseKindOf, migrationColumns } from '@schoolbridge/core';

const fk = (name: string, column: string, table: string, onDelete: 'CASCADE' | 'RESTRICT' | 'SET NULL') =>
  new TableForeignKey({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete });
const ix = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

/** The schools' daily routine: the sample-retention log (留样) and daily / weekly / monthly records. */
export class FoodSafetyRoutine1767744000004 implements MigrationInterface {
  name = 'FoodSafetyRoutine1767744000004';

  async up(qr: QueryRunner): Promise<void> {
    const c = migrationColumns(databaseKindOf(qr));
    const stamps = () => [c.instant('created_at'), c.instant('updated_at'), c.version()];
    await qr.createTable(
      new Table({
        name: 'food_safety_food_sample',
        columns: [
          c.id(),
          c.ref('canteen_id'),
          c.date('meal_date'),
          c.varchar('meal', 16),
          c.varchar('dish', 100),
          c.integer('weight_g'),
          c.instant('retained_at'),
          c.varchar('retained_by', 50),
          c.varchar('fridge', 50, { nullable: true }),
          c.instant('removed_at', { nullable: true }),
          c.varchar('removed_by', 50, { nullable: true }),
          c.integer('kept_minutes', { nullable: true }),
          c.varchar('note', 500, { nullable: true }),
          c.ref('created_by', { nullable: true }),
          ...stamps(),
        ],
        indices: [ix('ix_food_safety_food_sample_canteen_date', ['canteen_id', 'meal_date'])],
        foreignKeys: [fk('fk_food_safety_food_sample_canteen', 'canteen_id', 'food_safety_canteen', 'RESTRICT')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'food_safety_routine_record',
        columns: [
          c.id(),
          c.ref('canteen_id'),
          c.varchar('kind', 20),
          c.date('period_start'),
          c.ref('template_version_id'),
          c.varchar('person', 50),
          { ...c.text('results'), isNullable: false },
          c.integer('failed_count'),
          c.text('findings'),
          c.text('measures'),
          c.text('risks'),
          c.ref('created_by', { nullable: true }),
          ...stamps(),
        ],
        indices: [
          ix('ux_food_safety_routine_record_period', ['canteen_id', 'kind', 'period_start'], true),
          ix('ix_food_safety_routine_record_version', ['template_version_id']),
        ],
        foreignKeys: [
          fk('fk_food_safety_routine_record_canteen', 'canteen_id', 'food_safety_canteen', 'RESTRICT'),
          fk('fk_food_safety_routine_record_version', 'template_version_id', 'food_safety_template_version', 'RESTRICT'),
        ],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('food_safety_routine_record');
    await qr.dropTable('food_safety_food_sample');
  }
}
