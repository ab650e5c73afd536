import { Inject, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { newId } from '@schoolbridge/shared';
import {
  AppError,
  AuditService,
  Clock,
  FILE_STORAGE,
  FilesService,
  Organisation,
  problems,
  StoredFile,
  type Actor,
  type FieldError,
  type FileStorage,
  type PageRequest,
} from '@schoolbridge/core';
import { gradeOfScore, noticeCandidates, repeatViolations, scoreInspection, type InspectionItemResult, type LeaveOff } from '../../../shared/rules/index.js';
import { CanteenScope } from '../../canteens/canteen-scope.js';
import { Canteen } from '../../canteens/entities/canteen.entity.js';
import { FS_INSPECT, FS_READ } from '../../permissions.js';
import { noticesOfInspections, NoticeOpeningService } from '../../rectification/notice-opening.js';
import { FoodSafetySettings } from '../../templates/settings.service.js';
import { AuthoritiesService } from '../authorities/authorities.service.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { resolvePeople, type Person } from '../common/people.js';
import { TemplateLookup } from '../common/template-lookup.js';
import { likeLiteral, textOrNull } from '../common/validators.js';
import { IssuingAuthority } from '../entities/authority.entity.js';
import { InspectionCampaign } from '../entities/campaign.entity.js';
import { Inspection, InspectionInspector, InspectionPhoto, InspectionResult } from '../entities/inspection.entity.js';
import { LettersService } from '../letters/letters.service.js';
import { OutingsService } from '../outings/outings.service.js';
import { MIN_INSPECTORS_PRESENT, type DeadlineKind } from '../vocab.js';
import type {
  AmendInspectionDto,
  CreateInspectionDto,
  InspectionDto,
  InspectionPageDto,
  InspectionSummaryDto,
  InspectorInputDto,
  ListInspectionsQueryDto,
  ResultDto,
  ResultInputDto,
  SaveResultsDto,
  SubmitInspectionDto,
  UpdateInspectionDto,
} from './inspection.dto.js';
import { PHOTOS_PER_RESULT_MAX } from './inspection.dto.js';
import '../messages.js';

const ENTITY = 'foodSafety.inspection';
type Filters = Omit<ListInspectionsQueryDto, 'page' | 'pageSize'>;

/** What the audit log keeps of a result. */
function resultState(r: InspectionResult) {
  return { result: r.result, correctedOnSite: r.correctedOnSite, note: r.note, leaveOffReason: r.leaveOffReason, repeat: r.repeatViolation };
}

/**
 * Inspections 监督检查: drafts the inspectors fill in item by item, the one submit (score, grade,
 * repeats, the letter, the notice, all in one transaction), amendments (audited, the letter
 * reissued as a new revision of the same number) and photos of results.
 */
@Injectable()
export class InspectionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly canteens: CanteenScope,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly templates: TemplateLookup,
    private readonly settings: FoodSafetySettings,
    private readonly campaigns: CampaignsService,
    private readonly outings: OutingsService,
    private readonly authorities: AuthoritiesService,
    private readonly letters: LettersService,
    private readonly notices: NoticeOpeningService,
    private readonly files: FilesService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  private base(m: EntityManager | DataSource, actor: Actor, permission: string): SelectQueryBuilder<Inspection> {
    return this.canteens.joinRestricted(m.getRepository(Inspection).createQueryBuilder('i'), actor, permission, 'i.canteenId', 'c');
  }

  private async load(m: EntityManager, actor: Actor, id: string, permission: string): Promise<Inspection> {
    const row = await this.base(m, actor, permission).andWhere('i.id = :id', { id }).getOne();
    if (!row) throw problems.notFound('inspection');
    return row;
  }

  async list(actor: Actor, f: Filters, page: PageRequest): Promise<InspectionPageDto> {
    const qb = this.base(this.dataSource, actor, FS_READ);
    if (f.canteenId) qb.andWhere('i.canteenId = :canteenId', { canteenId: f.canteenId });
    if (f.campaignId) qb.andWhere('i.campaignId = :campaignId', { campaignId: f.campaignId });
    if (f.outingId) qb.andWhere('i.outingId = :outingId', { outingId: f.outingId });
    if (f.status) qb.andWhere('i.status = :status', { status: f.status });
    if (f.kind) qb.andWhere('i.kind = :kind', { kind: f.kind });
    if (f.grade) qb.andWhere('i.grade = :grade', { grade: f.grade });
    if (f.from) qb.andWhere('i.inspectedOn >= :from', { from: f.from });
    if (f.to) qb.andWhere('i.inspectedOn <= :to', { to: f.to });
    const q = f.q?.trim();
    if (q) qb.andWhere("c.name LIKE :q ESCAPE '\\'", { q: `%${likeLiteral(q)}%` });
    const sort = f.sort ?? '-inspectedOn';
    const dir = sort.startsWith('-') ? 'DESC' : 'ASC';
    qb.orderBy(sort.endsWith('score') ? 'i.score' : 'i.inspectedOn', dir)
      .addOrderBy('i.createdAt', 'DESC')
      .addOrderBy('i.id', 'ASC');
    const [rows, total] = await qb.skip(page.skip).take(page.pageSize).getManyAndCount();
    return { items: await this.toSummaries(this.dataSource.manager, rows), total, page: page.page, pageSize: page.pageSize };
  }

  async get(actor: Actor, id: string): Promise<InspectionDto> {
    const m = this.dataSource.manager;
    const row = await this.load(m, actor, id, FS_READ);
    return this.toDetail(m, actor, row);
  }

  // ---- drafts ----------------------------------------------------------------------------------

  async create(actor: Actor, dto: CreateInspectionDto): Promise<InspectionDto> {
    const id = await this.dataSource.transaction(async (m) => {
      const canteen = await this.canteens.findOne(actor, FS_INSPECT, dto.canteenId, m).catch((err: unknown) => {
        throw err instanceof AppError && err.status === 404 ? problems.field('canteenId', 'foodSafety.inspection.canteenNotFound') : err;
      });
      if (canteen.archivedAt) throw problems.field('canteenId', 'foodSafety.inspection.canteenArchived');
      const outing = dto.outingId ? await this.outings.loadReadable(m, actor, dto.outingId, FS_INSPECT, 'outingId') : null;
      let campaign: InspectionCampaign | null = dto.campaignId ? await this.campaigns.loadReadable(m, actor, dto.campaignId, FS_INSPECT, 'campaignId') : null;
      if (!campaign && dto.kind === 'campaign' && outing?.campaignId)
        campaign = await this.campaigns.loadReadable(m, actor, outing.campaignId, FS_INSPECT, 'outingId');
      if (dto.kind === 'campaign' && !campaign) throw problems.field('campaignId', 'validation.required');
      if (campaign && outing?.campaignId && outing.campaignId !== campaign.id) throw problems.field('outingId', 'foodSafety.inspection.outingOfOtherCampaign');
      let follows: Inspection | null = null;
      if (dto.kind === 'reinspection') {
        if (!dto.followsInspectionId) throw problems.field('followsInspectionId', 'validation.required');
        follows = await this.base(m, actor, FS_INSPECT).andWhere('i.id = :fid', { fid: dto.followsInspectionId }).getOne();
        if (!follows || follows.status !== 'submitted' || follows.canteenId !== canteen.id)
          throw problems.field('followsInspectionId', 'foodSafety.inspection.followsNotUsable');
      } else if (dto.followsInspectionId) {
        throw problems.field('followsInspectionId', 'foodSafety.inspection.followsOnlyReinspection');
      }
      const templateId =
        dto.templateId ??
        campaign?.templateId ??
        (follows ? (await this.templates.versionLabels(m, [follows.templateVersionId])).get(follows.templateVersionId)?.templateId : undefined);
      if (!templateId) throw problems.field('templateId', 'validation.required');
      const content = await this.templates.currentContent(m, templateId, 'templateId');
      if (dto.authorityId) await this.usableAuthority(m, actor, dto.authorityId);
      const inspectedOn = dto.inspectedOn ?? outing?.outingOn ?? this.clock.today();
      const people: PersonLike[] =
        dto.inspectors ?? (outing ? (await this.outings.toDtos(m, [outing]))[0]!.members : [{ userId: actor.userId, name: actor.displayName, agency: null }]);
      const inspectors = await resolvePeople(m, people as InspectorInputDto[], 'inspectors');
      const now = this.clock.now();
      const row = m.create(Inspection, {
        id: newId(),
        kind: dto.kind,
        canteenId: canteen.id,
        scopePath: canteen.scopePath,
        campaignId: campaign?.id ?? null,
        outingId: outing?.id ?? null,
        followsInspectionId: follows?.id ?? null,
        templateVersionId: content.version.id,
        authorityId: dto.authorityId ?? null,
        inspectedOn,
        status: 'draft',
        score: null,
        grade: null,
        capped: false,
        compliantCount: 0,
        nonCompliantCount: 0,
        notApplicableCount: 0,
        notObservedCount: 0,
        failedCriticalCount: 0,
        correctedOnSiteCount: 0,
        repeatCount: 0,
        deadlineKind: null,
        deadlineOn: null,
        rectificationOwner: null,
        submittedAt: null,
        submittedBy: null,
        amendments: 0,
        notes: textOrNull(dto.notes),
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      });
      await m.insert(Inspection, row);
      await this.writeInspectors(m, row.id, inspectors);
      const results = content.items.map((item, i) =>
        m.create(InspectionResult, {
          id: newId(),
          inspectionId: row.id,
          itemCode: item.code,
          areaCode: item.areaCode,
          areaName: content.areas.get(item.areaCode)?.name ?? item.areaCode,
          text: item.text,
          severity: item.severity,
          weight: item.weight,
          defectCode: item.defectCode,
          position: i + 1,
          result: null,
          correctedOnSite: false,
          note: null,
          repeatViolation: false,
          leaveOffReason: null,
        }),
      );
      // in chunks: SQLite limits the variables of one statement
      for (let i = 0; i < results.length; i += 50) await m.insert(InspectionResult, results.slice(i, i + 50));
      await this.audit.record(
        {
          action: `${ENTITY}.created`,
          entityType: ENTITY,
          entityId: row.id,
          after: { ...row, inspectors: inspectors.map(({ input: _i, ...p }) => p), items: results.length },
          scopePath: row.scopePath,
        },
        m,
      );
      return row.id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, dto: UpdateInspectionDto): Promise<InspectionDto> {
    await this.dataSource.transaction(async (m) => {
      const before = await this.loadDraft(m, actor, id);
      const changes: Partial<Inspection> = { updatedAt: this.clock.now() };
      if (dto.inspectedOn !== undefined) changes.inspectedOn = dto.inspectedOn;
      if (dto.notes !== undefined) changes.notes = textOrNull(dto.notes);
      if (dto.outingId !== undefined) {
        if (dto.outingId) {
          const outing = await this.outings.loadReadable(m, actor, dto.outingId, FS_INSPECT, 'outingId');
          const campaignId = dto.campaignId !== undefined ? dto.campaignId : before.campaignId;
          if (outing.campaignId && campaignId && outing.campaignId !== campaignId)
            throw problems.field('outingId', 'foodSafety.inspection.outingOfOtherCampaign');
        }
        changes.outingId = dto.outingId;
      }
      if (dto.campaignId !== undefined) {
        if (dto.campaignId) await this.campaigns.loadReadable(m, actor, dto.campaignId, FS_INSPECT, 'campaignId');
        else if (before.kind === 'campaign') throw problems.field('campaignId', 'validation.required');
        changes.campaignId = dto.campaignId;
      }
      if (dto.authorityId !== undefined) {
        if (dto.authorityId) await this.usableAuthority(m, actor, dto.authorityId);
        changes.authorityId = dto.authorityId;
      }
      const beforeInspectors = await this.inspectorsOf(m, id);
      const inspectors = dto.inspectors !== undefined ? await resolvePeople(m, dto.inspectors, 'inspectors') : null;
      const after = await this.bump(m, id, dto.version, changes);
      if (inspectors) {
        await m.delete(InspectionInspector, { inspectionId: id });
        await this.writeInspectors(m, id, inspectors);
      }
      await this.audit.record(
        {
          action: `${ENTITY}.updated`,
          entityType: ENTITY,
          entityId: id,
          before: { ...before, inspectors: beforeInspectors },
          after: { ...after, inspectors: inspectors ? inspectors.map(({ input: _i, ...p }) => p) : beforeInspectors },
          scopePath: before.scopePath,
        },
        m,
      );
    });
    return this.get(actor, id);
  }

  /** Saves answers of a draft; partial answers are fine until it is submitted. */
  async saveResults(actor: Actor, id: string, dto: SaveResultsDto): Promise<InspectionDto> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.loadDraft(m, actor, id);
      await this.bump(m, id, dto.version, { updatedAt: this.clock.now() });
      const changed = await this.applyResults(m, id, dto.results, true);
      await this.audit.record(
        { action: `${ENTITY}.resultsSaved`, entityType: ENTITY, entityId: id, before: changed.before, after: changed.after, scopePath: row.scopePath },
        m,
      );
    });
    return this.get(actor, id);
  }

  /** Discards a draft. */
  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.loadDraft(m, actor, id);
      const res = await m.createQueryBuilder().delete().from(Inspection).where("id = :id AND status = 'draft'", { id }).execute();
      if (!res.affected) throw problems.conflict('foodSafety.inspection.alreadySubmitted');
      await this.audit.record({ action: `${ENTITY}.deleted`, entityType: ENTITY, entityId: id, before: row, scopePath: row.scopePath }, m);
    });
  }

  // ---- submit ------------------------------------------------------------------------------------

  /**
   * Submits a draft, once. The conditional UPDATE on status is the guard: of parallel submits only
   * one changes the row (on PostgreSQL the others wait for its lock, then see it submitted), and
   * the letter's unique index on inspection_id is the backstop.
   */
  async submit(actor: Actor, id: string, dto: SubmitInspectionDto): Promise<InspectionDto> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.load(m, actor, id, FS_INSPECT);
      if (row.status === 'submitted') throw await this.alreadySubmitted(m, id);
      const now = this.clock.now();
      const authorityId = dto.authorityId ?? row.authorityId;
      const claimed = await m
        .createQueryBuilder()
        .update(Inspection)
        .set({
          status: 'submitted',
          submittedAt: now,
          submittedBy: actor.userId,
          updatedAt: now,
          authorityId: authorityId ?? null,
          version: () => 'version + 1',
        } as never)
        .where(`id = :id AND status = 'draft'${dto.version !== undefined ? ' AND version = :version' : ''}`, { id, version: dto.version })
        .execute();
      if (!claimed.affected) {
        const current = await m.findOneByOrFail(Inspection, { id });
        if (current.status === 'submitted') throw await this.alreadySubmitted(m, id);
        throw problems.staleVersion(current.version);
      }

      const errors: FieldError[] = [];
      if (!authorityId) errors.push({ field: 'authorityId', code: 'validation.required' });
      const inspectors = await this.inspectorsOf(m, id);
      if (inspectors.length < MIN_INSPECTORS_PRESENT)
        errors.push({ field: 'inspectors', code: 'foodSafety.inspection.tooFewInspectors', params: { min: MIN_INSPECTORS_PRESENT } });
      const results = await m.find(InspectionResult, { where: { inspectionId: id }, order: { position: 'ASC' } });
      errors.push(...unansweredErrors(results));
      const candidates = this.candidates(results, errors);
      if (errors.length) throw problems.validation(errors);
      const authority = await this.usableAuthority(m, actor, authorityId!);

      // items on a notice: a re-inspection first settles the notice it follows up
      const reinspection =
        row.kind === 'reinspection' && row.followsInspectionId
          ? await this.notices.applyReinspection(m, {
              reinspectionId: id,
              followsInspectionId: row.followsInspectionId,
              on: row.inspectedOn,
              results: results.map((r) => ({ itemCode: r.itemCode, result: r.result!, correctedOnSite: r.correctedOnSite })),
              actor,
            })
          : null;
      const newNoticeItems = reinspection ? candidates.onNotice.filter((r) => reinspection.newFailures.includes(r.itemCode)) : candidates.onNotice;
      let deadline: { kind: DeadlineKind; on: string | null } | null = null;
      if (newNoticeItems.length > 0) {
        if (!dto.deadline) throw problems.field('deadline', 'foodSafety.inspection.deadlineRequired', { count: newNoticeItems.length });
        deadline = { kind: dto.deadline.kind, on: dto.deadline.kind === 'date' ? dto.deadline.on! : null };
      }

      const scored = await this.rescore(m, { ...row, status: 'submitted' }, results);
      const submitted = await m.findOneByOrFail(Inspection, { id });
      submitted.deadlineKind = deadline?.kind ?? null;
      submitted.deadlineOn = deadline?.on ?? null;
      submitted.rectificationOwner = textOrNull(dto.rectificationOwner);
      await m.update(
        Inspection,
        { id },
        { deadlineKind: submitted.deadlineKind, deadlineOn: submitted.deadlineOn, rectificationOwner: submitted.rectificationOwner },
      );

      const letter = await this.letters.issue(m, submitted, authority, { onNotice: new Set(candidates.onNotice.map((r) => r.itemCode)), deadline }, actor);
      const notice =
        newNoticeItems.length > 0
          ? await this.notices.openForInspection(m, {
              inspectionId: id,
              canteenId: row.canteenId,
              scopePath: row.scopePath,
              issuedOn: row.inspectedOn,
              letterNumber: letter.number,
              items: newNoticeItems.map((r) => ({
                itemCode: r.itemCode,
                areaCode: r.areaCode,
                areaName: r.areaName,
                text: r.text,
                severity: r.severity,
                note: r.note,
                position: r.position,
              })),
              deadline: deadline!.kind === 'date' ? { kind: 'date', on: deadline!.on! } : { kind: 'immediateOngoing' },
              owner: submitted.rectificationOwner ? { name: submitted.rectificationOwner } : null,
              inspectorUserIds: inspectors.map((p) => p.userId).filter((x): x is string => !!x),
              actor,
            })
          : null;
      await this.templates.markUsed(m, row.templateVersionId);
      await this.audit.record(
        {
          action: `${ENTITY}.submitted`,
          entityType: ENTITY,
          entityId: id,
          before: { status: 'draft' },
          after: {
            status: 'submitted',
            score: scored.score,
            grade: scored.grade,
            capped: scored.capped,
            repeats: scored.repeats,
            letter: { id: letter.id, number: letter.number },
            notice: notice ? { id: notice.id, number: notice.number, items: notice.itemCount } : null,
            reinspection,
          },
          scopePath: row.scopePath,
        },
        m,
      );
    });
    return this.get(actor, id);
  }

  // ---- amendments --------------------------------------------------------------------------------

  /** Changes a submitted inspection: rescored, audited before → after, the letter reissued. */
  async amend(actor: Actor, id: string, dto: AmendInspectionDto): Promise<InspectionDto> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.load(m, actor, id, FS_INSPECT);
      if (row.status !== 'submitted') throw problems.conflict('foodSafety.inspection.notSubmitted');
      const reason = dto.reason.trim();
      if (!reason) throw problems.field('reason', 'validation.required');
      const beforeInspectors = await this.inspectorsOf(m, id);
      const beforeResults = new Map((await m.find(InspectionResult, { where: { inspectionId: id } })).map((r) => [r.itemCode, resultState(r)]));
      const after = await this.bump(m, id, dto.version, {
        updatedAt: this.clock.now(),
        amendments: row.amendments + 1,
        ...(dto.notes !== undefined ? { notes: textOrNull(dto.notes) } : {}),
      });
      const changed = dto.results ? await this.applyResults(m, id, dto.results, false) : { before: {}, after: {} };
      let afterInspectors = beforeInspectors;
      if (dto.inspectors !== undefined) {
        const people = await resolvePeople(m, dto.inspectors, 'inspectors');
        if (people.length < MIN_INSPECTORS_PRESENT)
          throw problems.field('inspectors', 'foodSafety.inspection.tooFewInspectors', { min: MIN_INSPECTORS_PRESENT });
        await m.delete(InspectionInspector, { inspectionId: id });
        await this.writeInspectors(m, id, people);
        afterInspectors = people.map(({ input: _i, ...p }) => p);
      }
      const results = await m.find(InspectionResult, { where: { inspectionId: id }, order: { position: 'ASC' } });
      const errors = unansweredErrors(results);
      const candidates = this.candidates(results, errors);
      if (errors.length) throw problems.validation(errors);

      // the notice follows the amended results; a re-inspection's verdict on the notice it settled is fixed
      let noticeItems = candidates.onNotice;
      if (row.kind === 'reinspection' && row.followsInspectionId) {
        const settled = await this.notices.settledByReinspection(m, id, row.followsInspectionId);
        if (settled) {
          const codes = new Set(settled.itemCodes);
          const locked = Object.keys(changed.after).filter((code) => codes.has(code) && verdictOf(beforeResults.get(code)) !== verdictOf(changed.after[code]));
          if (locked.length > 0) {
            const texts = results.filter((r) => locked.includes(r.itemCode)).map((r) => r.text);
            throw problems.conflict(
              'foodSafety.inspection.reinspectionVerdictFixed',
              { number: settled.number, items: texts.join('、') },
              { noticeId: settled.noticeId, itemCodes: locked },
            );
          }
          noticeItems = noticeItems.filter((r) => !codes.has(r.itemCode));
        }
      }
      const letterNow = (await this.letters.ofInspections(m, [id])).get(id)!;
      const newDeadline: { kind: DeadlineKind; on: string | null } | null =
        !row.deadlineKind && dto.deadline ? { kind: dto.deadline.kind, on: dto.deadline.kind === 'date' ? dto.deadline.on! : null } : null;
      const noticeChange = await this.notices.applyAmendment(m, {
        inspectionId: id,
        canteenId: row.canteenId,
        scopePath: row.scopePath,
        issuedOn: row.inspectedOn,
        letterNumber: letterNow.number,
        items: noticeItems.map((r) => ({
          itemCode: r.itemCode,
          areaCode: r.areaCode,
          areaName: r.areaName,
          text: r.text,
          severity: r.severity,
          note: r.note,
          position: r.position,
        })),
        deadline: newDeadline ? (newDeadline.kind === 'date' ? { kind: 'date', on: newDeadline.on! } : { kind: 'immediateOngoing' }) : null,
        owner: row.rectificationOwner ? { name: row.rectificationOwner } : null,
        inspectorUserIds: afterInspectors.map((p) => p.userId).filter((x): x is string => !!x),
        reason,
        actor,
      });
      if (noticeChange.opened && newDeadline) await m.update(Inspection, { id }, { deadlineKind: newDeadline.kind, deadlineOn: newDeadline.on });

      const scored = await this.rescore(m, after, results);
      const amended = await m.findOneByOrFail(Inspection, { id });
      const { revision, letter } = await this.letters.reissue(
        m,
        amended,
        reason,
        {
          onNotice: new Set(candidates.onNotice.map((r) => r.itemCode)),
          deadline: amended.deadlineKind ? { kind: amended.deadlineKind, on: amended.deadlineOn } : null,
        },
        actor,
      );
      await this.audit.record(
        {
          action: `${ENTITY}.amended`,
          entityType: ENTITY,
          entityId: id,
          before: {
            score: row.score,
            grade: row.grade,
            capped: row.capped,
            notes: row.notes,
            inspectors: beforeInspectors,
            results: pick(beforeResults, Object.keys(changed.after)),
          },
          after: {
            reason,
            score: scored.score,
            grade: scored.grade,
            capped: scored.capped,
            notes: amended.notes,
            inspectors: afterInspectors,
            results: changed.after,
            letter: { id: letter.id, number: letter.number, revision },
            notice: noticeChange.noticeId ? noticeChange : null,
          },
          scopePath: row.scopePath,
        },
        m,
      );
    });
    return this.get(actor, id);
  }

  // ---- photos -------------------------------------------------------------------------------------

  async attachPhoto(actor: Actor, id: string, itemCode: string, fileId: string): Promise<ResultDto> {
    // outside the transaction: the files service reads on its own
    const file = await this.files.findVisible(actor, fileId).catch((err: unknown) => {
      throw err instanceof AppError && err.status === 404 ? problems.field('fileId', 'foodSafety.fileNotFound') : err;
    });
    if (!file.mediaType.startsWith('image/')) throw problems.field('fileId', 'foodSafety.inspection.photoNotImage');
    await this.dataSource.transaction(async (m) => {
      const row = await this.load(m, actor, id, FS_INSPECT);
      const result = await this.resultOf(m, id, itemCode);
      if (await m.existsBy(InspectionPhoto, { resultId: result.id, fileId })) return;
      const count = await m.countBy(InspectionPhoto, { resultId: result.id });
      if (count >= PHOTOS_PER_RESULT_MAX) throw problems.conflict('foodSafety.inspection.tooManyPhotos', { max: PHOTOS_PER_RESULT_MAX });
      await m.insert(InspectionPhoto, { resultId: result.id, fileId, attachedAt: this.clock.now() });
      await this.audit.record(
        { action: `${ENTITY}.photoAttached`, entityType: ENTITY, entityId: id, after: { itemCode, fileId, status: row.status }, scopePath: row.scopePath },
        m,
      );
    });
    return this.resultDto(actor, id, itemCode);
  }

  async detachPhoto(actor: Actor, id: string, itemCode: string, fileId: string): Promise<ResultDto> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.load(m, actor, id, FS_INSPECT);
      const result = await this.resultOf(m, id, itemCode);
      const res = await m.delete(InspectionPhoto, { resultId: result.id, fileId });
      if (!res.affected) throw problems.notFound('photo');
      await this.audit.record(
        { action: `${ENTITY}.photoDetached`, entityType: ENTITY, entityId: id, before: { itemCode, fileId, status: row.status }, scopePath: row.scopePath },
        m,
      );
    });
    return this.resultDto(actor, id, itemCode);
  }

  /**
   * The bytes of a photo of an inspection the caller may read: whoever reads the inspection sees its
   * photos (a served school's coordinator a supplier's too), whatever the file's own scope.
   */
  async photoFile(actor: Actor, id: string, fileId: string): Promise<{ file: StoredFile; content: Readable }> {
    const m = this.dataSource.manager;
    const row = await this.load(m, actor, id, FS_READ);
    const attached = await m
      .createQueryBuilder(InspectionPhoto, 'p')
      .innerJoin(InspectionResult, 'r', 'r.id = p.resultId')
      .where('p.fileId = :fileId AND r.inspectionId = :inspectionId', { fileId, inspectionId: row.id })
      .getExists();
    const file = attached ? await m.findOneBy(StoredFile, { id: fileId }) : null;
    if (!file) throw problems.notFound('photo');
    return { file, content: await this.storage.get(file.storageKey) };
  }

  private async resultDto(actor: Actor, id: string, itemCode: string): Promise<ResultDto> {
    const detail = await this.get(actor, id);
    return detail.results.find((r) => r.itemCode === itemCode)!;
  }

  private async resultOf(m: EntityManager, inspectionId: string, itemCode: string): Promise<InspectionResult> {
    const result = await m.findOneBy(InspectionResult, { inspectionId, itemCode });
    if (!result) throw problems.notFound('inspectionResult');
    return result;
  }

  // ---- helpers ------------------------------------------------------------------------------------

  private async loadDraft(m: EntityManager, actor: Actor, id: string): Promise<Inspection> {
    const row = await this.load(m, actor, id, FS_INSPECT);
    if (row.status !== 'draft') throw problems.conflict('foodSafety.inspection.submittedUseAmendment');
    return row;
  }

  private async alreadySubmitted(m: EntityManager, id: string): Promise<AppError> {
    const letter = (await this.letters.ofInspections(m, [id])).get(id);
    return problems.conflict('foodSafety.inspection.alreadySubmitted', {}, letter ? { letterId: letter.id, letterNumber: letter.number } : {});
  }

  /** A conditional update on the version the editor saw (409 when stale). */
  private async bump(m: EntityManager, id: string, version: number, changes: Partial<Inspection>): Promise<Inspection> {
    const res = await m
      .createQueryBuilder()
      .update(Inspection)
      .set({ ...changes, version: () => 'version + 1' } as never)
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (!res.affected) {
      const current = await m.findOneBy(Inspection, { id });
      if (!current) throw problems.notFound('inspection');
      throw problems.staleVersion(current.version);
    }
    return m.findOneByOrFail(Inspection, { id });
  }

  private async usableAuthority(m: EntityManager, actor: Actor, authorityId: string) {
    const authority = await this.authorities.load(m, actor, authorityId, FS_INSPECT, 'authorityId');
    if (!authority.active) throw problems.field('authorityId', 'foodSafety.authority.inactive');
    return authority;
  }

  /**
   * Applies answers to result rows; returns what changed, by item code. A result other than
   * non-compliant clears corrected-on-site and the leave-off reason. `allowNull` lets a draft
   * clear an answer.
   */
  private async applyResults(m: EntityManager, inspectionId: string, inputs: ResultInputDto[], allowNull: boolean) {
    const rows = new Map((await m.find(InspectionResult, { where: { inspectionId } })).map((r) => [r.itemCode, r]));
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    inputs.forEach((x, i) => {
      if (!rows.has(x.itemCode)) errors.push({ field: `results.${i}.itemCode`, code: 'foodSafety.inspection.unknownItem', params: { itemCode: x.itemCode } });
      else if (seen.has(x.itemCode)) errors.push({ field: `results.${i}.itemCode`, code: 'foodSafety.inspection.itemTwice', params: { itemCode: x.itemCode } });
      seen.add(x.itemCode);
      if (x.result === null && !allowNull) errors.push({ field: `results.${i}.result`, code: 'validation.required' });
    });
    if (errors.length) throw problems.validation(errors);
    const before: Record<string, ReturnType<typeof resultState>> = {};
    const after: Record<string, ReturnType<typeof resultState>> = {};
    for (const x of inputs) {
      const r = rows.get(x.itemCode)!;
      const old = resultState(r);
      if (x.result !== undefined) r.result = x.result;
      if (x.correctedOnSite !== undefined) r.correctedOnSite = x.correctedOnSite;
      if (x.note !== undefined) r.note = textOrNull(x.note);
      if (x.leaveOffReason !== undefined) r.leaveOffReason = textOrNull(x.leaveOffReason);
      if (r.result !== 'nonCompliant') {
        r.correctedOnSite = false;
        r.leaveOffReason = null;
      }
      const now = resultState(r);
      if (JSON.stringify(old) === JSON.stringify(now)) continue;
      before[x.itemCode] = old;
      after[x.itemCode] = now;
      await m.update(InspectionResult, { id: r.id }, { result: r.result, correctedOnSite: r.correctedOnSite, note: r.note, leaveOffReason: r.leaveOffReason });
    }
    return { before, after };
  }

  /** What goes on the notice; leave-off errors are added to `errors` under the results' fields. */
  private candidates(results: InspectionResult[], errors: FieldError[]) {
    const answered = results.filter((r) => r.result !== null);
    const leaveOff: LeaveOff[] = answered.filter((r) => r.leaveOffReason).map((r) => ({ itemCode: r.itemCode, reason: r.leaveOffReason! }));
    const c = noticeCandidates(
      answered.map((r) => Object.assign(r, { result: r.result! })),
      leaveOff,
    );
    for (const e of c.errors) {
      const index = Number(e.field.split('.')[1]);
      errors.push({ field: `results.${leaveOff[index]?.itemCode ?? index}.leaveOffReason`, code: e.code, ...(e.params ? { params: e.params } : {}) });
    }
    return c;
  }

  /**
   * Scores the results with the settings' cut-offs, flags repeats against the canteen's previous
   * submitted inspection (by stable item code), and stores the figures.
   */
  private async rescore(m: EntityManager, row: Inspection, results: InspectionResult[]) {
    const { grading } = await this.settings.get(m);
    const items: InspectionItemResult[] = results.map((r) => ({
      itemCode: r.itemCode,
      areaCode: r.areaCode,
      result: r.result!,
      severity: r.severity,
      weight: r.weight,
      correctedOnSite: r.correctedOnSite,
    }));
    const score = scoreInspection(items, grading);
    const previous = await m
      .createQueryBuilder(Inspection, 'p')
      .where("p.canteenId = :canteenId AND p.status = 'submitted' AND p.id <> :id AND p.inspectedOn <= :on", {
        canteenId: row.canteenId,
        id: row.id,
        on: row.inspectedOn,
      })
      .orderBy('p.inspectedOn', 'DESC')
      .addOrderBy('p.submittedAt', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .getOne();
    const previousResults = previous
      ? await m.find(InspectionResult, { where: { inspectionId: previous.id }, select: { itemCode: true, result: true, id: true } })
      : null;
    const repeats = repeatViolations(
      items,
      previousResults?.filter((r) => r.result !== null).map((r) => ({ itemCode: r.itemCode, result: r.result! })),
    );
    await m.update(InspectionResult, { inspectionId: row.id }, { repeatViolation: false });
    if (repeats.length) await m.update(InspectionResult, { inspectionId: row.id, itemCode: In(repeats) }, { repeatViolation: true });
    for (const r of results) r.repeatViolation = repeats.includes(r.itemCode);
    await m.update(
      Inspection,
      { id: row.id },
      {
        score: score.score,
        grade: score.grade,
        capped: score.capped,
        compliantCount: score.counts.compliant,
        nonCompliantCount: score.counts.nonCompliant,
        notApplicableCount: score.counts.notApplicable,
        notObservedCount: score.counts.notObserved,
        failedCriticalCount: score.counts.failedCritical,
        correctedOnSiteCount: score.counts.correctedOnSite,
        repeatCount: repeats.length,
      },
    );
    return { score: score.score, grade: score.grade, capped: score.capped, repeats };
  }

  private async inspectorsOf(m: EntityManager, inspectionId: string): Promise<Person[]> {
    return (await m.find(InspectionInspector, { where: { inspectionId }, order: { position: 'ASC' } })).map((p) => ({
      userId: p.userId,
      name: p.name,
      agency: p.agency,
    }));
  }

  private async writeInspectors(m: EntityManager, inspectionId: string, people: Person[]): Promise<void> {
    if (people.length === 0) return;
    await m.insert(
      InspectionInspector,
      people.map((p, i) => m.create(InspectionInspector, { id: newId(), inspectionId, userId: p.userId, name: p.name, agency: p.agency, position: i + 1 })),
    );
  }

  private async toSummaries(m: EntityManager, rows: Inspection[]): Promise<InspectionSummaryDto[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const canteens = new Map((await m.find(Canteen, { where: { id: In([...new Set(rows.map((r) => r.canteenId))]) } })).map((c) => [c.id, c]));
    const schoolIds = [...new Set([...canteens.values()].map((c) => c.schoolId).filter((x): x is string => !!x))];
    const schools = schoolIds.length
      ? new Map((await m.find(Organisation, { where: { id: In(schoolIds) }, select: { id: true, name: true } })).map((o) => [o.id, o.name]))
      : new Map<string, string>();
    const campaignIds = [...new Set(rows.map((r) => r.campaignId).filter((x): x is string => !!x))];
    const campaigns = campaignIds.length
      ? new Map((await m.find(InspectionCampaign, { where: { id: In(campaignIds) }, select: { id: true, name: true } })).map((k) => [k.id, k.name]))
      : new Map<string, string>();
    const inspectors = new Map<string, Person[]>();
    for (const p of await m.find(InspectionInspector, { where: { inspectionId: In(ids) }, order: { position: 'ASC' } }))
      inspectors.set(p.inspectionId, [...(inspectors.get(p.inspectionId) ?? []), { userId: p.userId, name: p.name, agency: p.agency }]);
    const unanswered = new Map(
      (
        await m
          .createQueryBuilder(InspectionResult, 'r')
          .select('r.inspectionId', 'inspectionId')
          .addSelect('COUNT(*)', 'n')
          .where('r.inspectionId IN (:...ids) AND r.result IS NULL', { ids })
          .groupBy('r.inspectionId')
          .getRawMany<{ inspectionId: string; n: string | number }>()
      ).map((r) => [r.inspectionId, Number(r.n)]),
    );
    const letters = await this.letters.ofInspections(m, ids);
    const notices = await noticesOfInspections(m, ids);
    return rows.map((r) => {
      const c = canteens.get(r.canteenId);
      const letter = letters.get(r.id);
      return {
        id: r.id,
        kind: r.kind,
        status: r.status,
        canteenId: r.canteenId,
        canteenName: c?.name ?? '',
        schoolName: c?.schoolId ? (schools.get(c.schoolId) ?? null) : null,
        campaignId: r.campaignId,
        campaignName: r.campaignId ? (campaigns.get(r.campaignId) ?? null) : null,
        outingId: r.outingId,
        inspectedOn: r.inspectedOn,
        score: r.score,
        grade: r.grade,
        capped: r.capped,
        counts: {
          compliant: r.compliantCount,
          nonCompliant: r.nonCompliantCount,
          notApplicable: r.notApplicableCount,
          notObserved: r.notObservedCount,
          unanswered: unanswered.get(r.id) ?? 0,
          failedCritical: r.failedCriticalCount,
          correctedOnSite: r.correctedOnSiteCount,
          repeats: r.repeatCount,
        },
        inspectors: inspectors.get(r.id) ?? [],
        letter: letter ? { id: letter.id, number: letter.number, currentRevision: letter.currentRevision } : null,
        notice: notices.get(r.id) ?? null,
        amendments: r.amendments,
        submittedAt: r.submittedAt ? r.submittedAt.toISOString() : null,
        version: r.version,
      };
    });
  }

  private async toDetail(m: EntityManager, actor: Actor, row: Inspection): Promise<InspectionDto> {
    const summary = (await this.toSummaries(m, [row]))[0]!;
    const results = await m.find(InspectionResult, { where: { inspectionId: row.id }, order: { position: 'ASC' } });
    const photos = results.length ? await m.find(InspectionPhoto, { where: { resultId: In(results.map((r) => r.id)) }, order: { attachedAt: 'ASC' } }) : [];
    const files = photos.length
      ? new Map((await m.find(StoredFile, { where: { id: In(photos.map((p) => p.fileId)) } })).map((f) => [f.id, f]))
      : new Map<string, StoredFile>();
    const photosOf = new Map<string, ResultDto['photos']>();
    for (const p of photos) {
      const f = files.get(p.fileId);
      if (!f) continue;
      photosOf.set(p.resultId, [
        ...(photosOf.get(p.resultId) ?? []),
        { fileId: f.id, originalName: f.originalName, mediaType: f.mediaType, contentUrl: inspectionPhotoPath(row.id, f.id) },
      ]);
    }
    const label = (await this.templates.versionLabels(m, [row.templateVersionId])).get(row.templateVersionId);
    const authority = row.authorityId ? await m.findOneBy(IssuingAuthority, { id: row.authorityId }) : null;
    const { grading } = await this.settings.get(m);
    return {
      ...summary,
      followsInspectionId: row.followsInspectionId,
      templateId: label?.templateId ?? '',
      templateName: label?.templateName ?? '',
      templateVersionId: row.templateVersionId,
      templateVersionNumber: label?.number ?? 0,
      authorityId: row.authorityId,
      authorityName: authority?.name ?? null,
      uncappedGrade: row.score === null ? null : gradeOfScore(row.score, grading),
      deadlineKind: row.deadlineKind,
      deadlineOn: row.deadlineOn,
      rectificationOwner: row.rectificationOwner,
      notes: row.notes,
      results: results.map((r) => ({
        itemCode: r.itemCode,
        areaCode: r.areaCode,
        areaName: r.areaName,
        text: r.text,
        severity: r.severity,
        weight: r.weight,
        defectCode: r.defectCode,
        result: r.result,
        correctedOnSite: r.correctedOnSite,
        note: r.note,
        repeat: r.repeatViolation,
        leaveOffReason: r.leaveOffReason,
        photos: photosOf.get(r.id) ?? [],
      })),
      canEdit: actor.permissions.has(FS_INSPECT) && (await this.canteens.covers(actor, FS_INSPECT, await m.findOneByOrFail(Canteen, { id: row.canteenId }), m)),
    };
  }
}

/** Where a photo of an inspection is read: through the inspection, so its readers see it. */
export function inspectionPhotoPath(inspectionId: string, fileId: string): string {
  return `/api/food-safety/inspections/${inspectionId}/photos/${fileId}`;
}

type PersonLike = { userId?: string | null; name?: string; agency?: string | null };

/** What a result says about an item on a notice: passed, failed (not corrected on site), or not checked. */
function verdictOf(r: { result: InspectionResult['result']; correctedOnSite: boolean } | undefined): 'passed' | 'failed' | 'notChecked' {
  if (!r || r.result === null || r.result === 'notObserved') return 'notChecked';
  return r.result === 'nonCompliant' && !r.correctedOnSite ? 'failed' : 'passed';
}

function unansweredErrors(results: InspectionResult[]): FieldError[] {
  return results
    .filter((r) => r.result === null)
    .map((r) => ({ field: `results.${r.itemCode}.result`, code: 'foodSafety.inspection.unanswered', params: { itemCode: r.itemCode } }));
}

function pick<T>(map: Map<string, T>, keys: string[]): Record<string, T> {
  return Object.fromEntries(keys.filter((k) => map.has(k)).map((k) => [k, map.get(k)!]));
}
