import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { IdColumn } from '../../platform/db/columns.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import type { SchoolStage as SchoolStageCode, Subject } from '../rules/vocab.js';

/** A stage a school teaches (学前/小学/初中/…): a join table, since lists filter on it. */
@Entity('directory_school_stage')
export class SchoolStage {
  @IdColumn()
  organisationId!: string;

  @Column({ type: 'varchar', length: 16, primary: true })
  stage!: SchoolStageCode;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_directory_school_stage_organisation' })
  organisation?: Organisation;
}

/** A subject a school lacks teachers for (短缺学科). */
@Entity('directory_school_shortage')
export class SchoolShortage {
  @IdColumn()
  organisationId!: string;

  @Column({ type: 'varchar', length: 32, primary: true })
  subject!: Subject;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_directory_school_shortage_organisation' })
  organisation?: Organisation;
}
