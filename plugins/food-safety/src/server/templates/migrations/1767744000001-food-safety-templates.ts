import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { newId } from '@schoolbridge/shared';
import { databaseKindOf, migrationColumns } from '@schoolbridge/core';
import { SHIPPED_TEMPLATES } from './shipped-templates.js';

const fk = (name: string, column: string, table: string, onDelete: 'CASCADE' | 'RESTRICT' | 'SET NULL') =>
  new TableForeignKey({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete });
const ix = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

/**
 * Checklist templates (DOMAIN §8): templates, their versions, areas and items with stable codes, and
 * the plugin's settings. Installs the shipped checklists as version 1 of each, here, once: a data
 * migration runs exactly once per database, so a county that later edits, versions or archives a
 * shipped template never sees it come back (an "ensure at boot" would have to tell "deleted on
 * purpose" from "never installed", and would race between API instances).
 */
export class FoodSafetyTemplates1767744000001 implements MigrationInterface {
  name = 'FoodSafetyTemplates1767744000001';

  async up(qr: QueryRunner): Promise<void> {
    const kind = databaseKindOf(qr);
    const c = migrationColumns(kind);

    await qr.createTable(
      new Table({
        name: 'food_safety_checklist_template',
        columns: [
          c.id(),
          c.varchar('code', 40),
          c.varchar('name', 200),
          c.varchar('purpose', 32),
          c.text('description'),
          c.boolean('shipped'),
          c.ref('current_version_id', { nullable: true }),
          c.integer('code_seq', { default: 0 }),
          c.instant('archived_at', { nullable: true }),
          c.ref('created_by', { nullable: true }),
          c.instant('created_at'),
          c.instant('updated_at'),
          c.version(),
        ],
        indices: [ix('ux_food_safety_checklist_template_code', ['code'], true), ix('ix_food_safety_checklist_template_purpose', ['purpose'])],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'food_safety_template_version',
        columns: [
          c.id(),
          c.ref('template_id'),
          c.integer('number'),
          c.varchar('note', 500, { nullable: true }),
          c.instant('used_at', { nullable: true }),
          c.ref('created_by', { nullable: true }),
          c.instant('created_at'),
        ],
        indices: [ix('ux_food_safety_template_version_number', ['template_id', 'number'], true)],
        foreignKeys: [fk('fk_food_safety_template_version_template', 'template_id', 'food_safety_checklist_template', 'CASCADE')],
      }),
    );
    // the template points at its current version: added once both tables exist
    await qr.createForeignKey(
      'food_safety_checklist_template',
      fk('fk_food_safety_checklist_template_current_version', 'current_version_id', 'food_safety_template_version', 'RESTRICT'),
    );
    await qr.createTable(
      new Table({
        name: 'food_safety_template_area',
        columns: [c.id('version_id'), { ...c.varchar('code', 60), isPrimary: true }, c.varchar('name', 200), c.integer('position')],
        foreignKeys: [fk('fk_food_safety_template_area_version', 'version_id', 'food_safety_template_version', 'CASCADE')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'food_safety_template_item',
        columns: [
          c.id(),
          c.ref('version_id'),
          c.varchar('area_code', 60),
          c.varchar('code', 60),
          c.varchar('text', 500),
          c.varchar('severity', 16),
          c.integer('weight'),
          c.integer('position'),
          c.varchar('defect_code', 40, { nullable: true }),
        ],
        indices: [ix('ux_food_safety_template_item_code', ['version_id', 'code'], true), ix('ix_food_safety_template_item_code', ['code'])],
        foreignKeys: [fk('fk_food_safety_template_item_version', 'version_id', 'food_safety_template_version', 'CASCADE')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'food_safety_setting',
        columns: [
          { ...c.varchar('key', 64), isPrimary: true },
          { ...c.text('value'), isNullable: false },
          c.ref('updated_by', { nullable: true }),
          c.instant('updated_at'),
          c.integer('version', { default: 1 }),
        ],
      }),
    );

    await installShipped(qr, kind);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('food_safety_setting');
    await qr.dropTable('food_safety_template_item');
    await qr.dropTable('food_safety_template_area');
    await qr.dropForeignKey('food_safety_checklist_template', 'fk_food_safety_checklist_template_current_version');
    await qr.dropTable('food_safety_template_version');
    await qr.dropTable('food_safety_checklist_template');
  }
}

/** Plain SQL, not the entities: they describe the newest schema, not this step's. */
async function installShipped(qr: QueryRunner, kind: 'postgres' | 'sqlite'): Promise<void> {
  const p = (n: number) => Array.from({ length: n }, (_, i) => (kind === 'postgres' ? `$${i + 1}` : '?')).join(', ');
  // the same text TypeORM writes for an instant on each database
  const now = new Date();
  const at = kind === 'postgres' ? now.toISOString() : now.toISOString().replace('T', ' ').replace('Z', '');
  const yes = kind === 'postgres' ? true : 1;
  for (const t of SHIPPED_TEMPLATES) {
    const templateId = newId();
    const versionId = newId();
    const itemCount = t.areas.reduce((n, a) => n + a.items.length, 0);
    // items are numbered 1..n and areas A1..Am; new codes continue after the larger of the two
    const codeSeq = Math.max(itemCount, t.areas.length);
    await qr.query(
      `INSERT INTO food_safety_checklist_template (id, code, name, purpose, description, shipped, current_version_id, code_seq, archived_at, created_by, created_at, updated_at, version) VALUES (${p(13)})`,
      [templateId, t.code, t.name, t.purpose, t.description, yes, null, codeSeq, null, null, at, at, 1],
    );
    await qr.query(`INSERT INTO food_safety_template_version (id, template_id, number, note, used_at, created_by, created_at) VALUES (${p(7)})`, [
      versionId,
      templateId,
      1,
      '系统内置',
      null,
      null,
      at,
    ]);
    let itemNo = 0;
    for (const [ai, area] of t.areas.entries()) {
      const areaCode = `${t.code}-A${ai + 1}`;
      await qr.query(`INSERT INTO food_safety_template_area (version_id, code, name, position) VALUES (${p(4)})`, [versionId, areaCode, area.name, ai + 1]);
      for (const [ii, [text, severity, weight, defect]] of area.items.entries()) {
        await qr.query(
          `INSERT INTO food_safety_template_item (id, version_id, area_code, code, text, severity, weight, position, defect_code) VALUES (${p(9)})`,
          [newId(), versionId, areaCode, `${t.code}-${++itemNo}`, text, severity, weight, ii + 1, defect ?? null],
        );
      }
    }
    await qr.query(`UPDATE food_safety_checklist_template SET current_version_id = ${p(1)} WHERE id = ${kind === 'postgres' ? '$2' : '?'}`, [
      versionId,
      templateId,
    ]);
  }
}
