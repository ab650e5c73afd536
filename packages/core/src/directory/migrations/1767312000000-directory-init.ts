import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { databaseKindOf, migrationColumns } from '../../platform/db/migration-columns.js';

const fk = (name: string, column: string, table: string, onDelete: 'CASCADE' | 'RESTRICT' | 'SET NULL') =>
  new TableForeignKey({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete });

/** The directory: organisation details, school stages and shortages, teachers, assignments, students. */
export class DirectoryInit1767312000000 implements MigrationInterface {
  name = 'DirectoryInit1767312000000';

  async up(qr: QueryRunner): Promise<void> {
    const c = migrationColumns(databaseKindOf(qr));
    await qr.createTable(
      new Table({
        name: 'directory_organisation',
        columns: [
          c.id('organisation_id'),
          c.varchar('name_pinyin', 400),
          c.varchar('name_initials', 100),
          c.varchar('short_name', 100, { nullable: true }),
          c.varchar('address', 300, { nullable: true }),
          c.varchar('contact_name', 50, { nullable: true }),
          c.varchar('contact_phone', 20, { nullable: true }),
          c.varchar('school_kind', 32, { nullable: true }),
          c.varchar('setting', 16, { nullable: true }),
          c.varchar('tier', 16, { nullable: true }),
          c.boolean('boarding', { nullable: true }),
          c.integer('student_count', { nullable: true }),
          c.integer('class_count', { nullable: true }),
          c.integer('teacher_count', { nullable: true }),
          c.integer('subject_teacher_count', { nullable: true }),
          c.boolean('full_curriculum', { nullable: true }),
        ],
        indices: [
          new TableIndex({ name: 'ix_directory_organisation_name_pinyin', columnNames: ['name_pinyin'] }),
          new TableIndex({ name: 'ix_directory_organisation_name_initials', columnNames: ['name_initials'] }),
        ],
        foreignKeys: [fk('fk_directory_organisation_organisation', 'organisation_id', 'platform_organisation', 'CASCADE')],
      }),
    );
    for (const [table, col, len] of [
      ['directory_school_stage', 'stage', 16],
      ['directory_school_shortage', 'subject', 32],
    ] as const) {
      await qr.createTable(
        new Table({
          name: table,
          columns: [{ ...c.id('organisation_id') }, { ...c.varchar(col, len), isPrimary: true }],
          foreignKeys: [fk(`fk_${table}_organisation`, 'organisation_id', 'platform_organisation', 'CASCADE')],
        }),
      );
    }
    await qr.createTable(
      new Table({
        name: 'directory_teacher',
        columns: [
          c.id(),
          c.varchar('name', 50),
          c.varchar('name_pinyin', 200),
          c.varchar('name_initials', 50),
          c.varchar('gender', 8),
          c.varchar('id_type', 32),
          c.varchar('id_number', 32),
          c.varchar('mobile', 20, { nullable: true }),
          c.ref('school_id'),
          c.varchar('grades_taught', 100, { nullable: true }),
          c.varchar('title', 16, { nullable: true }),
          c.varchar('backbone_level', 16, { nullable: true }),
          c.date('backbone_since', { nullable: true }),
          c.boolean('rural'),
          c.varchar('hire_programme', 32, { nullable: true }),
          c.date('hired_on', { nullable: true }),
          c.varchar('status', 16),
          c.ref('user_id', { nullable: true }),
          c.instant('archived_at', { nullable: true }),
          c.instant('created_at'),
          c.instant('updated_at'),
          c.version(),
        ],
        indices: [
          new TableIndex({ name: 'ux_directory_teacher_id_number', columnNames: ['id_type', 'id_number'], isUnique: true }),
          new TableIndex({ name: 'ix_directory_teacher_school', columnNames: ['school_id'] }),
          new TableIndex({ name: 'ix_directory_teacher_name_pinyin', columnNames: ['name_pinyin'] }),
          new TableIndex({ name: 'ix_directory_teacher_name_initials', columnNames: ['name_initials'] }),
          new TableIndex({ name: 'ux_directory_teacher_user', columnNames: ['user_id'], isUnique: true }),
        ],
        foreignKeys: [
          fk('fk_directory_teacher_school', 'school_id', 'platform_organisation', 'RESTRICT'),
          fk('fk_directory_teacher_user', 'user_id', 'platform_user', 'SET NULL'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'directory_teacher_subject',
        columns: [{ ...c.id('teacher_id') }, { ...c.varchar('subject', 32), isPrimary: true }],
        indices: [new TableIndex({ name: 'ix_directory_teacher_subject_subject', columnNames: ['subject'] })],
        foreignKeys: [fk('fk_directory_teacher_subject_teacher', 'teacher_id', 'directory_teacher', 'CASCADE')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'directory_teaching_assignment',
        columns: [
          c.id(),
          c.ref('teacher_id'),
          c.ref('school_id'),
          c.varchar('kind', 16),
          c.date('start_date'),
          c.date('end_date', { nullable: true }),
          c.varchar('note', 200, { nullable: true }),
          c.instant('created_at'),
        ],
        indices: [
          new TableIndex({ name: 'ix_directory_teaching_assignment_teacher', columnNames: ['teacher_id'] }),
          new TableIndex({ name: 'ix_directory_teaching_assignment_school', columnNames: ['school_id'] }),
        ],
        foreignKeys: [
          fk('fk_directory_teaching_assignment_teacher', 'teacher_id', 'directory_teacher', 'CASCADE'),
          fk('fk_directory_teaching_assignment_school', 'school_id', 'platform_organisation', 'RESTRICT'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'directory_student',
        columns: [
          c.id(),
          c.varchar('name', 50),
          c.varchar('name_pinyin', 200),
          c.varchar('name_initials', 50),
          c.varchar('gender', 8),
          c.varchar('id_type', 32),
          c.varchar('id_number', 32),
          c.varchar('registry_number', 32, { nullable: true }),
          c.ref('school_id'),
          c.varchar('grade', 8),
          c.varchar('class_name', 32, { nullable: true }),
          c.boolean('boarding'),
          c.boolean('disability'),
          c.varchar('registration_origin', 16),
          c.varchar('guardian_mobile', 20, { nullable: true }),
          c.varchar('status', 16),
          c.instant('archived_at', { nullable: true }),
          c.instant('created_at'),
          c.instant('updated_at'),
          c.version(),
        ],
        indices: [
          new TableIndex({ name: 'ux_directory_student_id_number', columnNames: ['id_type', 'id_number'], isUnique: true }),
          new TableIndex({ name: 'ux_directory_student_registry_number', columnNames: ['registry_number'], isUnique: true }),
          new TableIndex({ name: 'ix_directory_student_school', columnNames: ['school_id'] }),
          new TableIndex({ name: 'ix_directory_student_name_pinyin', columnNames: ['name_pinyin'] }),
          new TableIndex({ name: 'ix_directory_student_name_initials', columnNames: ['name_initials'] }),
        ],
        foreignKeys: [fk('fk_directory_student_school', 'school_id', 'platform_organisation', 'RESTRICT')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'directory_student_difficulty',
        columns: [
          c.id(),
          c.ref('student_id'),
          c.varchar('category', 32),
          c.varchar('source', 100),
          c.date('start_date'),
          c.date('end_date', { nullable: true }),
          c.varchar('note', 200, { nullable: true }),
          c.instant('created_at'),
        ],
        indices: [
          new TableIndex({ name: 'ix_directory_student_difficulty_student', columnNames: ['student_id'] }),
          new TableIndex({ name: 'ix_directory_student_difficulty_category', columnNames: ['category'] }),
        ],
        foreignKeys: [fk('fk_directory_student_difficulty_student', 'student_id', 'directory_student', 'CASCADE')],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of [
      'directory_student_difficulty',
      'directory_student',
      'directory_teaching_assignment',
      'directory_teacher_subject',
      'directory_teacher',
      'directory_school_shortage',
      'directory_school_stage',
      'directory_organisation',
    ])
      await qr.dropTable(t);
  }
}
