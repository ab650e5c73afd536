import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn, StoredFile } from '@schoolbridge/core';
import { FoodSafetyNoticeItem } from './notice-item.entity.js';

/**
 * One submission of evidence 整改材料 for a notice item, and what the review made of it. Kept as
 * history: a rejected submission stays, and the next one is a new row.
 */
@Entity('food_safety_notice_evidence')
@Index('ix_food_safety_notice_evidence_item', ['noticeItemId', 'submittedAt'])
export class FoodSafetyNoticeEvidence {
  @IdColumn()
  id!: string;

  @RefColumn()
  noticeItemId!: string;

  @ManyToOne(() => FoodSafetyNoticeItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notice_item_id', foreignKeyConstraintName: 'fk_food_safety_notice_evidence_item' })
  noticeItem?: FoodSafetyNoticeItem;

  @Column({ type: 'text' })
  note!: string;

  @RefColumn({ nullable: true })
  submittedBy!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  submittedByName!: string | null;

  @InstantColumn()
  submittedAt!: Date;

  /** 'accepted' | 'rejected' once reviewed; null while waiting. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  reviewResult!: 'accepted' | 'rejected' | null;

  @Column({ type: 'text', nullable: true })
  reviewNote!: string | null;

  @RefColumn({ nullable: true })
  reviewedBy!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  reviewedByName!: string | null;

  @InstantColumn({ nullable: true })
  reviewedAt!: Date | null;
}

/** The files (photos, scans) of one evidence submission, in upload order. */
@Entity('food_safety_notice_evidence_file')
@Index('ix_food_safety_notice_evidence_file_file', ['fileId'])
export class FoodSafetyNoticeEvidenceFile {
  @IdColumn()
  evidenceId!: string;

  @ManyToOne(() => FoodSafetyNoticeEvidence, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evidence_id', foreignKeyConstraintName: 'fk_food_safety_notice_evidence_file_evidence' })
  evidence?: FoodSafetyNoticeEvidence;

  @IdColumn()
  fileId!: string;

  @ManyToOne(() => StoredFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'fk_food_safety_notice_evidence_file_file' })
  file?: StoredFile;

  @Column({ type: 'integer' })
  position!: number;
}
