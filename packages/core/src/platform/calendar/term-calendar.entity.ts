import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { TermName } from '@schoolbridge/shared';
import { IdColumn, InstantColumn, RefColumn, RowVersionColumn } from '../db/columns.js';
import { Region } from '../regions/region.entity.js';

/**
 * A region's own boundaries of one term (ARCHITECTURE §4: terms are configurable per region).
 * Regions below it inherit them; a region with none uses the nearest ancestor's, else DEFAULT_TERMS.
 */
@Entity('platform_term_calendar')
@Index('ux_platform_term_calendar_region_term', ['regionId', 'term'], { unique: true })
export class TermCalendar {
  @IdColumn()
  id!: string;

  @RefColumn()
  regionId!: string;

  @ManyToOne(() => Region, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'fk_platform_term_calendar_region' })
  region?: Region;

  @Column({ type: 'varchar', length: 8 })
  term!: TermName;

  /** 'MM-DD' the term starts. */
  @Column({ type: 'varchar', length: 5 })
  startMonthDay!: string;

  /** 'MM-DD' the term ends; for autumn usually in the next calendar year ('01-31'). */
  @Column({ type: 'varchar', length: 5 })
  endMonthDay!: string;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;

  @RowVersionColumn()
  version!: number;
}
