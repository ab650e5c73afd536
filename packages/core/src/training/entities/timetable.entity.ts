import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DateColumn, IdColumn, RefColumn } from '../../platform/db/columns.js';
import { Teacher } from '../../directory/entities/teacher.entity.js';
import type { HalfDay, ModuleKind, SessionExpertRole } from '../rules/vocab.js';
import { Expert } from './expert.entity.js';
import { TrainingSession } from './session.entity.js';

/**
 * A half-day of a session's timetable. Participant slots are the units of attendance (the ten
 * half-days Monday to Friday of a 送培到校 session); a team-only half-day (the Sunday) is not.
 */
@Entity('training_session_slot')
@Index('ux_training_session_slot', ['sessionId', 'date', 'half'], { unique: true })
@Index('ix_training_session_slot_date', ['date'])
export class TrainingSlot {
  @IdColumn()
  id!: string;

  @RefColumn()
  sessionId!: string;

  @ManyToOne(() => TrainingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_training_session_slot_session' })
  session?: TrainingSession;

  @DateColumn()
  date!: string;

  @Column({ type: 'varchar', length: 2 })
  half!: HalfDay;

  @Column({ type: 'boolean' })
  participantSlot!: boolean;

  /** Local times 'HH:MM' in the deployment's time zone. */
  @Column({ type: 'varchar', length: 5 })
  startsAt!: string;

  @Column({ type: 'varchar', length: 5 })
  endsAt!: string;
}

/** A module of a half-day (师德, 示范课, 磨课, 反馈课…), in order, with who gives it. */
@Entity('training_timetable_item')
@Index('ix_training_timetable_item_slot', ['slotId'])
export class TimetableItem {
  @IdColumn()
  id!: string;

  @RefColumn()
  sessionId!: string;

  @ManyToOne(() => TrainingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_training_timetable_item_session' })
  session?: TrainingSession;

  @RefColumn()
  slotId!: string;

  @ManyToOne(() => TrainingSlot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'slot_id', foreignKeyConstraintName: 'fk_training_timetable_item_slot' })
  slot?: TrainingSlot;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 32 })
  kind!: ModuleKind;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title!: string | null;

  /** The expert who gives the module, when one is named. */
  @RefColumn({ nullable: true })
  expertId!: string | null;

  @ManyToOne(() => Expert, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'expert_id', foreignKeyConstraintName: 'fk_training_timetable_item_expert' })
  expert?: Expert | null;

  /** The local teacher giving a demonstration or feedback lesson; null while not designated. */
  @RefColumn({ nullable: true })
  lessonTeacherId!: string | null;

  @ManyToOne(() => Teacher, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'lesson_teacher_id', foreignKeyConstraintName: 'fk_training_timetable_item_teacher' })
  lessonTeacher?: Teacher | null;
}

/** An expert of a session's team: the team leader or a member, local (本地/本校) or from outside. */
@Entity('training_session_expert')
@Index('ux_training_session_expert', ['sessionId', 'expertId'], { unique: true })
@Index('ix_training_session_expert_expert', ['expertId'])
export class SessionExpert {
  @IdColumn()
  id!: string;

  @RefColumn()
  sessionId!: string;

  @ManyToOne(() => TrainingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_training_session_expert_session' })
  session?: TrainingSession;

  @RefColumn()
  expertId!: string;

  @ManyToOne(() => Expert, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'expert_id', foreignKeyConstraintName: 'fk_training_session_expert_expert' })
  expert?: Expert;

  @Column({ type: 'varchar', length: 16 })
  role!: SessionExpertRole;

  /** From the receiving school's county or the school itself (DOMAIN.md §4: at most 60%). */
  @Column({ type: 'boolean' })
  local!: boolean;
}

export const BOOKING_RESOURCES = ['expert', 'venue', 'teacher'] as const;
export type BookingResource = (typeof BOOKING_RESOURCES)[number];

/**
 * Who and what a live session occupies, per half-day: its experts (leader included) and venue on
 * every half-day of every day, its seated teachers on their participant slots. The unique index
 * is the conflict rule itself, so two sessions saved at once can never double-book anyone.
 */
@Entity('training_booking')
@Index('ux_training_booking', ['resource', 'resourceId', 'date', 'half'], { unique: true })
@Index('ix_training_booking_session', ['sessionId'])
export class TrainingBooking {
  @IdColumn()
  id!: string;

  @RefColumn()
  sessionId!: string;

  @ManyToOne(() => TrainingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_training_booking_session' })
  session?: TrainingSession;

  @Column({ type: 'varchar', length: 16 })
  resource!: BookingResource;

  @Column({ type: 'varchar', length: 36 })
  resourceId!: string;

  @DateColumn()
  date!: string;

  @Column({ type: 'varchar', length: 2 })
  half!: 'am' | 'pm';
}
