import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DateColumn, IdColumn, InstantColumn, PathColumn, RefColumn, Region, RowVersionColumn, User } from '@schoolbridge/core';
import type { OutingRole } from '../vocab.js';
import { InspectionCampaign } from './campaign.entity.js';

/**
 * An outing 出动 (DOMAIN §8): a team goes out on a day, usually in one vehicle, and inspects
 * several canteens. Person-times (人次) and vehicle trips (辆次) are counted per outing.
 */
@Entity('food_safety_outing')
@Index('ix_food_safety_outing_region_path', ['regionPath'])
@Index('ix_food_safety_outing_campaign', ['campaignId'])
@Index('ix_food_safety_outing_date', ['outingOn'])
export class InspectionOuting {
  @IdColumn()
  id!: string;

  @RefColumn({ nullable: true })
  campaignId!: string | null;

  @ManyToOne(() => InspectionCampaign, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'fk_food_safety_outing_campaign' })
  campaign?: InspectionCampaign | null;

  @DateColumn()
  outingOn!: string;

  @RefColumn()
  regionId!: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'fk_food_safety_outing_region' })
  region?: Region;

  @PathColumn()
  regionPath!: string;

  /** Vehicles used (辆次 of this outing). */
  @Column({ type: 'integer' })
  vehicles!: number;

  /** Plates as written, e.g. "陕C·12345、陕C·23456". */
  @Column({ type: 'varchar', length: 200, nullable: true })
  vehiclePlates!: string | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @RefColumn({ nullable: true })
  createdBy!: string | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;

  @RowVersionColumn()
  version!: number;
}

/** A member of an outing's team; people of other agencies may have no account (userId null). */
@Entity('food_safety_outing_member')
@Index('ix_food_safety_outing_member_outing', ['outingId'])
@Index('ix_food_safety_outing_member_user', ['userId'])
export class OutingMember {
  @IdColumn()
  id!: string;

  @RefColumn()
  outingId!: string;

  @ManyToOne(() => InspectionOuting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'outing_id', foreignKeyConstraintName: 'fk_food_safety_outing_member_outing' })
  outing?: InspectionOuting;

  @RefColumn({ nullable: true })
  userId!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_food_safety_outing_member_user' })
  user?: User | null;

  @Column({ type: 'varchar', length: 50 })
  name!: string;

  /** 单位, e.g. 县市场监督管理局餐饮服务监督所 / 县教体局. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  agency!: string | null;

  @Column({ type: 'varchar', length: 16 })
  role!: OutingRole;

  @Column({ type: 'integer' })
  position!: number;
}
