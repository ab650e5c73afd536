import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IdColumn, InstantColumn, PathColumn, RefColumn, RowVersionColumn } from '../db/columns.js';

/**
 * Region kinds: the administrative levels, plus units that are not administrative regions at all
 * (a nature-reserve management bureau). Levels may be skipped (DOMAIN.md §1).
 */
export const REGION_KINDS = ['province', 'city', 'county', 'township', 'village', 'other'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

/**
 * A region with its statistical division code and materialised path of codes
 * (`/43/4399/439901/`), so a scope check is an indexed prefix match. The directory context
 * extends it with what users manage.
 */
@Entity('platform_region')
@Index('ux_platform_region_code', ['code'], { unique: true })
@Index('ix_platform_region_path', ['path'])
export class Region {
  @IdColumn()
  id!: string;

  @Column({ type: 'varchar', length: 12 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: RegionKind;

  @RefColumn({ nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Region, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_platform_region_parent' })
  parent?: Region | null;

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
