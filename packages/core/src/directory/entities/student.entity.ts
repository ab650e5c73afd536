import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { IdDocumentType } from '@schoolbridge/shared';
import { DateColumn, IdColumn, InstantColumn, RefColumn, RowVersionColumn } from '../../platform/db/columns.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import type { DifficultyCategory, Gender, Grade, RegistrationOrigin, StudentStatus } from '../rules/vocab.js';

/**
 * A student (DOMAIN.md §2), needed by grants and plugins. The ID number and the registry number
 * (学籍号, usually "G" + the ID number) are natural keys for imports and are masked in answers.
 */
@Entity('directory_student')
@Index('ux_directory_student_id_number', ['idType', 'idNumber'], { unique: true })
@Index('ux_directory_student_registry_number', ['registryNumber'], { unique: true })
@Index('ix_directory_student_school', ['schoolId'])
@Index('ix_directory_student_name_pinyin', ['namePinyin'])
@Index('ix_directory_student_name_initials', ['nameInitials'])
export class Student {
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

  @Column({ type: 'varchar', length: 32, nullable: true })
  registryNumber!: string | null;

  @RefColumn()
  schoolId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id', foreignKeyConstraintName: 'fk_directory_student_school' })
  school?: Organisation;

  @Column({ type: 'varchar', length: 8 })
  grade!: Grade;

  @Column({ type: 'varchar', length: 32, nullable: true })
  className!: string | null;

  @Column({ type: 'boolean' })
  boarding!: boolean;

  @Column({ type: 'boolean' })
  disability!: boolean;

  /** 户籍: this county, another county, another province. */
  @Column({ type: 'varchar', length: 16 })
  registrationOrigin!: RegistrationOrigin;

  @Column({ type: 'varchar', length: 20, nullable: true })
  guardianMobile!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: StudentStatus;

  @InstantColumn({ nullable: true })
  archivedAt!: Date | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;

  @RowVersionColumn()
  version!: number;
}

/** A dated difficulty category with its source (DOMAIN.md §6): categories change during a year. */
@Entity('directory_student_difficulty')
@Index('ix_directory_student_difficulty_student', ['studentId'])
@Index('ix_directory_student_difficulty_category', ['category'])
export class StudentDifficulty {
  @IdColumn()
  id!: string;

  @RefColumn()
  studentId!: string;

  @ManyToOne(() => Student, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'student_id', foreignKeyConstraintName: 'fk_directory_student_difficulty_student' })
  student?: Student;

  @Column({ type: 'varchar', length: 32 })
  category!: DifficultyCategory;

  /** Who certified it: 民政部门, 乡村振兴部门, 残联, 学校认定 … */
  @Column({ type: 'varchar', length: 100 })
  source!: string;

  @DateColumn()
  startDate!: string;

  @DateColumn({ nullable: true })
  endDate!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note!: string | null;

  @InstantColumn()
  createdAt!: Date;
}
