/**
 * What goes onto the rectification notice 整改通知书 (DOMAIN §8): every failed item not corrected on
 * site. The inspector may leave a minor item off, and only with a reason; critical and major items
 * always go on. Field errors are named `leaveOff.<index>.itemCode` / `leaveOff.<index>.reason`; a
 * leave-off with an error is not applied, and the server refuses the whole request while any remain.
 */
import type { InspectionItemResult, RuleFieldError } from './vocab.js';

export const LEAVE_OFF_REASON_MAX = 500;

export interface LeaveOff {
  itemCode: string;
  reason: string;
}

type NoticeItem = Pick<InspectionItemResult, 'itemCode' | 'result' | 'severity' | 'correctedOnSite'>;

export interface NoticeCandidates<T extends NoticeItem> {
  /** Items on the notice, in the inspection's order. */
  onNotice: T[];
  /** Minor items the inspector left off, with the reason (trimmed), in the inspection's order. */
  leftOff: { item: T; reason: string }[];
  errors: RuleFieldError[];
}

export function noticeCandidates<T extends NoticeItem>(results: readonly T[], leaveOff: readonly LeaveOff[] = []): NoticeCandidates<T> {
  const byCode = new Map(results.map((r) => [r.itemCode, r]));
  const errors: RuleFieldError[] = [];
  const reasons = new Map<string, string>();
  const named = new Set<string>();
  leaveOff.forEach((l, i) => {
    const at = `leaveOff.${i}`;
    const code = typeof l.itemCode === 'string' ? l.itemCode : '';
    const item = byCode.get(code);
    let ok = true;
    if (!code) {
      errors.push({ field: `${at}.itemCode`, code: 'validation.required' });
      ok = false;
    } else if (named.has(code)) {
      errors.push({ field: `${at}.itemCode`, code: 'foodSafety.leaveOff.duplicate', params: { itemCode: code } });
      ok = false;
    } else if (!item) {
      errors.push({ field: `${at}.itemCode`, code: 'foodSafety.leaveOff.unknownItem', params: { itemCode: code } });
      ok = false;
    } else if (item.result !== 'nonCompliant') {
      errors.push({ field: `${at}.itemCode`, code: 'foodSafety.leaveOff.notFailed', params: { itemCode: code } });
      ok = false;
    } else if (item.correctedOnSite) {
      errors.push({ field: `${at}.itemCode`, code: 'foodSafety.leaveOff.correctedOnSite', params: { itemCode: code } });
      ok = false;
    } else if (item.severity !== 'minor') {
      errors.push({ field: `${at}.itemCode`, code: 'foodSafety.leaveOff.notMinor', params: { itemCode: code, severity: item.severity } });
      ok = false;
    }
    if (code) named.add(code);
    const reason = typeof l.reason === 'string' ? l.reason.trim() : '';
    if (!reason) {
      errors.push({ field: `${at}.reason`, code: 'foodSafety.leaveOff.reasonRequired' });
      ok = false;
    } else if (reason.length > LEAVE_OFF_REASON_MAX) {
      errors.push({ field: `${at}.reason`, code: 'validation.maxLength', params: { max: LEAVE_OFF_REASON_MAX } });
      ok = false;
    }
    if (ok) reasons.set(code, reason);
  });

  const onNotice: T[] = [];
  const leftOff: { item: T; reason: string }[] = [];
  for (const r of results) {
    if (r.result !== 'nonCompliant' || r.correctedOnSite) continue;
    const reason = reasons.get(r.itemCode);
    if (reason === undefined) onNotice.push(r);
    else leftOff.push({ item: r, reason });
  }
  return { onNotice, leftOff, errors };
}
