import { Column, Entity, Index, JoinColumn, OneToOne } from 'typeorm';
import { IdColumn } from '../../platform/db/columns.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import type { SchoolKind, SchoolSetting, SchoolTier } from '../rules/vocab.js';

/**
 * What the directory keeps about an organisation beyond the platform's minimal row (id, code,
 * kind, region, manager, path): pinyin keys for search and sorting, contact details, and for a
 * school every field of DOMAIN.md §2 (stages and shortage subjects are join tables).
 */
@Entity('directory_organisation')
@Index('ix_directory_organisation_name_pinyin', ['namePinyin'])
@Index('ix_directory_organisation_name_initials', ['nameInitials'])
export class DirectoryOrganisation {
  /** The platform organisation's id: one row each. */
  @IdColumn()
  organisationId!: string;

  @OneToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_directory_organisation_organisation' })
  organisation?: Organisation;

  @Column({ type: 'varchar', length: 400 })
  namePinyin!: string;

  @Column({ type: 'varchar', length: 100 })
  nameInitials!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  shortName!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  contactName!: string | null;

  /** A mainland mobile is masked in every answer; a landline ('0735-1234567') is not personal. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  contactPhone!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  schoolKind!: SchoolKind | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  setting!: SchoolSetting | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  tier!: SchoolTier | null;

  @Column({ type: 'boolean', nullable: true })
  boarding!: boolean | null;

  @Column({ type: 'integer', nullable: true })
  studentCount!: number | null;

  @Column({ type: 'integer', nullable: true })
  classCount!: number | null;

  @Column({ type: 'integer', nullable: true })
  teacherCount!: number | null;

  /** 科任教师. */
  @Column({ type: 'integer', nullable: true })
  subjectTeacherCount!: number | null;

  /** 开齐开足: offers the full national curriculum. */
  @Column({ type: 'boolean', nullable: true })
  fullCurriculum!: boolean | null;
}
