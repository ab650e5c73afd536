import { registerProblemMessages } from '@schoolbridge/core';
import type { Locale } from '@schoolbridge/shared';
import type { NoticeAction, NoticeItemAction, NoticeItemStatus, NoticeStatus } from '../../shared/rules/notice-states.js';

type Words<K extends string> = Readonly<Record<K, Record<Locale, string>>>;

export const NOTICE_STATUS_WORDS: Words<NoticeStatus> = {
  open: { 'zh-CN': '待整改', en: 'open' },
  evidenceSubmitted: { 'zh-CN': '材料已提交', en: 'evidence submitted' },
  escalated: { 'zh-CN': '已升级', en: 'escalated' },
  closed: { 'zh-CN': '已销号', en: 'closed' },
};

export const NOTICE_ITEM_STATUS_WORDS: Words<NoticeItemStatus> = {
  open: { 'zh-CN': '待整改', en: 'open' },
  submitted: { 'zh-CN': '待审核', en: 'awaiting review' },
  accepted: { 'zh-CN': '已通过', en: 'accepted' },
  rejected: { 'zh-CN': '已退回', en: 'rejected' },
};

export const NOTICE_ACTION_WORDS: Words<NoticeAction | NoticeItemAction> = {
  setOwner: { 'zh-CN': '填写责任人和措施', en: 'set the owner and measures' },
  close: { 'zh-CN': '销号', en: 'close' },
  escalate: { 'zh-CN': '升级', en: 'escalate' },
  reinspect: { 'zh-CN': '复查', en: 're-inspect' },
  submitEvidence: { 'zh-CN': '提交整改材料', en: 'submit evidence' },
  accept: { 'zh-CN': '通过', en: 'accept' },
  reject: { 'zh-CN': '退回', en: 'reject' },
};

/** "可以：通过、退回" / "allowed: accept, reject" / "现在不能再操作". */
export function allowedText(allowed: readonly (NoticeAction | NoticeItemAction)[], locale: Locale): string {
  const zh = locale === 'zh-CN';
  if (allowed.length === 0) return zh ? '现在不能进行任何操作' : 'nothing can be done now';
  return (zh ? '现在可以：' : 'allowed now: ') + allowed.map((a) => NOTICE_ACTION_WORDS[a][locale]).join(zh ? '、' : ', ');
}

registerProblemMessages({
  'foodSafety.notice.illegalTransition': {
    'zh-CN': '整改通知书当前为“{status}”，不能{action}；{allowedText}',
    en: 'The notice is {status} and cannot {action}; {allowedText}',
  },
  'foodSafety.notice.notOverdue': {
    'zh-CN': '整改期限（{deadline}）还未到，不能升级；{allowedText}',
    en: 'The deadline ({deadline}) has not passed; the notice cannot be escalated yet. {allowedText}',
  },
  'foodSafety.notice.itemsNotAccepted': {
    'zh-CN': '还有 {count} 项整改未通过审核，不能销号；{allowedText}',
    en: '{count} item(s) are not accepted yet; the notice cannot be closed. {allowedText}',
  },
  'foodSafety.noticeItem.illegalTransition': {
    'zh-CN': '该项当前为“{status}”，不能{action}；{allowedText}',
    en: 'The item is {status} and cannot {action}; {allowedText}',
  },
  'foodSafety.notice.closedNoNewItems': {
    'zh-CN': '整改通知书 {number} 已销号，不能再增加整改项；新发现的问题请通过复查下达',
    en: 'The notice {number} is closed and takes no new items; put new findings on a re-inspection',
  },
  'foodSafety.notice.deadlineBeforeIssue': {
    'zh-CN': '整改期限不能早于下达日期（{issuedOn}）',
    en: 'The deadline cannot be before the day of issue ({issuedOn})',
  },
  'foodSafety.notice.duplicateItem': { 'zh-CN': '检查项 {itemCode} 重复', en: 'The item {itemCode} appears twice' },
  'foodSafety.notice.rejectNoteRequired': { 'zh-CN': '退回时请写明还有哪些问题', en: 'Say what is still wrong when rejecting' },
  'foodSafety.notice.unknownItem': { 'zh-CN': '该整改通知书中没有这一项', en: 'The notice has no such item' },
  'foodSafety.notice.fileNotFound': { 'zh-CN': '找不到该附件，请重新上传', en: 'No such file; upload it again' },
  'foodSafety.notice.duplicateFile': { 'zh-CN': '同一个附件添加了两次', en: 'The same file is attached twice' },
  'foodSafety.notice.ownerNotFound': { 'zh-CN': '找不到该用户', en: 'No such user' },
  'foodSafety.penalty.reasonTextRequired': { 'zh-CN': '处罚事由选“其他”时请写明事由', en: 'Describe the reason when it is "other"' },
  'foodSafety.penalty.noticeNotFound': { 'zh-CN': '找不到该整改通知书，或不在您的管理范围内', en: 'No such notice within your scope' },
  'foodSafety.penalty.inspectionNotFound': { 'zh-CN': '找不到该检查记录，或不在您的管理范围内', en: 'No such inspection within your scope' },
  'foodSafety.penalty.canteenMismatch': { 'zh-CN': '所选食堂与整改通知书或检查记录的食堂不一致', en: 'The canteen is not the one of the notice or inspection' },
  'foodSafety.penalty.canteenRequired': { 'zh-CN': '请选择被处罚的食堂或供餐单位', en: 'Choose the canteen or meal supplier' },
  'foodSafety.penalty.decidedInFuture': { 'zh-CN': '决定日期不能晚于今天', en: 'The decision date cannot be in the future' },
  'foodSafety.penalty.duplicateDocument': { 'zh-CN': '处罚决定书文号 {documentNumber} 已登记过', en: 'The decision {documentNumber} is already recorded' },
});
