import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { databaseKindOf, migrationColumns } from '@schoolbridge/core';

const fk = (name: string, column: string, table: string, onDelete: 'CASCADE' | 'RESTRICT' | 'SET NULL') =>
  new TableForeignKey({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete });
const ix = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

/** Canteens and outside meal suppliers, the schools a supplier serves, food handlers. */
export class FoodSafetyCanteens1767744000000 implements MigrationInterface {
  name = 'FoodSafetyCanteens1767744000000';

  async up(qr: QueryRunner): Promise<void> {
    const c = migrationColumns(databaseKindOf(qr));
    const stamps = () => [c.instant('created_at'), c.instant('updated_at'), c.version()];
    await qr.createTable(
      new Table({
        name: 'food_safety_canteen',
        columns: [
          c.id(),
          c.varchar('kind', 16),
          c.varchar('name', 200),
          c.varchar('name_pinyin', 400),
          c.varchar('name_initials', 100),
          c.ref('school_id', { nullable: true }),
          c.ref('region_id', { nullable: true }),
          c.path('scope_path'),
          c.varchar('operator', 16),
          c.varchar('operator_name', 200, { nullable: true }),
          c.varchar('licence_no', 64, { nullable: true }),
          c.date('licence_expires_on', { nullable: true }),
          c.boolean('has_sample_fridge'),
          c.boolean('has_disinfection'),
          c.boolean('has_pest_proofing'),
          c.varchar('address', 300, { nullable: true }),
          c.varchar('contact_name', 50, { nullable: true }),
          c.varchar('contact_mobile', 20, { nullable: true }),
          c.integer('meals_per_day', { nullable: true }),
          c.integer('diners', { nullable: true }),
          c.instant('archived_at', { nullable: true }),
          ...stamps(),
        ],
        indices: [
          ix('ix_food_safety_canteen_scope_path', ['scope_path']),
          ix('ix_food_safety_canteen_school', ['school_id']),
          ix('ix_food_safety_canteen_region', ['region_id']),
          ix('ix_food_safety_canteen_licence_expires', ['licence_expires_on']),
        ],
        foreignKeys: [
          fk('fk_food_safety_canteen_school', 'school_id', 'platform_organisation', 'RESTRICT'),
          fk('fk_food_safety_canteen_region', 'region_id', 'platform_region', 'RESTRICT'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'food_safety_supplier_school',
        columns: [c.id('supplier_id'), c.id('school_id'), c.path('school_path'), c.instant('created_at')],
        indices: [ix('ix_food_safety_supplier_school_school', ['school_id']), ix('ix_food_safety_supplier_school_path', ['school_path'])],
        foreignKeys: [
          fk('fk_food_safety_supplier_school_supplier', 'supplier_id', 'food_safety_canteen', 'CASCADE'),
          fk('fk_food_safety_supplier_school_school', 'school_id', 'platform_organisation', 'RESTRICT'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'food_safety_food_handler',
        columns: [
          c.id(),
          c.ref('canteen_id'),
          c.varchar('name', 50),
          c.varchar('name_pinyin', 200),
          c.varchar('name_initials', 50),
          c.varchar('gender', 8, { nullable: true }),
          c.varchar('mobile', 20, { nullable: true }),
          c.varchar('position', 50, { nullable: true }),
          c.varchar('health_cert_no', 64, { nullable: true }),
          c.date('health_cert_expires_on', { nullable: true }),
          c.date('trained_on', { nullable: true }),
          c.boolean('on_duty'),
          c.instant('archived_at', { nullable: true }),
          ...stamps(),
        ],
        indices: [
          ix('ix_food_safety_food_handler_canteen', ['canteen_id']),
          ix('ix_food_safety_food_handler_cert_expires', ['health_cert_expires_on']),
          ix('ix_food_safety_food_handler_name_pinyin', ['name_pinyin']),
        ],
        foreignKeys: [fk('fk_food_safety_food_handler_canteen', 'canteen_id', 'food_safety_canteen', 'RESTRICT')],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('food_safety_food_handler');
    await qr.dropTable('food_safety_supplier_school');
    await qr.dropTable('food_safety_canteen');
  }
}
