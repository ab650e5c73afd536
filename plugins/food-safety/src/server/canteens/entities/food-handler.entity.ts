import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DateColumn, IdColumn, InstantColumn, RefColumn, RowVersionColumn } from '@schoolbridge/core';
import { Canteen } from './canteen.entity.js';

export const HANDLER_GENDERS = ['male', 'female'] as const;
export type HandlerGender = (typeof HANDLER_GENDERS)[number];

/**
 * A food handler (从业人员) of a canteen or supplier: health certificate (健康证) and the last
 * food-safety training. Nobody goes on duty without both valid (rules in handler-duty.ts).
 */
@Entity('food_safety_food_handler')
@Index('ix_food_safety_food_handler_canteen', ['canteenId'])
@Index('ix_food_safety_food_handler_cert_expires', ['healthCertExpiresOn'])
@Index('ix_food_safety_food_handler_name_pinyin', ['namePinyin'])
export class FoodHandler {
  @IdColumn()
  id!: string;

  @RefColumn()
  canteenId!: string;

  @ManyToOne(() => Canteen, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'canteen_id', foreignKeyConstraintName: 'fk_food_safety_food_handler_canteen' })
  canteen?: Canteen;

  @Column({ type: 'varchar', length: 50 })
  name!: string;

  @Column({ type: 'varchar', length: 200 })
  namePinyin!: string;

  @Column({ type: 'varchar', length: 50 })
  nameInitials!: string;

  @Column({ type: 'varchar', length: 8, nullable: true })
  gender!: HandlerGender | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  mobile!: string | null;

  /** 岗位 as written ('厨师', '面点', '保洁'). */
  @Column({ type: 'varchar', length: 50, nullable: true })
  position!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  healthCertNo!: string | null;

  @DateColumn({ nullable: true })
  healthCertExpiresOn!: string | null;

  /** The last food-safety training. */
  @DateColumn({ nullable: true })
  trainedOn!: string | null;

  @Column({ type: 'boolean' })
  onDuty!: boolean;

  @InstantColumn({ nullable: true })
  archivedAt!: Date | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;

  @RowVersionColumn()
  version!: number;
}
