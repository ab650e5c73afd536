import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn, RowVersionColumn } from '../../platform/db/columns.js';
import { Teacher } from '../../directory/entities/teacher.entity.js';
import type { EnrolmentSource, EnrolmentStatus } from '../rules/vocab.js';
import { TrainingSession } from './session.entity.js';

/**
 * A teacher's enrolment (报名) in a session: one row per (session, teacher), whatever happens to it.
 * A waitlisted row carries the sequence number it was given in the transaction that found the
 * session full. `creditAwarded` says whether an award is in the outbox and not reversed: it is
 * flipped only by a conditional update, so an award is never handed over twice.
 */
@Entity('training_enrolment')
@Index('ux_training_enrolment', ['sessionId', 'teacherId'], { unique: true })
@Index('ix_training_enrolment_status', ['sessionId', 'status', 'waitlistSeq'])
@Index('ix_training_enrolment_teacher', ['teacherId'])
export class Enrolment {
  @IdColumn()
  id!: string;

  @RefColumn()
  sessionId!: string;

  @ManyToOne(() => TrainingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_training_enrolment_session' })
  session?: TrainingSession;

  @RefColumn()
  teacherId!: string;

  @ManyToOne(() => Teacher, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'teacher_id', foreignKeyConstraintName: 'fk_training_enrolment_teacher' })
  teacher?: Teacher;

  @Column({ type: 'varchar', length: 16 })
  status!: EnrolmentStatus;

  @Column({ type: 'varchar', length: 16 })
  source!: EnrolmentSource;

  @Column({ type: 'integer', nullable: true })
  waitlistSeq!: number | null;

  /** Who asked: the coordinator, the teacher, or the trainer for a walk-in. */
  @RefColumn({ nullable: true })
  requestedBy!: string | null;

  /** Who approved or rejected a teacher's own request. */
  @RefColumn({ nullable: true })
  decidedBy!: string | null;

  @InstantColumn({ nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @InstantColumn({ nullable: true })
  enrolledAt!: Date | null;

  @InstantColumn({ nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'boolean' })
  creditAwarded!: boolean;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;

  @RowVersionColumn()
  version!: number;
}
