import { registerProblemMessages } from '../errors/messages.js';

registerProblemMessages({
  'calendar.monthDay': { 'zh-CN': '应为“月-日”，例如 09-01', en: 'Must be a month-day such as 09-01' },
  'calendar.springWraps': { 'zh-CN': '春季学期不能跨年，结束日期应晚于开始日期', en: 'The spring term cannot run into the next year; the end must come after the start' },
});
