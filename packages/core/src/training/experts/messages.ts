import { registerProblemMessages } from '../../platform/errors/messages.js';

/** Problem and field-error codes of the expert pool. */
registerProblemMessages({
  'training.expert.userNotFound': { 'zh-CN': '找不到该账号', en: 'No such account' },
  'training.expert.userLinked': { 'zh-CN': '账号“{username}”已关联专家「{name}」', en: 'The account "{username}" is already linked to the expert "{name}"' },
  'training.expert.onTeams': {
    'zh-CN': '该专家在 {count} 个培训班次的专家组中（{titles}），不能删除；不再使用可归档',
    en: 'The expert is on the team of {count} session(s) ({titles}) and cannot be deleted; archive them instead',
  },
  'training.expert.hasRatings': {
    'zh-CN': '该专家已有反馈课评分记录，不能删除；不再使用可归档',
    en: 'The expert has rated feedback lessons and cannot be deleted; archive them instead',
  },
  'training.rangeTooLong': { 'zh-CN': '查询区间不能超过 {max} 天', en: 'The range cannot be longer than {max} days' },
});
