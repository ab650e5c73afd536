import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../db/columns.js';

/** Deployment-wide values shared by every API instance (the signing secret among them). */
@Entity('platform_setting')
export class Setting {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key!: string;

  @Column({ type: 'text' })
  value!: string;

  @InstantColumn()
  updatedAt!: Date;
}
