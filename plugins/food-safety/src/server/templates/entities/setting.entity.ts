import { Column, Entity } from 'typeorm';
import { InstantColumn, JsonColumn, RefColumn } from '@schoolbridge/core';

/**
 * The plugin's settings, one row per key (`general` holds FoodSafetySettingsValues). Keys the row
 * lacks read as their defaults, so a later release can add a setting without a data migration.
 */
@Entity('food_safety_setting')
export class FoodSafetySetting {
  @Column({ type: 'varchar', length: 64, primary: true })
  key!: string;

  @JsonColumn({ nullable: false })
  value!: Record<string, unknown>;

  @RefColumn({ nullable: true })
  updatedBy!: string | null;

  @InstantColumn()
  updatedAt!: Date;

  /** Bumped on every change (a stale one gets 409); not a VersionColumn, since the key is the primary key. */
  @Column({ type: 'integer', default: 1 })
  version!: number;
}
