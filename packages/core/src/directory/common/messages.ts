import { registerProblemMessages } from '../../platform/errors/messages.js';

/** The directory's problem and field-error codes, with the identity rules' codes from shared. */
registerProblemMessages({
  'identity.idNumber.length': { 'zh-CN': '证件号码应为 18 位', en: 'The ID number must have 18 characters' },
  'identity.idNumber.format': { 'zh-CN': '证件号码格式不对（前 17 位为数字，最后一位为数字或 X）', en: 'The ID number has the wrong format (17 digits, then a digit or X)' },
  'identity.idNumber.birthDate': { 'zh-CN': '证件号码中的出生日期不存在', en: 'The birth date in the ID number does not exist' },
  'identity.idNumber.checksum': { 'zh-CN': '证件号码校验位不对，请核对', en: 'The ID number check digit is wrong; please check it' },
  'identity.idNumber.prefix': { 'zh-CN': '证件号码与证件类型不符', en: 'The ID number does not match the document type' },
  'identity.registryNumber.format': { 'zh-CN': '学籍号格式不对（G+身份证号，或 L/J 开头的临时学籍号）', en: 'The student registry number has the wrong format (G + ID number, or a temporary L/J number)' },
  'identity.mobile.format': { 'zh-CN': '手机号应为 11 位大陆手机号', en: 'Must be an 11-digit mainland mobile number' },
  'directory.genderMismatch': { 'zh-CN': '性别与身份证号不符（第 17 位奇数为男、偶数为女）', en: 'The gender does not match the ID number (17th digit odd for men)' },
  'directory.codeTaken': { 'zh-CN': '代码“{code}”已被「{name}」使用', en: 'Code "{code}" is already used by "{name}"' },
  'directory.idNumberTaken': { 'zh-CN': '证件号码已登记在「{name}」（{school}）名下', en: 'The ID number is already registered to "{name}" ({school})' },
  'directory.registryNumberTaken': { 'zh-CN': '学籍号已登记在「{name}」（{school}）名下', en: 'The registry number is already registered to "{name}" ({school})' },
  'directory.referenced': { 'zh-CN': '不能删除：{what}', en: 'Cannot delete: {what}' },
  'directory.schoolNotFound': { 'zh-CN': '找不到该学校，或不在您的管理范围内', en: 'No such school within your scope' },
  'directory.notASchool': { 'zh-CN': '所选单位不是学校', en: 'The organisation chosen is not a school' },
  'directory.archived': { 'zh-CN': '该记录已归档', en: 'This record is archived' },
  'directory.notArchived': { 'zh-CN': '该记录未归档', en: 'This record is not archived' },
  'directory.assignmentEnded': { 'zh-CN': '该任教记录已结束', en: 'This assignment has already ended' },
  'directory.endBeforeStart': { 'zh-CN': '结束日期不能早于开始日期（{startDate}）', en: 'The end date cannot be before the start date ({startDate})' },
  'directory.sameSchool': { 'zh-CN': '已在该校任职，无需调动', en: 'The teacher is already employed by this school' },
  'directory.regularAssignment': { 'zh-CN': '本校任教记录随调动变更，不能单独结束', en: 'The regular assignment changes with a move; it cannot be ended on its own' },
  'directory.hasAccount': { 'zh-CN': '已开通账号“{username}”，请先停用账号', en: 'Has the account "{username}"; disable it first' },
  'directory.accounts.tooMany': { 'zh-CN': '一次最多为 {max} 名教师开通账号', en: 'At most {max} teachers at a time' },
  'directory.accounts.concurrent': { 'zh-CN': '「{name}」刚刚已被他人开通账号，请刷新后重试', en: '"{name}" was just given an account by someone else; reload and try again' },
});
