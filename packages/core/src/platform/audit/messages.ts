import { registerProblemMessages } from '../errors/messages.js';

registerProblemMessages({
  'validation.dateOrInstant': { 'zh-CN': '应为日期（YYYY-MM-DD）或时间（ISO 8601）', en: 'Must be a date (YYYY-MM-DD) or an instant (ISO 8601)' },
  'validation.rangeOrder': { 'zh-CN': '结束不能早于开始', en: 'The end must not be before the start' },
});
