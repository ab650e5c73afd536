import { registerProblemMessages } from '@schoolbridge/core';

/** Problem and field-error codes of the daily routine. */
registerProblemMessages({
  'foodSafety.sample.alreadyRemoved': { 'zh-CN': '该留样已于 {removedAt} 取出', en: 'The sample was already taken out at {removedAt}' },
  'foodSafety.sample.removedBeforeRetained': { 'zh-CN': '取出时间不能早于留样时间', en: 'It cannot be taken out before it was put in' },
  'foodSafety.sample.retainedInFuture': { 'zh-CN': '留样时间不能晚于现在', en: 'The time kept cannot be in the future' },
  'foodSafety.routine.noChecklist': {
    'zh-CN': '没有可用的“{purpose}”检查表，请先在检查表管理中启用',
    en: 'There is no checklist for "{purpose}"; enable one under checklists first',
  },
  'foodSafety.routine.unknownItem': { 'zh-CN': '检查表中没有检查项 {itemCode}', en: 'The checklist has no item {itemCode}' },
  'foodSafety.routine.duplicateItem': { 'zh-CN': '检查项 {itemCode} 重复填写', en: 'Item {itemCode} is filled in twice' },
  'foodSafety.routine.missingItems': { 'zh-CN': '还有 {count} 项未填写（{codes}）', en: '{count} item(s) not filled in ({codes})' },
  'foodSafety.routine.duplicatePeriod': {
    'zh-CN': '该食堂 {periodStart} 的{kindName}已填写，请打开原记录修改',
    en: 'The {kindName} of {periodStart} is already filled in for this canteen; open it to edit',
  },
  'foodSafety.routine.futurePeriod': { 'zh-CN': '不能填写今天以后的记录', en: 'Records cannot be filled in for days after today' },
});
