import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn, RowVersionColumn } from '../../platform/db/columns.js';
import { Teacher } from '../../directory/entities/teacher.entity.js';
import type { AttendanceMark, AttendanceSource, CreditHandOffKind } from '../rules/vocab.js';
import { Enrolment } from './enrolment.entity.js';
import { TrainingSession } from './session.entity.js';
import { TrainingSlot } from './timetable.entity.js';

/**
 * A teacher's attendance in one slot: checked in with the trainer's code, confirmed by the
 * trainer, or marked by the coordinator with a reason. One row per (slot, teacher): a code is
 * accepted once per teacher and slot because the database says so.
 */
@Entity('training_attendance')
@Index('ux_training_attendance', ['slotId', 'teacherId'], { unique: true })
@Index('ix_training_attendance_session', ['sessionId', 'teacherId'])
export class Attendance {
  @IdColumn()
  id!: string;

  @RefColumn()
  sessionId!: string;

  @ManyToOne(() => TrainingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_training_attendance_session' })
  session?: TrainingSession;

  @RefColumn()
  slotId!: string;

  @ManyToOne(() => TrainingSlot, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'slot_id', foreignKeyConstraintName: 'fk_training_attendance_slot' })
  slot?: TrainingSlot;

  @RefColumn()
  enrolmentId!: string;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_training_attendance_enrolment' })
  enrolment?: Enrolment;

  @RefColumn()
  teacherId!: string;

  @ManyToOne(() => Teacher, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'teacher_id', foreignKeyConstraintName: 'fk_training_attendance_teacher' })
  teacher?: Teacher;

  @Column({ type: 'varchar', length: 16 })
  mark!: AttendanceMark;

  @Column({ type: 'varchar', length: 16 })
  source!: AttendanceSource;

  /** Why the coordinator marked or corrected it (required for their marks). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @RefColumn({ nullable: true })
  recordedBy!: string | null;

  @InstantColumn()
  recordedAt!: Date;

  @RefColumn({ nullable: true })
  confirmedBy!: string | null;

  @InstantColumn({ nullable: true })
  confirmedAt!: Date | null;

  @RowVersionColumn()
  version!: number;
}

/**
 * The hand-off to the credits module (DOMAIN.md §5): written in the same transaction as the
 * completion (or its undoing), read by credits when it comes. An award, or a reversal naming the
 * award it reverses; rows are never edited, only consumed.
 */
@Entity('training_credit_outbox')
@Index('ix_training_credit_outbox_pending', ['consumedAt'])
@Index('ix_training_credit_outbox_session_teacher', ['sessionId', 'teacherId'])
export class CreditOutbox {
  @IdColumn()
  id!: string;

  @RefColumn()
  sessionId!: string;

  @ManyToOne(() => TrainingSession, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_training_credit_outbox_session' })
  session?: TrainingSession;

  @RefColumn()
  teacherId!: string;

  @ManyToOne(() => Teacher, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'teacher_id', foreignKeyConstraintName: 'fk_training_credit_outbox_teacher' })
  teacher?: Teacher;

  @RefColumn()
  enrolmentId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: CreditHandOffKind;

  /** 学时: positive for an award, negative for a reversal. */
  @Column({ type: 'integer' })
  hours!: number;

  @RefColumn({ nullable: true })
  reversesId!: string | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn({ nullable: true })
  consumedAt!: Date | null;
}
