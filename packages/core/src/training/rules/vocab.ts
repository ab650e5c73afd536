/**
 * The training context's closed vocabularies (DOMAIN.md §4): stored as varchar codes, checked in
 * code, shown with their zh-CN and English words.
 */
import { compareDates, parseCalendarDate, type CalendarDate, type LocalizedText } from '@schoolbridge/shared';
import { TrainingRuleError } from './errors.js';

type Vocab<T extends string> = Record<T, LocalizedText>;

function codes<T extends string>(v: Vocab<T>): T[] {
  return Object.keys(v) as T[];
}

export const PROGRAMME_LEVEL_NAMES = {
  national: { 'zh-CN': '国培', en: 'National' },
  provincial: { 'zh-CN': '省培', en: 'Provincial' },
  city: { 'zh-CN': '市培', en: 'City' },
  county: { 'zh-CN': '县培', en: 'County' },
} satisfies Vocab<string>;
export type ProgrammeLevel = keyof typeof PROGRAMME_LEVEL_NAMES;
export const PROGRAMME_LEVELS = codes(PROGRAMME_LEVEL_NAMES);

/** The programme types of the seeds' 郴州 five-year plan (seed 000, part I). */
export const PROGRAMME_TYPE_NAMES = {
  toCounty: { 'zh-CN': '送培到县', en: 'Send-training-to-county' },
  toSchool: { 'zh-CN': '送培到校', en: 'Send-training-to-school' },
  shadowing: { 'zh-CN': '跟岗实践', en: 'Shadowing placement' },
  classTeacher: { 'zh-CN': '班主任培训', en: 'Class-teacher training' },
  lecture: { 'zh-CN': '专题讲座', en: 'Lecture' },
  competition: { 'zh-CN': '比赛', en: 'Competition' },
  showcase: { 'zh-CN': '展示', en: 'Showcase' },
} satisfies Vocab<string>;
export type ProgrammeType = keyof typeof PROGRAMME_TYPE_NAMES;
export const PROGRAMME_TYPES = codes(PROGRAMME_TYPE_NAMES);

export const SESSION_STATUS_NAMES = {
  draft: { 'zh-CN': '草稿', en: 'Draft' },
  published: { 'zh-CN': '已发布', en: 'Published' },
  running: { 'zh-CN': '进行中', en: 'Running' },
  completed: { 'zh-CN': '已结束', en: 'Completed' },
  cancelled: { 'zh-CN': '已取消', en: 'Cancelled' },
} satisfies Vocab<string>;
export type SessionStatus = keyof typeof SESSION_STATUS_NAMES;
export const SESSION_STATUSES = codes(SESSION_STATUS_NAMES);

/**
 * Allowed status changes. Once running, a session has attendance that is evidence for credits
 * (DOMAIN.md §5), so it can only be completed, never cancelled; completed and cancelled are final
 * (attendance corrections after completion change credits by reversal, not the status).
 */
export const SESSION_TRANSITIONS: Readonly<Record<SessionStatus, readonly SessionStatus[]>> = {
  draft: ['published', 'cancelled'],
  published: ['running', 'cancelled'],
  running: ['completed'],
  completed: [],
  cancelled: [],
};

export function nextStatuses(status: SessionStatus): readonly SessionStatus[] {
  return SESSION_TRANSITIONS[status];
}

/** Throws `training.session.transitionNotAllowed` with the allowed statuses when `from → to` is not allowed. */
export function assertTransition(from: SessionStatus, to: SessionStatus): void {
  const allowed = nextStatuses(from);
  if (!allowed.includes(to)) throw new TrainingRuleError('training.session.transitionNotAllowed', { from, to, allowed: [...allowed] });
}

/**
 * The status to show on a date: a published session is running while `today` is one of its days,
 * so nothing has to flip it on time (ARCHITECTURE §4: time-dependent states are derived on read).
 */
export function statusOn(status: SessionStatus, firstDay: CalendarDate, lastDay: CalendarDate, today: CalendarDate): SessionStatus {
  for (const d of [firstDay, lastDay, today]) parseCalendarDate(d);
  if (status === 'published' && compareDates(firstDay, today) <= 0 && compareDates(today, lastDay) <= 0) return 'running';
  return status;
}

export const EXPERT_TIER_NAMES = {
  province: { 'zh-CN': '省级', en: 'Province' },
  city: { 'zh-CN': '市级', en: 'City' },
  county: { 'zh-CN': '县级', en: 'County' },
} satisfies Vocab<string>;
export type ExpertTier = keyof typeof EXPERT_TIER_NAMES;
export const EXPERT_TIERS = codes(EXPERT_TIER_NAMES);

/** Timetable modules: the seed's course content (师德宣讲, 专业发展, …) and the 送培到校 lesson cycle. */
export const MODULE_KIND_NAMES = {
  ethics: { 'zh-CN': '师德', en: 'Professional ethics' },
  professionalDevelopment: { 'zh-CN': '专业发展', en: 'Professional development' },
  schoolManagement: { 'zh-CN': '学校管理', en: 'School management' },
  efficientClassroom: { 'zh-CN': '高效课堂', en: 'Efficient classroom' },
  teachingMethods: { 'zh-CN': '有效教学方法', en: 'Effective teaching methods' },
  demonstrationLesson: { 'zh-CN': '示范课', en: 'Demonstration lesson' },
  polishing: { 'zh-CN': '磨课', en: 'Lesson polishing' },
  feedbackLesson: { 'zh-CN': '反馈课', en: 'Feedback lesson' },
  jointPlanning: { 'zh-CN': '集体备课', en: 'Joint lesson planning' },
  summary: { 'zh-CN': '总结交流', en: 'Summary' },
  arrival: { 'zh-CN': '报到与准备', en: 'Arrival and preparation' },
  other: { 'zh-CN': '其他', en: 'Other' },
} satisfies Vocab<string>;
export type ModuleKind = keyof typeof MODULE_KIND_NAMES;
export const MODULE_KINDS = codes(MODULE_KIND_NAMES);

export const HALF_DAY_NAMES = {
  am: { 'zh-CN': '上午', en: 'Morning' },
  pm: { 'zh-CN': '下午', en: 'Afternoon' },
} satisfies Vocab<string>;
export type HalfDay = keyof typeof HALF_DAY_NAMES;
export const HALF_DAYS = codes(HALF_DAY_NAMES);

/** Late counts as attended, excused does not (DOMAIN.md §4). */
export const ATTENDANCE_MARK_NAMES = {
  present: { 'zh-CN': '出勤', en: 'Present' },
  late: { 'zh-CN': '迟到', en: 'Late' },
  absent: { 'zh-CN': '缺勤', en: 'Absent' },
  excused: { 'zh-CN': '请假', en: 'Excused' },
} satisfies Vocab<string>;
export type AttendanceMark = keyof typeof ATTENDANCE_MARK_NAMES;
export const ATTENDANCE_MARKS = codes(ATTENDANCE_MARK_NAMES);

/** How a mark was made: the rotating code, the trainer's confirmation, the coordinator (with a reason), a walk-in added by the trainer. */
export const ATTENDANCE_SOURCE_NAMES = {
  code: { 'zh-CN': '签到码', en: 'Check-in code' },
  trainer: { 'zh-CN': '培训者确认', en: 'Trainer confirmation' },
  coordinator: { 'zh-CN': '管理员登记', en: 'Coordinator entry' },
  walkIn: { 'zh-CN': '现场加入', en: 'Walk-in' },
} satisfies Vocab<string>;
export type AttendanceSource = keyof typeof ATTENDANCE_SOURCE_NAMES;
export const ATTENDANCE_SOURCES = codes(ATTENDANCE_SOURCE_NAMES);

/** Who a programme is for (DOMAIN.md §4: 全员, 骨干, 校长, rural teachers, by subject). */
export const AUDIENCE_NAMES = {
  all: { 'zh-CN': '全员', en: 'All teachers' },
  backbone: { 'zh-CN': '骨干教师', en: 'Backbone teachers' },
  principal: { 'zh-CN': '校长', en: 'Principals' },
  classTeacher: { 'zh-CN': '班主任', en: 'Class teachers' },
  rural: { 'zh-CN': '乡村教师', en: 'Rural teachers' },
  newTeacher: { 'zh-CN': '新任教师', en: 'New teachers' },
  subject: { 'zh-CN': '学科教师', en: 'Subject teachers' },
} satisfies Vocab<string>;
export type Audience = keyof typeof AUDIENCE_NAMES;
export const AUDIENCES = codes(AUDIENCE_NAMES);

/**
 * An enrolment's state. `pending`: asked by the teacher, waiting for the school's approval;
 * `enrolled` holds a seat; `waitlisted` waits by sequence number; `withdrawn`, `rejected` and
 * `cancelled` (the session was cancelled) hold nothing.
 */
export const ENROLMENT_STATUS_NAMES = {
  pending: { 'zh-CN': '待学校审核', en: 'Awaiting school approval' },
  enrolled: { 'zh-CN': '已报名', en: 'Enrolled' },
  waitlisted: { 'zh-CN': '候补', en: 'Waitlisted' },
  withdrawn: { 'zh-CN': '已退出', en: 'Withdrawn' },
  rejected: { 'zh-CN': '未通过', en: 'Rejected' },
  cancelled: { 'zh-CN': '班次取消', en: 'Session cancelled' },
} satisfies Vocab<string>;
export type EnrolmentStatus = keyof typeof ENROLMENT_STATUS_NAMES;
export const ENROLMENT_STATUSES = codes(ENROLMENT_STATUS_NAMES);

/** How an enrolment came: by the school's coordinator, by the teacher, or as a walk-in on the day. */
export const ENROLMENT_SOURCE_NAMES = {
  coordinator: { 'zh-CN': '学校报名', en: 'By the school' },
  self: { 'zh-CN': '个人报名', en: 'By the teacher' },
  walkIn: { 'zh-CN': '现场加入', en: 'Walk-in' },
} satisfies Vocab<string>;
export type EnrolmentSource = keyof typeof ENROLMENT_SOURCE_NAMES;
export const ENROLMENT_SOURCES = codes(ENROLMENT_SOURCE_NAMES);

/** An expert's part in a session: the team leader (送培组长) or a member of the team. */
export const SESSION_EXPERT_ROLE_NAMES = {
  leader: { 'zh-CN': '送培组长', en: 'Team leader' },
  expert: { 'zh-CN': '专家', en: 'Expert' },
} satisfies Vocab<string>;
export type SessionExpertRole = keyof typeof SESSION_EXPERT_ROLE_NAMES;
export const SESSION_EXPERT_ROLES = codes(SESSION_EXPERT_ROLE_NAMES);

export const QUESTIONNAIRE_KIND_NAMES = {
  needsSurvey: { 'zh-CN': '训前调研', en: 'Needs survey' },
  questionnaire: { 'zh-CN': '训后问卷', en: 'Post-training questionnaire' },
} satisfies Vocab<string>;
export type QuestionnaireKind = keyof typeof QUESTIONNAIRE_KIND_NAMES;
export const QUESTIONNAIRE_KINDS = codes(QUESTIONNAIRE_KIND_NAMES);

/** Question types: a 1–5 rating (satisfaction), one choice, several choices, or free text. */
export const QUESTION_TYPE_NAMES = {
  rating: { 'zh-CN': '评分', en: 'Rating' },
  single: { 'zh-CN': '单选', en: 'Single choice' },
  multiple: { 'zh-CN': '多选', en: 'Multiple choice' },
  text: { 'zh-CN': '文字', en: 'Text' },
} satisfies Vocab<string>;
export type QuestionType = keyof typeof QUESTION_TYPE_NAMES;
export const QUESTION_TYPES = codes(QUESTION_TYPE_NAMES);

/** What the credit outbox hands to the credits module: an award, or the reversal of one. */
export const CREDIT_HANDOFF_KINDS = ['award', 'reversal'] as const;
export type CreditHandOffKind = (typeof CREDIT_HANDOFF_KINDS)[number];
