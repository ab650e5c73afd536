import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DateColumn, IdColumn, InstantColumn, MoneyColumn, RefColumn, RowVersionColumn } from '../../platform/db/columns.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import type { Audience, ProgrammeLevel, ProgrammeType } from '../rules/vocab.js';

/**
 * A training programme (培训项目, DOMAIN.md §4). The owner is the centre or bureau that runs it and
 * decides who manages it (scope: the owner's path); the host institution (承办院校) may be a
 * university outside the region.
 */
@Entity('training_programme')
@Index('ix_training_programme_owner', ['ownerOrganisationId'])
@Index('ix_training_programme_period', ['startsOn', 'endsOn'])
export class TrainingProgramme {
  @IdColumn()
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  level!: ProgrammeLevel;

  @Column({ type: 'varchar', length: 32 })
  type!: ProgrammeType;

  @RefColumn()
  ownerOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_organisation_id', foreignKeyConstraintName: 'fk_training_programme_owner' })
  ownerOrganisation?: Organisation;

  /** 承办院校 when it is in the directory; else `hostName` names it. */
  @RefColumn({ nullable: true })
  hostOrganisationId!: string | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_organisation_id', foreignKeyConstraintName: 'fk_training_programme_host' })
  hostOrganisation?: Organisation | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  hostName!: string | null;

  /** In fen. */
  @MoneyColumn({ nullable: true })
  budget!: number | null;

  @DateColumn()
  startsOn!: string;

  @DateColumn()
  endsOn!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @InstantColumn({ nullable: true })
  archivedAt!: Date | null;

  @RefColumn({ nullable: true })
  createdBy!: string | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;

  @RowVersionColumn()
  version!: number;
}

/** A target audience of a programme (a join table: lists filter on it). */
@Entity('training_programme_audience')
export class TrainingProgrammeAudience {
  @IdColumn()
  programmeId!: string;

  @Column({ type: 'varchar', length: 32, primary: true })
  audience!: Audience;

  @ManyToOne(() => TrainingProgramme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_training_programme_audience_programme' })
  programme?: TrainingProgramme;
}
