import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { databaseKindOf, migrationColumns } from '../../platform/db/migration-columns.js';

const fk = (name: string, column: string, table: string, onDelete: 'CASCADE' | 'RESTRICT' | 'SET NULL') =>
  new TableForeignKey({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete });
const ix = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

/**
 * Training sessions (DOMAIN.md §4): programmes, the expert pool, sessions with eligibility,
 * timetable and team, bookings (the conflict rule as a unique index), enrolments, attendance,
 * the credit outbox, questionnaires and feedback lessons.
 */
export class TrainingInit1767398400000 implements MigrationInterface {
  name = 'TrainingInit1767398400000';

  async up(qr: QueryRunner): Promise<void> {
    const c = migrationColumns(databaseKindOf(qr));
    const stamps = () => [c.instant('created_at'), c.instant('updated_at'), c.version()];

    await qr.createTable(
      new Table({
        name: 'training_programme',
        columns: [
          c.id(),
          c.varchar('name', 200),
          c.varchar('level', 16),
          c.varchar('type', 32),
          c.ref('owner_organisation_id'),
          c.ref('host_organisation_id', { nullable: true }),
          c.varchar('host_name', 200, { nullable: true }),
          c.money('budget', { nullable: true }),
          c.date('starts_on'),
          c.date('ends_on'),
          c.text('description'),
          c.instant('archived_at', { nullable: true }),
          c.ref('created_by', { nullable: true }),
          ...stamps(),
        ],
        indices: [ix('ix_training_programme_owner', ['owner_organisation_id']), ix('ix_training_programme_period', ['starts_on', 'ends_on'])],
        foreignKeys: [
          fk('fk_training_programme_owner', 'owner_organisation_id', 'platform_organisation', 'RESTRICT'),
          fk('fk_training_programme_host', 'host_organisation_id', 'platform_organisation', 'RESTRICT'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'training_programme_audience',
        columns: [c.id('programme_id'), { ...c.varchar('audience', 32), isPrimary: true }],
        foreignKeys: [fk('fk_training_programme_audience_programme', 'programme_id', 'training_programme', 'CASCADE')],
      }),
    );

    await qr.createTable(
      new Table({
        name: 'training_expert',
        columns: [
          c.id(),
          c.varchar('name', 50),
          c.varchar('name_pinyin', 200),
          c.varchar('name_initials', 50),
          c.varchar('tier', 16),
          c.ref('owner_organisation_id'),
          c.ref('organisation_id', { nullable: true }),
          c.varchar('unit_name', 200, { nullable: true }),
          c.varchar('title', 100, { nullable: true }),
          c.varchar('specialty', 200, { nullable: true }),
          c.varchar('mobile', 20, { nullable: true }),
          c.ref('user_id', { nullable: true }),
          c.instant('archived_at', { nullable: true }),
          ...stamps(),
        ],
        indices: [
          ix('ix_training_expert_owner', ['owner_organisation_id']),
          ix('ix_training_expert_name_pinyin', ['name_pinyin']),
          ix('ix_training_expert_name_initials', ['name_initials']),
          ix('ux_training_expert_user', ['user_id'], true),
        ],
        foreignKeys: [
          fk('fk_training_expert_owner', 'owner_organisation_id', 'platform_organisation', 'RESTRICT'),
          fk('fk_training_expert_organisation', 'organisation_id', 'platform_organisation', 'RESTRICT'),
          fk('fk_training_expert_user', 'user_id', 'platform_user', 'SET NULL'),
        ],
      }),
    );

    await qr.createTable(
      new Table({
        name: 'training_session',
        columns: [
          c.id(),
          c.ref('programme_id'),
          c.varchar('title', 200),
          c.ref('venue_organisation_id'),
          c.date('starts_on'),
          c.date('ends_on'),
          c.varchar('status', 16),
          c.varchar('cancel_reason', 500, { nullable: true }),
          c.integer('credit_hours'),
          c.integer('completion_threshold', { default: 80 }),
          c.integer('capacity'),
          c.integer('seats_taken', { default: 0 }),
          c.integer('waitlist_seq', { default: 0 }),
          c.boolean('approval_required'),
          c.date('enrol_opens_on', { nullable: true }),
          c.date('enrol_closes_on', { nullable: true }),
          c.date('withdraw_until', { nullable: true }),
          c.boolean('local_share_confirmed'),
          c.text('notes'),
          c.ref('created_by', { nullable: true }),
          ...stamps(),
        ],
        indices: [
          ix('ix_training_session_programme', ['programme_id']),
          ix('ix_training_session_venue', ['venue_organisation_id']),
          ix('ix_training_session_dates', ['starts_on', 'ends_on']),
        ],
        foreignKeys: [
          fk('fk_training_session_programme', 'programme_id', 'training_programme', 'RESTRICT'),
          fk('fk_training_session_venue', 'venue_organisation_id', 'platform_organisation', 'RESTRICT'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'training_session_school',
        columns: [c.id('session_id'), c.id('organisation_id')],
        foreignKeys: [
          fk('fk_training_session_school_session', 'session_id', 'training_session', 'CASCADE'),
          fk('fk_training_session_school_organisation', 'organisation_id', 'platform_organisation', 'CASCADE'),
        ],
      }),
    );
    for (const [table, col, len] of [
      ['training_session_subject', 'subject', 32],
      ['training_session_stage', 'stage', 16],
    ] as const) {
      await qr.createTable(
        new Table({
          name: table,
          columns: [c.id('session_id'), { ...c.varchar(col, len), isPrimary: true }],
          foreignKeys: [fk(`fk_${table}_session`, 'session_id', 'training_session', 'CASCADE')],
        }),
      );
    }

    await qr.createTable(
      new Table({
        name: 'training_session_slot',
        columns: [c.id(), c.ref('session_id'), c.date('date'), c.varchar('half', 2), c.boolean('participant_slot'), c.varchar('starts_at', 5), c.varchar('ends_at', 5)],
        indices: [ix('ux_training_session_slot', ['session_id', 'date', 'half'], true), ix('ix_training_session_slot_date', ['date'])],
        foreignKeys: [fk('fk_training_session_slot_session', 'session_id', 'training_session', 'CASCADE')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'training_timetable_item',
        columns: [
          c.id(),
          c.ref('session_id'),
          c.ref('slot_id'),
          c.integer('position'),
          c.varchar('kind', 32),
          c.varchar('title', 200, { nullable: true }),
          c.ref('expert_id', { nullable: true }),
          c.ref('lesson_teacher_id', { nullable: true }),
        ],
        indices: [ix('ix_training_timetable_item_slot', ['slot_id'])],
        foreignKeys: [
          fk('fk_training_timetable_item_session', 'session_id', 'training_session', 'CASCADE'),
          fk('fk_training_timetable_item_slot', 'slot_id', 'training_session_slot', 'CASCADE'),
          fk('fk_training_timetable_item_expert', 'expert_id', 'training_expert', 'SET NULL'),
          fk('fk_training_timetable_item_teacher', 'lesson_teacher_id', 'directory_teacher', 'SET NULL'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'training_session_expert',
        columns: [c.id(), c.ref('session_id'), c.ref('expert_id'), c.varchar('role', 16), c.boolean('local')],
        indices: [ix('ux_training_session_expert', ['session_id', 'expert_id'], true), ix('ix_training_session_expert_expert', ['expert_id'])],
        foreignKeys: [
          fk('fk_training_session_expert_session', 'session_id', 'training_session', 'CASCADE'),
          fk('fk_training_session_expert_expert', 'expert_id', 'training_expert', 'RESTRICT'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'training_booking',
        columns: [c.id(), c.ref('session_id'), c.varchar('resource', 16), c.varchar('resource_id', 36), c.date('date'), c.varchar('half', 2)],
        indices: [ix('ux_training_booking', ['resource', 'resource_id', 'date', 'half'], true), ix('ix_training_booking_session', ['session_id'])],
        foreignKeys: [fk('fk_training_booking_session', 'session_id', 'training_session', 'CASCADE')],
      }),
    );

    await qr.createTable(
      new Table({
        name: 'training_enrolment',
        columns: [
          c.id(),
          c.ref('session_id'),
          c.ref('teacher_id'),
          c.varchar('status', 16),
          c.varchar('source', 16),
          c.integer('waitlist_seq', { nullable: true }),
          c.ref('requested_by', { nullable: true }),
          c.ref('decided_by', { nullable: true }),
          c.instant('decided_at', { nullable: true }),
          c.varchar('reason', 500, { nullable: true }),
          c.instant('enrolled_at', { nullable: true }),
          c.instant('withdrawn_at', { nullable: true }),
          c.boolean('credit_awarded'),
          ...stamps(),
        ],
        indices: [
          ix('ux_training_enrolment', ['session_id', 'teacher_id'], true),
          ix('ix_training_enrolment_status', ['session_id', 'status', 'waitlist_seq']),
          ix('ix_training_enrolment_teacher', ['teacher_id']),
        ],
        foreignKeys: [
          fk('fk_training_enrolment_session', 'session_id', 'training_session', 'CASCADE'),
          fk('fk_training_enrolment_teacher', 'teacher_id', 'directory_teacher', 'RESTRICT'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'training_attendance',
        columns: [
          c.id(),
          c.ref('session_id'),
          c.ref('slot_id'),
          c.ref('enrolment_id'),
          c.ref('teacher_id'),
          c.varchar('mark', 16),
          c.varchar('source', 16),
          c.varchar('reason', 500, { nullable: true }),
          c.ref('recorded_by', { nullable: true }),
          c.instant('recorded_at'),
          c.ref('confirmed_by', { nullable: true }),
          c.instant('confirmed_at', { nullable: true }),
          c.version(),
        ],
        indices: [ix('ux_training_attendance', ['slot_id', 'teacher_id'], true), ix('ix_training_attendance_session', ['session_id', 'teacher_id'])],
        foreignKeys: [
          fk('fk_training_attendance_session', 'session_id', 'training_session', 'CASCADE'),
          fk('fk_training_attendance_slot', 'slot_id', 'training_session_slot', 'RESTRICT'),
          fk('fk_training_attendance_enrolment', 'enrolment_id', 'training_enrolment', 'CASCADE'),
          fk('fk_training_attendance_teacher', 'teacher_id', 'directory_teacher', 'RESTRICT'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'training_credit_outbox',
        columns: [
          c.id(),
          c.ref('session_id'),
          c.ref('teacher_id'),
          c.ref('enrolment_id'),
          c.varchar('kind', 16),
          c.integer('hours'),
          c.ref('reverses_id', { nullable: true }),
          c.instant('created_at'),
          c.instant('consumed_at', { nullable: true }),
        ],
        indices: [ix('ix_training_credit_outbox_pending', ['consumed_at']), ix('ix_training_credit_outbox_session_teacher', ['session_id', 'teacher_id'])],
        foreignKeys: [
          fk('fk_training_credit_outbox_session', 'session_id', 'training_session', 'RESTRICT'),
          fk('fk_training_credit_outbox_teacher', 'teacher_id', 'directory_teacher', 'RESTRICT'),
        ],
      }),
    );

    await qr.createTable(
      new Table({
        name: 'training_question_template',
        columns: [
          c.id(),
          c.ref('owner_organisation_id', { nullable: true }),
          c.varchar('kind', 16),
          c.varchar('name', 200),
          { ...c.text('questions'), isNullable: false },
          c.instant('archived_at', { nullable: true }),
          ...stamps(),
        ],
        indices: [ix('ix_training_question_template_owner', ['owner_organisation_id'])],
        foreignKeys: [fk('fk_training_question_template_owner', 'owner_organisation_id', 'platform_organisation', 'CASCADE')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'training_questionnaire',
        columns: [
          c.id(),
          c.ref('session_id'),
          c.varchar('kind', 16),
          c.varchar('title', 200),
          c.boolean('anonymous'),
          { ...c.text('questions'), isNullable: false },
          c.date('opens_on', { nullable: true }),
          c.date('closes_on', { nullable: true }),
          ...stamps(),
        ],
        indices: [ix('ux_training_questionnaire', ['session_id', 'kind'], true)],
        foreignKeys: [fk('fk_training_questionnaire_session', 'session_id', 'training_session', 'CASCADE')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'training_questionnaire_response',
        columns: [
          c.id(),
          c.ref('questionnaire_id'),
          c.varchar('respondent_key', 64),
          c.ref('teacher_id', { nullable: true }),
          { ...c.text('answers'), isNullable: false },
          c.instant('submitted_at'),
        ],
        indices: [ix('ux_training_questionnaire_response', ['questionnaire_id', 'respondent_key'], true)],
        foreignKeys: [
          fk('fk_training_questionnaire_response_questionnaire', 'questionnaire_id', 'training_questionnaire', 'CASCADE'),
          fk('fk_training_questionnaire_response_teacher', 'teacher_id', 'directory_teacher', 'SET NULL'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'training_feedback_lesson',
        columns: [
          c.id(),
          c.ref('session_id'),
          c.ref('teacher_id'),
          c.date('given_on'),
          c.varchar('title', 200),
          c.varchar('subject', 32, { nullable: true }),
          c.text('notes'),
          c.instant('created_at'),
          c.version(),
        ],
        indices: [ix('ix_training_feedback_lesson_session', ['session_id'])],
        foreignKeys: [
          fk('fk_training_feedback_lesson_session', 'session_id', 'training_session', 'CASCADE'),
          fk('fk_training_feedback_lesson_teacher', 'teacher_id', 'directory_teacher', 'RESTRICT'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'training_feedback_rating',
        columns: [c.id(), c.ref('lesson_id'), c.ref('expert_id'), c.integer('score'), c.text('comment'), c.instant('created_at'), c.instant('updated_at')],
        indices: [ix('ux_training_feedback_rating', ['lesson_id', 'expert_id'], true)],
        foreignKeys: [
          fk('fk_training_feedback_rating_lesson', 'lesson_id', 'training_feedback_lesson', 'CASCADE'),
          fk('fk_training_feedback_rating_expert', 'expert_id', 'training_expert', 'RESTRICT'),
        ],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of [
      'training_feedback_rating',
      'training_feedback_lesson',
      'training_questionnaire_response',
      'training_questionnaire',
      'training_question_template',
      'training_credit_outbox',
      'training_attendance',
      'training_enrolment',
      'training_booking',
      'training_session_expert',
      'training_timetable_item',
      'training_session_slot',
      'training_session_stage',
      'training_session_subject',
      'training_session_school',
      'training_session',
      'training_expert',
      'training_programme_audience',
      'training_programme',
    ]) {
      await qr.dropTable(table);
    }
  }
}
