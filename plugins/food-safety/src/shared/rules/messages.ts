/**
 * Texts of the rules' own field-error codes, zh-CN first. The server registers them with core's
 * registerProblemMessages; the admin shows the same words under the fields. The `validation.*` codes
 * the rules also use are core's.
 */
import type { LocalizedText } from '@schoolbridge/shared';

export const RULE_MESSAGES: Readonly<Record<string, LocalizedText>> = Object.freeze({
  'foodSafety.grading.notDescending': {
    'zh-CN': '应低于上一档的分数线（{aboveValue}）',
    en: 'Must be below the cut-off above it ({aboveValue})',
  },
  'foodSafety.leaveOff.duplicate': { 'zh-CN': '检查项 {itemCode} 重复填写', en: 'Item {itemCode} is listed twice' },
  'foodSafety.leaveOff.unknownItem': { 'zh-CN': '本次检查没有检查项 {itemCode}', en: 'This inspection has no item {itemCode}' },
  'foodSafety.leaveOff.notFailed': {
    'zh-CN': '检查项 {itemCode} 未判定为不符合，无需整改',
    en: 'Item {itemCode} is not non-compliant, so there is nothing to rectify',
  },
  'foodSafety.leaveOff.correctedOnSite': {
    'zh-CN': '检查项 {itemCode} 已当场整改，本就不列入整改通知书',
    en: 'Item {itemCode} was corrected on site and is not on the notice anyway',
  },
  'foodSafety.leaveOff.notMinor': {
    'zh-CN': '检查项 {itemCode} 是关键项或重点项，必须列入整改通知书；只有一般项可以不列入',
    en: 'Item {itemCode} is critical or major and must go on the notice; only minor items may be left off',
  },
  'foodSafety.leaveOff.reasonRequired': {
    'zh-CN': '一般项不列入整改通知书，须写明理由',
    en: 'Give a reason for leaving a minor item off the notice',
  },
});
