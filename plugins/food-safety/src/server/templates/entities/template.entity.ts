import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn, RowVersionColumn } from '@schoolbridge/core';
import type { Severity } from '../../../shared/rules/index.js';
import type { DefectCode, TemplatePurpose } from '../vocab.js';

/**
 * A checklist template (检查表): the six-area school canteen sheet, the nine-area quantified-grading
 * sheet, the school's daily / weekly / monthly checklists, or one a county writes. Its content lives
 * in versions; `currentVersionId` is the one new records use. Templates are the deployment's own
 * (a bureau's sheet), not rows of a region, so they are not scoped: every holder of food-safety.read
 * may read them, food-safety.manage may edit them.
 */
@Entity('food_safety_checklist_template')
@Index('ux_food_safety_checklist_template_code', ['code'], { unique: true })
@Index('ix_food_safety_checklist_template_purpose', ['purpose'])
export class ChecklistTemplate {
  @IdColumn()
  id!: string;

  /** Set once at creation; area and item codes start with it. */
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  purpose!: TemplatePurpose;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Installed by the plugin's migration (shown as 系统内置); still editable like any other. */
  @Column({ type: 'boolean' })
  shipped!: boolean;

  @RefColumn({ nullable: true })
  currentVersionId!: string | null;

  @ManyToOne(() => TemplateVersion, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'current_version_id', foreignKeyConstraintName: 'fk_food_safety_checklist_template_current_version' })
  currentVersion?: Relation<TemplateVersion> | null;

  /** The last number given to an area or item code of this template: codes are never reused. */
  @Column({ type: 'integer', default: 0 })
  codeSeq!: number;

  @InstantColumn({ nullable: true })
  archivedAt!: Date | null;

  @RefColumn({ nullable: true })
  createdBy!: string | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;

  @RowVersionColumn()
  version!: number;
}

/**
 * One version of a template's content (第 N 版). Once a record uses it (`usedAt`, set by the
 * inspection or routine record that uses it, in its own transaction), it never changes again: an
 * edit makes the next version.
 */
@Entity('food_safety_template_version')
@Index('ux_food_safety_template_version_number', ['templateId', 'number'], { unique: true })
export class TemplateVersion {
  @IdColumn()
  id!: string;

  @RefColumn()
  templateId!: string;

  @ManyToOne(() => ChecklistTemplate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'template_id', foreignKeyConstraintName: 'fk_food_safety_template_version_template' })
  template?: Relation<ChecklistTemplate>;

  @Column({ type: 'integer' })
  number!: number;

  /** What changed (修订说明). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  /** When a record first used this version; null while it may still be edited in place. */
  @InstantColumn({ nullable: true })
  usedAt!: Date | null;

  @RefColumn({ nullable: true })
  createdBy!: string | null;

  @InstantColumn()
  createdAt!: Date;
}

/** An area (检查区域 / 检查内容) of a version: `code` is stable across versions. */
@Entity('food_safety_template_area')
export class TemplateArea {
  @IdColumn()
  versionId!: string;

  @Column({ type: 'varchar', length: 60, primary: true })
  code!: string;

  @ManyToOne(() => TemplateVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'fk_food_safety_template_area_version' })
  templateVersion?: Relation<TemplateVersion>;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'integer' })
  position!: number;
}

/**
 * An item (检查项) of a version. `code` is stable across versions (an edited item keeps it, a new item
 * gets a new one, a removed item's code is never given again), so repeats are found across versions.
 */
@Entity('food_safety_template_item')
@Index('ux_food_safety_template_item_code', ['versionId', 'code'], { unique: true })
@Index('ix_food_safety_template_item_code', ['code'])
export class TemplateItem {
  @IdColumn()
  id!: string;

  @RefColumn()
  versionId!: string;

  @ManyToOne(() => TemplateVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'fk_food_safety_template_item_version' })
  templateVersion?: Relation<TemplateVersion>;

  @Column({ type: 'varchar', length: 60 })
  areaCode!: string;

  @Column({ type: 'varchar', length: 60 })
  code!: string;

  @Column({ type: 'varchar', length: 500 })
  text!: string;

  @Column({ type: 'varchar', length: 16 })
  severity!: Severity;

  /** A whole number ≥ 1: the item's share of the score. */
  @Column({ type: 'integer' })
  weight!: number;

  /** Order within its area, from 1. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 40, nullable: true })
  defectCode!: DefectCode | null;
}
