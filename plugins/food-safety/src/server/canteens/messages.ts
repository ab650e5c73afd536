import { registerProblemMessages } from '@schoolbridge/core';

/** Problem and field-error codes of canteens, suppliers and food handlers. */
registerProblemMessages({
  'foodSafety.canteen.schoolRequired': { 'zh-CN': '学校食堂须选择所属学校', en: 'A school canteen needs its school' },
  'foodSafety.canteen.schoolNotFound': { 'zh-CN': '找不到该学校，或不在您的管辖范围内', en: 'No such school within your scope' },
  'foodSafety.canteen.notSchool': { 'zh-CN': '“{name}”不是学校', en: '"{name}" is not a school' },
  'foodSafety.canteen.regionRequired': { 'zh-CN': '校外供餐单位须选择所在地区', en: 'A meal supplier needs its region' },
  'foodSafety.canteen.regionNotFound': { 'zh-CN': '找不到该地区，或不在您的管辖范围内', en: 'No such region within your scope' },
  'foodSafety.canteen.schoolOnlyForCanteen': {
    'zh-CN': '只有学校食堂填写所属学校；供餐单位请填写供餐学校',
    en: 'Only a school canteen has a school; list the schools a supplier serves instead',
  },
  'foodSafety.canteen.regionOnlyForSupplier': { 'zh-CN': '学校食堂的地区随所属学校，不能单独修改', en: 'A school canteen’s region follows its school' },
  'foodSafety.canteen.servedOnlyForSupplier': { 'zh-CN': '只有校外供餐单位才有供餐学校', en: 'Only a meal supplier serves schools' },
  'foodSafety.canteen.notSupplier': { 'zh-CN': '只有校外供餐单位才有供餐学校', en: 'Only a meal supplier serves schools' },
  'foodSafety.canteen.archived': { 'zh-CN': '已归档', en: 'Already archived' },
  'foodSafety.canteen.notArchived': { 'zh-CN': '未归档', en: 'Not archived' },
  'foodSafety.canteen.isArchived': { 'zh-CN': '该食堂（供餐单位）已归档，请先恢复', en: 'The canteen or supplier is archived; restore it first' },
  'foodSafety.handler.dutyRefused': {
    'zh-CN': '“{name}”不能上岗：健康证和食品安全培训须在有效期内',
    en: '"{name}" cannot go on duty: the health certificate and food-safety training must both be valid',
  },
  'foodSafety.handler.certMissing': { 'zh-CN': '未登记健康证有效期', en: 'No health certificate expiry recorded' },
  'foodSafety.handler.certExpired': { 'zh-CN': '健康证已于 {date} 过期', en: 'The health certificate expired on {date}' },
  'foodSafety.handler.trainingMissing': { 'zh-CN': '未登记食品安全培训日期', en: 'No food-safety training recorded' },
  'foodSafety.handler.trainingExpired': {
    'zh-CN': '{date} 的培训已超过 {days} 天有效期（至 {until}）',
    en: 'The training of {date} is past its {days}-day validity (until {until})',
  },
  'foodSafety.handler.trainingInFuture': { 'zh-CN': '培训日期 {date} 晚于今天', en: 'The training date {date} is after today' },
  'foodSafety.handler.archived': { 'zh-CN': '已归档', en: 'Already archived' },
  'foodSafety.handler.notArchived': { 'zh-CN': '未归档', en: 'Not archived' },
  'foodSafety.handler.isArchived': { 'zh-CN': '该从业人员已归档，请先恢复', en: 'The food handler is archived; restore them first' },
});
