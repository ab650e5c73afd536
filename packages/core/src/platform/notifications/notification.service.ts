import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager, type QueryDeepPartialEntity } from 'typeorm';
import { DEFAULT_LOCALE, LOCALES, newId, type Locale } from '@schoolbridge/shared';
import type { Actor } from '../access/actor.js';
import { Clock } from '../clock.js';
import { problems } from '../errors/problem.js';
import { pageRequest, type PageQueryDto } from '../http/paging.js';
import { Notification, type NotificationText } from './notification.entity.js';

export interface NotificationInput {
  /** `<context>.<event>`, e.g. `training.waitlistPromoted`. */
  type: string;
  title: NotificationText;
  body?: NotificationText | null;
  /** An admin path to open, e.g. `/training/sessions/<id>`. */
  link?: string | null;
  data?: Record<string, unknown> | null;
}

/** A text in the reader's language: a localized text picks the locale (zh-CN when it lacks it), a plain string is itself. */
export function textIn(text: NotificationText, locale: Locale): string;
export function textIn(text: NotificationText | null, locale: Locale): string | null;
export function textIn(text: NotificationText | null, locale: Locale): string | null {
  if (text === null || typeof text === 'string') return text;
  return text[locale] ?? text[DEFAULT_LOCALE] ?? Object.values(text)[0] ?? '';
}

function checkText(text: unknown, what: string, required: boolean): void {
  if (text === null || text === undefined) {
    if (required) throw new TypeError(`notify: ${what} is required`);
    return;
  }
  if (typeof text === 'string') {
    if (required && text.trim() === '') throw new TypeError(`notify: ${what} is empty`);
    return;
  }
  if (typeof text !== 'object') throw new TypeError(`notify: ${what} must be a string or { 'zh-CN', en }`);
  for (const locale of LOCALES) {
    const t = (text as Record<string, unknown>)[locale];
    if (typeof t !== 'string' || t.trim() === '') throw new TypeError(`notify: ${what} lacks its ${locale} text`);
  }
}

/**
 * The in-app inbox. Modules call `notify` to tell people about events (a waitlist promotion);
 * pass the manager of the write's transaction so the message commits or rolls back with it.
 */
@Injectable()
export class NotificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async notify(userIds: string | string[], input: NotificationInput, manager: EntityManager = this.dataSource.manager): Promise<Notification[]> {
    if (typeof input.type !== 'string' || !/^[a-z][A-Za-z0-9-]*(\.[A-Za-z0-9-]+)+$/.test(input.type) || input.type.length > 100) {
      throw new TypeError(`notify: type "${String(input.type)}" must look like <context>.<event>`);
    }
    checkText(input.title, 'title', true);
    checkText(input.body, 'body', false);
    if (input.link && input.link.length > 500) throw new TypeError('notify: link is longer than 500 characters');
    const recipients = [...new Set(typeof userIds === 'string' ? [userIds] : userIds)];
    if (recipients.length === 0) return [];
    const now = this.clock.now();
    const rows = recipients.map((userId) =>
      manager.create(Notification, {
        id: newId(),
        userId,
        type: input.type,
        title: input.title,
        body: input.body ?? null,
        link: input.link ?? null,
        data: input.data ?? null,
        createdAt: now,
        readAt: null,
      }),
    );
    // JSON columns go through their transformer on insert; the cast only quiets the deep-partial typing.
    await manager.insert(Notification, rows as QueryDeepPartialEntity<Notification>[]);
    return rows;
  }

  /** The caller's own notifications, newest first, with how many are unread. */
  async list(actor: Actor, query: PageQueryDto & { unread?: boolean }): Promise<{ items: Notification[]; total: number; page: number; pageSize: number; unreadCount: number }> {
    const { page, pageSize, skip } = pageRequest(query);
    const repo = this.dataSource.getRepository(Notification);
    const qb = repo.createQueryBuilder('n').where('n.user_id = :userId', { userId: actor.userId });
    if (query.unread === true) qb.andWhere('n.read_at IS NULL');
    if (query.unread === false) qb.andWhere('n.read_at IS NOT NULL');
    qb.orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'DESC').skip(skip).take(pageSize);
    const [items, total] = await qb.getManyAndCount();
    const unreadCount = await this.dataSource.manager.countBy(Notification, { userId: actor.userId, readAt: IsNull() });
    return { items, total, page, pageSize, unreadCount };
  }

  /** Marks one of the caller's notifications read (again is harmless); another user's answers 404. */
  async markRead(actor: Actor, id: string): Promise<Notification> {
    return this.dataSource.transaction(async (m) => {
      const row = await m.findOneBy(Notification, { id, userId: actor.userId });
      if (!row) throw problems.notFound('notification');
      if (row.readAt === null) {
        row.readAt = this.clock.now();
        await m.update(Notification, { id, readAt: IsNull() }, { readAt: row.readAt });
      }
      return row;
    });
  }

  /** Marks all the caller's unread notifications read; answers how many changed. */
  async markAllRead(actor: Actor): Promise<number> {
    const result = await this.dataSource.manager.update(Notification, { userId: actor.userId, readAt: IsNull() }, { readAt: this.clock.now() });
    return result.affected ?? 0;
  }
}
