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
 *    Audits `foodSafety.notice.reinspect`.
 */
import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { newId } from '@schoolbridge/shared';
import { AuditService, Clock, NotificationService, problems, type Actor } from '@schoolbridge/core';
import type { ItemResult, Severity } from '../../shared/rules/index.js';
import { applyReinspectionResults, type NoticeStatus, type ReinspectionVerdict } from '../../shared/rules/notice-states.js';
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

export const NOTICE_NUMBER_SUFFIX = '整改';

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
      { action: 'foodSafety.notice.issue', entityType: 'foodSafetyNotice', entityId: notice.id, after: { ...notice, items: items.map((i) => i.itemCode) }, scopePath: notice.scopePath },
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
          body: { 'zh-CN': `复查发现 ${reopened.length} 项仍不符合，请继续整改并提交材料。`, en: `${reopened.length} item(s) still failed at the re-inspection; rectify and submit evidence again.` },
          link: `/food-safety/notices/${notice.id}`,
          data: { noticeId: notice.id },
        },
        manager,
      );
    }
    return { noticeId: notice.id, applied: true, status: notice.status, accepted, reopened, newFailures };
  }
}

/** The notices of these inspections, by inspection id (for the inspections part's detail pages). */
export async function noticesOfInspections(manager: EntityManager, inspectionIds: string[]): Promise<Map<string, { id: string; number: string; status: NoticeStatus }>> {
  if (inspectionIds.length === 0) return new Map();
  const rows = await manager.find(FoodSafetyNotice, { where: { inspectionId: In(inspectionIds) }, select: { id: true, number: true, status: true, inspectionId: true } });
  return new Map(rows.map((r) => [r.inspectionId, { id: r.id, number: r.number, status: r.status }]));
}
