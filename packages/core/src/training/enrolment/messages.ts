import { registerProblemMessages } from '../../platform/errors/messages.js';

/** Enrolment, approval, waitlist and withdrawal: problem and field-error codes, in a county officer's words. */
registerProblemMessages({
  'training.enrolment.teacherOutOfScope': {
    'zh-CN': '不是您所管学校的教师，不能为其报名',
    en: 'Not a teacher of a school you manage, so you cannot enrol them',
  },
  'training.enrolment.duplicateTeacher': { 'zh-CN': '名单中重复出现的教师', en: 'This teacher is listed twice' },
  'training.enrolment.teacherInactive': {
    'zh-CN': '「{name}」的教师信息已归档或不在岗，不能报名',
    en: '"{name}" is archived or not teaching at present and cannot be enrolled',
  },
  'training.enrolment.exists': {
    'zh-CN': '「{name}」已有本班次的报名记录（{status}），无需重复报名',
    en: '"{name}" already has an enrolment in this session ({status}); no need to enrol again',
  },
  'training.enrolment.begun': {
    'zh-CN': '学员培训已于 {date} 开始，不能再报名；如需参加请联系培训者现场加入',
    en: 'The participants’ days began on {date}, so enrolment is closed; ask the trainer to add you on the day',
  },
  'training.enrolment.sessionNotOpen': {
    'zh-CN': '班次当前为“{status}”，不能办理报名',
    en: 'The session is {status}, so enrolments cannot be handled',
  },
  'training.enrolment.notYetOpen': { 'zh-CN': '报名尚未开始，{opensOn} 起可以报名', en: 'Enrolment has not opened yet; it opens on {opensOn}' },
  'training.enrolment.closed': { 'zh-CN': '报名已于 {closesOn} 截止', en: 'Enrolment closed on {closesOn}' },
  'training.enrolment.noTeacherRecord': {
    'zh-CN': '您的账号没有关联教师信息，请联系学校联络员',
    en: 'Your account is not linked to a teacher record; ask your school’s liaison',
  },
  'training.enrolment.notPending': {
    'zh-CN': '该报名当前为“{status}”，不是待审核的申请',
    en: 'This enrolment is {status}, not a request awaiting approval',
  },
  'training.enrolment.notActive': { 'zh-CN': '该报名当前为“{status}”，无需退出', en: 'This enrolment is {status}; there is nothing to withdraw from' },
  'training.enrolment.rejectReasonRequired': { 'zh-CN': '请填写不通过的原因，教师会收到通知', en: 'Give the reason for the rejection; the teacher is told' },
  'training.withdrawal.closed': {
    'zh-CN': '退出截止日期（{date}）已过，不能自行退出；确需退出请联系学校联络员',
    en: 'The last day to withdraw ({date}) has passed; ask your school’s liaison if you really must withdraw',
  },
  'training.withdrawal.reasonRequired': {
    'zh-CN': '已过退出截止日期（{date}），代为退出须填写原因',
    en: 'The last day to withdraw ({date}) has passed; give a reason to withdraw the teacher',
  },
  'training.eligibility.school': { 'zh-CN': '所在学校不在本班次的参训学校范围内', en: 'Their school is not among the schools this session is for' },
  'training.eligibility.subject': { 'zh-CN': '任教学科不符合本班次要求（{subjects}）', en: 'They do not teach a subject this session is for ({subjects})' },
  'training.eligibility.stage': { 'zh-CN': '所在学校的学段不符合本班次要求（{stages}）', en: 'Their school’s stage is not one this session is for ({stages})' },
  'training.waitlist.skippedClash': {
    'zh-CN': '递补时与其他班次时间冲突，已跳过',
    en: 'Passed over at promotion: booked in another session at the same time',
  },
});
