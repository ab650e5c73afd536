import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { newId } from '@schoolbridge/shared';
import type { Actor } from '../../platform/access/actor.js';
import { ScopeService } from '../../platform/access/scope.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { Clock } from '../../platform/clock.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import { problems } from '../../platform/errors/problem.js';
import type { PageRequest } from '../../platform/http/paging.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { applyArchived, applySort, likeLiteral } from '../../directory/common/list-query.js';
import { joinProgrammeParties, programmeScope } from '../common/scope.js';
import { TrainingProgramme, TrainingProgrammeAudience } from '../entities/programme.entity.js';
import { TrainingSession } from '../entities/session.entity.js';
import { TRAINING_MANAGE, TRAINING_READ } from '../permissions.js';
import type { Audience } from '../rules/vocab.js';
import type { CreateProgrammeDto, ListProgrammesQueryDto, ProgrammeDto, ProgrammePageDto, UpdateProgrammeDto } from './dto/programme.dto.js';
import './messages.js';
import { existingOrganisation, ownerInScope, ownerPath } from './owner.js';

const SORTS: Record<string, string> = {
  name: 'p.name',
  startsOn: 'p.startsOn',
  endsOn: 'p.endsOn',
  createdAt: 'p.createdAt',
  level: 'p.level',
};

const ENTITY = 'training.programme';
/** How many session titles a refused deletion spells out. */
const TITLES_SHOWN = 3;

type Filters = Omit<ListProgrammesQueryDto, 'page' | 'pageSize'>;

/** Training programmes (培训项目): level, type, owner and host, budget in fen, audiences, period. */
@Injectable()
export class ProgrammesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private base(manager: EntityManager | DataSource, actor: Actor, permission: string): SelectQueryBuilder<TrainingProgramme> {
    const qb = manager.getRepository(TrainingProgramme).createQueryBuilder('p');
    return joinProgrammeParties(qb, 'p').andWhere(this.scope.where(actor, permission, programmeScope()));
  }

  async list(actor: Actor, f: Filters, page: PageRequest): Promise<ProgrammePageDto> {
    const qb = this.base(this.dataSource, actor, TRAINING_READ);
    if (f.level) qb.andWhere('p.level = :level', { level: f.level });
    if (f.type) qb.andWhere('p.type = :type', { type: f.type });
    if (f.ownerOrganisationId) qb.andWhere('p.ownerOrganisationId = :owner', { owner: f.ownerOrganisationId });
    if (f.audience)
      qb.andWhere('EXISTS (SELECT 1 FROM training_programme_audience fa WHERE fa.programme_id = p.id AND fa.audience = :audience)', { audience: f.audience });
    // a period overlaps [from, to] when it starts on or before `to` and ends on or after `from`
    const from = f.year !== undefined ? `${f.year}-01-01` : f.from;
    const to = f.year !== undefined ? `${f.year}-12-31` : f.to;
    if (from) qb.andWhere('p.endsOn >= :from', { from });
    if (to) qb.andWhere('p.startsOn <= :to', { to });
    const q = f.q?.trim();
    if (q) qb.andWhere("p.name LIKE :q ESCAPE '\\'", { q: `%${likeLiteral(q)}%` });
    applyArchived(qb, f.archived, 'p.archivedAt');
    applySort(qb, f.sort, SORTS, '-startsOn', 'p.id');
    const [rows, total] = await qb.skip(page.skip).take(page.pageSize).getManyAndCount();
    return { items: await this.toDtos(this.dataSource.manager, rows), total, page: page.page, pageSize: page.pageSize };
  }

  async get(actor: Actor, id: string): Promise<ProgrammeDto> {
    const row = await this.base(this.dataSource, actor, TRAINING_READ).andWhere('p.id = :id', { id }).getOne();
    if (!row) throw problems.notFound('programme');
    return (await this.toDtos(this.dataSource.manager, [row]))[0]!;
  }

  private async loadForWrite(m: EntityManager, actor: Actor, id: string): Promise<TrainingProgramme> {
    const row = await this.base(m, actor, TRAINING_MANAGE).andWhere('p.id = :id', { id }).getOne();
    if (!row) throw problems.notFound('programme');
    return row;
  }

  async create(actor: Actor, dto: CreateProgrammeDto): Promise<ProgrammeDto> {
    checkPeriod(dto.startsOn, dto.endsOn);
    const id = await this.dataSource.transaction(async (m) => {
      const owner = await ownerInScope(m, this.scope, actor, dto.ownerOrganisationId);
      const host = await this.host(m, dto.hostOrganisationId ?? null, dto.hostName ?? null);
      const now = this.clock.now();
      const row = m.create(TrainingProgramme, {
        id: newId(),
        name: dto.name.trim(),
        level: dto.level,
        type: dto.type,
        ownerOrganisationId: owner.id,
        ...host,
        budget: dto.budget ?? null,
        startsOn: dto.startsOn,
        endsOn: dto.endsOn,
        description: dto.description ?? null,
        archivedAt: null,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      });
      await m.insert(TrainingProgramme, row);
      const audiences = await this.writeAudiences(m, row.id, dto.audiences ?? []);
      await this.audit.record({ action: `${ENTITY}.created`, entityType: ENTITY, entityId: row.id, after: { ...row, audiences }, scopePath: owner.path }, m);
      return row.id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, dto: UpdateProgrammeDto): Promise<ProgrammeDto> {
    await this.dataSource.transaction(async (m) => {
      const before = await this.loadForWrite(m, actor, id);
      checkPeriod(dto.startsOn ?? before.startsOn, dto.endsOn ?? before.endsOn);
      const changes: Partial<TrainingProgramme> = { updatedAt: this.clock.now() };
      let scopePath = await ownerPath(m, before.ownerOrganisationId);
      if (dto.ownerOrganisationId !== undefined && dto.ownerOrganisationId !== before.ownerOrganisationId) {
        const owner = await ownerInScope(m, this.scope, actor, dto.ownerOrganisationId);
        changes.ownerOrganisationId = owner.id;
        scopePath = owner.path;
      }
      if (dto.hostOrganisationId !== undefined || dto.hostName !== undefined) {
        // naming one kind of host clears the other, so the form can switch between them
        const orgId = dto.hostOrganisationId !== undefined ? dto.hostOrganisationId : dto.hostName ? null : before.hostOrganisationId;
        const name = dto.hostName !== undefined ? dto.hostName : dto.hostOrganisationId ? null : before.hostName;
        Object.assign(changes, await this.host(m, orgId, name));
      }
      if (dto.name !== undefined) changes.name = dto.name.trim();
      for (const k of ['level', 'type', 'budget', 'startsOn', 'endsOn', 'description'] as const) {
        if (dto[k] !== undefined) (changes as Record<string, unknown>)[k] = dto[k];
      }
      const after = await updateVersioned(m, TrainingProgramme, id, dto.version, changes, 'programme');
      const beforeAudiences = await this.audiencesOf(m, [id]);
      let audiences = beforeAudiences.get(id) ?? [];
      if (dto.audiences !== undefined) {
        await m.delete(TrainingProgrammeAudience, { programmeId: id });
        audiences = await this.writeAudiences(m, id, dto.audiences);
      }
      await this.audit.record(
        {
          action: `${ENTITY}.updated`,
          entityType: ENTITY,
          entityId: id,
          before: { ...before, audiences: beforeAudiences.get(id) ?? [] },
          after: { ...after, audiences },
          scopePath,
        },
        m,
      );
    });
    return this.get(actor, id);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<ProgrammeDto> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.loadForWrite(m, actor, id);
      if (archived === (row.archivedAt !== null)) throw problems.conflict(archived ? 'training.archived' : 'training.notArchived');
      await m.update(TrainingProgramme, { id }, {
        archivedAt: archived ? this.clock.now() : null,
        updatedAt: this.clock.now(),
        version: () => 'version + 1',
      } as never);
      await this.audit.record(
        { action: `${ENTITY}.${archived ? 'archived' : 'restored'}`, entityType: ENTITY, entityId: id, scopePath: await ownerPath(m, row.ownerOrganisationId) },
        m,
      );
    });
    return this.get(actor, id);
  }

  /** Deletes a programme without sessions; one with sessions answers 409 naming them. */
  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.loadForWrite(m, actor, id);
      const [sessions, count] = await m.findAndCount(TrainingSession, {
        where: { programmeId: id },
        select: { id: true, title: true },
        order: { startsOn: 'ASC', id: 'ASC' },
        take: TITLES_SHOWN,
      });
      if (count > 0) {
        const titles = sessions.map((s) => `「${s.title}」`).join('、') + (count > TITLES_SHOWN ? ' …' : '');
        throw problems.conflict(
          'training.programme.hasSessions',
          { count, titles },
          { sessions: sessions.map((s) => ({ id: s.id, title: s.title })), sessionCount: count },
        );
      }
      const audiences = await this.audiencesOf(m, [id]);
      await m.delete(TrainingProgramme, { id });
      await this.audit.record(
        {
          action: `${ENTITY}.deleted`,
          entityType: ENTITY,
          entityId: id,
          before: { ...row, audiences: audiences.get(id) ?? [] },
          scopePath: await ownerPath(m, row.ownerOrganisationId),
        },
        m,
      );
    });
  }

  /** The host: an organisation of the directory or a name as written, not both. */
  private async host(m: EntityManager, orgId: string | null, name: string | null): Promise<Pick<TrainingProgramme, 'hostOrganisationId' | 'hostName'>> {
    const written = name?.trim() || null;
    if (orgId && written) throw problems.field('hostName', 'training.programme.hostEither');
    if (orgId) await existingOrganisation(m, orgId, 'hostOrganisationId');
    return { hostOrganisationId: orgId, hostName: written };
  }

  private async writeAudiences(m: EntityManager, programmeId: string, audiences: Audience[]): Promise<Audience[]> {
    const unique = [...new Set(audiences)].sort();
    if (unique.length > 0)
      await m.insert(
        TrainingProgrammeAudience,
        unique.map((audience) => ({ programmeId, audience })),
      );
    return unique;
  }

  private async audiencesOf(m: EntityManager, ids: string[]): Promise<Map<string, Audience[]>> {
    const out = new Map<string, Audience[]>();
    if (ids.length === 0) return out;
    for (const r of await m.find(TrainingProgrammeAudience, { where: { programmeId: In(ids) }, order: { audience: 'ASC' } }))
      out.set(r.programmeId, [...(out.get(r.programmeId) ?? []), r.audience]);
    return out;
  }

  private async toDtos(m: EntityManager, rows: TrainingProgramme[]): Promise<ProgrammeDto[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const audiences = await this.audiencesOf(m, ids);
    const orgIds = [...new Set(rows.flatMap((r) => [r.ownerOrganisationId, r.hostOrganisationId]).filter((x): x is string => !!x))];
    const orgs = new Map((await m.find(Organisation, { where: { id: In(orgIds) }, select: { id: true, name: true } })).map((o) => [o.id, o.name]));
    const counts = new Map(
      (
        await m
          .createQueryBuilder(TrainingSession, 's')
          .select('s.programmeId', 'programmeId')
          .addSelect('COUNT(*)', 'n')
          .where({ programmeId: In(ids) })
          .groupBy('s.programmeId')
          .getRawMany<{ programmeId: string; n: string | number }>()
      ).map((r) => [r.programmeId, Number(r.n)]),
    );
    return rows.map((p) => ({
      id: p.id,
      name: p.name,
      level: p.level,
      type: p.type,
      ownerOrganisationId: p.ownerOrganisationId,
      ownerName: orgs.get(p.ownerOrganisationId) ?? '',
      hostOrganisationId: p.hostOrganisationId,
      hostName: p.hostOrganisationId ? (orgs.get(p.hostOrganisationId) ?? p.hostName) : p.hostName,
      budget: p.budget,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      description: p.description,
      audiences: audiences.get(p.id) ?? [],
      sessionCount: counts.get(p.id) ?? 0,
      archivedAt: p.archivedAt ? p.archivedAt.toISOString() : null,
      createdAt: p.createdAt.toISOString(),
      version: p.version,
    }));
  }
}

function checkPeriod(startsOn: string, endsOn: string): void {
  if (endsOn < startsOn) throw problems.field('endsOn', 'training.endBeforeStart', { startsOn });
}
