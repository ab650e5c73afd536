import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IdColumn, InstantColumn, JsonColumn, RefColumn, RowVersionColumn } from '@schoolbridge/core';
import type { Severity } from '../../../shared/rules/index.js';
import type { NoticeItemStatus } from '../../../shared/rules/notice-states.js';
import { FoodSafetyNotice } from './notice.entity.js';

/** One failed checklist item on a notice, with the latest evidence and review (history in FoodSafetyNoticeEvidence). */
@Entity('food_safety_notice_item')
@Index('ix_food_safety_notice_item_notice', ['noticeId'])
@Index('ux_food_safety_notice_item_code', ['noticeId', 'itemCode'], { unique: true })
export class FoodSafetyNoticeItem {
  @IdColumn()
  id!: string;

  @RefColumn()
  noticeId!: string;

  @ManyToOne(() => FoodSafetyNotice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notice_id', foreignKeyConstraintName: 'fk_food_safety_notice_item_notice' })
  notice?: FoodSafetyNotice;

  /** The checklist item's stable code (the same across template versions). */
  @Column({ type: 'varchar', length: 50 })
  itemCode!: string;

  @Column({ type: 'varchar', length: 50 })
  areaCode!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  areaName!: string | null;

  /** The item's text as checked. */
  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'varchar', length: 16 })
  severity!: Severity;

  /** What the inspector found (the inspection's note on the item). */
  @Column({ type: 'text', nullable: true })
  finding!: string | null;

  /** The inspector's requirement 整改要求. */
  @Column({ type: 'text', nullable: true })
  requirement!: string | null;

  /** The school's measures 整改措施 for this item. */
  @Column({ type: 'text', nullable: true })
  measures!: string | null;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: NoticeItemStatus;

  @Column({ type: 'text', nullable: true })
  evidenceNote!: string | null;

  @JsonColumn()
  evidenceFileIds!: string[] | null;

  @InstantColumn({ nullable: true })
  evidenceAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  reviewNote!: string | null;

  @RefColumn({ nullable: true })
  reviewedBy!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  reviewedByName!: string | null;

  @InstantColumn({ nullable: true })
  reviewedAt!: Date | null;

  /** Set when a re-inspection decided the item (accepted or reopened). */
  @RefColumn({ nullable: true })
  reinspectionId!: string | null;

  @InstantColumn()
  updatedAt!: Date;

  @RowVersionColumn()
  version!: number;
}
