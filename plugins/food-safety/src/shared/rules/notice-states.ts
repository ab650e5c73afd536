/**
 * The rectification notice's states and transitions 整改通知书 (DOMAIN §8), as a pure rule used by the
 * server (which enforces it: an illegal action answers 409 naming the allowed ones) and by the admin
 * (which offers only the allowed buttons).
 *
 * Notice:  open → evidenceSubmitted (every item not yet accepted has evidence waiting) → closed (销号,
 *          every item accepted; final). A rejection takes it back to open. escalated (升级) is reached
 *          from open / evidenceSubmitted when the notice is overdue (or, for 立行立改并长期坚持, which
 *          has no date, by the inspector's decision); an escalated notice stays escalated while the
 *          school keeps submitting and the inspector keeps reviewing, and is closed like any other.
 *          A re-inspection accepts the items it found compliant and reopens the ones it found failing;
 *          when every item is accepted the notice closes.
 * Item:    open → submitted → accepted | rejected; rejected → submitted again. A re-inspection sets
 *          any item of a notice not closed to accepted or open.
 *
 * Overdue: a dated notice whose deadline has passed (deadline < today) and is not closed; derived when
 * read, never stored. 立行立改并长期坚持 is never overdue, yet still needs evidence.
 */

export const NOTICE_STATUSES = ['open', 'evidenceSubmitted', 'escalated', 'closed'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

export const NOTICE_ITEM_STATUSES = ['open', 'submitted', 'accepted', 'rejected'] as const;
export type NoticeItemStatus = (typeof NOTICE_ITEM_STATUSES)[number];

/** A notice's deadline: a date, or 立行立改并长期坚持 (immediately and ongoing). */
export const NOTICE_DEADLINE_KINDS = ['date', 'immediateOngoing'] as const;
export type NoticeDeadlineKind = (typeof NOTICE_DEADLINE_KINDS)[number];

/** What the list can filter on: the stored statuses plus the derived ones. */
export const NOTICE_LIST_STATUSES = [...NOTICE_STATUSES, 'overdue', 'dueSoon', 'notClosed'] as const;
export type NoticeListStatus = (typeof NOTICE_LIST_STATUSES)[number];

/** Actions on a notice as a whole. */
export const NOTICE_ACTIONS = ['setOwner', 'close', 'escalate', 'reinspect'] as const;
export type NoticeAction = (typeof NOTICE_ACTIONS)[number];

/** Actions on one item of a notice. */
export const NOTICE_ITEM_ACTIONS = ['submitEvidence', 'accept', 'reject'] as const;
export type NoticeItemAction = (typeof NOTICE_ITEM_ACTIONS)[number];

/** Penalty reasons 处罚事由 (DOMAIN §8's known defects, plus 'other' with words). */
export const PENALTY_REASONS = [
  'expiredFood',
  'noHealthCertificate',
  'noLicence',
  'rawCookedMixed',
  'samplesMissing',
  'irregularPurchaseLedger',
  'poorHygiene',
  'notRectified',
  'other',
] as const;
export type PenaltyReason = (typeof PENALTY_REASONS)[number];

export interface NoticeState {
  status: NoticeStatus;
  deadlineKind: NoticeDeadlineKind;
  deadline: string | null;
  items: readonly { status: NoticeItemStatus }[];
}

/** Whether a notice is overdue on `today` (YYYY-MM-DD): dated, deadline passed, not closed. */
export function isNoticeOverdue(n: Pick<NoticeState, 'status' | 'deadlineKind' | 'deadline'>, today: string): boolean {
  return n.status !== 'closed' && n.deadlineKind === 'date' && n.deadline !== null && n.deadline < today;
}

/** Whether a dated notice not closed falls due between `today` and `dueSoonUntil`, both included. */
export function isNoticeDueSoon(n: Pick<NoticeState, 'status' | 'deadlineKind' | 'deadline'>, today: string, dueSoonUntil: string): boolean {
  return n.status !== 'closed' && n.deadlineKind === 'date' && n.deadline !== null && n.deadline >= today && n.deadline <= dueSoonUntil;
}

/** The status an open / evidence-submitted notice has after its items changed (escalated and closed keep theirs). */
export function settledNoticeStatus(status: NoticeStatus, items: readonly { status: NoticeItemStatus }[]): NoticeStatus {
  if (status === 'closed' || status === 'escalated') return status;
  const waiting = items.filter((i) => i.status !== 'accepted');
  return waiting.length > 0 && waiting.every((i) => i.status === 'submitted') ? 'evidenceSubmitted' : 'open';
}

function allAccepted(items: readonly { status: NoticeItemStatus }[]): boolean {
  return items.length > 0 && items.every((i) => i.status === 'accepted');
}

/** The notice-level actions allowed now, in NOTICE_ACTIONS order. */
export function allowedNoticeActions(n: NoticeState, today: string): NoticeAction[] {
  if (n.status === 'closed') return [];
  const out: NoticeAction[] = ['setOwner'];
  if (allAccepted(n.items)) out.push('close');
  if ((n.status === 'open' || n.status === 'evidenceSubmitted') && (isNoticeOverdue(n, today) || n.deadlineKind === 'immediateOngoing')) out.push('escalate');
  out.push('reinspect');
  return out;
}

/** The actions allowed on an item now, given its notice's status. */
export function allowedItemActions(noticeStatus: NoticeStatus, itemStatus: NoticeItemStatus): NoticeItemAction[] {
  if (noticeStatus === 'closed') return [];
  switch (itemStatus) {
    case 'open':
    case 'rejected':
      return ['submitEvidence'];
    case 'submitted':
      return ['accept', 'reject'];
    case 'accepted':
      return [];
  }
}

export type TransitionResult<S, A> = { ok: true; next: S } | { ok: false; allowed: A[] };

/**
 * Applies a notice-level action: `close` → closed, `escalate` → escalated, `setOwner` keeps the status.
 * `reinspect` is applied with `applyReinspectionResults`; here it only answers whether it is allowed.
 */
export function noticeTransition(n: NoticeState, action: NoticeAction, today: string): TransitionResult<NoticeStatus, NoticeAction> {
  const allowed = allowedNoticeActions(n, today);
  if (!allowed.includes(action)) return { ok: false, allowed };
  switch (action) {
    case 'close':
      return { ok: true, next: 'closed' };
    case 'escalate':
      return { ok: true, next: 'escalated' };
    default:
      return { ok: true, next: n.status };
  }
}

/** Applies an item action: the item's next status, and its notice's (settled over every item). */
export function itemTransition(
  n: NoticeState,
  itemIndex: number,
  action: NoticeItemAction,
): { ok: true; next: NoticeItemStatus; noticeNext: NoticeStatus } | { ok: false; allowed: NoticeItemAction[] } {
  const item = n.items[itemIndex];
  if (!item) throw new RangeError(`no item ${itemIndex} on the notice`);
  const allowed = allowedItemActions(n.status, item.status);
  if (!allowed.includes(action)) return { ok: false, allowed };
  const next: NoticeItemStatus = action === 'submitEvidence' ? 'submitted' : action === 'accept' ? 'accepted' : 'rejected';
  const items = n.items.map((it, i) => (i === itemIndex ? { status: next } : it));
  return { ok: true, next, noticeNext: settledNoticeStatus(n.status, items) };
}

/**
 * A re-inspection's verdict on the notice's items, by item code: `passed` (compliant, not applicable, or
 * failed but corrected on site) accepts the item; `failed` reopens it; `notChecked` (not in the
 * re-inspection, or not observed) leaves it as it is. Every item accepted closes the notice.
 * Refused (allowed: []) on a closed notice.
 */
export type ReinspectionVerdict = 'passed' | 'failed' | 'notChecked';

export function applyReinspectionResults(
  n: NoticeState,
  verdicts: readonly ReinspectionVerdict[],
): { ok: true; items: NoticeItemStatus[]; next: NoticeStatus } | { ok: false; allowed: NoticeAction[] } {
  if (n.status === 'closed') return { ok: false, allowed: [] };
  if (verdicts.length !== n.items.length) throw new RangeError('one verdict per item');
  const items = n.items.map((it, i): NoticeItemStatus => (verdicts[i] === 'passed' ? 'accepted' : verdicts[i] === 'failed' ? 'open' : it.status));
  const settled = items.map((status) => ({ status }));
  const next: NoticeStatus = allAccepted(settled) ? 'closed' : settledNoticeStatus(n.status, settled);
  return { ok: true, items, next };
}
