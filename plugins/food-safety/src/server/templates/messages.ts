import { registerProblemMessages } from '@schoolbridge/core';
import { RULE_MESSAGES } from '../../shared/rules/index.js';

/** Problem and field-error codes of checklist templates and settings (zh-CN first). */
registerProblemMessages({
  ...RULE_MESSAGES,
  'foodSafety.template.noAreas': { 'zh-CN': '检查表至少要有一个检查区域', en: 'A checklist needs at least one area' },
  'foodSafety.template.areaEmpty': { 'zh-CN': '检查区域“{name}”至少要有一个检查项', en: 'Area "{name}" needs at least one item' },
  'foodSafety.template.duplicateAreaName': { 'zh-CN': '检查区域“{name}”重复', en: 'Area "{name}" is listed twice' },
  'foodSafety.template.duplicateCode': { 'zh-CN': '编码 {code} 重复出现', en: 'Code {code} appears twice' },
  'foodSafety.template.unknownArea': {
    'zh-CN': '当前版本没有编码为 {code} 的检查区域；新增区域不要填写编码',
    en: 'The current version has no area {code}; leave the code empty for a new area',
  },
  'foodSafety.template.unknownItem': {
    'zh-CN': '当前版本没有编码为 {code} 的检查项（已删除的检查项编码不再使用）；新增检查项不要填写编码',
    en: 'The current version has no item {code} (a removed item’s code is never used again); leave the code empty for a new item',
  },
  'foodSafety.template.codeFormat': {
    'zh-CN': '编码只能用小写字母、数字和连字符，以字母开头，2 至 40 位',
    en: 'Use 2 to 40 lower-case letters, digits and hyphens, starting with a letter',
  },
  'foodSafety.template.archived': { 'zh-CN': '该检查表已停用，请先恢复再修改', en: 'This checklist is archived; restore it before editing' },
  'foodSafety.template.alreadyArchived': { 'zh-CN': '该检查表已停用', en: 'This checklist is already archived' },
  'foodSafety.template.notArchived': { 'zh-CN': '该检查表未停用', en: 'This checklist is not archived' },
  'foodSafety.template.versionNotOfTemplate': { 'zh-CN': '该版本不属于此检查表', en: 'That version is not of this checklist' },
  'foodSafety.settings.unknownKey': { 'zh-CN': '未知的设置项', en: 'Unknown setting' },
});
