import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../db/columns.js';
import { User } from './user.entity.js';

/**
 * A signed-in browser. Kept in the database so every API instance accepts it; only the SHA-256 of
 * the cookie's token is stored.
 */
@Entity('platform_session')
@Index('ux_platform_session_token_hash', ['tokenHash'], { unique: true })
@Index('ix_platform_session_user', ['userId'])
export class Session {
  @IdColumn()
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @RefColumn()
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_platform_session_user' })
  user?: User;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  lastSeenAt!: Date;

  @InstantColumn()
  expiresAt!: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  userAgent!: string | null;
}
