import { Column, Entity, Index } from 'typeorm';
import { pinyinKeys, type Locale } from '@schoolbridge/shared';
import { IdColumn, InstantColumn, RowVersionColumn } from '../db/columns.js';

export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** A person who signs in. The directory context links users to teacher and staff records. */
@Entity('platform_user')
@Index('ux_platform_user_username', ['username'], { unique: true })
@Index('ix_platform_user_display_name_pinyin', ['displayNamePinyin'])
@Index('ix_platform_user_display_name_initials', ['displayNameInitials'])
export class User {
  @IdColumn()
  id!: string;

  /** Lower-case sign-in name. */
  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ type: 'varchar', length: 100 })
  displayName!: string;

  /** Pinyin keys of the display name (`displayNameKeys`), for search by pinyin and pinyin order. */
  @Column({ type: 'varchar', length: 300, default: '' })
  displayNamePinyin!: string;

  @Column({ type: 'varchar', length: 100, default: '' })
  displayNameInitials!: string;

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

/** The display name with the pinyin keys stored beside it: every write of a display name goes through this. */
export function displayNameKeys(displayName: string): Pick<User, 'displayName' | 'displayNamePinyin' | 'displayNameInitials'> {
  const name = displayName.trim();
  const keys = pinyinKeys(name);
  return { displayName: name, displayNamePinyin: keys.full, displayNameInitials: keys.initials };
}
