/**
 * How the inspections part opens and updates rectification notices 整改通知书 — the contract between
 * the two parts. Inject `NoticeOpeningService` (a provider of FoodSafetyModule, exported from
 * '../rectification/notice-opening.js') and call it INSIDE the inspection's submit transaction,
 * passing that transaction's EntityManager, so the notice commits or rolls back with the inspection.
 *
 * 1. `openForInspection(manager, input): Promise<OpenedNotice | null>` — for every submitted
 *    inspection (re-inspections whose failures are not on an open notice too):
 *      input = {
 *        inspectionId, canteenId,
 *        scopePath,            // the canteen's scope_path (school organisation path, or supplier region path)
 *        issuedOn,             // 'YYYY-MM-DD', the inspection's date
 *        letterNumber,         // the opinion letter's number; the notice is numbered `${letterNumber}整改`
 *        items: [{ itemCode, areaCode, areaName?, text, severity, note?, requirement?, position? }],
 *                              // the items ON the notice: failed, not corrected on site, not left off —
 *                              // i.e. noticeCandidates(results, leaveOff).onNotice from shared/rules
 *        deadline: { kind: 'date', on: 'YYYY-MM-DD' } | { kind: 'immediateOngoing' },
 *        owner?: { name, userId? },       // 整改责任人 if known at the inspection; the school may set it later
 *        inspectorUserIds?: string[],     // inspectors with accounts: they are told when evidence comes in
 *        actor,                           // the submitting inspector (Actor)
 *      }
 *    Returns null (and writes nothing) when `items` is empty. Idempotent per inspection: a second
 *    call for the same inspectionId returns the existing notice unchanged. Validates the deadline
 *    (a date not before issuedOn) and throws a 400 problem (fields `deadline.on`, `items`) otherwise.
 *    Audits `foodSafety.notice.issue` and notifies the school's coordinators and principal (in-app).
 *
 * 2. `applyReinspection(manager, input): Promise<ReinspectionApplied | null>` — when a re-inspection
 *    (kind 'reinspection', follows_inspection_id set) is submitted:
 *      input = { reinspectionId, followsInspectionId, on: 'YYYY-MM-DD',
 *                results: [{ itemCode, result: 'compliant'|'nonCompliant'|'notApplicable'|'notObserved', correctedOnSite }],
 *                actor }
 *    Finds the notice of `followsInspectionId` (null when it has none). Items compliant, not applicable,
 *    or failed-but-corrected-on-site are accepted; failed ones are reopened; items not in `results` or
 *    not observed keep their status. Every item accepted closes the notice (closedVia 'reinspection').
 *    On a closed notice it changes nothing and returns `{ ..., applied: false }`. The answer lists
 *    `newFailures`: failed, not-corrected item codes of the re-inspection that are not on the notice
 *    (on a closed notice: all of them) — open a notice for the re-inspection itself
 *    (openForInspection with its own id) for those.
 *    Audits `foodSafety.notice.reinspect`. Evidence still waiting for review on an item the
 *    re-inspection settles gets the re-inspection's verdict (accepted '复查合格' / rejected '复查仍不符合'),
 *    so no submission is left pending on an item that is no longer waiting for review.
 *
 * 3. `applyAmendment(manager, input): Promise<AmendmentApplied>` — when a submitted inspection is
 *    amended, INSIDE the amendment's transaction, with the items that belong on its notice now
 *    (same shape as openForInspection's `items`) and the amendment's reason:
 *      - no notice yet and items: opens one (`deadline` required: 400 on field `deadline` otherwise);
 *      - an open / evidence-submitted / escalated notice: items newly failed are added (open); items
 *        no longer failed (or now corrected on site, or left off) are withdrawn — marked accepted with
 *        the review note 检查结果已更正 and the reason, their waiting evidence reviewed likewise; the
 *        findings of the others follow the amended notes; every item accepted closes the notice
 *        (closedVia 'amendment'), else its status settles as after any item change;
 *      - a closed notice (销号) takes no new item: 409 'foodSafety.notice.closedNoNewItems' (the
 *        inspector re-inspects instead); withdrawing from it changes nothing.
 *    Audits `foodSafety.notice.amend` and tells the school when items were added or withdrawn.
 *
 * 4. `settledByReinspection(manager, reinspectionId, followsInspectionId)` — the notice of the
 *    inspection a re-inspection follows, when that re-inspection's submit applied to it (its item codes
 *    stay off the re-inspection's own notice), else null.
 */
import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { newId } from '@schoolbridge/shared';
import { AuditService, Clock, NotificationService, problems, type Actor } from '@schoolbridge/core';
import type { ItemResult, Severity } from '../../shared/rules/index.js';
import { applyReinspectionResults, settledNoticeStatus, type NoticeStatus, type ReinspectionVerdict } from '../../shared/rules/notice-states.js';
import { FoodSafetyNoticeEvidence } from './entities/notice-evidence.entity.js';
import { FoodSafetyNotice } from './entities/notice.entity.js';
import { FoodSafetyNoticeItem } from './entities/notice-item.entity.js';
import { NoticeRecipients } from './notice-recipients.js';

export interface NoticeOpeningItem {
  itemCode: string;
  areaCode: string;
  areaName?: string | null;
  text: string;
  severity: Severity;
  /** The inspector's note on the item (what was found). */
  note?: string | null;
  /** The requirement 整改要求, if the inspector wrote one. */
  requirement?: string | null;
  position?: number;
}

export type NoticeDeadlineInput = { kind: 'date'; on: string } | { kind: 'immediateOngoing' };

export interface OpenNoticeInput {
  inspectionId: string;
  canteenId: string;
  scopePath: string;
  issuedOn: string;
  letterNumber: string;
  items: NoticeOpeningItem[];
  deadline: NoticeDeadlineInput;
  owner?: { name: string; userId?: string | null } | null;
  inspectorUserIds?: string[];
  actor: Actor;
}

export interface OpenedNotice {
  id: string;
  number: string;
  status: NoticeStatus;
  itemCount: number;
}

export interface ReinspectionInput {
  reinspectionId: string;
  followsInspectionId: string;
  on: string;
  results: { itemCode: string; result: ItemResult; correctedOnSite: boolean }[];
  actor: Actor;
}

export interface ReinspectionApplied {
  noticeId: string;
  applied: boolean;
  status: NoticeStatus;
  accepted: string[];
  reopened: string[];
  newFailures: string[];
}

export interface AmendmentInput {
  inspectionId: string;
  canteenId: string;
  scopePath: string;
  issuedOn: string;
  letterNumber: string;
  /** The items that belong on the notice after the amendment. */
  items: NoticeOpeningItem[];
  /** Needed only when the amendment opens the notice. */
  deadline: NoticeDeadlineInput | null;
  owner?: { name: string; userId?: string | null } | null;
  inspectorUserIds?: string[];
  reason: string;
  actor: Actor;
}

export interface AmendmentApplied {
  noticeId: string | null;
  /** The notice was opened by this amendment. */
  opened: boolean;
  added: string[];
  withdrawn: string[];
  status: NoticeStatus | null;
}

export const NOTICE_NUMBER_SUFFIX = '整改';

/** The review note of an item withdrawn from a notice by an amendment of the inspection. */
export const WITHDRAWN_NOTE = '检查结果已更正，该项不再列入整改';

function verdictOf(r: { result: ItemResult; correctedOnSite: boolean } | undefined): ReinspectionVerdict {
  if (!r || r.result === 'notObserved') return 'notChecked';
  if (r.result === 'nonCompliant' && !r.correctedOnSite) return 'failed';
  return 'passed';
}

@Injectable()
export class NoticeOpeningService {
  constructor(
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly recipients: NoticeRecipients,
  ) {}

  async openForInspection(manager: EntityManager, input: OpenNoticeInput): Promise<OpenedNotice | null> {
    if (input.items.length === 0) return null;
    const existing = await manager.findOneBy(FoodSafetyNotice, { inspectionId: input.inspectionId });
    if (existing) {
      const itemCount = await manager.countBy(FoodSafetyNoticeItem, { noticeId: existing.id });
      return { id: existing.id, number: existing.number, status: existing.status, itemCount };
    }
    if (input.deadline.kind === 'date' && !(typeof input.deadline.on === 'string' && input.deadline.on >= input.issuedOn)) {
      throw problems.field('deadline.on', 'foodSafety.notice.deadlineBeforeIssue', { issuedOn: input.issuedOn });
    }
    const codes = new Set<string>();
    for (const it of input.items) {
      if (codes.has(it.itemCode)) throw problems.field('items', 'foodSafety.notice.duplicateItem', { itemCode: it.itemCode });
      codes.add(it.itemCode);
    }
    const now = this.clock.now();
    const notice = manager.create(FoodSafetyNotice, {
      id: newId(),
      inspectionId: input.inspectionId,
      canteenId: input.canteenId,
      scopePath: input.scopePath,
      number: `${input.letterNumber}${NOTICE_NUMBER_SUFFIX}`,
      issuedOn: input.issuedOn,
      issuedBy: input.actor.userId,
      issuedByName: input.actor.displayName.slice(0, 50),
      ownerName: input.owner?.name?.trim() ? input.owner.name.trim().slice(0, 50) : null,
      ownerUserId: input.owner?.userId ?? null,
      measures: null,
      deadlineKind: input.deadline.kind,
      deadline: input.deadline.kind === 'date' ? input.deadline.on : null,
      status: 'open',
      closedOn: null,
      closedBy: null,
      closedVia: null,
      escalatedOn: null,
      escalatedBy: null,
      escalationReason: null,
      lastReinspectionId: null,
      inspectorUserIds: [...new Set([input.actor.userId, ...(input.inspectorUserIds ?? [])])],
      createdAt: now,
      updatedAt: now,
    });
    await manager.save(FoodSafetyNotice, notice);
    const items = input.items.map((it, i) =>
      manager.create(FoodSafetyNoticeItem, {
        id: newId(),
        noticeId: notice.id,
        itemCode: it.itemCode,
        areaCode: it.areaCode,
        areaName: it.areaName ?? null,
        text: it.text,
        severity: it.severity,
        finding: it.note ?? null,
        requirement: it.requirement ?? null,
        measures: null,
        position: it.position ?? i + 1,
        status: 'open',
        evidenceNote: null,
        evidenceFileIds: null,
        evidenceAt: null,
        reviewNote: null,
        reviewedBy: null,
        reviewedByName: null,
        reviewedAt: null,
        reinspectionId: null,
        updatedAt: now,
      }),
    );
    await manager.save(FoodSafetyNoticeItem, items);
    await this.audit.record(
      {
        action: 'foodSafety.notice.issue',
        entityType: 'foodSafetyNotice',
        entityId: notice.id,
        after: { ...notice, items: items.map((i) => i.itemCode) },
        scopePath: notice.scopePath,
      },
      manager,
    );
    const to = await this.recipients.schoolUsers(manager, notice);
    await this.notifications.notify(
      to,
      {
        type: 'foodSafety.noticeIssued',
        title: { 'zh-CN': `收到整改通知书 ${notice.number}`, en: `Rectification notice ${notice.number} received` },
        body: {
          'zh-CN': `共 ${items.length} 项需整改，${notice.deadline ? `期限 ${notice.deadline}` : '立行立改并长期坚持'}；请逐项提交整改材料。`,
          en: `${items.length} item(s) to rectify, ${notice.deadline ? `due ${notice.deadline}` : 'immediately and ongoing'}; submit evidence for each item.`,
        },
        link: `/food-safety/notices/${notice.id}`,
        data: { noticeId: notice.id },
      },
      manager,
    );
    return { id: notice.id, number: notice.number, status: notice.status, itemCount: items.length };
  }

  async applyReinspection(manager: EntityManager, input: ReinspectionInput): Promise<ReinspectionApplied | null> {
    const notice = await manager.findOneBy(FoodSafetyNotice, { inspectionId: input.followsInspectionId });
    if (!notice) return null;
    const items = await manager.find(FoodSafetyNoticeItem, { where: { noticeId: notice.id }, order: { position: 'ASC' } });
    const byCode = new Map(input.results.map((r) => [r.itemCode, r]));
    const onNotice = new Set(items.map((i) => i.itemCode));
    const newFailures = input.results.filter((r) => r.result === 'nonCompliant' && !r.correctedOnSite && !onNotice.has(r.itemCode)).map((r) => r.itemCode);
    const verdicts = items.map((i) => verdictOf(byCode.get(i.itemCode)));
    const outcome = applyReinspectionResults({ status: notice.status, deadlineKind: notice.deadlineKind, deadline: notice.deadline, items }, verdicts);
    if (!outcome.ok) {
      // a closed notice takes nothing more: every failure of the re-inspection goes onto a notice of its own
      const allFailures = input.results.filter((r) => r.result === 'nonCompliant' && !r.correctedOnSite).map((r) => r.itemCode);
      return { noticeId: notice.id, applied: false, status: notice.status, accepted: [], reopened: [], newFailures: allFailures };
    }
    const now = this.clock.now();
    const before = { status: notice.status, items: items.map((i) => ({ itemCode: i.itemCode, status: i.status })) };
    const accepted: string[] = [];
    const reopened: string[] = [];
    const changed: FoodSafetyNoticeItem[] = [];
    items.forEach((item, i) => {
      const next = outcome.items[i]!;
      if (verdicts[i] === 'notChecked') return;
      if (verdicts[i] === 'passed') accepted.push(item.itemCode);
      else reopened.push(item.itemCode);
      item.status = next;
      item.reinspectionId = input.reinspectionId;
      item.reviewNote = verdicts[i] === 'passed' ? '复查合格' : '复查仍不符合';
      item.reviewedBy = input.actor.userId;
      item.reviewedByName = input.actor.displayName.slice(0, 50);
      item.reviewedAt = now;
      item.updatedAt = now;
      changed.push(item);
    });
    if (changed.length > 0) await manager.save(FoodSafetyNoticeItem, changed);
    // evidence still waiting for review on a settled item is reviewed by the re-inspection's verdict
    await this.reviewPendingEvidence(
      manager,
      items.filter((i) => accepted.includes(i.itemCode)),
      'accepted',
      '复查合格',
      input.actor,
      now,
    );
    await this.reviewPendingEvidence(
      manager,
      items.filter((i) => reopened.includes(i.itemCode)),
      'rejected',
      '复查仍不符合',
      input.actor,
      now,
    );
    notice.status = outcome.next;
    notice.lastReinspectionId = input.reinspectionId;
    if (outcome.next === 'closed') {
      notice.closedOn = input.on;
      notice.closedBy = input.actor.userId;
      notice.closedVia = 'reinspection';
    }
    notice.updatedAt = now;
    await manager.save(FoodSafetyNotice, notice);
    await this.audit.record(
      {
        action: 'foodSafety.notice.reinspect',
        entityType: 'foodSafetyNotice',
        entityId: notice.id,
        before,
        after: { status: notice.status, reinspectionId: input.reinspectionId, accepted, reopened },
        scopePath: notice.scopePath,
      },
      manager,
    );
    if (reopened.length > 0) {
      const to = await this.recipients.schoolUsers(manager, notice);
      await this.notifications.notify(
        to,
        {
          type: 'foodSafety.noticeReopened',
          title: { 'zh-CN': `复查后仍需整改：${notice.number}`, en: `Still to rectify after re-inspection: ${notice.number}` },
          body: {
            'zh-CN': `复查发现 ${reopened.length} 项仍不符合，请继续整改并提交材料。`,
            en: `${reopened.length} item(s) still failed at the re-inspection; rectify and submit evidence again.`,
          },
          link: `/food-safety/notices/${notice.id}`,
          data: { noticeId: notice.id },
        },
        manager,
      );
    }
    return { noticeId: notice.id, applied: true, status: notice.status, accepted, reopened, newFailures };
  }

  async applyAmendment(manager: EntityManager, input: AmendmentInput): Promise<AmendmentApplied> {
    const notice = await manager.findOneBy(FoodSafetyNotice, { inspectionId: input.inspectionId });
    if (!notice) {
      if (input.items.length === 0) return { noticeId: null, opened: false, added: [], withdrawn: [], status: null };
      if (!input.deadline) throw problems.field('deadline', 'foodSafety.inspection.deadlineRequired', { count: input.items.length });
      const opened = (await this.openForInspection(manager, { ...input, deadline: input.deadline }))!;
      return { noticeId: opened.id, opened: true, added: input.items.map((i) => i.itemCode), withdrawn: [], status: opened.status };
    }
    const items = await manager.find(FoodSafetyNoticeItem, { where: { noticeId: notice.id }, order: { position: 'ASC', id: 'ASC' } });
    const wanted = new Map(input.items.map((i) => [i.itemCode, i]));
    const onNotice = new Set(items.map((i) => i.itemCode));
    const added = input.items.filter((i) => !onNotice.has(i.itemCode));
    const withdrawn = items.filter((i) => !wanted.has(i.itemCode) && i.status !== 'accepted');
    if (notice.status === 'closed') {
      if (added.length > 0)
        throw problems.conflict(
          'foodSafety.notice.closedNoNewItems',
          { number: notice.number },
          { noticeId: notice.id, itemCodes: added.map((i) => i.itemCode) },
        );
      return { noticeId: notice.id, opened: false, added: [], withdrawn: [], status: notice.status };
    }
    const now = this.clock.now();
    const before = { status: notice.status, items: items.map((i) => ({ itemCode: i.itemCode, status: i.status, finding: i.finding })) };
    const reviewNote = `${WITHDRAWN_NOTE}（${input.reason}）`;
    for (const item of withdrawn) {
      Object.assign(item, {
        status: 'accepted',
        reviewNote,
        reviewedBy: input.actor.userId,
        reviewedByName: input.actor.displayName.slice(0, 50),
        reviewedAt: now,
        updatedAt: now,
      });
    }
    await this.reviewPendingEvidence(manager, withdrawn, 'accepted', reviewNote, input.actor, now);
    const refound: FoodSafetyNoticeItem[] = [];
    for (const item of items) {
      const w = wanted.get(item.itemCode);
      if (w && (w.note ?? null) !== item.finding) {
        item.finding = w.note ?? null;
        item.updatedAt = now;
        refound.push(item);
      }
    }
    const changedItems = [...new Set([...withdrawn, ...refound])];
    if (changedItems.length > 0) await manager.save(FoodSafetyNoticeItem, changedItems);
    let position = items.reduce((max, i) => Math.max(max, i.position), 0);
    const fresh = added.map((it) =>
      manager.create(FoodSafetyNoticeItem, {
        id: newId(),
        noticeId: notice.id,
        itemCode: it.itemCode,
        areaCode: it.areaCode,
        areaName: it.areaName ?? null,
        text: it.text,
        severity: it.severity,
        finding: it.note ?? null,
        requirement: it.requirement ?? null,
        measures: null,
        position: it.position ?? ++position,
        status: 'open',
        evidenceNote: null,
        evidenceFileIds: null,
        evidenceAt: null,
        reviewNote: null,
        reviewedBy: null,
        reviewedByName: null,
        reviewedAt: null,
        reinspectionId: null,
        updatedAt: now,
      }),
    );
    if (fresh.length > 0) await manager.save(FoodSafetyNoticeItem, fresh);
    const all = [...items, ...fresh];
    const closes = all.length > 0 && all.every((i) => i.status === 'accepted');
    const next: NoticeStatus = closes ? 'closed' : settledNoticeStatus(notice.status, all);
    if (next !== notice.status || changedItems.length > 0 || fresh.length > 0) {
      await manager.update(FoodSafetyNotice, { id: notice.id }, {
        status: next,
        updatedAt: now,
        ...(closes ? { closedOn: this.clock.today(), closedBy: input.actor.userId, closedVia: 'amendment' as const } : {}),
        version: () => 'version + 1',
      } as never);
    }
    const addedCodes = added.map((i) => i.itemCode);
    const withdrawnCodes = withdrawn.map((i) => i.itemCode);
    if (addedCodes.length === 0 && withdrawnCodes.length === 0 && refound.length === 0)
      return { noticeId: notice.id, opened: false, added: [], withdrawn: [], status: notice.status };
    await this.audit.record(
      {
        action: 'foodSafety.notice.amend',
        entityType: 'foodSafetyNotice',
        entityId: notice.id,
        before,
        after: {
          status: next,
          reason: input.reason,
          added: addedCodes,
          withdrawn: withdrawnCodes,
          findings: refound.map((i) => ({ itemCode: i.itemCode, finding: i.finding })),
        },
        scopePath: notice.scopePath,
      },
      manager,
    );
    if (addedCodes.length > 0 || withdrawnCodes.length > 0) {
      const parts = [addedCodes.length ? `新增 ${addedCodes.length} 项需整改` : '', withdrawnCodes.length ? `${withdrawnCodes.length} 项不再列入整改` : '']
        .filter(Boolean)
        .join('，');
      const partsEn = [addedCodes.length ? `${addedCodes.length} item(s) added` : '', withdrawnCodes.length ? `${withdrawnCodes.length} item(s) withdrawn` : '']
        .filter(Boolean)
        .join(', ');
      await this.notifications.notify(
        await this.recipients.schoolUsers(manager, notice),
        {
          type: 'foodSafety.noticeAmended',
          title: { 'zh-CN': `整改通知书已更正：${notice.number}`, en: `Rectification notice corrected: ${notice.number}` },
          body: { 'zh-CN': `检查结果更正（${input.reason}）：${parts}。`, en: `Inspection results corrected (${input.reason}): ${partsEn}.` },
          link: `/food-safety/notices/${notice.id}`,
          data: { noticeId: notice.id },
        },
        manager,
      );
    }
    return { noticeId: notice.id, opened: false, added: addedCodes, withdrawn: withdrawnCodes, status: next };
  }

  async settledByReinspection(
    manager: EntityManager,
    reinspectionId: string,
    followsInspectionId: string,
  ): Promise<{ noticeId: string; number: string; itemCodes: string[] } | null> {
    const notice = await manager.findOneBy(FoodSafetyNotice, { inspectionId: followsInspectionId });
    if (!notice) return null;
    const items = await manager.find(FoodSafetyNoticeItem, { where: { noticeId: notice.id }, select: { id: true, itemCode: true, reinspectionId: true } });
    const applied = notice.lastReinspectionId === reinspectionId || items.some((i) => i.reinspectionId === reinspectionId);
    return applied ? { noticeId: notice.id, number: notice.number, itemCodes: items.map((i) => i.itemCode) } : null;
  }

  /** Gives evidence still waiting for review on these items the review result of what settled them. */
  private async reviewPendingEvidence(
    manager: EntityManager,
    items: readonly FoodSafetyNoticeItem[],
    result: 'accepted' | 'rejected',
    note: string,
    actor: Actor,
    at: Date,
  ): Promise<void> {
    if (items.length === 0) return;
    await manager
      .createQueryBuilder()
      .update(FoodSafetyNoticeEvidence)
      .set({ reviewResult: result, reviewNote: note, reviewedBy: actor.userId, reviewedByName: actor.displayName.slice(0, 50), reviewedAt: at })
      .where('notice_item_id IN (:...ids) AND review_result IS NULL', { ids: items.map((i) => i.id) })
      .execute();
  }
}

/** The notices of these inspections, by inspection id (for the inspections part's detail pages). */
export async function noticesOfInspections(
  manager: EntityManager,
  inspectionIds: string[],
): Promise<Map<string, { id: string; number: string; status: NoticeStatus }>> {
  if (inspectionIds.length === 0) return new Map();
  const rows = await manager.find(FoodSafetyNotice, {
    where: { inspectionId: In(inspectionIds) },
    select: { id: true, number: true, status: true, inspectionId: true },
  });
  return new Map(rows.map((r) => [r.inspectionId, { id: r.id, number: r.number, status: r.status }]));
}
