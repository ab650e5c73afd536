import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { newId } from '@schoolbridge/shared';
import { AuditService, Clock, problems, ScopeService, updateVersioned, type Actor, type PageRequest } from '@schoolbridge/core';
import { resolvePeople } from '../common/people.js';
import { FS_INSPECT, FS_READ } from '../../permissions.js';
import { regionInScope, regionNames } from '../common/regions.js';
import { textOrNull } from '../common/validators.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { Inspection } from '../entities/inspection.entity.js';
import { InspectionCampaign } from '../entities/campaign.entity.js';
import { InspectionOuting, OutingMember } from '../entities/outing.entity.js';
import type { CreateOutingDto, ListOutingsQueryDto, OutingDto, OutingMemberInputDto, OutingPageDto, UpdateOutingDto } from './outing.dto.js';
import '../messages.js';

const ENTITY = 'foodSafety.outing';
type Filters = Omit<ListOutingsQueryDto, 'page' | 'pageSize'>;

/** Outings 出动: a day's team and vehicles; the unit of person-times and vehicle trips. */
@Injectable()
export class OutingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly campaigns: CampaignsService,
  ) {}

  private base(m: EntityManager | DataSource, actor: Actor, permission: string): SelectQueryBuilder<InspectionOuting> {
    return m
      .getRepository(InspectionOuting)
      .createQueryBuilder('o')
      .andWhere(this.scope.where(actor, permission, { paths: ['o.region_path'] }));
  }

  async list(actor: Actor, f: Filters, page: PageRequest): Promise<OutingPageDto> {
    const qb = this.base(this.dataSource, actor, FS_READ);
    if (f.campaignId) qb.andWhere('o.campaignId = :campaignId', { campaignId: f.campaignId });
    if (f.from) qb.andWhere('o.outingOn >= :from', { from: f.from });
    if (f.to) qb.andWhere('o.outingOn <= :to', { to: f.to });
    if (f.memberUserId)
      qb.andWhere('EXISTS (SELECT 1 FROM food_safety_outing_member om WHERE om.outing_id = o.id AND om.user_id = :memberUserId)', {
        memberUserId: f.memberUserId,
      });
    qb.orderBy('o.outingOn', 'DESC').addOrderBy('o.id', 'DESC');
    const [rows, total] = await qb.skip(page.skip).take(page.pageSize).getManyAndCount();
    return { items: await this.toDtos(this.dataSource.manager, rows), total, page: page.page, pageSize: page.pageSize };
  }

  async get(actor: Actor, id: string): Promise<OutingDto> {
    const row = await this.loadReadable(this.dataSource.manager, actor, id);
    return (await this.toDtos(this.dataSource.manager, [row]))[0]!;
  }

  /** An outing the actor reaches with the permission: 404 (or a field error on `field`) outside scope. */
  async loadReadable(m: EntityManager, actor: Actor, id: string, permission = FS_READ, field?: string): Promise<InspectionOuting> {
    const row = await this.base(m, actor, permission).andWhere('o.id = :id', { id }).getOne();
    if (!row) throw field ? problems.field(field, 'foodSafety.outing.notFound') : problems.notFound('outing');
    return row;
  }

  async create(actor: Actor, dto: CreateOutingDto): Promise<OutingDto> {
    const id = await this.dataSource.transaction(async (m) => {
      const campaign = dto.campaignId ? await this.campaigns.loadReadable(m, actor, dto.campaignId, FS_INSPECT, 'campaignId') : null;
      const regionId = dto.regionId ?? campaign?.regionId;
      if (!regionId) throw problems.field('regionId', 'validation.required');
      const region = await regionInScope(m, this.scope, actor, FS_INSPECT, regionId);
      const members = await this.resolveMembers(m, dto.members);
      const now = this.clock.now();
      const row = m.create(InspectionOuting, {
        id: newId(),
        campaignId: campaign?.id ?? null,
        outingOn: dto.outingOn,
        regionId: region.id,
        regionPath: region.path,
        vehicles: dto.vehicles,
        vehiclePlates: textOrNull(dto.vehiclePlates),
        notes: textOrNull(dto.notes),
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      });
      await m.insert(InspectionOuting, row);
      const saved = await this.writeMembers(m, row.id, members);
      await this.audit.record(
        { action: `${ENTITY}.created`, entityType: ENTITY, entityId: row.id, after: { ...row, members: saved }, scopePath: row.regionPath },
        m,
      );
      return row.id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, dto: UpdateOutingDto): Promise<OutingDto> {
    await this.dataSource.transaction(async (m) => {
      const before = await this.loadReadable(m, actor, id, FS_INSPECT);
      const beforeMembers = await m.find(OutingMember, { where: { outingId: id }, order: { position: 'ASC' } });
      const changes: Partial<InspectionOuting> = { updatedAt: this.clock.now() };
      if (dto.campaignId !== undefined) {
        if (dto.campaignId) await this.campaigns.loadReadable(m, actor, dto.campaignId, FS_INSPECT, 'campaignId');
        changes.campaignId = dto.campaignId;
      }
      if (dto.regionId !== undefined && dto.regionId !== before.regionId) {
        const region = await regionInScope(m, this.scope, actor, FS_INSPECT, dto.regionId);
        changes.regionId = region.id;
        changes.regionPath = region.path;
      }
      if (dto.outingOn !== undefined) changes.outingOn = dto.outingOn;
      if (dto.vehicles !== undefined) changes.vehicles = dto.vehicles;
      if (dto.vehiclePlates !== undefined) changes.vehiclePlates = textOrNull(dto.vehiclePlates);
      if (dto.notes !== undefined) changes.notes = textOrNull(dto.notes);
      const members = dto.members !== undefined ? await this.resolveMembers(m, dto.members) : null;
      const after = await updateVersioned(m, InspectionOuting, id, dto.version, changes, 'outing');
      let afterMembers: unknown = beforeMembers;
      if (members) {
        await m.delete(OutingMember, { outingId: id });
        afterMembers = await this.writeMembers(m, id, members);
      }
      await this.audit.record(
        {
          action: `${ENTITY}.updated`,
          entityType: ENTITY,
          entityId: id,
          before: { ...before, members: beforeMembers },
          after: { ...after, members: afterMembers },
          scopePath: after.regionPath,
        },
        m,
      );
    });
    return this.get(actor, id);
  }

  /** Deletes an outing no inspection refers to; otherwise 409. */
  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.loadReadable(m, actor, id, FS_INSPECT);
      const inspections = await m.countBy(Inspection, { outingId: id });
      if (inspections > 0) throw problems.conflict('foodSafety.outing.inUse', { inspections }, { inspections });
      const members = await m.find(OutingMember, { where: { outingId: id } });
      await m.delete(InspectionOuting, { id });
      await this.audit.record({ action: `${ENTITY}.deleted`, entityType: ENTITY, entityId: id, before: { ...row, members }, scopePath: row.regionPath }, m);
    });
  }

  private async resolveMembers(m: EntityManager, input: OutingMemberInputDto[]): Promise<Omit<OutingMember, 'id' | 'outingId' | 'position'>[]> {
    return (await resolvePeople(m, input, 'members')).map((p) => ({ userId: p.userId, name: p.name, agency: p.agency, role: p.input.role }));
  }

  private async writeMembers(m: EntityManager, outingId: string, members: Omit<OutingMember, 'id' | 'outingId' | 'position'>[]): Promise<OutingMember[]> {
    const rows = members.map((x, i) => m.create(OutingMember, { id: newId(), outingId, position: i + 1, ...x }));
    if (rows.length) await m.insert(OutingMember, rows);
    return rows;
  }

  async toDtos(m: EntityManager, rows: InspectionOuting[]): Promise<OutingDto[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const members = await m.find(OutingMember, { where: { outingId: In(ids) }, order: { position: 'ASC' } });
    const byOuting = new Map<string, OutingMember[]>();
    for (const x of members) byOuting.set(x.outingId, [...(byOuting.get(x.outingId) ?? []), x]);
    const regions = await regionNames(
      m,
      rows.map((r) => r.regionId),
    );
    const campaignIds = [...new Set(rows.map((r) => r.campaignId).filter((x): x is string => !!x))];
    const campaigns = campaignIds.length
      ? new Map((await m.find(InspectionCampaign, { where: { id: In(campaignIds) }, select: { id: true, name: true } })).map((k) => [k.id, k.name]))
      : new Map<string, string>();
    const counts = new Map(
      (
        await m
          .createQueryBuilder(Inspection, 'i')
          .select('i.outingId', 'outingId')
          .addSelect('COUNT(*)', 'n')
          .where('i.outingId IN (:...ids)', { ids })
          .groupBy('i.outingId')
          .getRawMany<{ outingId: string; n: string | number }>()
      ).map((r) => [r.outingId, Number(r.n)]),
    );
    return rows.map((o) => ({
      id: o.id,
      campaignId: o.campaignId,
      campaignName: o.campaignId ? (campaigns.get(o.campaignId) ?? null) : null,
      outingOn: o.outingOn,
      regionId: o.regionId,
      regionName: regions.get(o.regionId) ?? '',
      vehicles: o.vehicles,
      vehiclePlates: o.vehiclePlates,
      notes: o.notes,
      members: (byOuting.get(o.id) ?? []).map((x) => ({ id: x.id, userId: x.userId, name: x.name, agency: x.agency, role: x.role })),
      inspectionCount: counts.get(o.id) ?? 0,
      createdAt: o.createdAt.toISOString(),
      version: o.version,
    }));
  }
}
