import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { LocalizedText } from '@schoolbridge/shared';
import { User } from '../auth/user.entity.js';
import { IdColumn, InstantColumn, JsonColumn, RefColumn } from '../db/columns.js';

/** A text in every interface language, or one plain string shown to everybody (a name, a code). */
export type NotificationText = LocalizedText | string;

/**
 * One message in a user's in-app inbox, e.g. "you were moved from the waitlist into the session".
 * Things that become due (a rectification deadline) are reminders derived when read, not these.
 */
@Entity('platform_notification')
@Index('ix_platform_notification_user_created', ['userId', 'createdAt'])
@Index('ix_platform_notification_user_read', ['userId', 'readAt'])
export class Notification {
  @IdColumn()
  id!: string;

  @RefColumn()
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_platform_notification_user' })
  user?: User;

  /** `<context>.<event>`, e.g. `training.waitlistPromoted`; the admin may pick an icon by it. */
  @Column({ type: 'varchar', length: 100 })
  type!: string;

  @JsonColumn({ nullable: false })
  title!: NotificationText;

  @JsonColumn()
  body!: NotificationText | null;

  /** An admin path to open, e.g. `/training/sessions/<id>`. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  link!: string | null;

  @JsonColumn()
  data!: Record<string, unknown> | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn({ nullable: true })
  readAt!: Date | null;
}
