import type { PermissionDefinition } from '../platform/access/roles.js';

export const TRAINING_READ = 'training.read';
export const TRAINING_MANAGE = 'training.manage';
export const TRAINING_ENROL = 'training.enrol';
export const TRAINING_ENROL_SELF = 'training.enrol.self';
export const TRAINING_ENROL_APPROVE = 'training.enrol.approve';
export const TRAINING_ATTENDANCE_RUN = 'training.attendance.run';
export const TRAINING_ATTENDANCE_MARK = 'training.attendance.mark';
export const TRAINING_CHECK_IN = 'training.checkIn';
export const TRAINING_EVALUATION_MANAGE = 'training.evaluation.manage';
export const TRAINING_EVALUATION_RESPOND = 'training.evaluation.respond';
export const TRAINING_FEEDBACK_RATE = 'training.feedback.rate';

/**
 * Training's permissions. Scope decides the rows: a centre coordinator's organisation (or region),
 * a school coordinator's school (the venue, or their teachers' enrolments), an expert's sessions
 * (scope "assignments"), a teacher's own enrolments (scope "own").
 */
export const TRAINING_PERMISSIONS: PermissionDefinition[] = [
  {
    code: TRAINING_READ,
    description: { 'zh-CN': '查看培训项目和班次', en: 'View training programmes and sessions' },
    grantedTo: ['bureau_officer', 'centre_coordinator', 'school_coordinator', 'principal', 'teacher', 'expert'],
  },
  { code: TRAINING_MANAGE, description: { 'zh-CN': '维护培训项目、班次和专家库', en: 'Manage programmes, sessions and experts' }, grantedTo: ['bureau_officer', 'centre_coordinator'] },
  { code: TRAINING_ENROL, description: { 'zh-CN': '为本校教师报名', en: 'Enrol teachers of one’s school' }, grantedTo: ['bureau_officer', 'centre_coordinator', 'school_coordinator'] },
  { code: TRAINING_ENROL_SELF, description: { 'zh-CN': '本人报名和退出', en: 'Enrol and withdraw oneself' }, grantedTo: ['teacher'] },
  { code: TRAINING_ENROL_APPROVE, description: { 'zh-CN': '审核教师个人报名', en: 'Approve teachers’ own enrolments' }, grantedTo: ['school_coordinator', 'principal'] },
  { code: TRAINING_ATTENDANCE_RUN, description: { 'zh-CN': '出示签到码、确认签到、登记现场加入', en: 'Show check-in codes, confirm attendance, add walk-ins' }, grantedTo: ['centre_coordinator', 'expert'] },
  { code: TRAINING_ATTENDANCE_MARK, description: { 'zh-CN': '补登或更正考勤（须填写原因）', en: 'Mark or correct attendance with a reason' }, grantedTo: ['bureau_officer', 'centre_coordinator'] },
  { code: TRAINING_CHECK_IN, description: { 'zh-CN': '本人扫码签到', en: 'Check oneself in' }, grantedTo: ['teacher'] },
  { code: TRAINING_EVALUATION_MANAGE, description: { 'zh-CN': '维护调研和问卷、查看结果', en: 'Manage surveys and questionnaires, see results' }, grantedTo: ['bureau_officer', 'centre_coordinator'] },
  { code: TRAINING_EVALUATION_RESPOND, description: { 'zh-CN': '填写调研和问卷', en: 'Answer surveys and questionnaires' }, grantedTo: ['teacher'] },
  { code: TRAINING_FEEDBACK_RATE, description: { 'zh-CN': '记录反馈课并评分', en: 'Record and rate feedback lessons' }, grantedTo: ['centre_coordinator', 'expert'] },
];
