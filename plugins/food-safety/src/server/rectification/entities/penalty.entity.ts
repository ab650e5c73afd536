import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Canteen } from '../../canteens/entities/canteen.entity.js';
import { Inspection } from '../../inspections/entities/inspection.entity.js';
import { FoodSafetyNotice } from './notice.entity.js';
import { DateColumn, IdColumn, InstantColumn, MoneyColumn, PathColumn, RefColumn, RowVersionColumn } from '@schoolbridge/core';
import type { PenaltyReason } from '../../../shared/rules/notice-states.js';

/**
 * A penalty 行政处罚: the issuing authority's decision, recorded here (SchoolBridge does not decide
 * penalties). Tied to a canteen, and to the notice or inspection it followed.
 */
@Entity('food_safety_penalty')
@Index('ix_food_safety_penalty_canteen', ['canteenId'])
@Index('ix_food_safety_penalty_notice', ['noticeId'])
@Index('ix_food_safety_penalty_inspection', ['inspectionId'])
@Index('ix_food_safety_penalty_scope_path', ['scopePath'])
@Index('ix_food_safety_penalty_decided_on', ['decidedOn'])
@Index('ux_food_safety_penalty_document', ['authorityName', 'documentNumber'], { unique: true })
export class FoodSafetyPenalty {
  @IdColumn()
  id!: string;

  @RefColumn({ nullable: true })
  noticeId!: string | null;

  @ManyToOne(() => FoodSafetyNotice, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'notice_id', foreignKeyConstraintName: 'fk_food_safety_penalty_notice' })
  notice?: FoodSafetyNotice | null;

  @RefColumn({ nullable: true })
  inspectionId!: string | null;

  @ManyToOne(() => Inspection, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'inspection_id', foreignKeyConstraintName: 'fk_food_safety_penalty_inspection' })
  inspection?: Inspection | null;

  @RefColumn()
  canteenId!: string;

  @ManyToOne(() => Canteen, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'canteen_id', foreignKeyConstraintName: 'fk_food_safety_penalty_canteen' })
  canteen?: Canteen;

  @PathColumn()
  scopePath!: string;

  /** 处罚决定书文号. */
  @Column({ type: 'varchar', length: 120 })
  documentNumber!: string;

  @Column({ type: 'varchar', length: 200 })
  authorityName!: string;

  @Column({ type: 'varchar', length: 32 })
  reasonCode!: PenaltyReason;

  /** The words of the reason; required for 'other'. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reasonText!: string | null;

  /** 罚款 in fen (0 for a warning). */
  @MoneyColumn()
  amount!: number;

  @DateColumn()
  decidedOn!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @RefColumn({ nullable: true })
  recordedBy!: string | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;

  @RowVersionColumn()
  version!: number;
}
