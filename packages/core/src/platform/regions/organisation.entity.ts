import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IdColumn, InstantColumn, PathColumn, RefColumn, RowVersionColumn } from '../db/columns.js';
import { Region } from './region.entity.js';

export const ORGANISATION_KINDS = ['school', 'training_centre', 'bureau', 'donor', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * An organisation: a school, a training centre or host institution, a bureau, a donor.
 * `path` is the path of whoever manages it plus its own id: a county school sits under the
 * county (`/43/4399/439901/<id>/`), a city-run school under the city, a teaching point under its
 * township central school. The directory context extends it.
 */
@Entity('platform_organisation')
@Index('ux_platform_organisation_code', ['code'], { unique: true })
@Index('ix_platform_organisation_path', ['path'])
export class Organisation {
  @IdColumn()
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: OrganisationKind;

  /** Where it is (a township for a school); may be null for a donor. */
  @RefColumn({ nullable: true })
  regionId!: string | null;

  @ManyToOne(() => Region, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'fk_platform_organisation_region' })
  region?: Region | null;

  /** The region whose bureau manages it, when a bureau does. */
  @RefColumn({ nullable: true })
  managerRegionId!: string | null;

  @ManyToOne(() => Region, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'manager_region_id', foreignKeyConstraintName: 'fk_platform_organisation_manager_region' })
  managerRegion?: Region | null;

  /** The organisation that manages it (a township central school for a teaching point). */
  @RefColumn({ nullable: true })
  managerOrganisationId!: string | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'manager_organisation_id', foreignKeyConstraintName: 'fk_platform_organisation_manager_organisation' })
  managerOrganisation?: Organisation | null;

  @PathColumn()
  path!: string;

  /** Archived rows stay for history and references but leave pickers and default lists. */
  @InstantColumn({ nullable: true })
  archivedAt!: Date | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;

  @RowVersionColumn()
  version!: number;
}
