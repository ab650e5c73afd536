import { Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IdColumn, InstantColumn, Organisation, PathColumn } from '@schoolbridge/core';
import { Canteen } from './canteen.entity.js';

/**
 * A school an outside meal supplier serves. `schoolPath` is the school's organisation path: the
 * supplier is visible to anyone whose scope holds it (CanteenScope).
 */
@Entity('food_safety_supplier_school')
@Index('ix_food_safety_supplier_school_school', ['schoolId'])
@Index('ix_food_safety_supplier_school_path', ['schoolPath'])
export class SupplierSchool {
  @IdColumn()
  supplierId!: string;

  @ManyToOne(() => Canteen, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supplier_id', foreignKeyConstraintName: 'fk_food_safety_supplier_school_supplier' })
  supplier?: Canteen;

  @IdColumn()
  schoolId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id', foreignKeyConstraintName: 'fk_food_safety_supplier_school_school' })
  school?: Organisation;

  @PathColumn()
  schoolPath!: string;

  @InstantColumn()
  createdAt!: Date;
}
