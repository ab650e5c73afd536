import { registerProblemMessages } from '../../platform/errors/messages.js';

/** Problem and field-error codes of sessions, their timetable, team and status. */
registerProblemMessages({
  'training.session.programmeNotFound': { 'zh-CN': '找不到该培训项目，或不在您的管理范围内', en: 'No such programme within your scope' },
  'training.session.programmeArchived': { 'zh-CN': '该培训项目已归档，不能再安排班次', en: 'The programme is archived; no sessions can be added to it' },
  'training.session.venueNotFound': { 'zh-CN': '找不到该培训地点', en: 'No such venue' },
  'training.session.venueKind': { 'zh-CN': '培训地点应为学校（送培校）或教师培训中心', en: 'The venue must be a school or a training centre' },
  'training.session.expertNotFound': { 'zh-CN': '找不到该专家，或不在您管理的专家库中', en: 'No such expert in the pools you manage' },
  'training.session.expertArchived': { 'zh-CN': '专家「{name}」已归档，不能加入专家组', en: 'The expert "{name}" is archived and cannot join the team' },
  'training.session.schoolNotFound': { 'zh-CN': '找不到该学校', en: 'No such school' },
  'training.session.enrolClosesBeforeOpens': {
    'zh-CN': '报名截止日期不能早于报名开始日期（{enrolOpensOn}）',
    en: 'Enrolment cannot close before it opens ({enrolOpensOn})',
  },
  'training.session.capacityBelowSeats': {
    'zh-CN': '已有 {seatsTaken} 人报名占用名额，名额不能少于 {seatsTaken}',
    en: '{seatsTaken} seats are taken; the capacity cannot be lower',
  },
  'training.session.localShareExceeded': {
    'zh-CN':
      '专家组共 {total} 人，其中本地（本县、本校）专家 {local} 人，占 {percent}，超过 60% 的上限（外地专家应不少于 40%）。如确需这样安排，请勾选“确认本地专家比例”后再保存',
    en: '{local} of the {total} experts ({percent}) are local, above the 60% limit (at least 40% should come from outside). To keep this team, confirm the local share and save again',
  },
  'training.session.notEditable': { 'zh-CN': '班次{status}，不能再修改', en: 'The session is {status} and can no longer be changed' },
  'training.session.transitionNotAllowed': {
    'zh-CN': '班次当前为“{from}”，不能改为“{to}”；{allowedText}',
    en: 'The session is "{from}" and cannot become "{to}"; {allowedText}',
  },
  'training.session.notReady': { 'zh-CN': '班次还不能发布：{missing}', en: 'The session cannot be published yet: {missing}' },
  'training.session.needsTeamLeader': { 'zh-CN': '请指定送培组长', en: 'Name a team leader' },
  'training.session.needsCapacity': { 'zh-CN': '名额至少为 1 人', en: 'The capacity must be at least 1' },
  'training.session.notStartedYet': { 'zh-CN': '班次 {startsOn} 才开始，不能提前开班', en: 'The session begins on {startsOn}; it cannot be started earlier' },
  'training.session.slotHasAttendance': {
    'zh-CN': '{date} {half}已有考勤记录，不能从课程安排中删除',
    en: 'The {half} of {date} has attendance records and cannot be removed from the timetable',
  },
  'training.session.cancelReasonRequired': { 'zh-CN': '请填写取消原因，将通知已报名的教师', en: 'Give the reason; the enrolled teachers are told' },
  'training.timetable.templateNeedsSunday': {
    'zh-CN': '送培到校模板从周日（专家组报到日）开始，{date} 不是周日',
    en: 'The send-training-to-school template starts on a Sunday (the team’s arrival); {date} is not a Sunday',
  },
  'training.timetable.duplicateDay': { 'zh-CN': '日期 {date} 重复', en: 'The date {date} appears twice' },
  'training.timetable.datesOutOfOrder': {
    'zh-CN': '日期应按先后排列：{date} 排在了 {previous} 之后',
    en: 'Dates must be in order: {date} comes after {previous}',
  },
  'training.timetable.duplicateHalf': { 'zh-CN': '{date} 的{half}出现了两次', en: 'The {half} of {date} appears twice' },
  'training.timetable.noParticipantSlot': {
    'zh-CN': '至少要有一个学员参训（签到）的半天',
    en: 'At least one half-day must be a participants’ attendance slot',
  },
  'training.timetable.endsBeforeStarts': { 'zh-CN': '结束时间应晚于开始时间（{startsAt}）', en: 'The end time must be after the start time ({startsAt})' },
  'training.timetable.expertNotOnTeam': {
    'zh-CN': '授课专家「{name}」不在本班次专家组中，请先加入专家组',
    en: 'The expert "{name}" is not on the session’s team; add them to the team first',
  },
  'training.timetable.teacherNotFound': { 'zh-CN': '找不到该教师', en: 'No such teacher' },
});
