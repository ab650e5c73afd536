import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { addDays, maskMobile, newId, pinyinKeys } from '@schoolbridge/shared';
import { AppError, AuditService, Clock, problems, updateVersioned, type Actor, type PageRequest } from '@schoolbridge/core';
import { FS_HANDLERS_MANAGE, FS_READ } from '../permissions.js';
import { CanteenScope } from './canteen-scope.js';
import { checkMobile } from './canteens.service.js';
import type { CreateHandlerDto, FoodHandlerDto, FoodHandlerPageDto, ListHandlersQueryDto, UpdateHandlerDto } from './dto/handler.dto.js';
import { Canteen } from './entities/canteen.entity.js';
import { FoodHandler } from './entities/food-handler.entity.js';
import { applyArchived, applyNameSearch } from './list-query.js';
import { dutyProblems, trainingState, trainingValidUntil, validityState } from './rules.js';
import { FoodSafetySettings } from '../templates/settings.service.js';
import './messages.js';

const ENTITY = 'foodSafety.foodHandler';

export type HandlerFilters = Omit<ListHandlersQueryDto, 'page' | 'pageSize'>;

/**
 * Food handlers (从业人员): health certificate, training, duty. Nobody is put on duty — by the duty
 * switch, on creation, or by an edit of someone on duty — unless both are valid today; reading
 * someone on duty whose certificate or training has lapsed since flags them.
 */
@Injectable()
export class FoodHandlersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly canteenScope: CanteenScope,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly settings: FoodSafetySettings,
  ) {}

  private async filtered(m: EntityManager, actor: Actor, f: HandlerFilters): Promise<SelectQueryBuilder<FoodHandler>> {
    const qb = this.canteenScope.joinRestricted(m.getRepository(FoodHandler).createQueryBuilder('h'), actor, FS_READ, 'h.canteenId', 'c');
    if (f.canteenId) qb.andWhere('h.canteen_id = :fCanteen', { fCanteen: f.canteenId });
    if (f.onDuty !== undefined) qb.andWhere('h.on_duty = :fDuty', { fDuty: f.onDuty });
    const today = this.clock.today();
    const { trainingValidityDays, dueSoonDays } = await this.settings.get(m);
    if (f.certificate) {
      const soon = addDays(today, dueSoonDays);
      if (f.certificate === 'none') qb.andWhere('h.health_cert_expires_on IS NULL');
      else if (f.certificate === 'expired') qb.andWhere('h.health_cert_expires_on < :cToday', { cToday: today });
      else if (f.certificate === 'expiring')
        qb.andWhere('h.health_cert_expires_on >= :cToday AND h.health_cert_expires_on <= :cSoon', { cToday: today, cSoon: soon });
      else qb.andWhere('h.health_cert_expires_on > :cSoon', { cSoon: soon });
    }
    if (f.flagged) {
      qb.andWhere(
        'h.on_duty = :fT AND (h.health_cert_expires_on IS NULL OR h.health_cert_expires_on < :fToday OR h.trained_on IS NULL OR h.trained_on < :fCutoff)',
        { fT: true, fToday: today, fCutoff: addDays(today, -trainingValidityDays) },
      );
    }
    applyNameSearch(qb, f.q, { name: 'h.name', pinyin: 'h.name_pinyin', initials: 'h.name_initials' });
    applyArchived(qb, f.archived, 'h.archived_at');
    return qb.orderBy('h.namePinyin', 'ASC').addOrderBy('h.id', 'ASC');
  }

  async list(actor: Actor, f: HandlerFilters, page: PageRequest): Promise<FoodHandlerPageDto> {
    const m = this.dataSource.manager;
    if (f.canteenId) await this.canteenScope.findOne(actor, FS_READ, f.canteenId, m);
    const [rows, total] = await (await this.filtered(m, actor, f)).skip(page.skip).take(page.pageSize).getManyAndCount();
    return { items: await this.toDtos(m, rows), total, page: page.page, pageSize: page.pageSize };
  }

  async get(actor: Actor, id: string): Promise<FoodHandlerDto> {
    const m = this.dataSource.manager;
    const row = await this.load(m, actor, FS_READ, id);
    return (await this.toDtos(m, [row]))[0]!;
  }

  private async load(m: EntityManager, actor: Actor, permission: string, id: string): Promise<FoodHandler> {
    const row = await this.canteenScope
      .joinRestricted(m.getRepository(FoodHandler).createQueryBuilder('h'), actor, permission, 'h.canteenId', 'c')
      .andWhere('h.id = :id', { id })
      .getOne();
    if (!row) throw problems.notFound('foodHandler');
    return row;
  }

  /** 409 naming what is missing or expired, unless the handler may be on duty today. */
  private async assertDutyAllowed(m: EntityManager, h: Pick<FoodHandler, 'name' | 'healthCertExpiresOn' | 'trainedOn'>): Promise<void> {
    const { trainingValidityDays } = await this.settings.get(m);
    const errors = dutyProblems(h, this.clock.today(), trainingValidityDays);
    if (errors.length) throw new AppError(409, 'foodSafety.handler.dutyRefused', { name: h.name }, errors);
  }

  async create(actor: Actor, dto: CreateHandlerDto): Promise<FoodHandlerDto> {
    const mobile = checkMobile(dto.mobile, 'mobile');
    const id = await this.dataSource.transaction(async (m) => {
      const canteen = await this.canteenScope.findOne(actor, FS_HANDLERS_MANAGE, dto.canteenId, m);
      if (canteen.archivedAt) throw problems.field('canteenId', 'foodSafety.canteen.isArchived');
      const name = dto.name.trim();
      const keys = pinyinKeys(name);
      const now = this.clock.now();
      const row = m.create(FoodHandler, {
        id: newId(),
        canteenId: canteen.id,
        name,
        namePinyin: keys.full,
        nameInitials: keys.initials,
        gender: dto.gender ?? null,
        mobile: mobile ?? null,
        position: dto.position?.trim() || null,
        healthCertNo: dto.healthCertNo?.trim() || null,
        healthCertExpiresOn: dto.healthCertExpiresOn ?? null,
        trainedOn: dto.trainedOn ?? null,
        onDuty: dto.onDuty ?? false,
        archivedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      if (row.onDuty) await this.assertDutyAllowed(m, row);
      await m.insert(FoodHandler, row);
      await this.audit.record({ action: `${ENTITY}.created`, entityType: ENTITY, entityId: row.id, after: masked(row), scopePath: canteen.scopePath }, m);
      return row.id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, dto: UpdateHandlerDto): Promise<FoodHandlerDto> {
    const mobile = dto.mobile !== undefined ? checkMobile(dto.mobile, 'mobile') : undefined;
    await this.dataSource.transaction(async (m) => {
      const before = await this.load(m, actor, FS_HANDLERS_MANAGE, id);
      const changes: Partial<FoodHandler> = { updatedAt: this.clock.now() };
      if (dto.name !== undefined) {
        const name = dto.name.trim();
        const keys = pinyinKeys(name);
        Object.assign(changes, { name, namePinyin: keys.full, nameInitials: keys.initials });
      }
      if (dto.gender !== undefined) changes.gender = dto.gender;
      if (mobile !== undefined) changes.mobile = mobile;
      for (const k of ['position', 'healthCertNo'] as const) {
        if (dto[k] !== undefined) changes[k] = dto[k]?.trim() || null;
      }
      if (dto.healthCertExpiresOn !== undefined) changes.healthCertExpiresOn = dto.healthCertExpiresOn;
      if (dto.trainedOn !== undefined) changes.trainedOn = dto.trainedOn;
      const papersChanged =
        (dto.healthCertExpiresOn !== undefined && dto.healthCertExpiresOn !== before.healthCertExpiresOn) ||
        (dto.trainedOn !== undefined && dto.trainedOn !== before.trainedOn);
      // Someone on duty keeps their papers valid: an edit may not leave them on duty with lapsed ones.
      if (before.onDuty && papersChanged) await this.assertDutyAllowed(m, { ...before, ...changes });
      const after = await updateVersioned(m, FoodHandler, id, dto.version, changes, 'foodHandler');
      await this.audit.record(
        {
          action: `${ENTITY}.updated`,
          entityType: ENTITY,
          entityId: id,
          before: masked(before),
          after: masked(after),
          scopePath: await this.scopePathOf(m, after.canteenId),
        },
        m,
      );
    });
    return this.get(actor, id);
  }

  async setDuty(actor: Actor, id: string, version: number, onDuty: boolean): Promise<FoodHandlerDto> {
    await this.dataSource.transaction(async (m) => {
      const before = await this.load(m, actor, FS_HANDLERS_MANAGE, id);
      if (before.archivedAt) throw problems.conflict('foodSafety.handler.isArchived');
      if (onDuty) await this.assertDutyAllowed(m, before);
      await updateVersioned(m, FoodHandler, id, version, { onDuty, updatedAt: this.clock.now() }, 'foodHandler');
      await this.audit.record(
        { action: `${ENTITY}.${onDuty ? 'onDuty' : 'offDuty'}`, entityType: ENTITY, entityId: id, scopePath: await this.scopePathOf(m, before.canteenId) },
        m,
      );
    });
    return this.get(actor, id);
  }

  /** Archiving takes the handler off duty; restoring leaves them off. */
  async setArchived(actor: Actor, id: string, archived: boolean): Promise<FoodHandlerDto> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.load(m, actor, FS_HANDLERS_MANAGE, id);
      if (archived === (row.archivedAt !== null)) throw problems.conflict(archived ? 'foodSafety.handler.archived' : 'foodSafety.handler.notArchived');
      const now = this.clock.now();
      await m.update(FoodHandler, { id }, { archivedAt: archived ? now : null, onDuty: false, updatedAt: now, version: () => 'version + 1' } as never);
      await this.audit.record(
        { action: `${ENTITY}.${archived ? 'archived' : 'restored'}`, entityType: ENTITY, entityId: id, scopePath: await this.scopePathOf(m, row.canteenId) },
        m,
      );
    });
    return this.get(actor, id);
  }

  private async scopePathOf(m: EntityManager, canteenId: string): Promise<string | null> {
    return (await m.findOne(Canteen, { where: { id: canteenId }, select: { id: true, scopePath: true } }))?.scopePath ?? null;
  }

  async toDtos(m: EntityManager, rows: FoodHandler[]): Promise<FoodHandlerDto[]> {
    if (rows.length === 0) return [];
    const today = this.clock.today();
    const { trainingValidityDays, dueSoonDays } = await this.settings.get(m);
    const canteens = new Map(
      (await m.find(Canteen, { where: { id: In([...new Set(rows.map((r) => r.canteenId))]) }, select: { id: true, name: true } })).map((c) => [c.id, c.name]),
    );
    return rows.map((h) => {
      const problemsToday = dutyProblems(h, today, trainingValidityDays);
      return {
        id: h.id,
        canteenId: h.canteenId,
        canteenName: canteens.get(h.canteenId) ?? '',
        name: h.name,
        gender: h.gender,
        mobile: maskMobile(h.mobile),
        position: h.position,
        healthCertNo: h.healthCertNo,
        healthCertExpiresOn: h.healthCertExpiresOn,
        certificateState: validityState(h.healthCertExpiresOn, today, dueSoonDays),
        trainedOn: h.trainedOn,
        trainingValidUntil: h.trainedOn ? trainingValidUntil(h.trainedOn, trainingValidityDays) : null,
        trainingState: trainingState(h.trainedOn, today, trainingValidityDays),
        onDuty: h.onDuty,
        dutyAllowed: problemsToday.length === 0,
        dutyProblems: problemsToday.map((p) => ({ field: p.field, code: p.code, params: p.params ?? {} })),
        flagged: h.onDuty && problemsToday.length > 0,
        archivedAt: h.archivedAt ? h.archivedAt.toISOString() : null,
        version: h.version,
      };
    });
  }
}

function masked(row: FoodHandler): Record<string, unknown> {
  return { ...row, mobile: maskMobile(row.mobile) };
}
