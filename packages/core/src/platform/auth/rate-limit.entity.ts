import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../db/columns.js';

/** A fixed-window counter (per address and purpose), shared by every API instance. */
@Entity('platform_rate_limit')
export class RateLimitCounter {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key!: string;

  @InstantColumn()
  windowStart!: Date;

  @Column({ type: 'integer' })
  count!: number;
}
