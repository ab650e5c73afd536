import { Inject, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { addDays, daysBetween, newId, type Locale } from '@schoolbridge/shared';
import {
  AppError,
  AuditService,
  Clock,
  FILE_STORAGE,
  FilesService,
  NotificationService,
  StoredFile,
  User,
  hasPermission,
  problems,
  type Actor,
  type FileStorage,
  type PageRequest,
} from '@schoolbridge/core';
import {
  allowedItemActions,
  allowedNoticeActions,
  isNoticeDueSoon,
  isNoticeOverdue,
  itemTransition,
  noticeTransition,
  type NoticeAction,
  type NoticeItemAction,
  type NoticeState,
} from '../../shared/rules/notice-states.js';
import { CanteenScope } from '../canteens/canteen-scope.js';
import { Canteen } from '../canteens/entities/canteen.entity.js';
import { FoodSafetySettings } from '../templates/settings.service.js';
import { likeLiteral, textOrNull } from '../inspections/common/validators.js';
import { Inspection } from '../inspections/entities/inspection.entity.js';
import { FS_INSPECT, FS_READ, FS_RECTIFY } from '../permissions.js';
import type {
  CloseNoticeDto,
  EscalateNoticeDto,
  EvidenceDto,
  ListNoticesQueryDto,
  NoticeDetailDto,
  NoticeItemDto,
  NoticeListItemDto,
  NoticePageDto,
  ReviewItemDto,
  SubmitEvidenceDto,
  UpdateNoticeDto,
} from './dto/notice.dto.js';
import { FoodSafetyNoticeEvidence, FoodSafetyNoticeEvidenceFile } from './entities/notice-evidence.entity.js';
import { FoodSafetyNoticeItem } from './entities/notice-item.entity.js';
import { FoodSafetyNotice } from './entities/notice.entity.js';
import { NOTICE_ITEM_STATUS_WORDS, NOTICE_STATUS_WORDS, NOTICE_ACTION_WORDS, allowedText } from './messages.js';
import { NoticeRecipients } from './notice-recipients.js';

type ListFilters = Omit<ListNoticesQueryDto, 'page' | 'pageSize'>;

function noticeState(n: FoodSafetyNotice, items: readonly FoodSafetyNoticeItem[]): NoticeState {
  return { status: n.status, deadlineKind: n.deadlineKind, deadline: n.deadline, items };
}

/**
 * Rectification notices 整改通知书 (DOMAIN §8): the list and detail, the school's side (owner and
 * measures, evidence per item) and the inspector's (accept / reject per item, close 销号, escalate).
 * Every transition goes through the pure rule in shared/rules/notice-states; an illegal one answers
 * 409 naming the allowed ones. Overdue and due soon are derived from the clock when read.
 */
@Injectable()
export class NoticesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly canteens: CanteenScope,
    private readonly recipients: NoticeRecipients,
    private readonly files: FilesService,
    private readonly settings: FoodSafetySettings,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  /** The notices' due-soon window in days (the setting noticeDueSoonDays of the templates part). */
  private async dueSoonDays(m: EntityManager): Promise<number> {
    return (await this.settings.get(m)).noticeDueSoonDays;
  }

  // ---- reading ----

  /** The notices in the caller's scope, overdue first, then by deadline (立行立改 after dated ones), closed last. */
  async list(actor: Actor, filters: ListFilters, paging: PageRequest, permission: string = FS_READ): Promise<NoticePageDto> {
    const today = this.clock.today();
    const soonDays = await this.dueSoonDays(this.dataSource.manager);
    const soonUntil = addDays(today, soonDays - 1);
    const qb = this.scopedQuery(this.dataSource.manager, actor, permission);
    this.applyFilters(qb, filters, today, soonUntil);
    qb.addSelect(
      `CASE WHEN n.status <> 'closed' AND n.deadline_kind = 'date' AND n.deadline < :sortToday THEN 0 WHEN n.status <> 'closed' THEN 1 ELSE 2 END`,
      'sort_rank',
    )
      .addSelect('CASE WHEN n.deadline IS NULL THEN 1 ELSE 0 END', 'sort_nodeadline')
      .setParameter('sortToday', today)
      .orderBy('sort_rank', 'ASC')
      .addOrderBy('sort_nodeadline', 'ASC')
      .addOrderBy('n.deadline', 'ASC')
      .addOrderBy('n.issuedOn', 'DESC')
      .addOrderBy('n.id', 'ASC')
      .offset(paging.skip)
      .limit(paging.pageSize);
    const [rows, total] = await Promise.all([qb.getMany(), qb.clone().orderBy().offset(undefined).limit(undefined).getCount()]);
    const items = await this.listItems(this.dataSource.manager, rows, today, soonUntil);
    return { items, total, page: paging.page, pageSize: paging.pageSize, dueSoonDays: soonDays };
  }

  /** Notices (not closed) that are overdue or due soon, for the inspectors' reminders, in scope of FS_INSPECT. */
  async reminderRows(
    actor: Actor,
    permission: string,
    filter: 'overdueOrDueSoon' | 'needsEvidence',
    today: string,
  ): Promise<(NoticeListItemDto & { openItems: number })[]> {
    const m = this.dataSource.manager;
    const soonDays = await this.dueSoonDays(m);
    const soonUntil = addDays(today, soonDays - 1);
    const qb = this.scopedQuery(m, actor, permission).andWhere("n.status <> 'closed'");
    if (filter === 'overdueOrDueSoon') qb.andWhere("n.deadline_kind = 'date' AND n.deadline <= :soonUntil", { soonUntil });
    else qb.andWhere("n.status IN ('open', 'escalated')");
    qb.orderBy('n.deadline', 'ASC').addOrderBy('n.id', 'ASC').limit(200);
    const rows = await qb.getMany();
    const listed = await this.listItems(m, rows, today, soonUntil);
    return listed.map((r) => ({ ...r, openItems: r.itemCount - r.submittedCount - r.acceptedCount }));
  }

  async get(actor: Actor, id: string): Promise<NoticeDetailDto> {
    const m = this.dataSource.manager;
    const notice = await this.findInScope(m, actor, FS_READ, id);
    return this.detail(m, actor, notice);
  }

  /** The bytes of an evidence file of a notice the caller may read. */
  async evidenceFile(actor: Actor, id: string, fileId: string): Promise<{ file: StoredFile; content: Readable }> {
    const m = this.dataSource.manager;
    const notice = await this.findInScope(m, actor, FS_READ, id);
    const link = await m
      .createQueryBuilder(FoodSafetyNoticeEvidenceFile, 'ef')
      .innerJoin(FoodSafetyNoticeEvidence, 'e', 'e.id = ef.evidence_id')
      .innerJoin(FoodSafetyNoticeItem, 'it', 'it.id = e.notice_item_id')
      .where('ef.file_id = :fileId AND it.notice_id = :noticeId', { fileId, noticeId: notice.id })
      .getOne();
    const file = link ? await m.findOneBy(StoredFile, { id: fileId }) : null;
    if (!file) throw problems.notFound('file');
    return { file, content: await this.storage.get(file.storageKey) };
  }

  // ---- the school's side ----

  async update(actor: Actor, id: string, dto: UpdateNoticeDto): Promise<NoticeDetailDto> {
    return this.dataSource.transaction(async (m) => {
      const notice = await this.lockInScope(m, actor, FS_RECTIFY, id);
      const items = await this.itemsOf(m, notice.id);
      this.requireNoticeAction(notice, items, 'setOwner', actor.locale);
      const changes: Partial<FoodSafetyNotice> = { updatedAt: this.clock.now() };
      if (dto.ownerName !== undefined) changes.ownerName = textOrNull(dto.ownerName);
      if (dto.ownerUserId !== undefined) {
        if (dto.ownerUserId !== null && !(await m.existsBy(User, { id: dto.ownerUserId })))
          throw problems.field('ownerUserId', 'foodSafety.notice.ownerNotFound');
        changes.ownerUserId = dto.ownerUserId;
      }
      if (dto.measures !== undefined) changes.measures = textOrNull(dto.measures);
      const byId = new Map(items.map((i) => [i.id, i]));
      const itemChanges: { item: FoodSafetyNoticeItem; measures: string | null }[] = [];
      (dto.items ?? []).forEach((d, i) => {
        const item = byId.get(d.itemId);
        if (!item) throw problems.field(`items.${i}.itemId`, 'foodSafety.notice.unknownItem');
        itemChanges.push({ item, measures: textOrNull(d.measures) });
      });
      const before = {
        ownerName: notice.ownerName,
        ownerUserId: notice.ownerUserId,
        measures: notice.measures,
        items: itemChanges.map((c) => ({ itemCode: c.item.itemCode, measures: c.item.measures })),
      };
      const updated = await this.updateNotice(m, notice, dto.version, changes);
      for (const c of itemChanges) {
        if (c.item.measures === c.measures) continue;
        await m.update(FoodSafetyNoticeItem, { id: c.item.id }, { measures: c.measures, updatedAt: this.clock.now(), version: () => 'version + 1' } as never);
      }
      await this.audit.record(
        {
          action: 'foodSafety.notice.update',
          entityType: 'foodSafetyNotice',
          entityId: notice.id,
          before,
          after: {
            ownerName: updated.ownerName,
            ownerUserId: updated.ownerUserId,
            measures: updated.measures,
            items: itemChanges.map((c) => ({ itemCode: c.item.itemCode, measures: c.measures })),
          },
          scopePath: notice.scopePath,
        },
        m,
      );
      return this.detail(m, actor, updated);
    });
  }

  async submitEvidence(actor: Actor, id: string, itemId: string, dto: SubmitEvidenceDto): Promise<NoticeDetailDto> {
    return this.dataSource.transaction(async (m) => {
      const notice = await this.lockInScope(m, actor, FS_RECTIFY, id);
      const items = await this.itemsOf(m, notice.id);
      const index = items.findIndex((i) => i.id === itemId);
      if (index < 0) throw problems.notFound('noticeItem');
      const item = items[index]!;
      const step = itemTransition(noticeState(notice, items), index, 'submitEvidence');
      if (!step.ok) throw this.itemConflict(item, 'submitEvidence', step.allowed, actor.locale);
      const note = dto.note.trim();
      if (!note) throw problems.field('note', 'validation.required');
      const files = await this.checkFiles(m, actor, dto.fileIds);
      const now = this.clock.now();
      const evidence = m.create(FoodSafetyNoticeEvidence, {
        id: newId(),
        noticeItemId: item.id,
        note,
        submittedBy: actor.userId,
        submittedByName: actor.displayName.slice(0, 50),
        submittedAt: now,
        reviewResult: null,
        reviewNote: null,
        reviewedBy: null,
        reviewedByName: null,
        reviewedAt: null,
      });
      await m.save(FoodSafetyNoticeEvidence, evidence);
      if (files.length > 0)
        await m.insert(
          FoodSafetyNoticeEvidenceFile,
          files.map((f, i) => ({ evidenceId: evidence.id, fileId: f.id, position: i + 1 })),
        );
      const beforeItem = { status: item.status };
      Object.assign(item, { status: step.next, evidenceNote: note, evidenceFileIds: files.map((f) => f.id), evidenceAt: now, updatedAt: now });
      await m.save(FoodSafetyNoticeItem, item);
      const becameComplete = await this.settleNotice(m, notice, step.noticeNext, items);
      await this.audit.record(
        {
          action: 'foodSafety.notice.submitEvidence',
          entityType: 'foodSafetyNotice',
          entityId: notice.id,
          before: { itemCode: item.itemCode, ...beforeItem },
          after: { itemCode: item.itemCode, status: item.status, evidenceId: evidence.id, note, fileIds: files.map((f) => f.id), noticeStatus: notice.status },
          scopePath: notice.scopePath,
        },
        m,
      );
      if (becameComplete) {
        await this.notifications.notify(
          await this.recipients.inspectorUsers(m, notice),
          {
            type: 'foodSafety.evidenceSubmitted',
            title: { 'zh-CN': `整改材料待审核：${notice.number}`, en: `Evidence to review: ${notice.number}` },
            body: { 'zh-CN': '学校已提交全部整改项的材料，请逐项审核。', en: 'The school has submitted evidence for every item; review each one.' },
            link: `/food-safety/notices/${notice.id}`,
            data: { noticeId: notice.id },
          },
          m,
        );
      }
      return this.detail(m, actor, notice);
    });
  }

  // ---- the inspector's side ----

  async review(actor: Actor, id: string, itemId: string, action: 'accept' | 'reject', dto: ReviewItemDto): Promise<NoticeDetailDto> {
    return this.dataSource.transaction(async (m) => {
      const notice = await this.lockInScope(m, actor, FS_INSPECT, id);
      const items = await this.itemsOf(m, notice.id);
      const index = items.findIndex((i) => i.id === itemId);
      if (index < 0) throw problems.notFound('noticeItem');
      const item = items[index]!;
      const step = itemTransition(noticeState(notice, items), index, action);
      if (!step.ok) throw this.itemConflict(item, action, step.allowed, actor.locale);
      const note = textOrNull(dto.note);
      if (action === 'reject' && !note) throw problems.field('note', 'foodSafety.notice.rejectNoteRequired');
      const now = this.clock.now();
      const result = action === 'accept' ? 'accepted' : 'rejected';
      const latest = await m.findOne(FoodSafetyNoticeEvidence, { where: { noticeItemId: item.id }, order: { submittedAt: 'DESC', id: 'DESC' } });
      if (latest && latest.reviewResult === null) {
        Object.assign(latest, {
          reviewResult: result,
          reviewNote: note,
          reviewedBy: actor.userId,
          reviewedByName: actor.displayName.slice(0, 50),
          reviewedAt: now,
        });
        await m.save(FoodSafetyNoticeEvidence, latest);
      }
      const beforeItem = { status: item.status };
      Object.assign(item, {
        status: step.next,
        reviewNote: note,
        reviewedBy: actor.userId,
        reviewedByName: actor.displayName.slice(0, 50),
        reviewedAt: now,
        updatedAt: now,
      });
      await m.save(FoodSafetyNoticeItem, item);
      await this.settleNotice(m, notice, step.noticeNext, items);
      await this.audit.record(
        {
          action: `foodSafety.notice.${action}`,
          entityType: 'foodSafetyNotice',
          entityId: notice.id,
          before: { itemCode: item.itemCode, ...beforeItem },
          after: { itemCode: item.itemCode, status: item.status, note, noticeStatus: notice.status },
          scopePath: notice.scopePath,
        },
        m,
      );
      if (action === 'reject') {
        await this.notifications.notify(
          await this.recipients.schoolUsers(m, notice),
          {
            type: 'foodSafety.evidenceRejected',
            title: { 'zh-CN': `整改材料被退回：${notice.number}`, en: `Evidence rejected: ${notice.number}` },
            body: { 'zh-CN': `“${item.text.slice(0, 60)}”：${note}`, en: `"${item.text.slice(0, 60)}": ${note}` },
            link: `/food-safety/notices/${notice.id}`,
            data: { noticeId: notice.id, itemId: item.id },
          },
          m,
        );
      }
      return this.detail(m, actor, notice);
    });
  }

  async close(actor: Actor, id: string, dto: CloseNoticeDto): Promise<NoticeDetailDto> {
    return this.dataSource.transaction(async (m) => {
      const notice = await this.lockInScope(m, actor, FS_INSPECT, id);
      const items = await this.itemsOf(m, notice.id);
      this.requireNoticeAction(notice, items, 'close', actor.locale);
      const before = { status: notice.status };
      const updated = await this.updateNotice(m, notice, dto.version ?? notice.version, {
        status: 'closed',
        closedOn: this.clock.today(),
        closedBy: actor.userId,
        closedVia: 'review',
        updatedAt: this.clock.now(),
      });
      await this.audit.record(
        {
          action: 'foodSafety.notice.close',
          entityType: 'foodSafetyNotice',
          entityId: notice.id,
          before,
          after: { status: updated.status, closedOn: updated.closedOn },
          scopePath: notice.scopePath,
        },
        m,
      );
      await this.notifications.notify(
        await this.recipients.schoolUsers(m, updated),
        {
          type: 'foodSafety.noticeClosed',
          title: { 'zh-CN': `整改通知书已销号：${notice.number}`, en: `Rectification notice closed: ${notice.number}` },
          link: `/food-safety/notices/${notice.id}`,
          data: { noticeId: notice.id },
        },
        m,
      );
      return this.detail(m, actor, updated);
    });
  }

  async escalate(actor: Actor, id: string, dto: EscalateNoticeDto): Promise<NoticeDetailDto> {
    return this.dataSource.transaction(async (m) => {
      const notice = await this.lockInScope(m, actor, FS_INSPECT, id);
      const items = await this.itemsOf(m, notice.id);
      const reason = dto.reason.trim();
      if (!reason) throw problems.field('reason', 'validation.required');
      this.requireNoticeAction(notice, items, 'escalate', actor.locale);
      const before = { status: notice.status };
      const updated = await this.updateNotice(m, notice, notice.version, {
        status: 'escalated',
        escalatedOn: this.clock.today(),
        escalatedBy: actor.userId,
        escalationReason: reason,
        updatedAt: this.clock.now(),
      });
      await this.audit.record(
        {
          action: 'foodSafety.notice.escalate',
          entityType: 'foodSafetyNotice',
          entityId: notice.id,
          before,
          after: { status: updated.status, escalatedOn: updated.escalatedOn, reason },
          scopePath: notice.scopePath,
        },
        m,
      );
      await this.notifications.notify(
        await this.recipients.schoolUsers(m, updated),
        {
          type: 'foodSafety.noticeEscalated',
          title: { 'zh-CN': `整改通知书已升级处理：${notice.number}`, en: `Rectification notice escalated: ${notice.number}` },
          body: { 'zh-CN': reason, en: reason },
          link: `/food-safety/notices/${notice.id}`,
          data: { noticeId: notice.id },
        },
        m,
      );
      return this.detail(m, actor, updated);
    });
  }

  // ---- helpers ----

  /** Notices joined to their canteen `c`, restricted to the canteens in the actor's scope for `permission`. */
  private scopedQuery(m: EntityManager, actor: Actor, permission: string): SelectQueryBuilder<FoodSafetyNotice> {
    const qb = m.getRepository(FoodSafetyNotice).createQueryBuilder('n');
    return this.canteens.joinRestricted(qb, actor, permission, 'n.canteen_id', 'c');
  }

  private applyFilters(qb: SelectQueryBuilder<FoodSafetyNotice>, f: ListFilters, today: string, soonUntil: string): void {
    switch (f.status) {
      case undefined:
        break;
      case 'overdue':
        if (f.asOf && f.asOf < today)
          qb.andWhere("n.issued_on <= :fAsOf AND n.deadline_kind = 'date' AND n.deadline < :fAsOf AND (n.closed_on IS NULL OR n.closed_on > :fAsOf)", {
            fAsOf: f.asOf,
          });
        else qb.andWhere("n.status <> 'closed' AND n.deadline_kind = 'date' AND n.deadline < :fToday", { fToday: today });
        break;
      case 'dueSoon':
        qb.andWhere("n.status <> 'closed' AND n.deadline_kind = 'date' AND n.deadline >= :fToday AND n.deadline <= :fSoon", {
          fToday: today,
          fSoon: soonUntil,
        });
        break;
      case 'notClosed':
        qb.andWhere("n.status <> 'closed'");
        break;
      default:
        qb.andWhere('n.status = :fStatus', { fStatus: f.status });
    }
    if (f.canteenId) qb.andWhere('n.canteen_id = :fCanteen', { fCanteen: f.canteenId });
    if (f.campaignId)
      qb.andWhere('EXISTS (SELECT 1 FROM food_safety_inspection fi WHERE fi.id = n.inspection_id AND fi.campaign_id = :fCampaign)', {
        fCampaign: f.campaignId,
      });
    if (f.from) qb.andWhere('n.issued_on >= :fFrom', { fFrom: f.from });
    if (f.to) qb.andWhere('n.issued_on <= :fTo', { fTo: f.to });
    if (f.closedFrom) qb.andWhere('n.closed_on >= :fClosedFrom', { fClosedFrom: f.closedFrom });
    if (f.closedTo) qb.andWhere('n.closed_on <= :fClosedTo', { fClosedTo: f.closedTo });
    const q = f.q?.trim();
    if (q) qb.andWhere("(n.number LIKE :fQ ESCAPE '\\' OR c.name LIKE :fQ ESCAPE '\\')", { fQ: `%${likeLiteral(q)}%` });
  }

  private async listItems(m: EntityManager, rows: FoodSafetyNotice[], today: string, soonUntil: string): Promise<NoticeListItemDto[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const counts: { notice_id: string; status: string; n: string | number }[] = await m
      .createQueryBuilder(FoodSafetyNoticeItem, 'i')
      .select('i.notice_id', 'notice_id')
      .addSelect('i.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .where('i.notice_id IN (:...ids)', { ids })
      .groupBy('i.notice_id')
      .addGroupBy('i.status')
      .getRawMany();
    const byNotice = new Map<string, Record<string, number>>();
    for (const c of counts) {
      const rec = byNotice.get(c.notice_id) ?? {};
      rec[c.status] = Number(c.n);
      byNotice.set(c.notice_id, rec);
    }
    const canteens = await m.find(Canteen, { where: { id: In([...new Set(rows.map((r) => r.canteenId))]) }, select: { id: true, name: true, kind: true } });
    const canteenById = new Map(canteens.map((c) => [c.id, c]));
    return rows.map((n) => this.listItem(n, byNotice.get(n.id) ?? {}, canteenById.get(n.canteenId), today, soonUntil));
  }

  private listItem(
    n: FoodSafetyNotice,
    counts: Record<string, number>,
    canteen: Pick<Canteen, 'name' | 'kind'> | undefined,
    today: string,
    soonUntil: string,
  ): NoticeListItemDto {
    const overdue = isNoticeOverdue(n, today);
    return {
      id: n.id,
      number: n.number,
      inspectionId: n.inspectionId,
      canteenId: n.canteenId,
      canteenName: canteen?.name ?? '',
      canteenKind: canteen?.kind ?? 'canteen',
      issuedOn: n.issuedOn,
      deadlineKind: n.deadlineKind,
      deadline: n.deadline,
      status: n.status,
      overdue,
      dueSoon: isNoticeDueSoon(n, today, soonUntil),
      daysOverdue: overdue && n.deadline ? daysBetween(n.deadline, today) : 0,
      ownerName: n.ownerName,
      itemCount: Object.values(counts).reduce((a, b) => a + b, 0),
      submittedCount: counts.submitted ?? 0,
      acceptedCount: counts.accepted ?? 0,
      closedOn: n.closedOn,
      escalatedOn: n.escalatedOn,
      version: n.version,
    };
  }

  private async detail(m: EntityManager, actor: Actor, notice: FoodSafetyNotice): Promise<NoticeDetailDto> {
    const today = this.clock.today();
    const soonUntil = addDays(today, (await this.dueSoonDays(m)) - 1);
    const items = await this.itemsOf(m, notice.id);
    const canteen = await m.findOne(Canteen, { where: { id: notice.canteenId }, select: { id: true, name: true, kind: true, schoolId: true } });
    const counts: Record<string, number> = {};
    for (const i of items) counts[i.status] = (counts[i.status] ?? 0) + 1;
    const evidence = items.length
      ? await m.find(FoodSafetyNoticeEvidence, { where: { noticeItemId: In(items.map((i) => i.id)) }, order: { submittedAt: 'DESC', id: 'DESC' } })
      : [];
    const links = evidence.length
      ? await m.find(FoodSafetyNoticeEvidenceFile, { where: { evidenceId: In(evidence.map((e) => e.id)) }, order: { position: 'ASC' } })
      : [];
    const files = links.length ? await m.find(StoredFile, { where: { id: In([...new Set(links.map((l) => l.fileId))]) } }) : [];
    const fileById = new Map(files.map((f) => [f.id, f]));
    const evidenceDto = (e: FoodSafetyNoticeEvidence): EvidenceDto => ({
      id: e.id,
      note: e.note,
      files: links
        .filter((l) => l.evidenceId === e.id)
        .flatMap((l) => {
          const f = fileById.get(l.fileId);
          return f
            ? [{ id: f.id, originalName: f.originalName, mediaType: f.mediaType, size: f.size, url: `/api/food-safety/notices/${notice.id}/files/${f.id}` }]
            : [];
        }),
      submittedByName: e.submittedByName,
      submittedAt: e.submittedAt.toISOString(),
      reviewResult: e.reviewResult,
      reviewNote: e.reviewNote,
      reviewedByName: e.reviewedByName,
      reviewedAt: e.reviewedAt ? e.reviewedAt.toISOString() : null,
    });
    const canRectify = hasPermission(actor, FS_RECTIFY);
    const canInspect = hasPermission(actor, FS_INSPECT);
    const itemAllowed = (a: NoticeItemAction) => (a === 'submitEvidence' ? canRectify : canInspect);
    const noticeAllowed = (a: NoticeAction) => (a === 'setOwner' ? canRectify : canInspect);
    const noticeItems: NoticeItemDto[] = items.map((i) => ({
      id: i.id,
      itemCode: i.itemCode,
      areaCode: i.areaCode,
      areaName: i.areaName,
      text: i.text,
      severity: i.severity,
      finding: i.finding,
      requirement: i.requirement,
      measures: i.measures,
      position: i.position,
      status: i.status,
      reviewNote: i.reviewNote,
      reviewedByName: i.reviewedByName,
      reviewedAt: i.reviewedAt ? i.reviewedAt.toISOString() : null,
      reinspectionId: i.reinspectionId,
      actions: allowedItemActions(notice.status, i.status).filter(itemAllowed),
      evidence: evidence.filter((e) => e.noticeItemId === i.id).map(evidenceDto),
      version: i.version,
    }));
    const reinspections = await m.find(Inspection, {
      where: { followsInspectionId: notice.inspectionId },
      select: { id: true, inspectedOn: true, status: true },
      order: { inspectedOn: 'ASC', id: 'ASC' },
    });
    return {
      ...this.listItem(notice, counts, canteen ?? undefined, today, soonUntil),
      schoolId: canteen?.schoolId ?? null,
      issuedByName: notice.issuedByName,
      ownerUserId: notice.ownerUserId,
      measures: notice.measures,
      closedVia: notice.closedVia,
      escalationReason: notice.escalationReason,
      actions: allowedNoticeActions(noticeState(notice, items), today).filter(noticeAllowed),
      noticeItems,
      reinspections: reinspections.map((r) => ({ id: r.id, inspectedOn: r.inspectedOn, status: r.status })),
    };
  }

  private async findInScope(m: EntityManager, actor: Actor, permission: string, id: string): Promise<FoodSafetyNotice> {
    const row = await this.scopedQuery(m, actor, permission).andWhere('n.id = :noticeId', { noticeId: id }).getOne();
    if (!row) throw problems.notFound('notice');
    return row;
  }

  /** The notice in scope, re-read under its row lock on PostgreSQL (SQLite's write queue serialises writers). */
  private async lockInScope(m: EntityManager, actor: Actor, permission: string, id: string): Promise<FoodSafetyNotice> {
    await this.findInScope(m, actor, permission, id);
    const qb = m.createQueryBuilder(FoodSafetyNotice, 'ln').where('ln.id = :id', { id });
    if (m.connection.options.type === 'postgres') qb.setLock('pessimistic_write');
    const row = await qb.getOne();
    if (!row) throw problems.notFound('notice');
    return row;
  }

  private itemsOf(m: EntityManager, noticeId: string): Promise<FoodSafetyNoticeItem[]> {
    return m.find(FoodSafetyNoticeItem, { where: { noticeId }, order: { position: 'ASC', id: 'ASC' } });
  }

  /** A versioned update of the notice (stale → 409); answers the row as saved. */
  private async updateNotice(m: EntityManager, notice: FoodSafetyNotice, version: number, changes: Partial<FoodSafetyNotice>): Promise<FoodSafetyNotice> {
    const result = await m
      .createQueryBuilder()
      .update(FoodSafetyNotice)
      .set({ ...changes, version: () => 'version + 1' } as never)
      .where('id = :id AND version = :version', { id: notice.id, version })
      .execute();
    if (!result.affected) throw problems.staleVersion(notice.version);
    return m.findOneByOrFail(FoodSafetyNotice, { id: notice.id });
  }

  /**
   * Stores the notice's status after an item changed. Answers whether every item not yet accepted now
   * waits for review (evidence complete), which is when the inspectors are told.
   */
  private async settleNotice(m: EntityManager, notice: FoodSafetyNotice, next: FoodSafetyNotice['status'], items: FoodSafetyNoticeItem[]): Promise<boolean> {
    const waiting = items.filter((i) => i.status !== 'accepted');
    const complete = waiting.length > 0 && waiting.every((i) => i.status === 'submitted');
    const changed = next !== notice.status;
    notice.status = next;
    notice.updatedAt = this.clock.now();
    await m.update(FoodSafetyNotice, { id: notice.id }, { status: next, updatedAt: notice.updatedAt, version: () => 'version + 1' } as never);
    notice.version += 1;
    return complete && (changed || notice.status === 'escalated');
  }

  private requireNoticeAction(notice: FoodSafetyNotice, items: FoodSafetyNoticeItem[], action: NoticeAction, locale: Locale): void {
    const today = this.clock.today();
    const step = noticeTransition(noticeState(notice, items), action, today);
    if (step.ok) return;
    const text = allowedText(step.allowed, locale);
    const extra = { noticeId: notice.id, noticeStatus: notice.status, action, allowed: step.allowed };
    if (action === 'escalate' && (notice.status === 'open' || notice.status === 'evidenceSubmitted') && notice.deadline) {
      throw problems.conflict('foodSafety.notice.notOverdue', { deadline: notice.deadline, allowedText: text }, extra);
    }
    if (action === 'close' && notice.status !== 'closed') {
      const count = items.filter((i) => i.status !== 'accepted').length;
      throw problems.conflict('foodSafety.notice.itemsNotAccepted', { count, allowedText: text }, extra);
    }
    throw problems.conflict(
      'foodSafety.notice.illegalTransition',
      { status: NOTICE_STATUS_WORDS[notice.status][locale], action: NOTICE_ACTION_WORDS[action][locale], allowedText: text },
      extra,
    );
  }

  private itemConflict(item: FoodSafetyNoticeItem, action: NoticeItemAction, allowed: NoticeItemAction[], locale: Locale): AppError {
    return problems.conflict(
      'foodSafety.noticeItem.illegalTransition',
      { status: NOTICE_ITEM_STATUS_WORDS[item.status][locale], action: NOTICE_ACTION_WORDS[action][locale], allowedText: allowedText(allowed, locale) },
      { itemId: item.id, itemStatus: item.status, action, allowed },
    );
  }

  /** The files named, each once, uploaded by the caller or visible to them; else a field error on `fileIds.<i>`. */
  private async checkFiles(m: EntityManager, actor: Actor, ids: string[]): Promise<StoredFile[]> {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) throw problems.field(`fileIds.${i}`, 'foodSafety.notice.duplicateFile');
      seen.add(id);
    });
    const rows = ids.length ? await m.find(StoredFile, { where: { id: In(ids) } }) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id, i) => {
      const f = byId.get(id);
      if (!f || !this.files.canSee(actor, f)) throw problems.field(`fileIds.${i}`, 'foodSafety.notice.fileNotFound');
      return f;
    });
  }
}
