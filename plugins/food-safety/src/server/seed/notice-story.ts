/**
 * A rectification notice's life in the demo, step by step through the notice rules of
 * shared/rules/notice-states (the same ones the server enforces): each step is checked and refused
 * when the state machine would refuse it, so the seeded notices are states the app can reach.
 */
import { newId } from '@schoolbridge/shared';
import type { ItemResult } from '../../shared/rules/index.js';
import {
  applyReinspectionResults,
  itemTransition,
  noticeTransition,
  type NoticeItemAction,
  type NoticeState,
  type ReinspectionVerdict,
} from '../../shared/rules/notice-states.js';
import type { FoodSafetyNoticeEvidence } from '../rectification/entities/notice-evidence.entity.js';
import type { FoodSafetyNoticeItem } from '../rectification/entities/notice-item.entity.js';
import type { FoodSafetyNotice } from '../rectification/entities/notice.entity.js';

export interface Person {
  userId: string | null;
  name: string;
}

export class NoticeStory {
  readonly evidence: FoodSafetyNoticeEvidence[] = [];

  constructor(
    readonly notice: FoodSafetyNotice,
    readonly items: FoodSafetyNoticeItem[],
    private readonly now: Date,
  ) {}

  private state(): NoticeState {
    return { status: this.notice.status, deadlineKind: this.notice.deadlineKind, deadline: this.notice.deadline, items: this.items };
  }

  private check(at: Date): void {
    if (at.getTime() > this.now.getTime()) throw new Error(`demo notice ${this.notice.number}: a step at ${at.toISOString()} is after now`);
    if (at.getTime() < this.notice.updatedAt.getTime()) throw new Error(`demo notice ${this.notice.number}: steps out of order at ${at.toISOString()}`);
  }

  private touch(at: Date): void {
    this.notice.updatedAt = at;
    this.notice.version += 1;
  }

  private itemStep(index: number, action: NoticeItemAction, at: Date): FoodSafetyNoticeItem {
    this.check(at);
    const step = itemTransition(this.state(), index, action);
    if (!step.ok) throw new Error(`demo notice ${this.notice.number}: ${action} on item ${index} not allowed (allowed: ${step.allowed.join(', ')})`);
    const item = this.items[index]!;
    item.status = step.next;
    item.updatedAt = at;
    item.version += 1;
    this.notice.status = step.noticeNext;
    this.touch(at);
    return item;
  }

  submitEvidence(index: number, at: Date, note: string, by: Person): void {
    const item = this.itemStep(index, 'submitEvidence', at);
    Object.assign(item, { evidenceNote: note, evidenceFileIds: [], evidenceAt: at });
    this.evidence.push({
      id: newId(),
      noticeItemId: item.id,
      note,
      submittedBy: by.userId,
      submittedByName: by.name.slice(0, 50),
      submittedAt: at,
      reviewResult: null,
      reviewNote: null,
      reviewedBy: null,
      reviewedByName: null,
      reviewedAt: null,
    });
  }

  review(index: number, action: 'accept' | 'reject', at: Date, note: string | null, by: Person): void {
    const item = this.itemStep(index, action, at);
    Object.assign(item, { reviewNote: note, reviewedBy: by.userId, reviewedByName: by.name.slice(0, 50), reviewedAt: at });
    const latest = this.evidence.filter((e) => e.noticeItemId === item.id).at(-1);
    if (latest && latest.reviewResult === null) {
      Object.assign(latest, {
        reviewResult: action === 'accept' ? 'accepted' : 'rejected',
        reviewNote: note,
        reviewedBy: by.userId,
        reviewedByName: by.name.slice(0, 50),
        reviewedAt: at,
      });
    }
  }

  close(on: string, at: Date, by: Person): void {
    this.check(at);
    const step = noticeTransition(this.state(), 'close', on);
    if (!step.ok) throw new Error(`demo notice ${this.notice.number}: close not allowed (allowed: ${step.allowed.join(', ')})`);
    Object.assign(this.notice, { status: step.next, closedOn: on, closedBy: by.userId, closedVia: 'review' });
    this.touch(at);
  }

  escalate(on: string, at: Date, reason: string, by: Person): void {
    this.check(at);
    const step = noticeTransition(this.state(), 'escalate', on);
    if (!step.ok) throw new Error(`demo notice ${this.notice.number}: escalate not allowed on ${on} (allowed: ${step.allowed.join(', ')})`);
    Object.assign(this.notice, { status: step.next, escalatedOn: on, escalatedBy: by.userId, escalationReason: reason });
    this.touch(at);
  }

  /** What NoticeOpeningService.applyReinspection does with a re-inspection's results. */
  reinspect(reinspectionId: string, on: string, at: Date, results: { itemCode: string; result: ItemResult; correctedOnSite: boolean }[], by: Person): void {
    this.check(at);
    const byCode = new Map(results.map((r) => [r.itemCode, r]));
    const verdicts: ReinspectionVerdict[] = this.items.map((i) => {
      const r = byCode.get(i.itemCode);
      if (!r || r.result === 'notObserved') return 'notChecked';
      return r.result === 'nonCompliant' && !r.correctedOnSite ? 'failed' : 'passed';
    });
    const outcome = applyReinspectionResults(this.state(), verdicts);
    if (!outcome.ok) throw new Error(`demo notice ${this.notice.number}: re-inspection not applicable`);
    this.items.forEach((item, i) => {
      if (verdicts[i] === 'notChecked') return;
      Object.assign(item, {
        status: outcome.items[i]!,
        reinspectionId,
        reviewNote: verdicts[i] === 'passed' ? '复查合格' : '复查仍不符合',
        reviewedBy: by.userId,
        reviewedByName: by.name.slice(0, 50),
        reviewedAt: at,
        updatedAt: at,
        version: item.version + 1,
      });
      // evidence still waiting for review gets the re-inspection's verdict, as the service does
      for (const e of this.evidence.filter((x) => x.noticeItemId === item.id && x.reviewResult === null)) {
        const passed = verdicts[i] === 'passed';
        Object.assign(e, {
          reviewResult: passed ? 'accepted' : 'rejected',
          reviewNote: passed ? '复查合格' : '复查仍不符合',
          reviewedBy: by.userId,
          reviewedByName: by.name.slice(0, 50),
          reviewedAt: at,
        });
      }
    });
    this.notice.status = outcome.next;
    this.notice.lastReinspectionId = reinspectionId;
    if (outcome.next === 'closed') Object.assign(this.notice, { closedOn: on, closedBy: by.userId, closedVia: 'reinspection' });
    this.touch(at);
  }
}
