import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { addDays, maskMobile, newId, normalizeMobile, pinyinKeys, validateMobile } from '@schoolbridge/shared';
import { AuditService, Clock, Organisation, problems, Region, ScopeService, updateVersioned, type Actor, type PageRequest } from '@schoolbridge/core';
import { FS_MANAGE, FS_READ } from '../permissions.js';
import { CanteenScope } from './canteen-scope.js';
import type {
  CanteenDetailDto,
  CanteenDto,
  CanteenPageDto,
  CreateCanteenDto,
  ListCanteensQueryDto,
  OptionListDto,
  UpdateCanteenDto,
} from './dto/canteen.dto.js';
import { Canteen } from './entities/canteen.entity.js';
import { FoodHandler } from './entities/food-handler.entity.js';
import { SupplierSchool } from './entities/supplier-school.entity.js';
import { applyArchived, applyNameSearch, likeLiteral } from './list-query.js';
import { validityState } from './rules.js';
import { FoodSafetySettings } from '../templates/settings.service.js';
import './messages.js';

const ENTITY = 'foodSafety.canteen';

export type CanteenFilters = Omit<ListCanteensQueryDto, 'page' | 'pageSize'>;

/** A school of the directory, as a canteen's or supplier's party. */
interface SchoolRef {
  id: string;
  name: string;
  path: string;
  regionId: string | null;
}

/** Canteens and outside meal suppliers: who they are, their licence and facilities, whom a supplier serves. */
@Injectable()
export class CanteensService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly canteenScope: CanteenScope,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly settings: FoodSafetySettings,
  ) {}

  today(): string {
    return this.clock.today();
  }

  /** Canteens in the caller's scope for the permission, with the list's filters: `c`. */
  filtered(m: EntityManager | DataSource, actor: Actor, f: CanteenFilters, dueSoonDays: number): SelectQueryBuilder<Canteen> {
    const qb = this.canteenScope.restrict(m.getRepository(Canteen).createQueryBuilder('c'), actor, FS_READ, 'c');
    if (f.kind) qb.andWhere('c.kind = :kind', { kind: f.kind });
    if (f.schoolId) {
      qb.andWhere(
        '(c.school_id = :fSchool OR EXISTS (SELECT 1 FROM food_safety_supplier_school fss WHERE fss.supplier_id = c.id AND fss.school_id = :fSchool))',
        {
          fSchool: f.schoolId,
        },
      );
    }
    if (f.regionId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM platform_region fr INNER JOIN platform_region cr ON cr.id = c.region_id WHERE fr.id = :fRegion AND cr.path >= fr.path AND cr.path < fr.path || :fMax)',
        { fRegion: f.regionId, fMax: '\u007f' },
      );
    }
    if (f.licence) {
      const today = this.clock.today();
      const soon = addDays(today, dueSoonDays);
      if (f.licence === 'none') qb.andWhere('c.licence_expires_on IS NULL');
      else if (f.licence === 'expired') qb.andWhere('c.licence_expires_on < :lToday', { lToday: today });
      else if (f.licence === 'expiring') qb.andWhere('c.licence_expires_on >= :lToday AND c.licence_expires_on <= :lSoon', { lToday: today, lSoon: soon });
      else qb.andWhere('c.licence_expires_on > :lSoon', { lSoon: soon });
    }
    applyNameSearch(qb, f.q, { name: 'c.name', pinyin: 'c.name_pinyin', initials: 'c.name_initials' });
    applyArchived(qb, f.archived, 'c.archived_at');
    return qb.orderBy('c.kind', 'ASC').addOrderBy('c.namePinyin', 'ASC').addOrderBy('c.id', 'ASC');
  }

  async list(actor: Actor, f: CanteenFilters, page: PageRequest): Promise<CanteenPageDto> {
    const { dueSoonDays } = await this.settings.get();
    const [rows, total] = await this.filtered(this.dataSource, actor, f, dueSoonDays).skip(page.skip).take(page.pageSize).getManyAndCount();
    return { items: await this.toDtos(this.dataSource.manager, rows), total, page: page.page, pageSize: page.pageSize };
  }

  /** Pages of the filtered list for an export. */
  async *pagesFor(actor: Actor, f: CanteenFilters): AsyncIterable<CanteenDto[]> {
    const { dueSoonDays } = await this.settings.get();
    for (let skip = 0; ; skip += 500) {
      const rows = await this.filtered(this.dataSource, actor, f, dueSoonDays).skip(skip).take(500).getMany();
      if (rows.length > 0) yield await this.toDtos(this.dataSource.manager, rows);
      if (rows.length < 500) return;
    }
  }

  async get(actor: Actor, id: string): Promise<CanteenDetailDto> {
    const m = this.dataSource.manager;
    const row = await this.canteenScope.findOne(actor, FS_READ, id, m);
    const dto = (await this.toDtos(m, [row]))[0]!;
    const today = this.clock.today();
    const { trainingValidityDays, dueSoonDays } = await this.settings.get(m);
    const cutoff = addDays(today, -trainingValidityDays);
    const count = (extra?: string, params: Record<string, unknown> = {}) => {
      const qb = m.getRepository(FoodHandler).createQueryBuilder('h').where('h.canteen_id = :id AND h.archived_at IS NULL', { id });
      if (extra) qb.andWhere(extra, params);
      return qb.getCount();
    };
    const [total, onDuty, flagged, certificatesDue] = await Promise.all([
      count(),
      count('h.on_duty = :t', { t: true }),
      count('h.on_duty = :t AND (h.health_cert_expires_on IS NULL OR h.health_cert_expires_on < :today OR h.trained_on IS NULL OR h.trained_on < :cutoff)', {
        t: true,
        today,
        cutoff,
      }),
      count('h.health_cert_expires_on IS NOT NULL AND h.health_cert_expires_on <= :soon', { soon: addDays(today, dueSoonDays) }),
    ]);
    return { ...dto, handlers: { total, onDuty, flagged, certificatesDue }, canManage: await this.canteenScope.covers(actor, FS_MANAGE, row, m) };
  }

  async create(actor: Actor, dto: CreateCanteenDto): Promise<CanteenDetailDto> {
    const mobile = checkMobile(dto.contactMobile);
    const id = await this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      let schoolId: string | null = null;
      let regionId: string | null;
      let scopePath: string;
      const served: SchoolRef[] = [];
      if (dto.kind === 'canteen') {
        if (!dto.schoolId) throw problems.field('schoolId', 'foodSafety.canteen.schoolRequired');
        if (dto.servedSchoolIds?.length) throw problems.field('servedSchoolIds', 'foodSafety.canteen.servedOnlyForSupplier');
        const school = await this.schoolInScope(m, actor, dto.schoolId, 'schoolId');
        schoolId = school.id;
        regionId = school.regionId;
        scopePath = school.path;
      } else {
        if (dto.schoolId) throw problems.field('schoolId', 'foodSafety.canteen.schoolOnlyForCanteen');
        if (!dto.regionId) throw problems.field('regionId', 'foodSafety.canteen.regionRequired');
        const region = await this.regionInScope(m, actor, dto.regionId);
        regionId = region.id;
        scopePath = region.path;
        const ids = [...new Set(dto.servedSchoolIds ?? [])];
        for (const sid of ids) served.push(await this.schoolInScope(m, actor, sid, 'servedSchoolIds'));
      }
      const name = dto.name.trim();
      const keys = pinyinKeys(name);
      const row = m.create(Canteen, {
        id: newId(),
        kind: dto.kind,
        name,
        namePinyin: keys.full,
        nameInitials: keys.initials,
        schoolId,
        regionId,
        scopePath,
        operator: dto.operator ?? 'selfRun',
        operatorName: dto.operatorName?.trim() || null,
        licenceNo: dto.licenceNo?.trim() || null,
        licenceExpiresOn: dto.licenceExpiresOn ?? null,
        hasSampleFridge: dto.hasSampleFridge ?? false,
        hasDisinfection: dto.hasDisinfection ?? false,
        hasPestProofing: dto.hasPestProofing ?? false,
        address: dto.address?.trim() || null,
        contactName: dto.contactName?.trim() || null,
        contactMobile: mobile ?? null,
        mealsPerDay: dto.mealsPerDay ?? null,
        diners: dto.diners ?? null,
        archivedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      await m.insert(Canteen, row);
      if (served.length) {
        await m.insert(
          SupplierSchool,
          served.map((s) => ({ supplierId: row.id, schoolId: s.id, schoolPath: s.path, createdAt: now })),
        );
      }
      await this.audit.record(
        { action: `${ENTITY}.created`, entityType: ENTITY, entityId: row.id, after: { ...masked(row), servedSchoolIds: served.map((s) => s.id) }, scopePath },
        m,
      );
      return row.id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, dto: UpdateCanteenDto): Promise<CanteenDetailDto> {
    const mobile = dto.contactMobile !== undefined ? checkMobile(dto.contactMobile) : undefined;
    await this.dataSource.transaction(async (m) => {
      const before = await this.canteenScope.findOne(actor, FS_MANAGE, id, m);
      const changes: Partial<Canteen> = { updatedAt: this.clock.now() };
      if (dto.name !== undefined) {
        const name = dto.name.trim();
        const keys = pinyinKeys(name);
        Object.assign(changes, { name, namePinyin: keys.full, nameInitials: keys.initials });
      }
      if (dto.schoolId !== undefined && dto.schoolId !== before.schoolId) {
        if (before.kind !== 'canteen') throw problems.field('schoolId', 'foodSafety.canteen.schoolOnlyForCanteen');
        const school = await this.schoolInScope(m, actor, dto.schoolId, 'schoolId');
        Object.assign(changes, { schoolId: school.id, regionId: school.regionId, scopePath: school.path });
      }
      if (dto.regionId !== undefined && dto.regionId !== before.regionId) {
        if (before.kind !== 'supplier') throw problems.field('regionId', 'foodSafety.canteen.regionOnlyForSupplier');
        const region = await this.regionInScope(m, actor, dto.regionId);
        Object.assign(changes, { regionId: region.id, scopePath: region.path });
      }
      if (dto.operator !== undefined) changes.operator = dto.operator;
      for (const k of ['operatorName', 'licenceNo', 'address', 'contactName'] as const) {
        if (dto[k] !== undefined) changes[k] = dto[k]?.trim() || null;
      }
      if (dto.licenceExpiresOn !== undefined) changes.licenceExpiresOn = dto.licenceExpiresOn;
      for (const k of ['hasSampleFridge', 'hasDisinfection', 'hasPestProofing'] as const) {
        if (dto[k] !== undefined) changes[k] = dto[k];
      }
      if (dto.mealsPerDay !== undefined) changes.mealsPerDay = dto.mealsPerDay;
      if (dto.diners !== undefined) changes.diners = dto.diners;
      if (mobile !== undefined) changes.contactMobile = mobile;
      const after = await updateVersioned(m, Canteen, id, dto.version, changes, 'canteen');
      await this.audit.record(
        { action: `${ENTITY}.updated`, entityType: ENTITY, entityId: id, before: masked(before), after: masked(after), scopePath: after.scopePath },
        m,
      );
    });
    return this.get(actor, id);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<CanteenDetailDto> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.canteenScope.findOne(actor, FS_MANAGE, id, m);
      if (archived === (row.archivedAt !== null)) throw problems.conflict(archived ? 'foodSafety.canteen.archived' : 'foodSafety.canteen.notArchived');
      const now = this.clock.now();
      await m.update(Canteen, { id }, { archivedAt: archived ? now : null, updatedAt: now, version: () => 'version + 1' } as never);
      await this.audit.record({ action: `${ENTITY}.${archived ? 'archived' : 'restored'}`, entityType: ENTITY, entityId: id, scopePath: row.scopePath }, m);
    });
    return this.get(actor, id);
  }

  async addServedSchool(actor: Actor, id: string, schoolId: string): Promise<CanteenDetailDto> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.canteenScope.findOne(actor, FS_MANAGE, id, m);
      if (row.kind !== 'supplier') throw problems.conflict('foodSafety.canteen.notSupplier');
      const school = await this.schoolInScope(m, actor, schoolId, 'schoolId');
      if (await m.existsBy(SupplierSchool, { supplierId: id, schoolId })) {
        throw problems.duplicate('schoolId', school.name);
      }
      await m.insert(SupplierSchool, { supplierId: id, schoolId, schoolPath: school.path, createdAt: this.clock.now() });
      await this.audit.record(
        { action: `${ENTITY}.schoolServed`, entityType: ENTITY, entityId: id, after: { schoolId, schoolName: school.name }, scopePath: row.scopePath },
        m,
      );
    });
    return this.get(actor, id);
  }

  async removeServedSchool(actor: Actor, id: string, schoolId: string): Promise<CanteenDetailDto> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.canteenScope.findOne(actor, FS_MANAGE, id, m);
      const link = await m.findOne(SupplierSchool, { where: { supplierId: id, schoolId } });
      if (!link) throw problems.notFound('servedSchool');
      await m.delete(SupplierSchool, { supplierId: id, schoolId });
      await this.audit.record({ action: `${ENTITY}.schoolDropped`, entityType: ENTITY, entityId: id, before: { schoolId }, scopePath: row.scopePath }, m);
    });
    return this.get(actor, id);
  }

  /** Schools a canteen may belong to or a supplier serve: the directory's schools in the caller's manage scope. */
  async schoolOptions(actor: Actor, q: string | undefined): Promise<OptionListDto> {
    const qb = this.dataSource
      .getRepository(Organisation)
      .createQueryBuilder('o')
      .leftJoin(Region, 'orr', 'orr.id = o.regionId')
      .select(['o.id AS id', 'o.name AS name', 'orr.name AS hint'])
      .where('o.kind = :kind AND o.archived_at IS NULL', { kind: 'school' })
      .andWhere(this.scope.where(actor, FS_MANAGE, { paths: ['o.path'] }));
    if (q?.trim()) qb.andWhere("o.name LIKE :oq ESCAPE '\\'", { oq: `%${likeLiteral(q.trim())}%` });
    const rows = await qb.orderBy('o.name', 'ASC').limit(50).getRawMany<{ id: string; name: string; hint: string | null }>();
    return { items: rows.map((r) => ({ id: r.id, name: r.name, hint: r.hint ?? null })) };
  }

  /** Regions a supplier may be located in: the caller's manage scope and below. */
  async regionOptions(actor: Actor, q: string | undefined): Promise<OptionListDto> {
    const qb = this.dataSource
      .getRepository(Region)
      .createQueryBuilder('r')
      .where('r.archived_at IS NULL')
      .andWhere(this.scope.where(actor, FS_MANAGE, { paths: ['r.path'] }));
    if (q?.trim()) qb.andWhere("r.name LIKE :rq ESCAPE '\\'", { rq: `%${likeLiteral(q.trim())}%` });
    const rows = await qb.orderBy('r.path', 'ASC').take(100).getMany();
    return { items: rows.map((r) => ({ id: r.id, name: r.name, hint: r.code })) };
  }

  /** A school of the directory in the caller's food-safety.manage scope, else a field error. */
  private async schoolInScope(m: EntityManager, actor: Actor, id: string, field: string): Promise<SchoolRef> {
    const org = await m.findOne(Organisation, {
      where: { id },
      select: { id: true, name: true, kind: true, path: true, regionId: true, managerRegionId: true, archivedAt: true },
    });
    if (!org || org.archivedAt || !this.scope.coversPath(actor, FS_MANAGE, org.path)) throw problems.field(field, 'foodSafety.canteen.schoolNotFound');
    if (org.kind !== 'school') throw problems.field(field, 'foodSafety.canteen.notSchool', { name: org.name });
    return { id: org.id, name: org.name, path: org.path, regionId: org.regionId ?? org.managerRegionId };
  }

  private async regionInScope(m: EntityManager, actor: Actor, id: string): Promise<Region> {
    const region = await m.findOne(Region, { where: { id } });
    if (!region || region.archivedAt || !this.scope.coversPath(actor, FS_MANAGE, region.path))
      throw problems.field('regionId', 'foodSafety.canteen.regionNotFound');
    return region;
  }

  async toDtos(m: EntityManager, rows: Canteen[]): Promise<CanteenDto[]> {
    if (rows.length === 0) return [];
    const today = this.clock.today();
    const { dueSoonDays } = await this.settings.get(m);
    const links = await m.find(SupplierSchool, { where: { supplierId: In(rows.filter((r) => r.kind === 'supplier').map((r) => r.id)) } });
    const orgIds = [...new Set([...rows.map((r) => r.schoolId), ...links.map((l) => l.schoolId)].filter((x): x is string => !!x))];
    const orgs = new Map(
      orgIds.length ? (await m.find(Organisation, { where: { id: In(orgIds) }, select: { id: true, name: true } })).map((o) => [o.id, o.name]) : [],
    );
    const regionIds = [...new Set(rows.map((r) => r.regionId).filter((x): x is string => !!x))];
    const regions = new Map(
      regionIds.length ? (await m.find(Region, { where: { id: In(regionIds) }, select: { id: true, name: true } })).map((r) => [r.id, r.name]) : [],
    );
    return rows.map((c) => ({
      id: c.id,
      kind: c.kind,
      name: c.name,
      schoolId: c.schoolId,
      schoolName: c.schoolId ? (orgs.get(c.schoolId) ?? null) : null,
      regionId: c.regionId,
      regionName: c.regionId ? (regions.get(c.regionId) ?? null) : null,
      operator: c.operator,
      operatorName: c.operatorName,
      licenceNo: c.licenceNo,
      licenceExpiresOn: c.licenceExpiresOn,
      licenceState: validityState(c.licenceExpiresOn, today, dueSoonDays),
      hasSampleFridge: c.hasSampleFridge,
      hasDisinfection: c.hasDisinfection,
      hasPestProofing: c.hasPestProofing,
      address: c.address,
      contactName: c.contactName,
      contactMobile: maskMobile(c.contactMobile),
      mealsPerDay: c.mealsPerDay,
      diners: c.diners,
      servedSchools: links
        .filter((l) => l.supplierId === c.id)
        .map((l) => ({ schoolId: l.schoolId, name: orgs.get(l.schoolId) ?? '' }))
        .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
      archivedAt: c.archivedAt ? c.archivedAt.toISOString() : null,
      version: c.version,
    }));
  }
}

/** A mainland mobile, normalised; blank clears it. */
export function checkMobile(raw: string | null | undefined, field = 'contactMobile'): string | null | undefined {
  if (raw === undefined) return undefined;
  const text = raw?.trim() ?? '';
  if (text === '') return null;
  const err = validateMobile(text);
  if (err) throw problems.field(field, err);
  return normalizeMobile(text);
}

function masked(row: Canteen): Record<string, unknown> {
  return { ...row, contactMobile: maskMobile(row.contactMobile) };
}
