import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DateColumn, IdColumn, InstantColumn, PathColumn, RefColumn, RowVersionColumn, StoredFile, User } from '@schoolbridge/core';
import type { Grade, ItemResult, Severity } from '../../../shared/rules/index.js';
import type { DeadlineKind, InspectionKind, InspectionStatus } from '../vocab.js';
import { Canteen } from '../../canteens/entities/canteen.entity.js';
import { TemplateVersion } from '../../templates/entities/template.entity.js';
import { IssuingAuthority } from './authority.entity.js';
import { InspectionCampaign } from './campaign.entity.js';
import { InspectionOuting } from './outing.entity.js';

/**
 * An inspection 监督检查 of a canteen or meal supplier (DOMAIN §8). A draft belongs to the inspectors
 * until it is submitted, once; later changes are amendments (audited, the letter reissued). The
 * canteen's scope path is copied at creation so lists filter on an index; a supplier's served
 * schools are matched through the canteens part's supplier table.
 */
@Entity('food_safety_inspection')
@Index('ix_food_safety_inspection_canteen', ['canteenId', 'inspectedOn'])
@Index('ix_food_safety_inspection_scope_path', ['scopePath'])
@Index('ix_food_safety_inspection_campaign', ['campaignId'])
@Index('ix_food_safety_inspection_outing', ['outingId'])
@Index('ix_food_safety_inspection_inspected_on', ['inspectedOn'])
export class Inspection {
  @IdColumn()
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: InspectionKind;

  @RefColumn()
  canteenId!: string;

  @ManyToOne(() => Canteen, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'canteen_id', foreignKeyConstraintName: 'fk_food_safety_inspection_canteen' })
  canteen?: Canteen;

  @PathColumn()
  scopePath!: string;

  @RefColumn({ nullable: true })
  campaignId!: string | null;

  @ManyToOne(() => InspectionCampaign, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'fk_food_safety_inspection_campaign' })
  campaign?: InspectionCampaign | null;

  @RefColumn({ nullable: true })
  outingId!: string | null;

  @ManyToOne(() => InspectionOuting, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'outing_id', foreignKeyConstraintName: 'fk_food_safety_inspection_outing' })
  outing?: InspectionOuting | null;

  /** The inspection a re-inspection 复查 follows up. */
  @RefColumn({ nullable: true })
  followsInspectionId!: string | null;

  @ManyToOne(() => Inspection, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'follows_inspection_id', foreignKeyConstraintName: 'fk_food_safety_inspection_follows' })
  followsInspection?: Inspection | null;

  @RefColumn()
  templateVersionId!: string;

  @ManyToOne(() => TemplateVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_version_id', foreignKeyConstraintName: 'fk_food_safety_inspection_template_version' })
  templateVersion?: TemplateVersion;

  /** The authority in whose name the letter is issued; chosen before submitting. */
  @RefColumn({ nullable: true })
  authorityId!: string | null;

  @ManyToOne(() => IssuingAuthority, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'authority_id', foreignKeyConstraintName: 'fk_food_safety_inspection_authority' })
  authority?: IssuingAuthority | null;

  @DateColumn()
  inspectedOn!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: InspectionStatus;

  /** Hundredths of a point (8750 = 87.50); null in a draft or when no item was applicable. */
  @Column({ type: 'integer', nullable: true })
  score!: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  grade!: Grade | null;

  /** Whether a failed critical item lowered the grade. */
  @Column({ type: 'boolean' })
  capped!: boolean;

  @Column({ type: 'integer' })
  compliantCount!: number;

  @Column({ type: 'integer' })
  nonCompliantCount!: number;

  @Column({ type: 'integer' })
  notApplicableCount!: number;

  @Column({ type: 'integer' })
  notObservedCount!: number;

  @Column({ type: 'integer' })
  failedCriticalCount!: number;

  @Column({ type: 'integer' })
  correctedOnSiteCount!: number;

  @Column({ type: 'integer' })
  repeatCount!: number;

  /** The rectification deadline the letter states (set at submit when items go onto a notice). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  deadlineKind!: DeadlineKind | null;

  @DateColumn({ nullable: true })
  deadlineOn!: string | null;

  /** 整改责任人 named on the notice, as written. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  rectificationOwner!: string | null;

  @InstantColumn({ nullable: true })
  submittedAt!: Date | null;

  @RefColumn({ nullable: true })
  submittedBy!: string | null;

  @Column({ type: 'integer' })
  amendments!: number;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @RefColumn({ nullable: true })
  createdBy!: string | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;

  @RowVersionColumn()
  version!: number;
}

/** An officer present at an inspection; people of other agencies may have no account. */
@Entity('food_safety_inspection_inspector')
@Index('ix_food_safety_inspection_inspector_inspection', ['inspectionId'])
@Index('ix_food_safety_inspection_inspector_user', ['userId'])
export class InspectionInspector {
  @IdColumn()
  id!: string;

  @RefColumn()
  inspectionId!: string;

  @ManyToOne(() => Inspection, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inspection_id', foreignKeyConstraintName: 'fk_food_safety_inspection_inspector_inspection' })
  inspection?: Inspection;

  @RefColumn({ nullable: true })
  userId!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_food_safety_inspection_inspector_user' })
  user?: User | null;

  @Column({ type: 'varchar', length: 50 })
  name!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  agency!: string | null;

  @Column({ type: 'integer' })
  position!: number;
}

/**
 * One checklist item's result. The item's code, area, text, severity and weight are copied from
 * the template version when the draft is made, so later template edits never change a past
 * inspection. `result` is null until answered.
 */
@Entity('food_safety_inspection_result')
@Index('ux_food_safety_inspection_result_item', ['inspectionId', 'itemCode'], { unique: true })
export class InspectionResult {
  @IdColumn()
  id!: string;

  @RefColumn()
  inspectionId!: string;

  @ManyToOne(() => Inspection, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inspection_id', foreignKeyConstraintName: 'fk_food_safety_inspection_result_inspection' })
  inspection?: Inspection;

  /** Stable across template versions, so repeats are found. */
  @Column({ type: 'varchar', length: 60 })
  itemCode!: string;

  @Column({ type: 'varchar', length: 60 })
  areaCode!: string;

  @Column({ type: 'varchar', length: 200 })
  areaName!: string;

  /** The requirement as the checklist words it. */
  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'varchar', length: 16 })
  severity!: Severity;

  @Column({ type: 'integer' })
  weight!: number;

  /** Known-defect code of the item (DOMAIN §8), when the template gives one. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  defectCode!: string | null;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 16, nullable: true })
  result!: ItemResult | null;

  /** 当场整改: still non-compliant for the score; only kept off the notice. */
  @Column({ type: 'boolean' })
  correctedOnSite!: boolean;

  /** What was found. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Also failed in the canteen's previous submitted inspection. */
  @Column({ type: 'boolean' })
  repeatViolation!: boolean;

  /** Why a failed minor item is left off the notice. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  leaveOffReason!: string | null;
}

/** A photo of a result: an uploaded platform file. */
@Entity('food_safety_inspection_photo')
@Index('ix_food_safety_inspection_photo_file', ['fileId'])
export class InspectionPhoto {
  @IdColumn()
  resultId!: string;

  @ManyToOne(() => InspectionResult, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'result_id', foreignKeyConstraintName: 'fk_food_safety_inspection_photo_result' })
  result?: InspectionResult;

  @IdColumn()
  fileId!: string;

  @ManyToOne(() => StoredFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'fk_food_safety_inspection_photo_file' })
  file?: StoredFile;

  @InstantColumn()
  attachedAt!: Date;
}
