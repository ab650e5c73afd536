import { Injectable } from '@nestjs/common';
import { hasPermission, type Actor, type Reminder, type ReminderSource } from '@schoolbridge/core';
import type { CalendarDate } from '@schoolbridge/shared';
import { FS_INSPECT, FS_RECTIFY } from '../permissions.js';
import { NoticesService } from './notices.service.js';

/** Inspectors: notices overdue, and notices falling due within the due-soon days (default 7). */
@Injectable()
export class NoticeDeadlineReminders implements ReminderSource {
  readonly id = 'food-safety.notice-deadlines';

  constructor(private readonly notices: NoticesService) {}

  async list(actor: Actor, today: CalendarDate): Promise<Reminder[]> {
    if (!hasPermission(actor, FS_INSPECT)) return [];
    const rows = await this.notices.reminderRows(actor, FS_INSPECT, 'overdueOrDueSoon', today);
    return rows.map((n) =>
      n.overdue
        ? {
            id: `food-safety.notice-overdue:${n.id}`,
            title: { 'zh-CN': `整改逾期 ${n.daysOverdue} 天：${n.canteenName}`, en: `Rectification ${n.daysOverdue} day(s) overdue: ${n.canteenName}` },
            detail: { 'zh-CN': `${n.number}，期限 ${n.deadline}`, en: `${n.number}, due ${n.deadline}` },
            dueDate: n.deadline,
            severity: 'overdue' as const,
            link: `/food-safety/notices/${n.id}`,
          }
        : {
            id: `food-safety.notice-due-soon:${n.id}`,
            title: { 'zh-CN': `整改即将到期：${n.canteenName}`, en: `Rectification due soon: ${n.canteenName}` },
            detail: { 'zh-CN': `${n.number}，期限 ${n.deadline}`, en: `${n.number}, due ${n.deadline}` },
            dueDate: n.deadline,
            severity: 'dueSoon' as const,
            link: `/food-safety/notices/${n.id}`,
          },
    );
  }
}

/** Schools: notices still waiting for their evidence (open or escalated, with items open or rejected). */
@Injectable()
export class NoticeEvidenceReminders implements ReminderSource {
  readonly id = 'food-safety.notice-evidence';

  constructor(private readonly notices: NoticesService) {}

  async list(actor: Actor, today: CalendarDate): Promise<Reminder[]> {
    if (!hasPermission(actor, FS_RECTIFY)) return [];
    const rows = await this.notices.reminderRows(actor, FS_RECTIFY, 'needsEvidence', today);
    return rows
      .filter((n) => n.openItems > 0)
      .map((n) => ({
        id: `food-safety.notice-evidence:${n.id}`,
        title: { 'zh-CN': `请提交整改材料：${n.number}`, en: `Submit rectification evidence: ${n.number}` },
        detail: {
          'zh-CN': `${n.canteenName}，${n.openItems} 项待提交，${n.deadline ? `期限 ${n.deadline}` : '立行立改并长期坚持'}`,
          en: `${n.canteenName}, ${n.openItems} item(s) to submit, ${n.deadline ? `due ${n.deadline}` : 'immediately and ongoing'}`,
        },
        dueDate: n.deadline,
        severity: n.overdue ? ('overdue' as const) : n.dueSoon ? ('dueSoon' as const) : ('info' as const),
        link: `/food-safety/notices/${n.id}`,
      }));
  }
}
