import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../db/columns.js';
import { User } from './user.entity.js';

/** A personal API token for scripts (`Authorization: Bearer …`); only its SHA-256 is stored. */
@Entity('platform_api_token')
@Index('ux_platform_api_token_hash', ['tokenHash'], { unique: true })
@Index('ix_platform_api_token_user', ['userId'])
export class ApiToken {
  @IdColumn()
  id!: string;

  @RefColumn()
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_platform_api_token_user' })
  user?: User;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** The first characters of the token, shown so a user can tell tokens apart. */
  @Column({ type: 'varchar', length: 16 })
  prefix!: string;

  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn({ nullable: true })
  lastUsedAt!: Date | null;

  @InstantColumn({ nullable: true })
  expiresAt!: Date | null;

  @InstantColumn({ nullable: true })
  revokedAt!: Date | null;
}
