import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IdColumn, InstantColumn, PathColumn, RefColumn, Region, RowVersionColumn } from '@schoolbridge/core';

/**
 * An issuing authority 签发机关 of opinion letters, e.g. 某某县市场监督管理局餐饮服务监督所 with
 * the number prefix 某监餐意: its letters are numbered 某监餐意〔2026〕第015号, without gaps per year.
 */
@Entity('food_safety_issuing_authority')
@Index('ix_food_safety_issuing_authority_region_path', ['regionPath'])
@Index('ux_food_safety_issuing_authority_prefix', ['numberPrefix'], { unique: true })
export class IssuingAuthority {
  @IdColumn()
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 50 })
  numberPrefix!: string;

  @RefColumn()
  regionId!: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'fk_food_safety_issuing_authority_region' })
  region?: Region;

  @PathColumn()
  regionPath!: string;

  @Column({ type: 'boolean' })
  active!: boolean;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;

  @RowVersionColumn()
  version!: number;
}

/**
 * The last serial given per authority and year. A submit takes the next one with a conditional
 * `UPDATE … SET last_serial = last_serial + 1` inside its transaction, so serials have no gaps
 * and no duplicates under concurrency (a rolled-back submit gives its serial back).
 */
@Entity('food_safety_letter_counter')
export class LetterCounter {
  @IdColumn()
  authorityId!: string;

  @ManyToOne(() => IssuingAuthority, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'authority_id', foreignKeyConstraintName: 'fk_food_safety_letter_counter_authority' })
  authority?: IssuingAuthority;

  @Column({ type: 'integer', primary: true })
  year!: number;

  @Column({ type: 'integer' })
  lastSerial!: number;
}
