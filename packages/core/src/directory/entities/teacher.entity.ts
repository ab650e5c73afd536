import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { IdDocumentType } from '@schoolbridge/shared';
import { DateColumn, IdColumn, InstantColumn, RefColumn, RowVersionColumn } from '../../platform/db/columns.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { User } from '../../platform/auth/user.entity.js';
import type { BackboneLevel, Gender, HireProgramme, Subject, TeacherStatus, TeacherTitle } from '../rules/vocab.js';

/**
 * A teacher (DOMAIN.md §2). The employing school (人事关系) decides who manages the record; where
 * the teacher works over time is in TeachingAssignment. The ID number is the natural key an import
 * matches on; it is stored as given and masked in every answer.
 */
@Entity('directory_teacher')
@Index('ux_directory_teacher_id_number', ['idType', 'idNumber'], { unique: true })
@Index('ix_directory_teacher_school', ['schoolId'])
@Index('ix_directory_teacher_name_pinyin', ['namePinyin'])
@Index('ix_directory_teacher_name_initials', ['nameInitials'])
@Index('ux_directory_teacher_user', ['userId'], { unique: true })
export class Teacher {
  @IdColumn()
  id!: string;

  @Column({ type: 'varchar', length: 50 })
  name!: string;

  @Column({ type: 'varchar', length: 200 })
  namePinyin!: string;

  @Column({ type: 'varchar', length: 50 })
  nameInitials!: string;

  @Column({ type: 'varchar', length: 8 })
  gender!: Gender;

  @Column({ type: 'varchar', length: 32 })
  idType!: IdDocumentType;

  @Column({ type: 'varchar', length: 32 })
  idNumber!: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  mobile!: string | null;

  /** The employing school (人事关系). */
  @RefColumn()
  schoolId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id', foreignKeyConstraintName: 'fk_directory_teacher_school' })
  school?: Organisation;

  /** 任教年级 as free text ('三年级、四年级'). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  gradesTaught!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  title!: TeacherTitle | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  backboneLevel!: BackboneLevel | null;

  @DateColumn({ nullable: true })
  backboneSince!: string | null;

  /** 乡村教师. */
  @Column({ type: 'boolean' })
  rural!: boolean;

  @Column({ type: 'varchar', length: 32, nullable: true })
  hireProgramme!: HireProgramme | null;

  @DateColumn({ nullable: true })
  hiredOn!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: TeacherStatus;

  /** The teacher's own account, when one was made. */
  @RefColumn({ nullable: true })
  userId!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_directory_teacher_user' })
  user?: User | null;

  @InstantColumn({ nullable: true })
  archivedAt!: Date | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;

  @RowVersionColumn()
  version!: number;
}

/** A subject a teacher teaches. */
@Entity('directory_teacher_subject')
@Index('ix_directory_teacher_subject_subject', ['subject'])
export class TeacherSubject {
  @IdColumn()
  teacherId!: string;

  @Column({ type: 'varchar', length: 32, primary: true })
  subject!: Subject;

  @ManyToOne(() => Teacher, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'teacher_id', foreignKeyConstraintName: 'fk_directory_teacher_subject_teacher' })
  teacher?: Teacher;
}
