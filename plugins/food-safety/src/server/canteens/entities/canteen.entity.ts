import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IdColumn, InstantColumn, DateColumn, Organisation, PathColumn, RefColumn, Region, RowVersionColumn } from '@schoolbridge/core';

export const CANTEEN_KINDS = ['canteen', 'supplier'] as const;
export type CanteenKind = (typeof CANTEEN_KINDS)[number];
export const CANTEEN_OPERATORS = ['selfRun', 'contracted'] as const;
export type CanteenOperator = (typeof CANTEEN_OPERATORS)[number];

/**
 * A place food is made for pupils and inspected (DOMAIN.md §8): a school canteen (学校食堂, kind
 * 'canteen', run by the school or contracted out) or an outside meal supplier (校外供餐单位, kind
 * 'supplier', linked to every school it serves through `food_safety_supplier_school`).
 * `scopePath` is the school's organisation path for a canteen and the region path for a supplier:
 * the scope of the row itself (a supplier is also visible through the schools it serves).
 */
@Entity('food_safety_canteen')
@Index('ix_food_safety_canteen_scope_path', ['scopePath'])
@Index('ix_food_safety_canteen_school', ['schoolId'])
@Index('ix_food_safety_canteen_region', ['regionId'])
@Index('ix_food_safety_canteen_licence_expires', ['licenceExpiresOn'])
export class Canteen {
  @IdColumn()
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: CanteenKind;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 400 })
  namePinyin!: string;

  @Column({ type: 'varchar', length: 100 })
  nameInitials!: string;

  /** The school whose canteen it is; null for a supplier. */
  @RefColumn({ nullable: true })
  schoolId!: string | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id', foreignKeyConstraintName: 'fk_food_safety_canteen_school' })
  school?: Organisation | null;

  /** A supplier's county or township; a canteen's school's region. */
  @RefColumn({ nullable: true })
  regionId!: string | null;

  @ManyToOne(() => Region, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'fk_food_safety_canteen_region' })
  region?: Region | null;

  @PathColumn()
  scopePath!: string;

  @Column({ type: 'varchar', length: 16 })
  operator!: CanteenOperator;

  /** The contractor (承包单位) of a contracted canteen, or the supplier's company. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  operatorName!: string | null;

  /** 食品经营许可证编号. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  licenceNo!: string | null;

  @DateColumn({ nullable: true })
  licenceExpiresOn!: string | null;

  /** 留样冰箱. */
  @Column({ type: 'boolean' })
  hasSampleFridge!: boolean;

  /** 消毒设施. */
  @Column({ type: 'boolean' })
  hasDisinfection!: boolean;

  /** 防鼠防蝇防尘设施. */
  @Column({ type: 'boolean' })
  hasPestProofing!: boolean;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  contactName!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  contactMobile!: string | null;

  @Column({ type: 'integer', nullable: true })
  mealsPerDay!: number | null;

  @Column({ type: 'integer', nullable: true })
  diners!: number | null;

  @InstantColumn({ nullable: true })
  archivedAt!: Date | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;

  @RowVersionColumn()
  version!: number;
}
