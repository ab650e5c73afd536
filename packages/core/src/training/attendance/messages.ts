import { hasProblemMessage, registerProblemMessages } from '../../platform/errors/messages.js';

/** Attendance, check-in and completion: problem and field-error codes, in a county officer's words. */
registerProblemMessages({
  'checkIn.codeExpired': { 'zh-CN': '签到码已过期，请扫描或输入培训者屏幕上的最新签到码', en: 'The check-in code has expired; scan or type the code now on the trainer’s screen' },
  'checkIn.codeInvalid': { 'zh-CN': '签到码不对，请核对培训者屏幕上的签到码', en: 'The check-in code is wrong; check the code on the trainer’s screen' },
  'training.checkIn.rateLimited': { 'zh-CN': '签到尝试过于频繁，请 {seconds} 秒后再试', en: 'Too many check-in attempts; try again in {seconds} seconds' },
  'training.checkIn.already': { 'zh-CN': '本时段已有您的考勤记录（{time}，{mark}），无需重复签到', en: 'You already have an attendance record for this half-day ({time}, {mark}); no need to check in again' },
  'training.checkIn.notEnrolled': { 'zh-CN': '您没有报名成功本班次（当前：{status}），不能签到', en: 'You are not enrolled in this session (now: {status}), so you cannot check in' },
  'training.checkIn.noTeacherRecord': { 'zh-CN': '您的账号没有关联教师信息，请联系学校联络员', en: 'Your account is not linked to a teacher record; ask your school’s liaison' },
  'training.checkIn.slotRequired': { 'zh-CN': '请指明签到的时段', en: 'Say which half-day you are checking in to' },
  'training.attendance.sessionNotOpen': { 'zh-CN': '班次状态为“{status}”，不能进行此项考勤操作', en: 'The session is {status}; this attendance step is not possible' },
  'training.attendance.notParticipantSlot': { 'zh-CN': '该时段（{date} {half}）不是学员考勤时段', en: 'This half-day ({date}, {half}) is not an attendance slot for participants' },
  'training.attendance.notToday': { 'zh-CN': '签到码只能在该时段当天（{date}）出示', en: 'The check-in code can only be shown on the day of the half-day ({date})' },
  'training.attendance.slotInFuture': { 'zh-CN': '{date} 的时段尚未开始，只能预先登记请假', en: 'The half-day of {date} has not come yet; only leave (excused) can be entered ahead' },
  'training.attendance.notEnrolled': { 'zh-CN': '该教师未报名本班次', en: 'This teacher is not enrolled in the session' },
  'training.attendance.teacherNotFound': { 'zh-CN': '找不到该教师', en: 'No such teacher' },
  'training.walkIn.alreadyEnrolled': { 'zh-CN': '「{name}」已报名本班次，无需现场加入，可直接确认出勤', en: '"{name}" is already enrolled; confirm their attendance instead of adding a walk-in' },
  'training.walkIn.teacherInactive': { 'zh-CN': '「{name}」的教师信息已归档或不在职，不能现场加入', en: '"{name}" is archived or no longer teaching and cannot be added as a walk-in' },
  'training.completion.notCompleted': { 'zh-CN': '班次尚未结束（当前：{status}），请先办理结业', en: 'The session is not completed (now: {status}); complete it first' },
});

// The status rule's refusal is shared with the sessions part; whichever part loads first provides it.
if (!hasProblemMessage('training.session.transitionNotAllowed')) {
  registerProblemMessages({
    'training.session.transitionNotAllowed': { 'zh-CN': '班次当前为“{from}”，不能改为“{to}”；{allowedText}', en: 'The session is "{from}" and cannot become "{to}"; {allowedText}' },
  });
}
