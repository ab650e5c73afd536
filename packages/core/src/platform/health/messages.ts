import { registerProblemMessages } from '../errors/messages.js';

registerProblemMessages({
  'health.databaseUnavailable': { 'zh-CN': '数据库暂时无法访问', en: 'The database cannot be reached' },
});
