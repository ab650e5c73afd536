import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DateColumn, IdColumn, InstantColumn, JsonColumn, RefColumn, RowVersionColumn } from '../../platform/db/columns.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { Teacher } from '../../directory/entities/teacher.entity.js';
import type { QuestionnaireKind, QuestionType } from '../rules/vocab.js';
import { Expert } from './expert.entity.js';
import { TrainingSession } from './session.entity.js';

/** One question: a stable code (results are grouped by it), its type, text and options. */
export interface Question {
  code: string;
  type: QuestionType;
  text: string;
  options?: string[];
  required?: boolean;
}

/** A reusable set of questions (题库模板) for needs surveys or questionnaires; null owner: shipped. */
@Entity('training_question_template')
@Index('ix_training_question_template_owner', ['ownerOrganisationId'])
export class QuestionTemplate {
  @IdColumn()
  id!: string;

  @RefColumn({ nullable: true })
  ownerOrganisationId!: string | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_organisation_id', foreignKeyConstraintName: 'fk_training_question_template_owner' })
  ownerOrganisation?: Organisation | null;

  @Column({ type: 'varchar', length: 16 })
  kind!: QuestionnaireKind;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @JsonColumn({ nullable: false })
  questions!: Question[];

  @InstantColumn({ nullable: true })
  archivedAt!: Date | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;

  @RowVersionColumn()
  version!: number;
}

/**
 * A session's needs survey (训前调研) or post-training questionnaire (训后问卷): the questions are
 * copied from a template when it is made, so editing the template later changes no answers.
 */
@Entity('training_questionnaire')
@Index('ux_training_questionnaire', ['sessionId', 'kind'], { unique: true })
export class Questionnaire {
  @IdColumn()
  id!: string;

  @RefColumn()
  sessionId!: string;

  @ManyToOne(() => TrainingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_training_questionnaire_session' })
  session?: TrainingSession;

  @Column({ type: 'varchar', length: 16 })
  kind!: QuestionnaireKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** Answers keep no teacher id; one answer per teacher still holds through `respondentKey`. */
  @Column({ type: 'boolean' })
  anonymous!: boolean;

  @JsonColumn({ nullable: false })
  questions!: Question[];

  @DateColumn({ nullable: true })
  opensOn!: string | null;

  @DateColumn({ nullable: true })
  closesOn!: string | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;

  @RowVersionColumn()
  version!: number;
}

/**
 * One teacher's answers. `respondentKey` is an HMAC of the teacher and the questionnaire under the
 * deployment's secret: unique, so nobody answers twice, and not reversible to a teacher when the
 * questionnaire is anonymous (then `teacherId` stays null).
 */
@Entity('training_questionnaire_response')
@Index('ux_training_questionnaire_response', ['questionnaireId', 'respondentKey'], { unique: true })
export class QuestionnaireResponse {
  @IdColumn()
  id!: string;

  @RefColumn()
  questionnaireId!: string;

  @ManyToOne(() => Questionnaire, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'questionnaire_id', foreignKeyConstraintName: 'fk_training_questionnaire_response_questionnaire' })
  questionnaire?: Questionnaire;

  @Column({ type: 'varchar', length: 64 })
  respondentKey!: string;

  @RefColumn({ nullable: true })
  teacherId!: string | null;

  @ManyToOne(() => Teacher, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'teacher_id', foreignKeyConstraintName: 'fk_training_questionnaire_response_teacher' })
  teacher?: Teacher | null;

  /** Question code → a rating (1–5), a choice, several choices, or text. */
  @JsonColumn({ nullable: false })
  answers!: Record<string, number | string | string[]>;

  @InstantColumn()
  submittedAt!: Date;
}

/** A feedback lesson (反馈课) given by a designated local teacher on the last day. */
@Entity('training_feedback_lesson')
@Index('ix_training_feedback_lesson_session', ['sessionId'])
export class FeedbackLesson {
  @IdColumn()
  id!: string;

  @RefColumn()
  sessionId!: string;

  @ManyToOne(() => TrainingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_training_feedback_lesson_session' })
  session?: TrainingSession;

  @RefColumn()
  teacherId!: string;

  @ManyToOne(() => Teacher, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'teacher_id', foreignKeyConstraintName: 'fk_training_feedback_lesson_teacher' })
  teacher?: Teacher;

  @DateColumn()
  givenOn!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  subject!: string | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @InstantColumn()
  createdAt!: Date;

  @RowVersionColumn()
  version!: number;
}

/** An expert's rating of a feedback lesson (0–100) with a comment. */
@Entity('training_feedback_rating')
@Index('ux_training_feedback_rating', ['lessonId', 'expertId'], { unique: true })
export class FeedbackRating {
  @IdColumn()
  id!: string;

  @RefColumn()
  lessonId!: string;

  @ManyToOne(() => FeedbackLesson, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lesson_id', foreignKeyConstraintName: 'fk_training_feedback_rating_lesson' })
  lesson?: FeedbackLesson;

  @RefColumn()
  expertId!: string;

  @ManyToOne(() => Expert, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'expert_id', foreignKeyConstraintName: 'fk_training_feedback_rating_expert' })
  expert?: Expert;

  @Column({ type: 'integer' })
  score!: number;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;
}
