import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DateColumn, IdColumn, InstantColumn, RefColumn, RowVersionColumn } from '@schoolbridge/core';
import { Canteen } from '../../canteens/entities/canteen.entity.js';

export const MEALS = ['breakfast', 'lunch', 'dinner', 'other'] as const;
export type Meal = (typeof MEALS)[number];

/**
 * One dish kept back (留样) from a meal: weight, when and by whom it was put in which fridge, and
 * when and by whom it was taken out. Too light or taken out too early are warnings derived when
 * read against the settings (125 g, 48 h), never refusals; `keptMinutes` is stored at removal so
 * a list of problems is one indexed query on both databases.
 */
@Entity('food_safety_food_sample')
@Index('ix_food_safety_food_sample_canteen_date', ['canteenId', 'mealDate'])
export class FoodSample {
  @IdColumn()
  id!: string;

  @RefColumn()
  canteenId!: string;

  @ManyToOne(() => Canteen, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'canteen_id', foreignKeyConstraintName: 'fk_food_safety_food_sample_canteen' })
  canteen?: Canteen;

  @DateColumn()
  mealDate!: string;

  @Column({ type: 'varchar', length: 16 })
  meal!: Meal;

  @Column({ type: 'varchar', length: 100 })
  dish!: string;

  @Column({ type: 'integer' })
  weightG!: number;

  @InstantColumn()
  retainedAt!: Date;

  @Column({ type: 'varchar', length: 50 })
  retainedBy!: string;

  /** Which fridge (留样冰箱), as written. */
  @Column({ type: 'varchar', length: 50, nullable: true })
  fridge!: string | null;

  @InstantColumn({ nullable: true })
  removedAt!: Date | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  removedBy!: string | null;

  /** Whole minutes between retained and removed; null while kept. */
  @Column({ type: 'integer', nullable: true })
  keptMinutes!: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @RefColumn({ nullable: true })
  createdBy!: string | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;

  @RowVersionColumn()
  version!: number;
}
