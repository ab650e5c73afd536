import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DateColumn, IdColumn, InstantColumn, JsonColumn, PathColumn, RefColumn, RowVersionColumn, User } from '@schoolbridge/core';
import { Canteen } from '../../canteens/entities/canteen.entity.js';
import { Inspection } from '../../inspections/entities/inspection.entity.js';
import type { NoticeDeadlineKind, NoticeStatus } from '../../../shared/rules/notice-states.js';

/**
 * A rectification notice 整改通知书 (DOMAIN §8): opened in the submit transaction of an inspection
 * that found failed items not corrected on site (and not left off). One per inspection. Overdue and
 * due soon are derived when read (deadline against the clock's today), never stored.
 */
@Entity('food_safety_notice')
@Index('ux_food_safety_notice_inspection', ['inspectionId'], { unique: true })
@Index('ix_food_safety_notice_canteen', ['canteenId'])
@Index('ix_food_safety_notice_scope_path', ['scopePath'])
@Index('ix_food_safety_notice_status_deadline', ['status', 'deadline'])
export class FoodSafetyNotice {
  @IdColumn()
  id!: string;

  @RefColumn()
  inspectionId!: string;

  @ManyToOne(() => Inspection, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'inspection_id', foreignKeyConstraintName: 'fk_food_safety_notice_inspection' })
  inspection?: Inspection;

  @RefColumn()
  canteenId!: string;

  @ManyToOne(() => Canteen, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'canteen_id', foreignKeyConstraintName: 'fk_food_safety_notice_canteen' })
  canteen?: Canteen;

  /** The canteen's scope path at issue (the school's organisation path, or a supplier's region path). */
  @PathColumn()
  scopePath!: string;

  /** The opinion letter's number with 整改 after it, e.g. 某监餐意〔2026〕第015号整改. */
  @Column({ type: 'varchar', length: 120 })
  number!: string;

  @DateColumn()
  issuedOn!: string;

  @RefColumn({ nullable: true })
  issuedBy!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  issuedByName!: string | null;

  /** 整改责任人 at the school: a name, and the user if they have an account. */
  @Column({ type: 'varchar', length: 50, nullable: true })
  ownerName!: string | null;

  @RefColumn({ nullable: true })
  ownerUserId!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_user_id', foreignKeyConstraintName: 'fk_food_safety_notice_owner_user' })
  ownerUser?: User | null;

  /** The school's overall measures 整改措施 (items carry their own too). */
  @Column({ type: 'text', nullable: true })
  measures!: string | null;

  @Column({ type: 'varchar', length: 20 })
  deadlineKind!: NoticeDeadlineKind;

  /** The deadline for kind 'date'; null for 立行立改并长期坚持. */
  @DateColumn({ nullable: true })
  deadline!: string | null;

  @Column({ type: 'varchar', length: 20 })
  status!: NoticeStatus;

  @DateColumn({ nullable: true })
  closedOn!: string | null;

  @RefColumn({ nullable: true })
  closedBy!: string | null;

  /**
   * How it was closed: 'review' (销号 after every item was accepted), 'reinspection', or 'amendment'
   * (the inspection's results were corrected and no item is left to rectify).
   */
  @Column({ type: 'varchar', length: 20, nullable: true })
  closedVia!: 'review' | 'reinspection' | 'amendment' | null;

  @DateColumn({ nullable: true })
  escalatedOn!: string | null;

  @RefColumn({ nullable: true })
  escalatedBy!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  escalationReason!: string | null;

  /** The inspectors with accounts who follow the notice (told when evidence comes in). */
  @JsonColumn()
  inspectorUserIds!: string[] | null;

  /** The last re-inspection applied to this notice. */
  @RefColumn({ nullable: true })
  lastReinspectionId!: string | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;

  @RowVersionColumn()
  version!: number;
}
