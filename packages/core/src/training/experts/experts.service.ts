import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { daysBetween, maskMobile, newId, normalizeMobile, pinyinKeys, validateMobile } from '@schoolbridge/shared';
import type { Actor } from '../../platform/access/actor.js';
import { prefixUpperBound, ScopeService } from '../../platform/access/scope.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { User } from '../../platform/auth/user.entity.js';
import { Clock } from '../../platform/clock.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import { AppError, problems } from '../../platform/errors/problem.js';
import type { PageRequest } from '../../platform/http/paging.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { applyArchived, applyNameSearch, applySort } from '../../directory/common/list-query.js';
import '../../directory/common/messages.js';
import { expertScope, joinSessionParties, sessionScope } from '../common/scope.js';
import { FeedbackRating } from '../entities/evaluation.entity.js';
import { Expert } from '../entities/expert.entity.js';
import { TrainingSession } from '../entities/session.entity.js';
import { SessionExpert, TrainingBooking } from '../entities/timetable.entity.js';
import { TRAINING_MANAGE, TRAINING_READ } from '../permissions.js';
import { statusOn, type HalfDay } from '../rules/vocab.js';
import { existingOrganisation, ownerInScope, ownerPath } from '../programmes/owner.js';
import type { CreateExpertDto, ExpertDto, ExpertPageDto, ExpertScheduleDto, ListExpertsQueryDto, UpdateExpertDto } from './dto/expert.dto.js';
import { countiesOf } from './locality.js';
import './messages.js';

const SORTS: Record<string, string> = {
  name: 'x.namePinyin',
  tier: 'x.tier',
  createdAt: 'x.createdAt',
};

const ENTITY = 'training.expert';
const TITLES_SHOWN = 3;
/** The longest schedule one request reads (a year and a day, for a school year's calendar). */
export const MAX_RANGE_DAYS = 366;

type Filters = Omit<ListExpertsQueryDto, 'page' | 'pageSize'>;

/** The expert pool (专家库): who may be booked on a session's team, with tier and where they work. */
@Injectable()
export class ExpertsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Experts within the caller's scope for the permission: `x`, its owner `xowner`. */
  base(manager: EntityManager | DataSource, actor: Actor, permission: string): SelectQueryBuilder<Expert> {
    return manager
      .getRepository(Expert)
      .createQueryBuilder('x')
      .innerJoin(Organisation, 'xowner', 'xowner.id = x.ownerOrganisationId')
      .andWhere(this.scope.where(actor, permission, expertScope()));
  }

  async list(actor: Actor, f: Filters, page: PageRequest): Promise<ExpertPageDto> {
    const qb = this.base(this.dataSource, actor, TRAINING_READ);
    if (f.tier) qb.andWhere('x.tier = :tier', { tier: f.tier });
    if (f.ownerOrganisationId) qb.andWhere('x.ownerOrganisationId = :owner', { owner: f.ownerOrganisationId });
    if (f.organisationId) qb.andWhere('x.organisationId = :org', { org: f.organisationId });
    if (f.localTo) await this.whereLocalTo(qb, f.localTo);
    applyNameSearch(qb, f.q, { name: 'x.name', pinyin: 'x.name_pinyin', initials: 'x.name_initials' });
    applyArchived(qb, f.archived, 'x.archived_at');
    applySort(qb, f.sort, SORTS, 'name', 'x.id');
    const [rows, total] = await qb.skip(page.skip).take(page.pageSize).getManyAndCount();
    return { items: await this.toDtos(this.dataSource.manager, rows), total, page: page.page, pageSize: page.pageSize };
  }

  /** Local to a school (rules/experts.ts isLocalExpert): working at it, or at an organisation in its county. */
  private async whereLocalTo(qb: SelectQueryBuilder<Expert>, schoolId: string): Promise<void> {
    const county = (await countiesOf(this.dataSource.manager, [schoolId])).get(schoolId) ?? null;
    qb.andWhere(
      new Brackets((w) => {
        w.where('x.organisation_id = :localSchool', { localSchool: schoolId });
        if (county) {
          w.orWhere(
            `EXISTS (SELECT 1 FROM platform_organisation lo INNER JOIN platform_region lr ON lr.id = COALESCE(lo.region_id, lo.manager_region_id) WHERE lo.id = x.organisation_id AND lr.path >= :localLo AND lr.path < :localHi)`,
            { localLo: county.path, localHi: prefixUpperBound(county.path) },
          );
        }
      }),
    );
  }

  async get(actor: Actor, id: string): Promise<ExpertDto> {
    const row = await this.base(this.dataSource, actor, TRAINING_READ).andWhere('x.id = :id', { id }).getOne();
    if (!row) throw problems.notFound('expert');
    return (await this.toDtos(this.dataSource.manager, [row]))[0]!;
  }

  private async loadForWrite(m: EntityManager, actor: Actor, id: string): Promise<Expert> {
    const row = await this.base(m, actor, TRAINING_MANAGE).andWhere('x.id = :id', { id }).getOne();
    if (!row) throw problems.notFound('expert');
    return row;
  }

  async create(actor: Actor, dto: CreateExpertDto): Promise<ExpertDto> {
    const mobile = checkMobile(dto.mobile);
    const id = await this.dataSource.transaction(async (m) => {
      const owner = await ownerInScope(m, this.scope, actor, dto.ownerOrganisationId);
      if (dto.organisationId) await existingOrganisation(m, dto.organisationId, 'organisationId');
      if (dto.userId) await this.assertUserFree(m, dto.userId, null);
      const keys = pinyinKeys(dto.name.trim());
      const now = this.clock.now();
      const row = m.create(Expert, {
        id: newId(),
        name: dto.name.trim(),
        namePinyin: keys.full,
        nameInitials: keys.initials,
        tier: dto.tier,
        ownerOrganisationId: owner.id,
        organisationId: dto.organisationId ?? null,
        unitName: dto.unitName?.trim() || null,
        title: dto.title?.trim() || null,
        specialty: dto.specialty?.trim() || null,
        mobile,
        userId: dto.userId ?? null,
        archivedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      await m.insert(Expert, row);
      await this.audit.record({ action: `${ENTITY}.created`, entityType: ENTITY, entityId: row.id, after: masked(row), scopePath: owner.path }, m);
      return row.id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, dto: UpdateExpertDto): Promise<ExpertDto> {
    const mobile = dto.mobile !== undefined ? checkMobile(dto.mobile) : undefined;
    await this.dataSource.transaction(async (m) => {
      const before = await this.loadForWrite(m, actor, id);
      const changes: Partial<Expert> = { updatedAt: this.clock.now() };
      if (dto.name !== undefined) {
        const keys = pinyinKeys(dto.name.trim());
        Object.assign(changes, { name: dto.name.trim(), namePinyin: keys.full, nameInitials: keys.initials });
      }
      if (dto.tier !== undefined) changes.tier = dto.tier;
      if (dto.ownerOrganisationId !== undefined && dto.ownerOrganisationId !== before.ownerOrganisationId) {
        changes.ownerOrganisationId = (await ownerInScope(m, this.scope, actor, dto.ownerOrganisationId)).id;
      }
      if (dto.organisationId !== undefined && dto.organisationId !== before.organisationId) {
        if (dto.organisationId) await existingOrganisation(m, dto.organisationId, 'organisationId');
        changes.organisationId = dto.organisationId;
      }
      for (const k of ['unitName', 'title', 'specialty'] as const) {
        if (dto[k] !== undefined) changes[k] = dto[k]?.trim() || null;
      }
      if (mobile !== undefined) changes.mobile = mobile;
      if (dto.userId !== undefined && dto.userId !== before.userId) {
        if (dto.userId) await this.assertUserFree(m, dto.userId, id);
        changes.userId = dto.userId;
      }
      const after = await updateVersioned(m, Expert, id, dto.version, changes, 'expert');
      await this.audit.record(
        {
          action: `${ENTITY}.updated`,
          entityType: ENTITY,
          entityId: id,
          before: masked(before),
          after: masked(after),
          scopePath: await ownerPath(m, after.ownerOrganisationId),
        },
        m,
      );
    });
    return this.get(actor, id);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<ExpertDto> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.loadForWrite(m, actor, id);
      if (archived === (row.archivedAt !== null)) throw problems.conflict(archived ? 'training.archived' : 'training.notArchived');
      await m.update(Expert, { id }, { archivedAt: archived ? this.clock.now() : null, updatedAt: this.clock.now(), version: () => 'version + 1' } as never);
      await this.audit.record(
        { action: `${ENTITY}.${archived ? 'archived' : 'restored'}`, entityType: ENTITY, entityId: id, scopePath: await ownerPath(m, row.ownerOrganisationId) },
        m,
      );
    });
    return this.get(actor, id);
  }

  /** Deletes a pool entry that no session's team and no rating references; otherwise 409 naming the sessions. */
  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.loadForWrite(m, actor, id);
      const teams = await m
        .createQueryBuilder(SessionExpert, 'se')
        .innerJoin(TrainingSession, 's', 's.id = se.sessionId')
        .select(['s.id AS id', 's.title AS title'])
        .where('se.expertId = :id', { id })
        .orderBy('s.starts_on', 'ASC')
        .addOrderBy('s.id', 'ASC')
        .getRawMany<{ id: string; title: string }>();
      if (teams.length > 0) {
        const titles =
          teams
            .slice(0, TITLES_SHOWN)
            .map((s) => `「${s.title}」`)
            .join('、') + (teams.length > TITLES_SHOWN ? ' …' : '');
        throw problems.conflict(
          'training.expert.onTeams',
          { count: teams.length, titles },
          { sessions: teams.slice(0, TITLES_SHOWN), sessionCount: teams.length },
        );
      }
      if (await m.existsBy(FeedbackRating, { expertId: id })) throw problems.conflict('training.expert.hasRatings');
      await m.delete(Expert, { id });
      await this.audit.record(
        { action: `${ENTITY}.deleted`, entityType: ENTITY, entityId: id, before: masked(row), scopePath: await ownerPath(m, row.ownerOrganisationId) },
        m,
      );
    });
  }

  /** The calendar of one expert: the sessions and half-days they are booked in between `from` and `to`. */
  async schedule(actor: Actor, id: string, from: string, to: string): Promise<ExpertScheduleDto> {
    checkRange(from, to, MAX_RANGE_DAYS);
    const expert = await this.base(this.dataSource, actor, TRAINING_READ).andWhere('x.id = :id', { id }).getOne();
    if (!expert) throw problems.notFound('expert');
    const m = this.dataSource.manager;
    const bookings = await m
      .createQueryBuilder(TrainingBooking, 'b')
      .where('b.resource = :resource AND b.resourceId = :id', { resource: 'expert', id })
      .andWhere('b.date >= :from AND b.date <= :to', { from, to })
      .orderBy('b.date', 'ASC')
      .addOrderBy('b.half', 'ASC')
      .getMany();
    const sessionIds = [...new Set(bookings.map((b) => b.sessionId))];
    if (sessionIds.length === 0) return { expertId: id, name: expert.name, from, to, items: [] };
    const sessions = await m.find(TrainingSession, { where: { id: In(sessionIds) } });
    const venues = new Map(
      (await m.find(Organisation, { where: { id: In([...new Set(sessions.map((s) => s.venueOrganisationId))]) }, select: { id: true, name: true } })).map(
        (o) => [o.id, o.name],
      ),
    );
    const roles = new Map((await m.find(SessionExpert, { where: { expertId: id, sessionId: In(sessionIds) } })).map((r) => [r.sessionId, r.role]));
    const visibleQb = joinSessionParties(m.getRepository(TrainingSession).createQueryBuilder('s'), 's')
      .select('s.id', 'id')
      .where({ id: In(sessionIds) })
      .andWhere(this.scope.where(actor, TRAINING_READ, sessionScope('s')));
    const visible = new Set((await visibleQb.getRawMany<{ id: string }>()).map((r) => r.id));
    const today = this.clock.today();
    const items = sessions
      .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.id.localeCompare(b.id))
      .map((s) => {
        const days = new Map<string, HalfDay[]>();
        for (const b of bookings.filter((x) => x.sessionId === s.id)) days.set(b.date, [...(days.get(b.date) ?? []), b.half]);
        return {
          sessionId: s.id,
          title: s.title,
          status: statusOn(s.status, s.startsOn, s.endsOn, today),
          venueId: s.venueOrganisationId,
          venueName: venues.get(s.venueOrganisationId) ?? '',
          role: roles.get(s.id) ?? 'expert',
          inScope: visible.has(s.id),
          days: [...days].map(([date, halves]) => ({ date, halves })),
        };
      });
    return { expertId: id, name: expert.name, from, to, items };
  }

  /** An account links to one expert at most: 409 naming the one it is linked to. */
  private async assertUserFree(m: EntityManager, userId: string, exceptExpertId: string | null): Promise<void> {
    const user = await m.findOne(User, { where: { id: userId }, select: { id: true, username: true } });
    if (!user) throw problems.field('userId', 'training.expert.userNotFound');
    const holder = await m.findOne(Expert, { where: { userId }, select: { id: true, name: true } });
    if (holder && holder.id !== exceptExpertId) {
      const params = { username: user.username, name: holder.name };
      throw new AppError(409, 'training.expert.userLinked', params, [{ field: 'userId', code: 'training.expert.userLinked', params }]);
    }
  }

  private async toDtos(m: EntityManager, rows: Expert[]): Promise<ExpertDto[]> {
    if (rows.length === 0) return [];
    const orgIds = [...new Set(rows.flatMap((r) => [r.ownerOrganisationId, r.organisationId]).filter((x): x is string => !!x))];
    const orgs = new Map((await m.find(Organisation, { where: { id: In(orgIds) }, select: { id: true, name: true } })).map((o) => [o.id, o.name]));
    const userIds = [...new Set(rows.map((r) => r.userId).filter((x): x is string => !!x))];
    const users = new Map(
      userIds.length ? (await m.find(User, { where: { id: In(userIds) }, select: { id: true, username: true } })).map((u) => [u.id, u.username]) : [],
    );
    return rows.map((x) => ({
      id: x.id,
      name: x.name,
      tier: x.tier,
      ownerOrganisationId: x.ownerOrganisationId,
      ownerName: orgs.get(x.ownerOrganisationId) ?? '',
      organisationId: x.organisationId,
      organisationName: x.organisationId ? (orgs.get(x.organisationId) ?? null) : x.unitName,
      unitName: x.unitName,
      title: x.title,
      specialty: x.specialty,
      mobile: maskMobile(x.mobile),
      userId: x.userId,
      username: x.userId ? (users.get(x.userId) ?? null) : null,
      archivedAt: x.archivedAt ? x.archivedAt.toISOString() : null,
      version: x.version,
    }));
  }
}

/** A mainland mobile, normalised ('138 1234 5678' → '13812345678'); blank clears it. */
function checkMobile(raw: string | null | undefined): string | null {
  const text = raw?.trim() ?? '';
  if (text === '') return null;
  const err = validateMobile(text);
  if (err) throw problems.field('mobile', err);
  return normalizeMobile(text);
}

/** An expert as the audit log keeps it: the mobile masked. */
function masked(row: Expert): Record<string, unknown> {
  return { ...row, mobile: maskMobile(row.mobile) };
}

/** `from` … `to` in order and at most `max` days long. */
export function checkRange(from: string, to: string, max: number): void {
  if (to < from) throw problems.field('to', 'training.endBeforeStart', { startsOn: from });
  if (daysBetween(from, to) + 1 > max) throw problems.field('to', 'training.rangeTooLong', { max });
}
