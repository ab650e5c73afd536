import { describe, expect, it } from 'vitest';
import {
  NOTICE_ACTIONS,
  NOTICE_ITEM_ACTIONS,
  NOTICE_ITEM_STATUSES,
  NOTICE_STATUSES,
  allowedItemActions,
  allowedNoticeActions,
  applyReinspectionResults,
  isNoticeDueSoon,
  isNoticeOverdue,
  itemTransition,
  noticeTransition,
  settledNoticeStatus,
  type NoticeItemStatus,
  type NoticeState,
  type NoticeStatus,
} from '../../../src/shared/rules/notice-states.js';

const TODAY = '2026-04-10';
const notice = (status: NoticeStatus, items: NoticeItemStatus[], deadline: string | null = '2026-04-20'): NoticeState => ({
  status,
  deadlineKind: deadline ? 'date' : 'immediateOngoing',
  deadline,
  items: items.map((s) => ({ status: s })),
});

describe('notice overdue and due soon (derived from today)', () => {
  it('is overdue only after the deadline day, and never once closed', () => {
    expect(isNoticeOverdue(notice('open', ['open'], '2026-04-10'), TODAY)).toBe(false);
    expect(isNoticeOverdue(notice('open', ['open'], '2026-04-09'), TODAY)).toBe(true);
    expect(isNoticeOverdue(notice('escalated', ['open'], '2026-04-09'), TODAY)).toBe(true);
    expect(isNoticeOverdue(notice('closed', ['accepted'], '2026-04-09'), TODAY)).toBe(false);
  });
  it('立行立改并长期坚持 is never overdue nor due soon', () => {
    expect(isNoticeOverdue(notice('open', ['open'], null), '2099-01-01')).toBe(false);
    expect(isNoticeDueSoon(notice('open', ['open'], null), TODAY, '2026-04-16')).toBe(false);
  });
  it('due soon is today through the window’s last day', () => {
    expect(isNoticeDueSoon(notice('open', ['open'], '2026-04-10'), TODAY, '2026-04-16')).toBe(true);
    expect(isNoticeDueSoon(notice('open', ['open'], '2026-04-16'), TODAY, '2026-04-16')).toBe(true);
    expect(isNoticeDueSoon(notice('open', ['open'], '2026-04-17'), TODAY, '2026-04-16')).toBe(false);
    expect(isNoticeDueSoon(notice('open', ['open'], '2026-04-09'), TODAY, '2026-04-16')).toBe(false);
    expect(isNoticeDueSoon(notice('closed', ['accepted'], '2026-04-12'), TODAY, '2026-04-16')).toBe(false);
  });
});

describe('item transitions', () => {
  const expected: Record<NoticeItemStatus, string[]> = {
    open: ['submitEvidence'],
    submitted: ['accept', 'reject'],
    accepted: [],
    rejected: ['submitEvidence'],
  };

  for (const noticeStatus of NOTICE_STATUSES) {
    for (const itemStatus of NOTICE_ITEM_STATUSES) {
      const allowed = noticeStatus === 'closed' ? [] : expected[itemStatus];
      for (const action of NOTICE_ITEM_ACTIONS) {
        const legal = allowed.includes(action);
        it(`${noticeStatus} notice, ${itemStatus} item: ${action} is ${legal ? 'allowed' : `refused naming [${allowed.join(', ')}]`}`, () => {
          const n = notice(noticeStatus, [itemStatus, 'open']);
          expect(allowedItemActions(noticeStatus, itemStatus)).toEqual(allowed);
          const r = itemTransition(n, 0, action);
          if (legal) expect(r.ok).toBe(true);
          else expect(r).toEqual({ ok: false, allowed });
        });
      }
    }
  }

  it('open → submitted; the notice becomes evidenceSubmitted when every item not accepted waits for review', () => {
    const first = itemTransition(notice('open', ['open', 'accepted', 'submitted']), 0, 'submitEvidence');
    expect(first).toEqual({ ok: true, next: 'submitted', noticeNext: 'evidenceSubmitted' });
    const partial = itemTransition(notice('open', ['open', 'open']), 0, 'submitEvidence');
    expect(partial).toEqual({ ok: true, next: 'submitted', noticeNext: 'open' });
  });

  it('a rejection takes the notice back to open; submitting again returns it to evidenceSubmitted', () => {
    const rejected = itemTransition(notice('evidenceSubmitted', ['submitted', 'submitted']), 1, 'reject');
    expect(rejected).toEqual({ ok: true, next: 'rejected', noticeNext: 'open' });
    const again = itemTransition(notice('open', ['submitted', 'rejected']), 1, 'submitEvidence');
    expect(again).toEqual({ ok: true, next: 'submitted', noticeNext: 'evidenceSubmitted' });
  });

  it('accepting keeps the notice evidenceSubmitted while others wait, and an escalated notice stays escalated', () => {
    expect(itemTransition(notice('evidenceSubmitted', ['submitted', 'submitted']), 0, 'accept')).toEqual({
      ok: true,
      next: 'accepted',
      noticeNext: 'evidenceSubmitted',
    });
    expect(itemTransition(notice('escalated', ['open', 'open']), 0, 'submitEvidence')).toEqual({ ok: true, next: 'submitted', noticeNext: 'escalated' });
    expect(settledNoticeStatus('escalated', [{ status: 'submitted' }])).toBe('escalated');
  });
});

describe('notice transitions, with the allowed list of every refusal', () => {
  const cases: { name: string; n: NoticeState; today?: string; allowed: string[] }[] = [
    { name: 'open, not overdue, items open', n: notice('open', ['open', 'submitted']), allowed: ['setOwner', 'reinspect'] },
    { name: 'open, overdue', n: notice('open', ['open'], '2026-04-01'), allowed: ['setOwner', 'escalate', 'reinspect'] },
    { name: 'evidenceSubmitted, not overdue', n: notice('evidenceSubmitted', ['submitted']), allowed: ['setOwner', 'reinspect'] },
    { name: 'evidenceSubmitted, overdue', n: notice('evidenceSubmitted', ['submitted'], '2026-04-01'), allowed: ['setOwner', 'escalate', 'reinspect'] },
    { name: 'every item accepted', n: notice('evidenceSubmitted', ['accepted', 'accepted']), allowed: ['setOwner', 'close', 'reinspect'] },
    {
      name: 'every item accepted, overdue',
      n: notice('evidenceSubmitted', ['accepted'], '2026-04-01'),
      allowed: ['setOwner', 'close', 'escalate', 'reinspect'],
    },
    { name: 'immediate and ongoing (by decision)', n: notice('open', ['open'], null), allowed: ['setOwner', 'escalate', 'reinspect'] },
    { name: 'escalated', n: notice('escalated', ['open'], '2026-04-01'), allowed: ['setOwner', 'reinspect'] },
    { name: 'escalated, every item accepted', n: notice('escalated', ['accepted'], '2026-04-01'), allowed: ['setOwner', 'close', 'reinspect'] },
    { name: 'closed (final)', n: notice('closed', ['accepted'], '2026-04-01'), allowed: [] },
  ];
  for (const c of cases) {
    for (const action of NOTICE_ACTIONS) {
      const legal = c.allowed.includes(action);
      it(`${c.name}: ${action} is ${legal ? 'allowed' : `refused naming [${c.allowed.join(', ')}]`}`, () => {
        expect(allowedNoticeActions(c.n, c.today ?? TODAY)).toEqual(c.allowed);
        const r = noticeTransition(c.n, action, c.today ?? TODAY);
        if (legal) {
          expect(r.ok).toBe(true);
          if (r.ok) expect(r.next).toBe(action === 'close' ? 'closed' : action === 'escalate' ? 'escalated' : c.n.status);
        } else {
          expect(r).toEqual({ ok: false, allowed: c.allowed });
        }
      });
    }
  }

  it('escalation becomes possible the day after the deadline, not on it', () => {
    const n = notice('open', ['open'], '2026-04-10');
    expect(noticeTransition(n, 'escalate', '2026-04-10').ok).toBe(false);
    expect(noticeTransition(n, 'escalate', '2026-04-11')).toEqual({ ok: true, next: 'escalated' });
  });
});

describe('re-inspection results', () => {
  it('accepts what passed, reopens what failed, keeps what was not checked', () => {
    const r = applyReinspectionResults(notice('evidenceSubmitted', ['submitted', 'submitted', 'rejected']), ['passed', 'failed', 'notChecked']);
    expect(r).toEqual({ ok: true, items: ['accepted', 'open', 'rejected'], next: 'open' });
  });
  it('closes the notice when every item is accepted, from open and from escalated', () => {
    expect(applyReinspectionResults(notice('open', ['open', 'accepted']), ['passed', 'notChecked'])).toEqual({
      ok: true,
      items: ['accepted', 'accepted'],
      next: 'closed',
    });
    expect(applyReinspectionResults(notice('escalated', ['open']), ['passed'])).toEqual({ ok: true, items: ['accepted'], next: 'closed' });
  });
  it('reopens an accepted item that fails again; an escalated notice stays escalated', () => {
    expect(applyReinspectionResults(notice('escalated', ['accepted', 'open']), ['failed', 'passed'])).toEqual({
      ok: true,
      items: ['open', 'accepted'],
      next: 'escalated',
    });
  });
  it('is refused on a closed notice, with nothing allowed', () => {
    expect(applyReinspectionResults(notice('closed', ['accepted']), ['failed'])).toEqual({ ok: false, allowed: [] });
  });
});
