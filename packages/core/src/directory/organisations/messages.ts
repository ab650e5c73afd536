import { registerProblemMessages } from '../../platform/errors/messages.js';
import '../common/messages.js';

/** Field errors of organisation management (the shared directory codes are in common/messages.ts). */
registerProblemMessages({
  'directory.organisation.oneManager': { 'zh-CN': '主管地区和主管单位只能填一个', en: 'Give either a managing region or a managing organisation, not both' },
  'directory.organisation.managerCycle': { 'zh-CN': '不能由该单位自身或其下属单位来管理它', en: 'An organisation cannot be managed by itself or by one it manages' },
  'directory.organisation.managerArchived': { 'zh-CN': '所选的主管单位已归档', en: 'The managing organisation chosen is archived' },
  'directory.contactPhone.format': { 'zh-CN': '联系电话应为 11 位手机号，或固定电话（7–13 位数字和“-”）', en: 'Give an 11-digit mobile or a landline (7–13 digits and "-")' },
});
