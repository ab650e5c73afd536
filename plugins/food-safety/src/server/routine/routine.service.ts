import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { newId } from '@schoolbridge/shared';
import { AppError, AuditService, Clock, isUniqueViolation, problems, updateVersioned, type Actor, type FieldError, type PageRequest } from '@schoolbridge/core';
import { CanteenScope } from '../canteens/canteen-scope.js';
import { Canteen } from '../canteens/entities/canteen.entity.js';
import { FS_READ, FS_ROUTINE } from '../permissions.js';
import type { TemplateVersionDto } from '../templates/dto/template.dto.js';
import { ChecklistTemplate } from '../templates/entities/template.entity.js';
import { FoodSafetySettings } from '../templates/settings.service.js';
import { TemplatesService } from '../templates/templates.service.js';
import { TEMPLATE_PURPOSE_NAMES } from '../templates/vocab.js';
import type {
  ChecklistDto,
  CreateRecordDto,
  CreateSampleDto,
  FoodSampleDto,
  FoodSamplePageDto,
  ItemResultInputDto,
  ListRecordsQueryDto,
  ListSamplesQueryDto,
  RoutineRecordDto,
  RoutineRecordPageDto,
  RoutineRecordSummaryDto,
  UpdateRecordDto,
  UpdateSampleDto,
} from './dto/routine.dto.js';
import { FoodSample } from './entities/food-sample.entity.js';
import { RoutineRecord, type RoutineItemResult, type RoutineKind } from './entities/routine-record.entity.js';
import { keptMinutes, periodEnd, periodStart, sampleWarnings } from './rules.js';
import './messages.js';

const SAMPLE = 'foodSafety.foodSample';
const RECORD = 'foodSafety.routineRecord';

type SampleFilters = Omit<ListSamplesQueryDto, 'page' | 'pageSize'>;
type RecordFilters = Omit<ListRecordsQueryDto, 'page' | 'pageSize'>;

/**
 * The schools' daily routine (DOMAIN §8): the sample-retention log (留样) with its warnings, and
 * the daily check / weekly review / monthly dispatch records filled against the current version
 * of the checklist template of that purpose (the oldest template of the purpose not archived: a
 * county replacing the shipped one archives it). Writes need food-safety.routine on the canteen.
 */
@Injectable()
export class RoutineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly canteenScope: CanteenScope,
    private readonly templates: TemplatesService,
    private readonly settings: FoodSafetySettings,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  // ---- samples ---------------------------------------------------------------------------------

  async listSamples(actor: Actor, f: SampleFilters, page: PageRequest): Promise<FoodSamplePageDto> {
    const m = this.dataSource.manager;
    if (f.canteenId) await this.canteenScope.findOne(actor, FS_READ, f.canteenId, m);
    const { sampleMinGrams, sampleMinHours } = await this.settings.get(m);
    const qb = this.canteenScope.joinRestricted(m.getRepository(FoodSample).createQueryBuilder('s'), actor, FS_READ, 's.canteenId', 'c');
    if (f.canteenId) qb.andWhere('s.canteen_id = :fCanteen', { fCanteen: f.canteenId });
    if (f.from) qb.andWhere('s.meal_date >= :fFrom', { fFrom: f.from });
    if (f.to) qb.andWhere('s.meal_date <= :fTo', { fTo: f.to });
    if (f.problems) {
      qb.andWhere('(s.weight_g < :minGrams OR (s.kept_minutes IS NOT NULL AND s.kept_minutes < :minMinutes))', {
        minGrams: sampleMinGrams,
        minMinutes: sampleMinHours * 60,
      });
    }
    const [rows, total] = await qb
      .orderBy('s.mealDate', 'DESC')
      .addOrderBy('s.retainedAt', 'DESC')
      .addOrderBy('s.id', 'ASC')
      .skip(page.skip)
      .take(page.pageSize)
      .getManyAndCount();
    return { items: await this.sampleDtos(m, rows), total, page: page.page, pageSize: page.pageSize, minGrams: sampleMinGrams, minHours: sampleMinHours };
  }

  private async loadSample(m: EntityManager, actor: Actor, permission: string, id: string): Promise<FoodSample> {
    const row = await this.canteenScope
      .joinRestricted(m.getRepository(FoodSample).createQueryBuilder('s'), actor, permission, 's.canteenId', 'c')
      .andWhere('s.id = :id', { id })
      .getOne();
    if (!row) throw problems.notFound('foodSample');
    return row;
  }

  async getSample(actor: Actor, id: string): Promise<FoodSampleDto> {
    const m = this.dataSource.manager;
    return (await this.sampleDtos(m, [await this.loadSample(m, actor, FS_READ, id)]))[0]!;
  }

  async createSample(actor: Actor, dto: CreateSampleDto): Promise<FoodSampleDto> {
    const retainedAt = new Date(dto.retainedAt);
    if (retainedAt.getTime() > this.clock.now().getTime() + 5 * 60_000) throw problems.field('retainedAt', 'foodSafety.sample.retainedInFuture');
    const id = await this.dataSource.transaction(async (m) => {
      const canteen = await this.canteenScope.findOne(actor, FS_ROUTINE, dto.canteenId, m);
      if (canteen.archivedAt) throw problems.field('canteenId', 'foodSafety.canteen.isArchived');
      const now = this.clock.now();
      const row = m.create(FoodSample, {
        id: newId(),
        canteenId: canteen.id,
        mealDate: dto.mealDate,
        meal: dto.meal,
        dish: dto.dish.trim(),
        weightG: dto.weightG,
        retainedAt,
        retainedBy: dto.retainedBy.trim(),
        fridge: dto.fridge?.trim() || null,
        removedAt: null,
        removedBy: null,
        keptMinutes: null,
        note: dto.note?.trim() || null,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      });
      await m.insert(FoodSample, row);
      await this.audit.record({ action: `${SAMPLE}.created`, entityType: SAMPLE, entityId: row.id, after: row, scopePath: canteen.scopePath }, m);
      return row.id;
    });
    return this.getSample(actor, id);
  }

  async updateSample(actor: Actor, id: string, dto: UpdateSampleDto): Promise<FoodSampleDto> {
    await this.dataSource.transaction(async (m) => {
      const before = await this.loadSample(m, actor, FS_ROUTINE, id);
      const changes: Partial<FoodSample> = { updatedAt: this.clock.now() };
      if (dto.dish !== undefined) changes.dish = dto.dish.trim();
      if (dto.weightG !== undefined) changes.weightG = dto.weightG;
      if (dto.retainedBy !== undefined) changes.retainedBy = dto.retainedBy.trim();
      if (dto.fridge !== undefined) changes.fridge = dto.fridge?.trim() || null;
      if (dto.note !== undefined) changes.note = dto.note?.trim() || null;
      if (dto.retainedAt !== undefined) {
        changes.retainedAt = new Date(dto.retainedAt);
        if (before.removedAt) {
          if (before.removedAt < changes.retainedAt) throw problems.field('retainedAt', 'foodSafety.sample.removedBeforeRetained');
          changes.keptMinutes = keptMinutes(changes.retainedAt, before.removedAt);
        }
      }
      const after = await updateVersioned(m, FoodSample, id, dto.version, changes, 'foodSample');
      await this.audit.record(
        { action: `${SAMPLE}.updated`, entityType: SAMPLE, entityId: id, before, after, scopePath: await this.scopePathOf(m, before.canteenId) },
        m,
      );
    });
    return this.getSample(actor, id);
  }

  /** Records the sample's removal; taking it out before the minimum hours is kept, with a warning. */
  async removeSample(actor: Actor, id: string, version: number, removedBy: string, removedAtText?: string): Promise<FoodSampleDto> {
    await this.dataSource.transaction(async (m) => {
      const before = await this.loadSample(m, actor, FS_ROUTINE, id);
      if (before.removedAt) throw problems.conflict('foodSafety.sample.alreadyRemoved', { removedAt: before.removedAt.toISOString() });
      const removedAt = removedAtText ? new Date(removedAtText) : this.clock.now();
      if (removedAt < before.retainedAt) throw problems.field('removedAt', 'foodSafety.sample.removedBeforeRetained');
      const after = await updateVersioned(
        m,
        FoodSample,
        id,
        version,
        { removedAt, removedBy: removedBy.trim(), keptMinutes: keptMinutes(before.retainedAt, removedAt), updatedAt: this.clock.now() },
        'foodSample',
      );
      await this.audit.record(
        { action: `${SAMPLE}.removed`, entityType: SAMPLE, entityId: id, before, after, scopePath: await this.scopePathOf(m, before.canteenId) },
        m,
      );
    });
    return this.getSample(actor, id);
  }

  private async sampleDtos(m: EntityManager, rows: FoodSample[]): Promise<FoodSampleDto[]> {
    if (rows.length === 0) return [];
    const { sampleMinGrams, sampleMinHours } = await this.settings.get(m);
    const names = await this.canteenNames(
      m,
      rows.map((r) => r.canteenId),
    );
    return rows.map((s) => ({
      id: s.id,
      canteenId: s.canteenId,
      canteenName: names.get(s.canteenId) ?? '',
      mealDate: s.mealDate,
      meal: s.meal,
      dish: s.dish,
      weightG: s.weightG,
      retainedAt: s.retainedAt.toISOString(),
      retainedBy: s.retainedBy,
      fridge: s.fridge,
      removedAt: s.removedAt ? s.removedAt.toISOString() : null,
      removedBy: s.removedBy,
      keptHours: s.keptMinutes === null ? null : Math.floor(s.keptMinutes / 6) / 10,
      removableFrom: new Date(s.retainedAt.getTime() + sampleMinHours * 3_600_000).toISOString(),
      warnings: sampleWarnings(s, sampleMinGrams, sampleMinHours),
      note: s.note,
      version: s.version,
    }));
  }

  // ---- records ---------------------------------------------------------------------------------

  /** The current version of the checklist of a routine kind; 409 when none is in use. */
  async checklist(kind: RoutineKind, m: EntityManager = this.dataSource.manager): Promise<TemplateVersionDto> {
    const template = await m
      .getRepository(ChecklistTemplate)
      .createQueryBuilder('t')
      .where('t.purpose = :kind AND t.archivedAt IS NULL AND t.currentVersionId IS NOT NULL', { kind })
      .orderBy('t.createdAt', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .getOne();
    if (!template) throw problems.conflict('foodSafety.routine.noChecklist', { purpose: TEMPLATE_PURPOSE_NAMES[kind]['zh-CN'] });
    return this.templates.currentVersion(template.id, m);
  }

  async checklistFor(kind: RoutineKind): Promise<ChecklistDto> {
    return { kind, version: await this.checklist(kind) };
  }

  private recordsQuery(m: EntityManager, actor: Actor, permission: string): SelectQueryBuilder<RoutineRecord> {
    return this.canteenScope.joinRestricted(m.getRepository(RoutineRecord).createQueryBuilder('r'), actor, permission, 'r.canteenId', 'c');
  }

  async listRecords(actor: Actor, f: RecordFilters, page: PageRequest): Promise<RoutineRecordPageDto> {
    const m = this.dataSource.manager;
    if (f.canteenId) await this.canteenScope.findOne(actor, FS_READ, f.canteenId, m);
    const qb = this.recordsQuery(m, actor, FS_READ);
    if (f.canteenId) qb.andWhere('r.canteen_id = :fCanteen', { fCanteen: f.canteenId });
    if (f.kind) qb.andWhere('r.kind = :fKind', { fKind: f.kind });
    if (f.from) qb.andWhere('r.period_start >= :fFrom', { fFrom: f.from });
    if (f.to) qb.andWhere('r.period_start <= :fTo', { fTo: f.to });
    const [rows, total] = await qb
      .orderBy('r.periodStart', 'DESC')
      .addOrderBy('r.kind', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .skip(page.skip)
      .take(page.pageSize)
      .getManyAndCount();
    const names = await this.canteenNames(
      m,
      rows.map((r) => r.canteenId),
    );
    return { items: rows.map((r) => summary(r, names.get(r.canteenId) ?? '')), total, page: page.page, pageSize: page.pageSize };
  }

  async getRecord(actor: Actor, id: string): Promise<RoutineRecordDto> {
    const m = this.dataSource.manager;
    const row = await this.recordsQuery(m, actor, FS_READ).andWhere('r.id = :id', { id }).getOne();
    if (!row) throw problems.notFound('routineRecord');
    const version = await this.templates.versionWithItems(row.templateVersionId, m);
    const names = await this.canteenNames(m, [row.canteenId]);
    const byCode = new Map(row.results.map((r) => [r.itemCode, r]));
    const items = version.areas.flatMap((a) =>
      a.items.map((i) => ({
        itemCode: i.code,
        areaCode: a.code,
        areaName: a.name,
        text: i.text,
        result: byCode.get(i.code)?.result ?? 'na',
        note: byCode.get(i.code)?.note ?? null,
      })),
    );
    return {
      ...summary(row, names.get(row.canteenId) ?? ''),
      templateVersionId: row.templateVersionId,
      templateName: version.templateName,
      templateVersionNumber: version.number,
      items,
      findings: row.findings,
      measures: row.measures,
      risks: row.risks,
    };
  }

  async createRecord(actor: Actor, dto: CreateRecordDto): Promise<RoutineRecordDto> {
    if (dto.date > this.clock.today()) throw problems.field('date', 'foodSafety.routine.futurePeriod');
    const start = periodStart(dto.kind, dto.date);
    let id: string;
    try {
      id = await this.dataSource.transaction(async (m) => {
        const canteen = await this.canteenScope.findOne(actor, FS_ROUTINE, dto.canteenId, m);
        if (canteen.archivedAt) throw problems.field('canteenId', 'foodSafety.canteen.isArchived');
        if (await m.existsBy(RoutineRecord, { canteenId: canteen.id, kind: dto.kind, periodStart: start })) throw duplicatePeriod(dto.kind, start);
        const chosen = await this.checklist(dto.kind, m);
        await this.templates.markUsed(chosen.id, m);
        const version = await this.templates.versionWithItems(chosen.id, m);
        const results = checkResults(version, dto.results);
        const now = this.clock.now();
        const row = m.create(RoutineRecord, {
          id: newId(),
          canteenId: canteen.id,
          kind: dto.kind,
          periodStart: start,
          templateVersionId: version.id,
          person: dto.person.trim(),
          results,
          failedCount: results.filter((r) => r.result === 'fail').length,
          findings: dto.findings?.trim() || null,
          measures: dto.measures?.trim() || null,
          risks: dto.kind === 'monthlyDispatch' ? dto.risks?.trim() || null : null,
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        });
        await m.insert(RoutineRecord, row);
        await this.audit.record({ action: `${RECORD}.created`, entityType: RECORD, entityId: row.id, after: row, scopePath: canteen.scopePath }, m);
        return row.id;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw duplicatePeriod(dto.kind, start);
      throw err;
    }
    return this.getRecord(actor, id);
  }

  async updateRecord(actor: Actor, id: string, dto: UpdateRecordDto): Promise<RoutineRecordDto> {
    await this.dataSource.transaction(async (m) => {
      const before = await this.recordsQuery(m, actor, FS_ROUTINE).andWhere('r.id = :id', { id }).getOne();
      if (!before) throw problems.notFound('routineRecord');
      const changes: Partial<RoutineRecord> = { updatedAt: this.clock.now() };
      if (dto.person !== undefined) changes.person = dto.person.trim();
      if (dto.results !== undefined) {
        const results = checkResults(await this.templates.versionWithItems(before.templateVersionId, m), dto.results);
        Object.assign(changes, { results, failedCount: results.filter((r) => r.result === 'fail').length });
      }
      if (dto.findings !== undefined) changes.findings = dto.findings?.trim() || null;
      if (dto.measures !== undefined) changes.measures = dto.measures?.trim() || null;
      if (dto.risks !== undefined && before.kind === 'monthlyDispatch') changes.risks = dto.risks?.trim() || null;
      const after = await updateVersioned(m, RoutineRecord, id, dto.version, changes, 'routineRecord');
      await this.audit.record(
        { action: `${RECORD}.updated`, entityType: RECORD, entityId: id, before, after, scopePath: await this.scopePathOf(m, before.canteenId) },
        m,
      );
    });
    return this.getRecord(actor, id);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private async canteenNames(m: EntityManager, ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    return new Map((await m.find(Canteen, { where: { id: In(unique) }, select: { id: true, name: true } })).map((c) => [c.id, c.name]));
  }

  private async scopePathOf(m: EntityManager, canteenId: string): Promise<string | null> {
    return (await m.findOne(Canteen, { where: { id: canteenId }, select: { id: true, scopePath: true } }))?.scopePath ?? null;
  }
}

function summary(r: RoutineRecord, canteenName: string): RoutineRecordSummaryDto {
  return {
    id: r.id,
    canteenId: r.canteenId,
    canteenName,
    kind: r.kind,
    periodStart: r.periodStart,
    periodEnd: periodEnd(r.kind, r.periodStart),
    person: r.person,
    failedCount: r.failedCount,
    itemCount: r.results.length,
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}

function duplicatePeriod(kind: RoutineKind, start: string): AppError {
  const params = { periodStart: start, kindName: TEMPLATE_PURPOSE_NAMES[kind]['zh-CN'] };
  return new AppError(409, 'foodSafety.routine.duplicatePeriod', params, [{ field: 'date', code: 'foodSafety.routine.duplicatePeriod', params }]);
}

/** Every item of the version answered once, by its code; unknown, repeated or missing items are field errors. */
function checkResults(version: TemplateVersionDto, input: ItemResultInputDto[]): RoutineItemResult[] {
  const codes = version.areas.flatMap((a) => a.items.map((i) => i.code));
  const known = new Set(codes);
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  input.forEach((r, i) => {
    if (!known.has(r.itemCode)) errors.push({ field: `results[${i}].itemCode`, code: 'foodSafety.routine.unknownItem', params: { itemCode: r.itemCode } });
    else if (seen.has(r.itemCode)) errors.push({ field: `results[${i}].itemCode`, code: 'foodSafety.routine.duplicateItem', params: { itemCode: r.itemCode } });
    seen.add(r.itemCode);
  });
  const missing = codes.filter((c) => !seen.has(c));
  if (missing.length)
    errors.push({
      field: 'results',
      code: 'foodSafety.routine.missingItems',
      params: { count: missing.length, codes: missing.slice(0, 5).join('、') + (missing.length > 5 ? ' …' : '') },
    });
  if (errors.length) throw problems.validation(errors);
  const byCode = new Map(input.map((r) => [r.itemCode, r]));
  return codes.map((code) => ({ itemCode: code, result: byCode.get(code)!.result, note: byCode.get(code)!.note?.trim() || null }));
}
