import { Column, Entity, Index } from 'typeorm';
import type { Locale } from '@schoolbridge/shared';
import { IdColumn, InstantColumn, RowVersionColumn } from '../db/columns.js';

export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** A person who signs in. The directory context links users to teacher and staff records. */
@Entity('platform_user')
@Index('ux_platform_user_username', ['username'], { unique: true })
export class User {
  @IdColumn()
  id!: string;

  /** Lower-case sign-in name. */
  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ type: 'varchar', length: 100 })
  displayName!: string;

  /** argon2id hash; null while the account has no password yet. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  passwordHash!: string | null;

  /** Set by a reset (or a generated initial password): every route but the password change answers 403. */
  @Column({ type: 'boolean' })
  mustChangePassword!: boolean;

  @Column({ type: 'varchar', length: 8 })
  locale!: Locale;

  @Column({ type: 'varchar', length: 16 })
  status!: UserStatus;

  @Column({ type: 'integer', default: 0 })
  failedLoginCount!: number;

  @InstantColumn({ nullable: true })
  lockedUntil!: Date | null;

  @InstantColumn({ nullable: true })
  lastLoginAt!: Date | null;

  @InstantColumn({ nullable: true })
  passwordChangedAt!: Date | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;

  @RowVersionColumn()
  version!: number;
}
