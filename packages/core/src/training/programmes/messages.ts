import { registerProblemMessages } from '../../platform/errors/messages.js';

/** Problem and field-error codes of programmes (and the owner checks the expert pool shares). */
registerProblemMessages({
  'training.ownerNotFound': { 'zh-CN': '找不到该单位，或不在您的管理范围内', en: 'No such organisation within your scope' },
  'training.ownerKind': { 'zh-CN': '主办单位应为教师培训中心或教育局', en: 'The owner must be a training centre or an education bureau' },
  'training.organisationNotFound': { 'zh-CN': '找不到该单位', en: 'No such organisation' },
  'training.endBeforeStart': { 'zh-CN': '结束日期不能早于开始日期（{startsOn}）', en: 'The end date cannot be before the start date ({startsOn})' },
  'training.archived': { 'zh-CN': '该记录已归档', en: 'This record is archived' },
  'training.notArchived': { 'zh-CN': '该记录未归档', en: 'This record is not archived' },
  'training.programme.hostEither': {
    'zh-CN': '承办院校请从单位中选择，或直接填写名称，二者只填其一',
    en: 'Pick the host from the directory or write its name, not both',
  },
  'training.programme.hasSessions': {
    'zh-CN': '该项目下还有 {count} 个培训班次（{titles}），不能删除；不再使用可归档',
    en: 'The programme still has {count} session(s) ({titles}) and cannot be deleted; archive it instead',
  },
});
