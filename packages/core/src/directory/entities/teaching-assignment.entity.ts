import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DateColumn, IdColumn, InstantColumn, RefColumn } from '../../platform/db/columns.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import type { AssignmentKind } from '../rules/vocab.js';
import { Teacher } from './teacher.entity.js';

/**
 * Where a teacher teaches, dated (任教学校): the regular post at the employing school, and
 * rotations 轮岗, itinerant teaching 走教 and twinning stints 支教 elsewhere. Moving a teacher
 * ends the regular assignment and opens a new one, so the history stays.
 */
@Entity('directory_teaching_assignment')
@Index('ix_directory_teaching_assignment_teacher', ['teacherId'])
@Index('ix_directory_teaching_assignment_school', ['schoolId'])
export class TeachingAssignment {
  @IdColumn()
  id!: string;

  @RefColumn()
  teacherId!: string;

  @ManyToOne(() => Teacher, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'teacher_id', foreignKeyConstraintName: 'fk_directory_teaching_assignment_teacher' })
  teacher?: Teacher;

  @RefColumn()
  schoolId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id', foreignKeyConstraintName: 'fk_directory_teaching_assignment_school' })
  school?: Organisation;

  @Column({ type: 'varchar', length: 16 })
  kind!: AssignmentKind;

  @DateColumn()
  startDate!: string;

  /** Last day (inclusive); null while it lasts. */
  @DateColumn({ nullable: true })
  endDate!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note!: string | null;

  @InstantColumn()
  createdAt!: Date;
}
