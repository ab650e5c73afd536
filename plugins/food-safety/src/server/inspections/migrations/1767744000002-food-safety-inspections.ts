import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { databaseKindOf, migrationColumns } from '@schoolbridge/core';

const fk = (name: string, column: string, table: string, onDelete: 'CASCADE' | 'RESTRICT' | 'SET NULL') =>
  new TableForeignKey({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete });
const ix = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

/**
 * Campaigns, outings and their teams, issuing authorities and their letter counters, inspections
 * with the officers present, per-item results and photos, opinion letters and their revisions
 * (DOMAIN §8). Refers to the canteens and templates parts' tables (earlier migrations).
 */
export class FoodSafetyInspections1767744000002 implements MigrationInterface {
  name = 'FoodSafetyInspections1767744000002';

  async up(qr: QueryRunner): Promise<void> {
    const c = migrationColumns(databaseKindOf(qr));
    const stamps = () => [c.instant('created_at'), c.instant('updated_at'), c.version()];

    await qr.createTable(
      new Table({
        name: 'food_safety_campaign',
        columns: [
          c.id(),
          c.varchar('name', 200),
          c.date('starts_on'),
          c.date('ends_on'),
          c.ref('region_id'),
          c.path('region_path'),
          c.varchar('document_number', 100, { nullable: true }),
          c.varchar('document_title', 300, { nullable: true }),
          c.ref('document_file_id', { nullable: true }),
          c.ref('template_id', { nullable: true }),
          c.text('notes'),
          c.ref('created_by', { nullable: true }),
          ...stamps(),
        ],
        indices: [ix('ix_food_safety_campaign_region_path', ['region_path']), ix('ix_food_safety_campaign_period', ['starts_on', 'ends_on'])],
        foreignKeys: [
          fk('fk_food_safety_campaign_region', 'region_id', 'platform_region', 'RESTRICT'),
          fk('fk_food_safety_campaign_document_file', 'document_file_id', 'platform_file', 'RESTRICT'),
          fk('fk_food_safety_campaign_template', 'template_id', 'food_safety_checklist_template', 'RESTRICT'),
        ],
      }),
    );

    await qr.createTable(
      new Table({
        name: 'food_safety_outing',
        columns: [
          c.id(),
          c.ref('campaign_id', { nullable: true }),
          c.date('outing_on'),
          c.ref('region_id'),
          c.path('region_path'),
          c.integer('vehicles'),
          c.varchar('vehicle_plates', 200, { nullable: true }),
          c.text('notes'),
          c.ref('created_by', { nullable: true }),
          ...stamps(),
        ],
        indices: [
          ix('ix_food_safety_outing_region_path', ['region_path']),
          ix('ix_food_safety_outing_campaign', ['campaign_id']),
          ix('ix_food_safety_outing_date', ['outing_on']),
        ],
        foreignKeys: [
          fk('fk_food_safety_outing_campaign', 'campaign_id', 'food_safety_campaign', 'RESTRICT'),
          fk('fk_food_safety_outing_region', 'region_id', 'platform_region', 'RESTRICT'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'food_safety_outing_member',
        columns: [
          c.id(),
          c.ref('outing_id'),
          c.ref('user_id', { nullable: true }),
          c.varchar('name', 50),
          c.varchar('agency', 200, { nullable: true }),
          c.varchar('role', 16),
          c.integer('position'),
        ],
        indices: [ix('ix_food_safety_outing_member_outing', ['outing_id']), ix('ix_food_safety_outing_member_user', ['user_id'])],
        foreignKeys: [
          fk('fk_food_safety_outing_member_outing', 'outing_id', 'food_safety_outing', 'CASCADE'),
          fk('fk_food_safety_outing_member_user', 'user_id', 'platform_user', 'SET NULL'),
        ],
      }),
    );

    await qr.createTable(
      new Table({
        name: 'food_safety_issuing_authority',
        columns: [c.id(), c.varchar('name', 200), c.varchar('number_prefix', 50), c.ref('region_id'), c.path('region_path'), c.boolean('active'), ...stamps()],
        indices: [ix('ix_food_safety_issuing_authority_region_path', ['region_path']), ix('ux_food_safety_issuing_authority_prefix', ['number_prefix'], true)],
        foreignKeys: [fk('fk_food_safety_issuing_authority_region', 'region_id', 'platform_region', 'RESTRICT')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'food_safety_letter_counter',
        columns: [c.id('authority_id'), { ...c.integer('year'), isPrimary: true }, c.integer('last_serial')],
        foreignKeys: [fk('fk_food_safety_letter_counter_authority', 'authority_id', 'food_safety_issuing_authority', 'CASCADE')],
      }),
    );

    await qr.createTable(
      new Table({
        name: 'food_safety_inspection',
        columns: [
          c.id(),
          c.varchar('kind', 16),
          c.ref('canteen_id'),
          c.path('scope_path'),
          c.ref('campaign_id', { nullable: true }),
          c.ref('outing_id', { nullable: true }),
          c.ref('follows_inspection_id', { nullable: true }),
          c.ref('template_version_id'),
          c.ref('authority_id', { nullable: true }),
          c.date('inspected_on'),
          c.varchar('status', 16),
          c.integer('score', { nullable: true }),
          c.varchar('grade', 16, { nullable: true }),
          c.boolean('capped'),
          c.integer('compliant_count'),
          c.integer('non_compliant_count'),
          c.integer('not_applicable_count'),
          c.integer('not_observed_count'),
          c.integer('failed_critical_count'),
          c.integer('corrected_on_site_count'),
          c.integer('repeat_count'),
          c.varchar('deadline_kind', 16, { nullable: true }),
          c.date('deadline_on', { nullable: true }),
          c.varchar('rectification_owner', 100, { nullable: true }),
          c.instant('submitted_at', { nullable: true }),
          c.ref('submitted_by', { nullable: true }),
          c.integer('amendments'),
          c.text('notes'),
          c.ref('created_by', { nullable: true }),
          ...stamps(),
        ],
        indices: [
          ix('ix_food_safety_inspection_canteen', ['canteen_id', 'inspected_on']),
          ix('ix_food_safety_inspection_scope_path', ['scope_path']),
          ix('ix_food_safety_inspection_campaign', ['campaign_id']),
          ix('ix_food_safety_inspection_outing', ['outing_id']),
          ix('ix_food_safety_inspection_inspected_on', ['inspected_on']),
        ],
        foreignKeys: [
          fk('fk_food_safety_inspection_canteen', 'canteen_id', 'food_safety_canteen', 'RESTRICT'),
          fk('fk_food_safety_inspection_campaign', 'campaign_id', 'food_safety_campaign', 'RESTRICT'),
          fk('fk_food_safety_inspection_outing', 'outing_id', 'food_safety_outing', 'RESTRICT'),
          fk('fk_food_safety_inspection_follows', 'follows_inspection_id', 'food_safety_inspection', 'RESTRICT'),
          fk('fk_food_safety_inspection_template_version', 'template_version_id', 'food_safety_template_version', 'RESTRICT'),
          fk('fk_food_safety_inspection_authority', 'authority_id', 'food_safety_issuing_authority', 'RESTRICT'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'food_safety_inspection_inspector',
        columns: [
          c.id(),
          c.ref('inspection_id'),
          c.ref('user_id', { nullable: true }),
          c.varchar('name', 50),
          c.varchar('agency', 200, { nullable: true }),
          c.integer('position'),
        ],
        indices: [ix('ix_food_safety_inspection_inspector_inspection', ['inspection_id']), ix('ix_food_safety_inspection_inspector_user', ['user_id'])],
        foreignKeys: [
          fk('fk_food_safety_inspection_inspector_inspection', 'inspection_id', 'food_safety_inspection', 'CASCADE'),
          fk('fk_food_safety_inspection_inspector_user', 'user_id', 'platform_user', 'SET NULL'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'food_safety_inspection_result',
        columns: [
          c.id(),
          c.ref('inspection_id'),
          c.varchar('item_code', 60),
          c.varchar('area_code', 60),
          c.varchar('area_name', 200),
          c.text('text', { nullable: false }),
          c.varchar('severity', 16),
          c.integer('weight'),
          c.varchar('defect_code', 40, { nullable: true }),
          c.integer('position'),
          c.varchar('result', 16, { nullable: true }),
          c.boolean('corrected_on_site'),
          c.text('note'),
          c.boolean('repeat_violation'),
          c.varchar('leave_off_reason', 500, { nullable: true }),
        ],
        indices: [ix('ux_food_safety_inspection_result_item', ['inspection_id', 'item_code'], true)],
        foreignKeys: [fk('fk_food_safety_inspection_result_inspection', 'inspection_id', 'food_safety_inspection', 'CASCADE')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'food_safety_inspection_photo',
        columns: [c.id('result_id'), c.id('file_id'), c.instant('attached_at')],
        indices: [ix('ix_food_safety_inspection_photo_file', ['file_id'])],
        foreignKeys: [
          fk('fk_food_safety_inspection_photo_result', 'result_id', 'food_safety_inspection_result', 'CASCADE'),
          fk('fk_food_safety_inspection_photo_file', 'file_id', 'platform_file', 'RESTRICT'),
        ],
      }),
    );

    await qr.createTable(
      new Table({
        name: 'food_safety_opinion_letter',
        columns: [
          c.id(),
          c.ref('inspection_id'),
          c.ref('authority_id'),
          c.integer('year'),
          c.integer('serial'),
          c.varchar('number', 100),
          c.integer('current_revision'),
          c.instant('issued_at'),
          c.date('issued_on'),
        ],
        indices: [
          ix('ux_food_safety_opinion_letter_inspection', ['inspection_id'], true),
          ix('ux_food_safety_opinion_letter_serial', ['authority_id', 'year', 'serial'], true),
        ],
        foreignKeys: [
          fk('fk_food_safety_opinion_letter_inspection', 'inspection_id', 'food_safety_inspection', 'RESTRICT'),
          fk('fk_food_safety_opinion_letter_authority', 'authority_id', 'food_safety_issuing_authority', 'RESTRICT'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'food_safety_letter_revision',
        columns: [
          c.id(),
          c.ref('letter_id'),
          c.integer('revision'),
          c.instant('issued_at'),
          c.date('issued_on'),
          c.ref('issued_by', { nullable: true }),
          c.varchar('reason', 500, { nullable: true }),
          c.text('snapshot', { nullable: false }),
        ],
        indices: [ix('ux_food_safety_letter_revision', ['letter_id', 'revision'], true)],
        foreignKeys: [fk('fk_food_safety_letter_revision_letter', 'letter_id', 'food_safety_opinion_letter', 'CASCADE')],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of [
      'food_safety_letter_revision',
      'food_safety_opinion_letter',
      'food_safety_inspection_photo',
      'food_safety_inspection_result',
      'food_safety_inspection_inspector',
      'food_safety_inspection',
      'food_safety_letter_counter',
      'food_safety_issuing_authority',
      'food_safety_outing_member',
      'food_safety_outing',
      'food_safety_campaign',
    ])
      await qr.dropTable(table);
  }
}
