import { registerProblemMessages } from '@schoolbridge/core';
import { RULE_MESSAGES } from '../../shared/rules/index.js';

/** Problem and field-error codes of campaigns, outings, authorities, inspections and letters (zh-CN first). */
registerProblemMessages({
  ...(RULE_MESSAGES as Record<string, { 'zh-CN': string; en: string }>),
  'foodSafety.endBeforeStart': { 'zh-CN': '结束日期不能早于开始日期（{startsOn}）', en: 'The end date cannot be before the start date ({startsOn})' },
  'foodSafety.fileNotFound': { 'zh-CN': '找不到该文件，或您无权查看', en: 'No such file, or not visible to you' },
  'foodSafety.userNotFound': { 'zh-CN': '找不到该用户', en: 'No such user' },
  'foodSafety.personTwice': { 'zh-CN': '同一人员重复填写', en: 'The same person is listed twice' },
  'foodSafety.campaign.notFound': { 'zh-CN': '找不到该专项检查，或不在您的管理范围内', en: 'No such campaign within your scope' },
  'foodSafety.campaign.inUse': {
    'zh-CN': '该专项检查已有 {outings} 次出动、{inspections} 次检查，不能删除',
    en: 'The campaign has {outings} outing(s) and {inspections} inspection(s) and cannot be deleted',
  },
  'foodSafety.outing.notFound': { 'zh-CN': '找不到该出动记录，或不在您的管理范围内', en: 'No such outing within your scope' },
  'foodSafety.outing.inUse': { 'zh-CN': '该出动已有 {inspections} 次检查，不能删除', en: 'The outing has {inspections} inspection(s) and cannot be deleted' },
  'foodSafety.authority.notFound': { 'zh-CN': '找不到该签发机关，或不在您的管理范围内', en: 'No such issuing authority within your scope' },
  'foodSafety.authority.inactive': { 'zh-CN': '该签发机关已停用', en: 'This issuing authority is no longer active' },
  'foodSafety.authority.hasLetters': {
    'zh-CN': '该签发机关已签发监督意见书 {letters} 份，不能删除；不再使用请停用',
    en: 'The authority has issued {letters} opinion letter(s) and cannot be deleted; make it inactive instead',
  },
  'foodSafety.authority.hasInspections': {
    'zh-CN': '已有 {inspections} 次检查（含未提交的）选用该签发机关，不能删除；不再使用请停用',
    en: '{inspections} inspection(s), drafts included, name this authority; it cannot be deleted. Make it inactive instead',
  },
  'foodSafety.inspection.canteenNotFound': { 'zh-CN': '找不到该食堂或供餐单位，或不在您的管理范围内', en: 'No such canteen or supplier within your scope' },
  'foodSafety.inspection.canteenArchived': { 'zh-CN': '该食堂已归档，不能再检查', en: 'The canteen is archived and cannot be inspected' },
  'foodSafety.inspection.templateNotUsable': { 'zh-CN': '请选择一份在用的监督检查表', en: 'Choose an inspection checklist in use' },
  'foodSafety.inspection.templateEmpty': { 'zh-CN': '该检查表没有检查项', en: 'The checklist has no items' },
  'foodSafety.inspection.outingOfOtherCampaign': { 'zh-CN': '该出动属于另一项专项检查', en: 'The outing belongs to another campaign' },
  'foodSafety.inspection.followsNotUsable': {
    'zh-CN': '复查须针对本食堂一次已提交的检查',
    en: 'A re-inspection must follow a submitted inspection of the same canteen',
  },
  'foodSafety.inspection.followsOnlyReinspection': { 'zh-CN': '只有复查才能关联前次检查', en: 'Only a re-inspection follows an earlier inspection' },
  'foodSafety.inspection.unknownItem': { 'zh-CN': '本次检查没有检查项 {itemCode}', en: 'This inspection has no item {itemCode}' },
  'foodSafety.inspection.itemTwice': { 'zh-CN': '检查项 {itemCode} 重复填写', en: 'Item {itemCode} is listed twice' },
  'foodSafety.inspection.unanswered': { 'zh-CN': '检查项 {itemCode} 尚未判定', en: 'Item {itemCode} has no result yet' },
  'foodSafety.inspection.tooFewInspectors': {
    'zh-CN': '执法检查人员不得少于 {min} 人',
    en: 'At least {min} officers must take part in an inspection',
  },
  'foodSafety.inspection.deadlineRequired': {
    'zh-CN': '有 {count} 项问题列入整改通知书，请填写整改期限',
    en: '{count} item(s) go onto the rectification notice: give the deadline',
  },
  'foodSafety.inspection.alreadySubmitted': {
    'zh-CN': '该检查已提交，意见书已签发；如需更改请提交更正',
    en: 'The inspection is already submitted and its letter issued; amend it instead',
  },
  'foodSafety.inspection.submittedUseAmendment': {
    'zh-CN': '该检查已提交，不能再按草稿修改；如需更改请提交更正',
    en: 'The inspection is submitted; change it by an amendment',
  },
  'foodSafety.inspection.notSubmitted': { 'zh-CN': '该检查尚未提交，直接修改草稿即可', en: 'The inspection is not submitted yet; edit the draft' },
  'foodSafety.inspection.reinspectionVerdictFixed': {
    'zh-CN': '本次复查的结论已用于整改通知书 {number}，不能通过更正改变“{items}”的结论；如有出入请重新复查',
    en: 'This re-inspection has settled items of the notice {number}; an amendment cannot change its verdict on “{items}”. Re-inspect again instead',
  },
  'foodSafety.inspection.photoNotImage': { 'zh-CN': '现场照片须为图片文件', en: 'A photo must be an image file' },
  'foodSafety.inspection.tooManyPhotos': { 'zh-CN': '每个检查项最多 {max} 张照片', en: 'At most {max} photos per item' },
});
