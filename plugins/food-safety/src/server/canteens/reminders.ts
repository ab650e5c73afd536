import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { addDays, type CalendarDate } from '@schoolbridge/shared';
import type { Actor, Reminder, ReminderSource } from '@schoolbridge/core';
import { FS_READ } from '../permissions.js';
import { CanteenScope } from './canteen-scope.js';
import { Canteen } from './entities/canteen.entity.js';
import { FoodHandler } from './entities/food-handler.entity.js';
import { FoodSafetySettings } from '../templates/settings.service.js';

/** The most items one source lists (the soonest first); the lists behind them show the rest. */
const MAX_ITEMS = 200;

/** Food business licences (食品经营许可证) of canteens and suppliers in scope, expired or expiring within the due-soon days (30 unless set). */
@Injectable()
export class LicenceReminders implements ReminderSource {
  readonly id = 'food-safety.licence';

  constructor(
    private readonly dataSource: DataSource,
    private readonly canteenScope: CanteenScope,
    private readonly settings: FoodSafetySettings,
  ) {}

  async list(actor: Actor, today: CalendarDate): Promise<Reminder[]> {
    const { dueSoonDays } = await this.settings.get();
    const qb = this.dataSource
      .getRepository(Canteen)
      .createQueryBuilder('c')
      .where('c.archived_at IS NULL')
      .andWhere('c.licence_expires_on IS NOT NULL AND c.licence_expires_on <= :horizon', { horizon: addDays(today, dueSoonDays) });
    const rows = await this.canteenScope
      .restrict(qb, actor, FS_READ, 'c')
      .orderBy('c.licenceExpiresOn', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .take(MAX_ITEMS)
      .getMany();
    return rows.map((c) => {
      const expired = c.licenceExpiresOn! < today;
      return {
        id: `food-safety.licence.${c.id}`,
        title: expired
          ? { 'zh-CN': `${c.name}的食品经营许可证已过期`, en: `The food business licence of ${c.name} has expired` }
          : { 'zh-CN': `${c.name}的食品经营许可证即将到期`, en: `The food business licence of ${c.name} expires soon` },
        detail: {
          'zh-CN': `许可证${c.licenceNo ? ` ${c.licenceNo} ` : ''}有效期至 ${c.licenceExpiresOn}`,
          en: `Licence ${c.licenceNo ?? ''} valid until ${c.licenceExpiresOn}`.replace('  ', ' '),
        },
        dueDate: c.licenceExpiresOn,
        severity: expired ? ('overdue' as const) : ('dueSoon' as const),
        link: `/food-safety/canteens/${c.id}`,
      };
    });
  }
}

/** Health certificates (健康证) of current food handlers in scope, expired or expiring within the due-soon days (30 unless set). */
@Injectable()
export class HealthCertificateReminders implements ReminderSource {
  readonly id = 'food-safety.health-certificate';

  constructor(
    private readonly dataSource: DataSource,
    private readonly canteenScope: CanteenScope,
    private readonly settings: FoodSafetySettings,
  ) {}

  async list(actor: Actor, today: CalendarDate): Promise<Reminder[]> {
    const { dueSoonDays } = await this.settings.get();
    const rows = await this.canteenScope
      .joinRestricted(this.dataSource.getRepository(FoodHandler).createQueryBuilder('h'), actor, FS_READ, 'h.canteenId', 'c')
      .andWhere('h.archived_at IS NULL AND c.archived_at IS NULL')
      .andWhere('h.health_cert_expires_on IS NOT NULL AND h.health_cert_expires_on <= :horizon', { horizon: addDays(today, dueSoonDays) })
      .orderBy('h.healthCertExpiresOn', 'ASC')
      .addOrderBy('h.id', 'ASC')
      .take(MAX_ITEMS)
      .getMany();
    const ids = [...new Set(rows.map((h) => h.canteenId))];
    const names = new Map(
      ids.length ? (await this.dataSource.manager.find(Canteen, { where: { id: In(ids) }, select: { id: true, name: true } })).map((c) => [c.id, c.name]) : [],
    );
    return rows.map((row) => {
      const h = { id: row.id, name: row.name, canteenId: row.canteenId, canteenName: names.get(row.canteenId) ?? '', expiresOn: row.healthCertExpiresOn! };
      const expired = h.expiresOn < today;
      const duty = row.onDuty;
      return {
        id: `food-safety.health-certificate.${h.id}`,
        title: expired
          ? {
              'zh-CN': `${h.canteenName} ${h.name}的健康证已过期${duty ? '（仍在岗）' : ''}`,
              en: `${h.name} (${h.canteenName}): health certificate expired${duty ? ', still on duty' : ''}`,
            }
          : { 'zh-CN': `${h.canteenName} ${h.name}的健康证即将到期`, en: `${h.name} (${h.canteenName}): health certificate expires soon` },
        detail: { 'zh-CN': `健康证有效期至 ${h.expiresOn}`, en: `Valid until ${h.expiresOn}` },
        dueDate: h.expiresOn,
        severity: expired ? ('overdue' as const) : ('dueSoon' as const),
        link: `/food-safety/canteens/${h.canteenId}?tab=handlers`,
      };
    });
  }
}
