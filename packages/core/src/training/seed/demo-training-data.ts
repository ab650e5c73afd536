import type { SchoolStage, Subject } from '../../directory/rules/vocab.js';
import type { Audience, ExpertTier, ProgrammeLevel, ProgrammeType, SessionStatus } from '../rules/vocab.js';

/**
 * The demo county's term of 送培送教 (issue 5 §8): the centre's expert pool, two programmes and a
 * term of sessions, written as data. Where the sessions fall is given in weeks from the Sunday of
 * the seed's "today", so a fresh install always shows sessions done, one under way and some to
 * come, in the shape of a term (seed 000 part I: 6-day weeks at rural schools, experts from three
 * tiers, at most 60% of them local).
 */

/** Where an expert of the pool works: a unit outside the directory, or a school (or the centre) of the demo county by code. */
export interface DemoExpert {
  tier: ExpertTier;
  gender: 'male' | 'female';
  birthYear: number;
  title: string;
  specialty: string;
  unitName?: string;
  /** Code of the demo county's school, or 'centre'; such an expert is local (本地) to the county's schools. */
  organisation?: string;
  /** The demo user `expert` is linked to this one (and it takes that user's name). */
  demoUser?: boolean;
}

export const DEMO_EXPERTS: readonly DemoExpert[] = [
  // Province tier: teacher-training universities and the provincial research institute.
  { tier: 'province', gender: 'female', birthYear: 1968, title: '教授', specialty: '小学语文教学', unitName: '湖南第一师范学院' },
  { tier: 'province', gender: 'male', birthYear: 1966, title: '副教授', specialty: '课程与教学论', unitName: '湖南师范大学教育科学学院' },
  { tier: 'province', gender: 'male', birthYear: 1970, title: '研究员', specialty: '小学数学', unitName: '湖南省教育科学研究院' },
  { tier: 'province', gender: 'female', birthYear: 1972, title: '正高级教师', specialty: '班主任工作', unitName: '湖南第一师范学院附属小学' },
  { tier: 'province', gender: 'male', birthYear: 1969, title: '正高级教师', specialty: '初中数学', unitName: '湖南师范大学附属中学' },
  { tier: 'province', gender: 'female', birthYear: 1975, title: '副研究员', specialty: '初中语文', unitName: '湖南省教育科学研究院基础教育研究所' },
  // City tier: the city's research institute, development centre and strong schools.
  { tier: 'city', gender: 'male', birthYear: 1968, title: '小学语文教研员', specialty: '小学语文', unitName: '示范市教育科学研究院', demoUser: true },
  { tier: 'city', gender: 'female', birthYear: 1974, title: '初中数学教研员', specialty: '初中数学', unitName: '示范市教育科学研究院' },
  { tier: 'city', gender: 'female', birthYear: 1977, title: '高级教师', specialty: '小学数学', unitName: '示范市实验小学' },
  { tier: 'city', gender: 'male', birthYear: 1971, title: '高级讲师', specialty: '师德与教师专业发展', unitName: '示范市教师发展中心' },
  { tier: 'city', gender: 'female', birthYear: 1979, title: '高级教师', specialty: '初中语文', unitName: '示范市第一中学' },
  { tier: 'city', gender: 'female', birthYear: 1982, title: '一级教师', specialty: '小学英语', unitName: '示范市第二实验小学' },
  { tier: 'city', gender: 'male', birthYear: 1976, title: '高级教师', specialty: '初中英语', unitName: '示范市第一中学' },
  // County tier: the centre's teaching researchers (教研员) and backbone teachers of the county's schools.
  { tier: 'county', gender: 'female', birthYear: 1975, title: '小学语文教研员', specialty: '小学语文', organisation: 'centre' },
  { tier: 'county', gender: 'male', birthYear: 1973, title: '小学数学教研员', specialty: '小学数学', organisation: 'centre' },
  { tier: 'county', gender: 'male', birthYear: 1978, title: '初中数学教研员', specialty: '初中数学', organisation: 'centre' },
  { tier: 'county', gender: 'female', birthYear: 1980, title: '德育教研员', specialty: '班主任工作与心理健康', organisation: 'centre' },
  { tier: 'county', gender: 'female', birthYear: 1983, title: '高级教师（县级骨干）', specialty: '小学语文', organisation: '4399010004' },
  { tier: 'county', gender: 'male', birthYear: 1981, title: '高级教师（县级骨干）', specialty: '小学数学', organisation: '4399010004' },
  { tier: 'county', gender: 'male', birthYear: 1979, title: '高级教师（县级骨干）', specialty: '初中数学', organisation: '4399010003' },
  { tier: 'county', gender: 'female', birthYear: 1985, title: '一级教师（县级骨干）', specialty: '小学语文', organisation: '4399010005' },
  { tier: 'county', gender: 'female', birthYear: 1984, title: '一级教师（县级骨干）', specialty: '小学数学', organisation: '4399010007' },
  { tier: 'county', gender: 'male', birthYear: 1982, title: '一级教师（县级骨干）', specialty: '初中语文', organisation: '4399010015' },
  { tier: 'county', gender: 'female', birthYear: 1986, title: '一级教师（县级骨干）', specialty: '初中英语', organisation: '4399010030' },
];

export type DemoProgrammeKey = 'toSchool' | 'lecture';

export interface DemoProgramme {
  key: DemoProgrammeKey;
  /** Printed after the term's label: '2026年秋季学期' + name. */
  name: string;
  level: ProgrammeLevel;
  type: ProgrammeType;
  /** The centre hosts it, or a named institution. */
  hostName: string | null;
  /** In fen. */
  budget: number | null;
  audiences: Audience[];
  description: string;
}

export const DEMO_PROGRAMMES: readonly DemoProgramme[] = [
  {
    key: 'toSchool',
    name: '示范县乡村教师送培到校项目',
    level: 'county',
    type: 'toSchool',
    hostName: null,
    // 15万元: ten school weeks of a five-expert team (travel, lodging, lecture fees)
    budget: 15_000_000,
    audiences: ['rural', 'subject'],
    description:
      '县教师发展中心组织省、市、县三级专家团队深入乡村学校，每期6天（周日报到，周一至周五培训）：观摩本校教师示范课，连续四天磨课，周五由两名本校教师上反馈课。本地专家不超过60%。',
  },
  {
    key: 'lecture',
    name: '示范市中小学教师专题讲座（示范县站）',
    level: 'city',
    type: 'lecture',
    hostName: '示范市教育科学研究院',
    budget: null,
    audiences: ['all', 'classTeacher'],
    description: '市教科院组织的专题讲座，每场一天，面向全县中小学教师，在县教师发展中心举办。',
  },
];

export type DemoSessionPlanStatus = Exclude<SessionStatus, 'published'> | 'upcoming';

/** One session of the term: its week relative to today's, venue, status and who it is for. */
export interface DemoSessionPlan {
  key: string;
  programme: DemoProgrammeKey;
  /** Weeks from the Sunday of today's week; a 送培到校 week runs Sunday to Friday, a lecture is on that week's Saturday. */
  week: number;
  /** A school of the demo county by code, or 'centre'. */
  venue: string;
  status: DemoSessionPlanStatus;
  title: string;
  /** Eligibility; null: any subject. */
  subjects: Subject[] | null;
  stages: SchoolStage[];
  capacity: number;
  /** How many to enrol (as many as there are eligible teachers, at most). */
  enrol: number;
  /** Local experts in a team of five (送培到校) or beside the lecturer (a lecture). */
  localExperts: number;
  /** Full, with this many more on the waitlist. */
  waitlist?: number;
  approvalRequired?: boolean;
  cancelReason?: string;
  /** The demo teacher (user `teacher`) is enrolled. */
  demoTeacher?: boolean;
  /** The demo expert (user `expert`) is the team leader, or a member. */
  demoExpert?: 'leader' | 'member';
  /** A teacher who missed too much to complete (below 80%). */
  belowThreshold?: boolean;
  /** A teacher of the venue who joined on the Tuesday (walk-in). */
  walkIn?: boolean;
  /** Lecture topic, for the timetable. */
  topic?: string;
}

export const DEMO_SESSIONS: readonly DemoSessionPlan[] = [
  {
    key: 'A',
    programme: 'toSchool',
    week: -10,
    venue: '4399010019',
    status: 'completed',
    title: '送培到校·青山乡中心小学（语文、数学）',
    subjects: ['chinese', 'math'],
    stages: ['primary'],
    capacity: 40,
    enrol: 26,
    localExperts: 2,
    demoExpert: 'member',
  },
  {
    key: 'B',
    programme: 'toSchool',
    week: -9,
    venue: '4399010025',
    status: 'completed',
    title: '送培到校·石门乡中心小学（语文、数学）',
    subjects: ['chinese', 'math'],
    stages: ['primary'],
    capacity: 40,
    enrol: 24,
    localExperts: 2,
  },
  {
    key: 'C',
    programme: 'toSchool',
    week: -9,
    venue: '4399010026',
    status: 'completed',
    title: '送培到校·石门乡中学（语文、数学、英语）',
    subjects: ['chinese', 'math', 'english'],
    stages: ['junior'],
    capacity: 40,
    enrol: 22,
    localExperts: 3,
  },
  {
    key: 'L1',
    programme: 'lecture',
    week: -6,
    venue: 'centre',
    status: 'completed',
    title: '专题讲座：新课标背景下的大单元教学设计',
    topic: '新课标背景下的大单元教学设计',
    subjects: null,
    stages: ['primary', 'junior'],
    capacity: 80,
    enrol: 48,
    localExperts: 1,
  },
  {
    key: 'D',
    programme: 'toSchool',
    week: -5,
    venue: '4399010007',
    status: 'completed',
    title: '送培到校·城关镇中心小学（小学各学科）',
    subjects: null,
    stages: ['primary'],
    capacity: 40,
    enrol: 30,
    localExperts: 2,
    demoTeacher: true,
    walkIn: true,
  },
  {
    key: 'E',
    programme: 'toSchool',
    week: -2,
    venue: '4399010032',
    status: 'completed',
    title: '送培到校·桃花镇桃源小学（语文、数学）',
    subjects: ['chinese', 'math'],
    stages: ['primary'],
    capacity: 40,
    enrol: 24,
    localExperts: 2,
    belowThreshold: true,
  },
  {
    key: 'F',
    programme: 'toSchool',
    week: 0,
    venue: '4399010015',
    status: 'running',
    title: '送培到校·白沙镇中心学校（语文、数学）',
    subjects: ['chinese', 'math'],
    stages: ['primary', 'junior'],
    capacity: 40,
    enrol: 28,
    localExperts: 2,
    demoExpert: 'leader',
  },
  {
    key: 'G',
    programme: 'toSchool',
    week: 1,
    venue: '4399010033',
    status: 'upcoming',
    title: '送培到校·龙潭镇中心学校（语文、数学）',
    subjects: ['chinese', 'math'],
    stages: ['primary', 'junior'],
    capacity: 40,
    enrol: 18,
    localExperts: 2,
    approvalRequired: true,
    demoExpert: 'member',
  },
  {
    key: 'L2',
    programme: 'lecture',
    week: 1,
    venue: 'centre',
    status: 'upcoming',
    title: '专题讲座：班主任工作与家校沟通',
    topic: '班主任工作与家校沟通',
    subjects: null,
    stages: ['primary', 'junior'],
    capacity: 60,
    enrol: 32,
    localExperts: 1,
    demoTeacher: true,
  },
  {
    key: 'H',
    programme: 'toSchool',
    week: 2,
    venue: '4399010037',
    status: 'upcoming',
    title: '送培到校·新田乡中心小学（小学各学科）',
    subjects: null,
    stages: ['primary'],
    capacity: 24,
    enrol: 24,
    waitlist: 5,
    localExperts: 2,
  },
  {
    key: 'X',
    programme: 'toSchool',
    week: 3,
    venue: '4399010041',
    status: 'cancelled',
    title: '送培到校·大坪乡中心学校（语文、数学）',
    subjects: ['chinese', 'math'],
    stages: ['primary', 'junior'],
    capacity: 40,
    enrol: 16,
    localExperts: 2,
    cancelReason: '该周全县开展期末教学质量监测，送培活动取消，改至下学期另行安排。',
  },
  {
    key: 'Z',
    programme: 'toSchool',
    week: 4,
    venue: '4399010052',
    status: 'draft',
    title: '送培到校·枫林乡中心学校（语文、数学、英语）',
    subjects: ['chinese', 'math', 'english'],
    stages: ['primary', 'junior'],
    capacity: 40,
    enrol: 0,
    localExperts: 2,
  },
];

/** Answers to the needs survey's open questions (rules/question-templates.ts). */
export const DIFFICULTY_TEXTS = [
  '学生基础差异大，分层教学不知道怎么做。',
  '课堂上学生不爱发言，互动难以开展。',
  '复式班教学，两个年级兼顾不过来。',
  '作业设计缺乏针对性，批改负担重。',
  '缺少教研伙伴，备课主要靠自己摸索。',
  '信息化设备有了，但不太会用到课堂里。',
];

export const NEEDS_TEXTS = [
  '希望专家多进课堂听课，现场指导。',
  '希望多讲讲作业设计和“双减”下的课堂。',
  '想学习如何上好复式班的课。',
  '希望能有同课异构的机会。',
  '希望提供课件和教学设计的范例。',
];

export const IMPROVE_TEXTS = [
  '磨课环节收获很大，希望以后每学期都能来。',
  '时间安排有点紧，希望反馈课后多留些交流时间。',
  '希望专家能留下联系方式，方便以后请教。',
  '示范课很有启发，建议把课例视频发给我们。',
  '希望增加信息技术与课堂融合的内容。',
  '建议培训避开期中考试周。',
  '专家讲得很实在，贴近我们乡村学校的实际。',
];

export const RATING_COMMENTS = [
  '教学目标清晰，学生参与度高，提问设计还可以更有层次。',
  '较示范课有明显进步，板书设计合理，小组合作落到实处。',
  '课堂节奏把握较好，评价语言可以更具体。',
  '情境创设贴近学生生活，练习设计有梯度。',
  '教态自然，对学生错误资源的利用还可加强。',
];

/** Lesson titles of feedback lessons (反馈课) by subject. */
export const LESSON_TITLES: Partial<Record<Subject, string[]>> = {
  chinese: ['《秋天的雨》', '《富饶的西沙群岛》', '《桂林山水》', '《草船借箭》', '《背影》'],
  math: ['《分数的初步认识》', '《长方形和正方形的周长》', '《小数的意义》', '《一元一次方程》', '《三角形的内角和》'],
  english: ['Unit 3 My Friends', 'Unit 5 Let’s Eat', 'Unit 2 School Life'],
};

export const ABSENCE_REASONS = {
  excused: ['病假（有请假条）', '事假，已向学校请假', '参加县教研室统一阅卷'],
  absent: ['未到，未请假', '未签到，联系未果'],
};
