import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { databaseKindOf, migrationColumns } from '@schoolbridge/core';

const fk = (name: string, column: string, table: string, onDelete: 'CASCADE' | 'RESTRICT' | 'SET NULL') =>
  new TableForeignKey({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete });
const ix = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

/**
 * Rectification (DOMAIN §8): notices 整改通知书 with their items, the evidence submitted per item
 * (history, files) and the reviews, and penalties 行政处罚 recorded as the authority decided them.
 */
export class FoodSafetyRectification1767744000003 implements MigrationInterface {
  name = 'FoodSafetyRectification1767744000003';

  async up(qr: QueryRunner): Promise<void> {
    const c = migrationColumns(databaseKindOf(qr));

    await qr.createTable(
      new Table({
        name: 'food_safety_notice',
        columns: [
          c.id(),
          c.ref('inspection_id'),
          c.ref('canteen_id'),
          c.path('scope_path'),
          c.varchar('number', 120),
          c.date('issued_on'),
          c.ref('issued_by', { nullable: true }),
          c.varchar('issued_by_name', 50, { nullable: true }),
          c.varchar('owner_name', 50, { nullable: true }),
          c.ref('owner_user_id', { nullable: true }),
          c.text('measures'),
          c.varchar('deadline_kind', 20),
          c.date('deadline', { nullable: true }),
          c.varchar('status', 20),
          c.date('closed_on', { nullable: true }),
          c.ref('closed_by', { nullable: true }),
          c.varchar('closed_via', 20, { nullable: true }),
          c.date('escalated_on', { nullable: true }),
          c.ref('escalated_by', { nullable: true }),
          c.varchar('escalation_reason', 500, { nullable: true }),
          c.text('inspector_user_ids'),
          c.ref('last_reinspection_id', { nullable: true }),
          c.instant('created_at'),
          c.instant('updated_at'),
          c.version(),
        ],
        indices: [
          ix('ux_food_safety_notice_inspection', ['inspection_id'], true),
          ix('ix_food_safety_notice_canteen', ['canteen_id']),
          ix('ix_food_safety_notice_scope_path', ['scope_path']),
          ix('ix_food_safety_notice_status_deadline', ['status', 'deadline']),
        ],
        foreignKeys: [
          fk('fk_food_safety_notice_inspection', 'inspection_id', 'food_safety_inspection', 'RESTRICT'),
          fk('fk_food_safety_notice_canteen', 'canteen_id', 'food_safety_canteen', 'RESTRICT'),
          fk('fk_food_safety_notice_owner_user', 'owner_user_id', 'platform_user', 'SET NULL'),
        ],
      }),
    );

    await qr.createTable(
      new Table({
        name: 'food_safety_notice_item',
        columns: [
          c.id(),
          c.ref('notice_id'),
          c.varchar('item_code', 50),
          c.varchar('area_code', 50),
          c.varchar('area_name', 100, { nullable: true }),
          c.text('text', { nullable: false }),
          c.varchar('severity', 16),
          c.text('finding'),
          c.text('requirement'),
          c.text('measures'),
          c.integer('position'),
          c.varchar('status', 16),
          c.text('evidence_note'),
          c.text('evidence_file_ids'),
          c.instant('evidence_at', { nullable: true }),
          c.text('review_note'),
          c.ref('reviewed_by', { nullable: true }),
          c.varchar('reviewed_by_name', 50, { nullable: true }),
          c.instant('reviewed_at', { nullable: true }),
          c.ref('reinspection_id', { nullable: true }),
          c.instant('updated_at'),
          c.version(),
        ],
        indices: [ix('ix_food_safety_notice_item_notice', ['notice_id']), ix('ux_food_safety_notice_item_code', ['notice_id', 'item_code'], true)],
        foreignKeys: [fk('fk_food_safety_notice_item_notice', 'notice_id', 'food_safety_notice', 'CASCADE')],
      }),
    );

    await qr.createTable(
      new Table({
        name: 'food_safety_notice_evidence',
        columns: [
          c.id(),
          c.ref('notice_item_id'),
          c.text('note', { nullable: false }),
          c.ref('submitted_by', { nullable: true }),
          c.varchar('submitted_by_name', 50, { nullable: true }),
          c.instant('submitted_at'),
          c.varchar('review_result', 16, { nullable: true }),
          c.text('review_note'),
          c.ref('reviewed_by', { nullable: true }),
          c.varchar('reviewed_by_name', 50, { nullable: true }),
          c.instant('reviewed_at', { nullable: true }),
        ],
        indices: [ix('ix_food_safety_notice_evidence_item', ['notice_item_id', 'submitted_at'])],
        foreignKeys: [fk('fk_food_safety_notice_evidence_item', 'notice_item_id', 'food_safety_notice_item', 'CASCADE')],
      }),
    );

    await qr.createTable(
      new Table({
        name: 'food_safety_notice_evidence_file',
        columns: [c.id('evidence_id'), c.id('file_id'), c.integer('position')],
        indices: [ix('ix_food_safety_notice_evidence_file_file', ['file_id'])],
        foreignKeys: [
          fk('fk_food_safety_notice_evidence_file_evidence', 'evidence_id', 'food_safety_notice_evidence', 'CASCADE'),
          fk('fk_food_safety_notice_evidence_file_file', 'file_id', 'platform_file', 'RESTRICT'),
        ],
      }),
    );

    await qr.createTable(
      new Table({
        name: 'food_safety_penalty',
        columns: [
          c.id(),
          c.ref('notice_id', { nullable: true }),
          c.ref('inspection_id', { nullable: true }),
          c.ref('canteen_id'),
          c.path('scope_path'),
          c.varchar('document_number', 120),
          c.varchar('authority_name', 200),
          c.varchar('reason_code', 32),
          c.varchar('reason_text', 500, { nullable: true }),
          c.money('amount'),
          c.date('decided_on'),
          c.text('note'),
          c.ref('recorded_by', { nullable: true }),
          c.instant('created_at'),
          c.instant('updated_at'),
          c.version(),
        ],
        indices: [
          ix('ix_food_safety_penalty_canteen', ['canteen_id']),
          ix('ix_food_safety_penalty_notice', ['notice_id']),
          ix('ix_food_safety_penalty_inspection', ['inspection_id']),
          ix('ix_food_safety_penalty_scope_path', ['scope_path']),
          ix('ix_food_safety_penalty_decided_on', ['decided_on']),
          ix('ux_food_safety_penalty_document', ['authority_name', 'document_number'], true),
        ],
        foreignKeys: [
          fk('fk_food_safety_penalty_notice', 'notice_id', 'food_safety_notice', 'RESTRICT'),
          fk('fk_food_safety_penalty_inspection', 'inspection_id', 'food_safety_inspection', 'RESTRICT'),
          fk('fk_food_safety_penalty_canteen', 'canteen_id', 'food_safety_canteen', 'RESTRICT'),
        ],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of [
      'food_safety_penalty',
      'food_safety_notice_evidence_file',
      'food_safety_notice_evidence',
      'food_safety_notice_item',
      'food_safety_notice',
    ]) {
      await qr.dropTable(t, true, true, true);
    }
  }
}
