import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DateColumn, IdColumn, InstantColumn, RefColumn, RowVersionColumn } from '../../platform/db/columns.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import type { SchoolStage, Subject } from '../../directory/rules/vocab.js';
import type { SessionStatus } from '../rules/vocab.js';
import { TrainingProgramme } from './programme.entity.js';

/**
 * A session (培训班次) of a programme, at a receiving school or a centre (DOMAIN.md §4). Visible to
 * whoever's scope holds the programme's owner or the venue; to its experts; to its enrolled
 * teachers. `seatsTaken` and `waitlistSeq` are counters written only under the session's row lock
 * (PostgreSQL) or the write queue (SQLite), so capacity holds and waitlist numbers have no gaps.
 */
@Entity('training_session')
@Index('ix_training_session_programme', ['programmeId'])
@Index('ix_training_session_venue', ['venueOrganisationId'])
@Index('ix_training_session_dates', ['startsOn', 'endsOn'])
export class TrainingSession {
  @IdColumn()
  id!: string;

  @RefColumn()
  programmeId!: string;

  @ManyToOne(() => TrainingProgramme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_training_session_programme' })
  programme?: TrainingProgramme;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** The receiving school (送培校) or the centre where it is held. */
  @RefColumn()
  venueOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'venue_organisation_id', foreignKeyConstraintName: 'fk_training_session_venue' })
  venueOrganisation?: Organisation;

  /** The first and last day of the timetable (kept with it, for calendars and overlaps). */
  @DateColumn()
  startsOn!: string;

  @DateColumn()
  endsOn!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: SessionStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  cancelReason!: string | null;

  /** 学时 declared for the session, handed to credits on completion. */
  @Column({ type: 'integer' })
  creditHours!: number;

  /** Percent of participant slots attended (present or late) to complete; DOMAIN.md §4 default 80. */
  @Column({ type: 'integer', default: 80 })
  completionThreshold!: number;

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ type: 'integer', default: 0 })
  seatsTaken!: number;

  /** The last waitlist sequence number given. */
  @Column({ type: 'integer', default: 0 })
  waitlistSeq!: number;

  /** A teacher's own enrolment waits for their school's approval. */
  @Column({ type: 'boolean' })
  approvalRequired!: boolean;

  @DateColumn({ nullable: true })
  enrolOpensOn!: string | null;

  @DateColumn({ nullable: true })
  enrolClosesOn!: string | null;

  /** The last day a teacher may withdraw (and free the seat for the waitlist). */
  @DateColumn({ nullable: true })
  withdrawUntil!: string | null;

  /** The coordinator confirmed a team with more than 60% local experts (DOMAIN.md §4). */
  @Column({ type: 'boolean' })
  localShareConfirmed!: boolean;

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

/** Eligibility: the schools whose teachers may enrol (none listed: any school). */
@Entity('training_session_school')
export class TrainingSessionSchool {
  @IdColumn()
  sessionId!: string;

  @IdColumn()
  organisationId!: string;

  @ManyToOne(() => TrainingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_training_session_school_session' })
  session?: TrainingSession;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_training_session_school_organisation' })
  organisation?: Organisation;
}

/** Eligibility: the subjects taught (none listed: any subject). */
@Entity('training_session_subject')
export class TrainingSessionSubject {
  @IdColumn()
  sessionId!: string;

  @Column({ type: 'varchar', length: 32, primary: true })
  subject!: Subject;

  @ManyToOne(() => TrainingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_training_session_subject_session' })
  session?: TrainingSession;
}

/** Eligibility: the stages of the teacher's school (none listed: any stage). */
@Entity('training_session_stage')
export class TrainingSessionStage {
  @IdColumn()
  sessionId!: string;

  @Column({ type: 'varchar', length: 16, primary: true })
  stage!: SchoolStage;

  @ManyToOne(() => TrainingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_training_session_stage_session' })
  session?: TrainingSession;
}
