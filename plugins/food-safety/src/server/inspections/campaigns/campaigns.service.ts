import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { newId } from '@schoolbridge/shared';
import { AuditService, Clock, problems, ScopeService, StoredFile, updateVersioned, type Actor, type PageRequest } from '@schoolbridge/core';
import { GRADES, type Grade } from '../../../shared/rules/index.js';
import { Canteen } from '../../canteens/entities/canteen.entity.js';
import { isNoticeOverdue } from '../../../shared/rules/notice-states.js';
import { FoodSafetyNotice } from '../../rectification/entities/notice.entity.js';
import { FS_MANAGE, FS_READ } from '../../permissions.js';
import { regionInScope, regionNames } from '../common/regions.js';
import { likeLiteral, textOrNull } from '../common/validators.js';
import { InspectionCampaign } from '../entities/campaign.entity.js';
import { Inspection } from '../entities/inspection.entity.js';
import { OpinionLetter } from '../entities/letter.entity.js';
import { InspectionOuting, OutingMember } from '../entities/outing.entity.js';
import { TemplateLookup } from '../common/template-lookup.js';
import { campaignStatus } from '../vocab.js';
import type { CampaignDto, CampaignPageDto, CampaignProgressDto, CreateCampaignDto, ListCampaignsQueryDto, UpdateCampaignDto } from './campaign.dto.js';
import '../messages.js';

const ENTITY = 'foodSafety.campaign';
type Filters = Omit<ListCampaignsQueryDto, 'page' | 'pageSize'>;

/** Campaigns 专项检查: period, region, the document that ordered them, progress. */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly templates: TemplateLookup,
  ) {}

  private base(m: EntityManager | DataSource, actor: Actor, permission: string): SelectQueryBuilder<InspectionCampaign> {
    return m
      .getRepository(InspectionCampaign)
      .createQueryBuilder('k')
      .andWhere(this.scope.where(actor, permission, { paths: ['k.region_path'] }));
  }

  async list(actor: Actor, f: Filters, page: PageRequest): Promise<CampaignPageDto> {
    const qb = this.base(this.dataSource, actor, FS_READ);
    const q = f.q?.trim();
    if (q) qb.andWhere("(k.name LIKE :q ESCAPE '\\' OR k.document_number LIKE :q ESCAPE '\\')", { q: `%${likeLiteral(q)}%` });
    if (f.year !== undefined) qb.andWhere('k.endsOn >= :from AND k.startsOn <= :to', { from: `${f.year}-01-01`, to: `${f.year}-12-31` });
    const today = this.clock.today();
    if (f.status === 'planned') qb.andWhere('k.startsOn > :today', { today });
    if (f.status === 'active') qb.andWhere('k.startsOn <= :today AND k.endsOn >= :today', { today });
    if (f.status === 'closed') qb.andWhere('k.endsOn < :today', { today });
    if (f.regionId) {
      const region = await regionInScope(this.dataSource.manager, this.scope, actor, FS_READ, f.regionId).catch(() => null);
      if (!region) return { items: [], total: 0, page: page.page, pageSize: page.pageSize };
      qb.andWhere('k.region_path >= :rlo AND k.region_path < :rhi', { rlo: region.path, rhi: upper(region.path) });
    }
    qb.orderBy('k.startsOn', 'DESC').addOrderBy('k.id', 'DESC');
    const [rows, total] = await qb.skip(page.skip).take(page.pageSize).getManyAndCount();
    return { items: await this.toDtos(this.dataSource.manager, rows), total, page: page.page, pageSize: page.pageSize };
  }

  async get(actor: Actor, id: string): Promise<CampaignDto> {
    const row = await this.base(this.dataSource, actor, FS_READ).andWhere('k.id = :id', { id }).getOne();
    if (!row) throw problems.notFound('campaign');
    return (await this.toDtos(this.dataSource.manager, [row]))[0]!;
  }

  /** A campaign the actor reads (for the other services of the part): 404 outside scope. */
  async loadReadable(m: EntityManager, actor: Actor, id: string, permission = FS_READ, field?: string): Promise<InspectionCampaign> {
    const row = await this.base(m, actor, permission).andWhere('k.id = :id', { id }).getOne();
    if (!row) throw field ? problems.field(field, 'foodSafety.campaign.notFound') : problems.notFound('campaign');
    return row;
  }

  async create(actor: Actor, dto: CreateCampaignDto): Promise<CampaignDto> {
    checkPeriod(dto.startsOn, dto.endsOn);
    const id = await this.dataSource.transaction(async (m) => {
      const region = await regionInScope(m, this.scope, actor, FS_MANAGE, dto.regionId);
      if (dto.documentFileId) await this.checkFile(m, dto.documentFileId);
      if (dto.templateId) await this.templates.requireInspectionTemplate(m, dto.templateId, 'templateId');
      const now = this.clock.now();
      const row = m.create(InspectionCampaign, {
        id: newId(),
        name: dto.name.trim(),
        startsOn: dto.startsOn,
        endsOn: dto.endsOn,
        regionId: region.id,
        regionPath: region.path,
        documentNumber: textOrNull(dto.documentNumber),
        documentTitle: textOrNull(dto.documentTitle),
        documentFileId: dto.documentFileId ?? null,
        templateId: dto.templateId ?? null,
        notes: textOrNull(dto.notes),
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      });
      await m.insert(InspectionCampaign, row);
      await this.audit.record({ action: `${ENTITY}.created`, entityType: ENTITY, entityId: row.id, after: row, scopePath: row.regionPath }, m);
      return row.id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, dto: UpdateCampaignDto): Promise<CampaignDto> {
    await this.dataSource.transaction(async (m) => {
      const before = await this.loadReadable(m, actor, id, FS_MANAGE);
      checkPeriod(dto.startsOn ?? before.startsOn, dto.endsOn ?? before.endsOn);
      const changes: Partial<InspectionCampaign> = { updatedAt: this.clock.now() };
      if (dto.regionId !== undefined && dto.regionId !== before.regionId) {
        const region = await regionInScope(m, this.scope, actor, FS_MANAGE, dto.regionId);
        changes.regionId = region.id;
        changes.regionPath = region.path;
      }
      if (dto.name !== undefined) changes.name = dto.name.trim();
      if (dto.startsOn !== undefined) changes.startsOn = dto.startsOn;
      if (dto.endsOn !== undefined) changes.endsOn = dto.endsOn;
      if (dto.documentNumber !== undefined) changes.documentNumber = textOrNull(dto.documentNumber);
      if (dto.documentTitle !== undefined) changes.documentTitle = textOrNull(dto.documentTitle);
      if (dto.notes !== undefined) changes.notes = textOrNull(dto.notes);
      if (dto.documentFileId !== undefined) {
        if (dto.documentFileId) await this.checkFile(m, dto.documentFileId);
        changes.documentFileId = dto.documentFileId;
      }
      if (dto.templateId !== undefined) {
        if (dto.templateId) await this.templates.requireInspectionTemplate(m, dto.templateId, 'templateId');
        changes.templateId = dto.templateId;
      }
      const after = await updateVersioned(m, InspectionCampaign, id, dto.version, changes, 'campaign');
      await this.audit.record({ action: `${ENTITY}.updated`, entityType: ENTITY, entityId: id, before, after, scopePath: after.regionPath }, m);
    });
    return this.get(actor, id);
  }

  /** Deletes a campaign with no outings or inspections; otherwise 409. */
  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.loadReadable(m, actor, id, FS_MANAGE);
      const outings = await m.countBy(InspectionOuting, { campaignId: id });
      const inspections = await m.countBy(Inspection, { campaignId: id });
      if (outings + inspections > 0) throw problems.conflict('foodSafety.campaign.inUse', { outings, inspections }, { outings, inspections });
      await m.delete(InspectionCampaign, { id });
      await this.audit.record({ action: `${ENTITY}.deleted`, entityType: ENTITY, entityId: id, before: row, scopePath: row.regionPath }, m);
    });
  }

  async progress(actor: Actor, id: string): Promise<CampaignProgressDto> {
    const m = this.dataSource.manager;
    const k = await this.loadReadable(m, actor, id);
    const today = this.clock.today();
    // the canteens of the campaign's region: school canteens under it and suppliers of it or under it
    const canteensInRegion = await m
      .createQueryBuilder(Canteen, 'c')
      .where('c.archivedAt IS NULL AND c.scopePath >= :lo AND c.scopePath < :hi', { lo: k.regionPath, hi: upper(k.regionPath) })
      .getCount();
    const submitted = m.createQueryBuilder(Inspection, 'i').where('i.campaignId = :id AND i.status = :s', { id, s: 'submitted' });
    const inspections = await submitted.clone().getCount();
    const canteensInspected = Number((await submitted.clone().select('COUNT(DISTINCT i.canteenId)', 'n').getRawOne<{ n: string | number }>())?.n ?? 0);
    const drafts = await m.countBy(Inspection, { campaignId: id, status: 'draft' });
    const letters = await m
      .createQueryBuilder(OpinionLetter, 'l')
      .innerJoin(Inspection, 'i', 'i.id = l.inspectionId')
      .where('i.campaignId = :id', { id })
      .getCount();
    const outingRows = await m.find(InspectionOuting, { where: { campaignId: id }, select: { id: true, vehicles: true } });
    const personTimes = outingRows.length ? await m.countBy(OutingMember, { outingId: In(outingRows.map((o) => o.id)) }) : 0;
    const gradeRows = await submitted
      .clone()
      .select('i.grade', 'grade')
      .addSelect('COUNT(*)', 'n')
      .andWhere('i.grade IS NOT NULL')
      .groupBy('i.grade')
      .getRawMany<{ grade: Grade; n: string | number }>();
    const gradeCounts = new Map(gradeRows.map((r) => [r.grade, Number(r.n)]));
    const notices = await m
      .createQueryBuilder(FoodSafetyNotice, 'n')
      .innerJoin(Inspection, 'i', 'i.id = n.inspectionId')
      .where('i.campaignId = :id', { id })
      .select(['n.id', 'n.status', 'n.deadlineKind', 'n.deadline'])
      .getMany();
    const byStatus = new Map<string, number>();
    for (const n of notices) byStatus.set(n.status, (byStatus.get(n.status) ?? 0) + 1);
    return {
      campaignId: id,
      canteensInRegion,
      canteensInspected,
      inspections,
      drafts,
      letters,
      outings: outingRows.length,
      personTimes,
      vehicleTrips: outingRows.reduce((s, o) => s + o.vehicles, 0),
      grades: GRADES.map((grade) => ({ grade, count: gradeCounts.get(grade) ?? 0 })),
      noticesIssued: notices.length,
      noticesByStatus: [...byStatus.entries()].map(([status, count]) => ({ status, count })).sort((a, b) => a.status.localeCompare(b.status)),
      noticesOverdue: notices.filter((n) => isNoticeOverdue(n, today)).length,
    };
  }

  private async checkFile(m: EntityManager, fileId: string): Promise<void> {
    if (!(await m.existsBy(StoredFile, { id: fileId }))) throw problems.field('documentFileId', 'foodSafety.fileNotFound');
  }

  async toDtos(m: EntityManager, rows: InspectionCampaign[]): Promise<CampaignDto[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const regions = await regionNames(
      m,
      rows.map((r) => r.regionId),
    );
    const templateNames = await this.templates.templateNames(
      m,
      rows.map((r) => r.templateId),
    );
    const count = async (entity: typeof InspectionOuting | typeof Inspection, extra: string) =>
      new Map(
        (
          await m
            .createQueryBuilder(entity, 'x')
            .select('x.campaignId', 'campaignId')
            .addSelect('COUNT(*)', 'n')
            .where(`x.campaignId IN (:...ids)${extra}`, { ids })
            .groupBy('x.campaignId')
            .getRawMany<{ campaignId: string; n: string | number }>()
        ).map((r) => [r.campaignId, Number(r.n)]),
      );
    const outings = await count(InspectionOuting, '');
    const inspections = await count(Inspection, " AND x.status = 'submitted'");
    const today = this.clock.today();
    return rows.map((k) => ({
      id: k.id,
      name: k.name,
      startsOn: k.startsOn,
      endsOn: k.endsOn,
      status: campaignStatus(k.startsOn, k.endsOn, today),
      regionId: k.regionId,
      regionName: regions.get(k.regionId) ?? '',
      documentNumber: k.documentNumber,
      documentTitle: k.documentTitle,
      documentFileId: k.documentFileId,
      templateId: k.templateId,
      templateName: k.templateId ? (templateNames.get(k.templateId) ?? null) : null,
      notes: k.notes,
      outingCount: outings.get(k.id) ?? 0,
      inspectionCount: inspections.get(k.id) ?? 0,
      createdAt: k.createdAt.toISOString(),
      version: k.version,
    }));
  }
}

function checkPeriod(startsOn: string, endsOn: string): void {
  if (endsOn < startsOn) throw problems.field('endsOn', 'foodSafety.endBeforeStart', { startsOn });
}

/** The exclusive upper bound of paths under a prefix ('/43/4399/' → '/43/43990'). */
export function upper(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}
