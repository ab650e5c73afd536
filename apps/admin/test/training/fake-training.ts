/**
 * The training API (/api/training/…) faked at the fetch edge, layered over the directory's fake
 * (which is layered over the shell's): requests it does not know fall through. Shared by the
 * centre's pages (centre-*.test.tsx) and the attendance/teacher pages; add routes with small edits.
 */
import { fakeDirectory, SCHOOL_ID, TEACHER_ID } from '../directory/fake-directory';
import type { FakeCall } from '../harness';
import { attendanceState, handleAttendance } from './fake-attendance';

export const CENTRE_ID = '01900000-0000-7000-8000-0000000000c8';
export const SCHOOL2_ID = '01900000-0000-7000-8000-0000000000c2';
export const PROGRAMME_ID = '01900000-0000-7000-8000-000000001001';
export const SESSION_ID = '01900000-0000-7000-8000-000000002001';
export const OTHER_SESSION_ID = '01900000-0000-7000-8000-000000002002';
export const NEW_SESSION_ID = '01900000-0000-7000-8000-000000002009';
export const EXPERT_LEADER_ID = '01900000-0000-7000-8000-000000003001';
export const EXPERT_A_ID = '01900000-0000-7000-8000-000000003002';
export const EXPERT_B_ID = '01900000-0000-7000-8000-000000003003';
export const EXPERT_LOCAL_ID = '01900000-0000-7000-8000-000000003004';
export const TEACHER2_ID = '01900000-0000-7000-8000-0000000000d2';
export const TEACHER3_ID = '01900000-0000-7000-8000-0000000000d3';
export const QUESTIONNAIRE_ID = '01900000-0000-7000-8000-000000004001';
export const FEEDBACK_LESSON_ID = '01900000-0000-7000-8000-000000005001';
export { SCHOOL_ID, TEACHER_ID };

/** The session's Sunday (team arrives); its participant days are 2026-12-07 … 2026-12-11. */
export const SUNDAY = '2026-12-06';

export const TRAINING_ALL = [
  'training.read',
  'training.manage',
  'training.enrol',
  'training.enrol.approve',
  'training.attendance.run',
  'training.attendance.mark',
  'training.evaluation.manage',
  'training.feedback.rate',
];

const vocab = (entries: [string, string, string][]) => entries.map(([code, zh, en]) => ({ code, name: { 'zh-CN': zh, en } }));

export const TRAINING_VOCABULARIES = {
  programmeLevels: vocab([
    ['national', '国培', 'National'],
    ['provincial', '省培', 'Provincial'],
    ['city', '市培', 'City'],
    ['county', '县培', 'County'],
  ]),
  programmeTypes: vocab([
    ['toCounty', '送培到县', 'Send-training-to-county'],
    ['toSchool', '送培到校', 'Send-training-to-school'],
    ['shadowing', '跟岗实践', 'Shadowing placement'],
    ['lecture', '专题讲座', 'Lecture'],
  ]),
  audiences: vocab([
    ['all', '全员', 'All teachers'],
    ['backbone', '骨干教师', 'Backbone teachers'],
    ['rural', '乡村教师', 'Rural teachers'],
  ]),
  sessionStatuses: vocab([
    ['draft', '草稿', 'Draft'],
    ['published', '已发布', 'Published'],
    ['running', '进行中', 'Running'],
    ['completed', '已结束', 'Completed'],
    ['cancelled', '已取消', 'Cancelled'],
  ]),
  expertTiers: vocab([
    ['province', '省级', 'Province'],
    ['city', '市级', 'City'],
    ['county', '县级', 'County'],
  ]),
  expertRoles: vocab([
    ['leader', '送培组长', 'Team leader'],
    ['expert', '专家', 'Expert'],
  ]),
  moduleKinds: vocab([
    ['ethics', '师德', 'Professional ethics'],
    ['professionalDevelopment', '专业发展', 'Professional development'],
    ['efficientClassroom', '高效课堂', 'Efficient classroom'],
    ['teachingMethods', '有效教学方法', 'Effective teaching methods'],
    ['demonstrationLesson', '示范课', 'Demonstration lesson'],
    ['polishing', '磨课', 'Lesson polishing'],
    ['feedbackLesson', '反馈课', 'Feedback lesson'],
    ['jointPlanning', '集体备课', 'Joint lesson planning'],
    ['summary', '总结交流', 'Summary'],
    ['arrival', '报到与准备', 'Arrival and preparation'],
    ['other', '其他', 'Other'],
  ]),
  halfDays: vocab([
    ['am', '上午', 'Morning'],
    ['pm', '下午', 'Afternoon'],
  ]),
  enrolmentStatuses: vocab([
    ['pending', '待学校审核', 'Awaiting school approval'],
    ['enrolled', '已报名', 'Enrolled'],
    ['waitlisted', '候补', 'Waitlisted'],
    ['withdrawn', '已退出', 'Withdrawn'],
    ['rejected', '未通过', 'Rejected'],
    ['cancelled', '班次取消', 'Session cancelled'],
  ]),
  enrolmentSources: vocab([
    ['coordinator', '学校报名', 'By the school'],
    ['self', '个人报名', 'By the teacher'],
    ['walkIn', '现场加入', 'Walk-in'],
  ]),
  attendanceMarks: vocab([
    ['present', '出勤', 'Present'],
    ['late', '迟到', 'Late'],
    ['absent', '缺勤', 'Absent'],
    ['excused', '请假', 'Excused'],
  ]),
  attendanceSources: vocab([
    ['code', '签到码', 'Check-in code'],
    ['trainer', '培训者确认', 'Trainer confirmation'],
    ['coordinator', '管理员登记', 'Coordinator entry'],
    ['walkIn', '现场加入', 'Walk-in'],
  ]),
  questionnaireKinds: vocab([
    ['needsSurvey', '训前调研', 'Needs survey'],
    ['questionnaire', '训后问卷', 'Post-training questionnaire'],
  ]),
  questionTypes: vocab([
    ['rating', '评分', 'Rating'],
    ['single', '单选', 'Single choice'],
    ['multiple', '多选', 'Multiple choice'],
    ['text', '文字', 'Text'],
  ]),
};

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

type Mod = { kind: string; title?: string | null; expertId?: string | null; lessonTeacherId?: string | null };

/** The 送培到校 6-day template as the API answers it (POST sessions/template). */
export function templateDays(sunday: string) {
  const m = (...kinds: string[]): Mod[] => kinds.map((kind) => ({ kind }));
  const lesson = (kind: string): Mod => ({ kind, lessonTeacherId: null });
  const plan: [Mod[], Mod[]][] = [
    [[lesson('demonstrationLesson')], m('polishing', 'ethics')],
    [m('professionalDevelopment', 'polishing'), m('polishing', 'jointPlanning')],
    [m('efficientClassroom', 'polishing'), m('polishing', 'jointPlanning')],
    [m('teachingMethods', 'polishing'), m('polishing')],
    [[lesson('feedbackLesson')], [lesson('feedbackLesson'), ...m('summary')]],
  ];
  return [
    { date: sunday, halves: [{ half: 'pm', participantSlot: false, modules: m('arrival') }] },
    ...plan.map(([am, pm], i) => ({
      date: addDays(sunday, i + 1),
      halves: [
        { half: 'am', participantSlot: true, modules: am },
        { half: 'pm', participantSlot: true, modules: pm },
      ],
    })),
  ];
}

const EXPERT_NAMES: Record<string, string> = {
  [EXPERT_LEADER_ID]: '欧阳明',
  [EXPERT_A_ID]: '李华',
  [EXPERT_B_ID]: '王芳',
  [EXPERT_LOCAL_ID]: '赵强',
};

export function expert(overrides: Record<string, unknown> = {}) {
  return {
    id: EXPERT_LEADER_ID,
    name: '欧阳明',
    tier: 'province',
    ownerOrganisationId: CENTRE_ID,
    ownerName: '示范县教师发展中心',
    organisationId: null,
    organisationName: '湖南第一师范学院',
    unitName: '湖南第一师范学院',
    title: '正高级教师',
    specialty: '小学数学',
    mobile: '138****5678',
    userId: null,
    username: null,
    archivedAt: null as string | null,
    version: 1,
    ...overrides,
  };
}

export function programme(overrides: Record<string, unknown> = {}) {
  return {
    id: PROGRAMME_ID,
    name: '2026年示范县送培到校项目',
    level: 'county',
    type: 'toSchool',
    ownerOrganisationId: CENTRE_ID,
    ownerName: '示范县教师发展中心',
    hostOrganisationId: null,
    hostName: '湖南第一师范学院',
    budget: 12345600,
    startsOn: '2026-09-01',
    endsOn: '2027-01-31',
    description: '面向乡村学校的送培到校',
    audiences: ['all', 'rural'],
    sessionCount: 2,
    archivedAt: null as string | null,
    createdAt: '2026-08-20T02:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

/** A published 送培到校 session at the first school, 2026-12-06 … 2026-12-11, with its team. */
export function sessionDetail(overrides: Record<string, unknown> = {}) {
  let n = 0;
  const id = () => `01900000-0000-7000-8000-0000000060${String(++n).padStart(2, '0')}`;
  const days = templateDays(SUNDAY).map((d) => ({
    date: d.date,
    halves: d.halves.map((h) => ({
      slotId: id(),
      half: h.half,
      participantSlot: h.participantSlot,
      startsAt: h.half === 'am' ? '08:30' : '14:00',
      endsAt: h.half === 'am' ? '12:00' : '17:30',
      modules: h.modules.map((m) => ({
        id: id(),
        kind: m.kind,
        title: m.kind === 'ethics' ? '新时代师德修养' : null,
        expertId: m.kind === 'ethics' ? EXPERT_A_ID : m.kind === 'polishing' ? EXPERT_LEADER_ID : null,
        expertName: m.kind === 'ethics' ? EXPERT_NAMES[EXPERT_A_ID] : m.kind === 'polishing' ? EXPERT_NAMES[EXPERT_LEADER_ID] : null,
        lessonTeacherId: m.kind === 'demonstrationLesson' ? TEACHER_ID : null,
        lessonTeacherName: m.kind === 'demonstrationLesson' ? '张三' : null,
      })),
    })),
  }));
  return {
    id: SESSION_ID,
    title: '送培到校·示范县第一小学语文数学',
    programme: { id: PROGRAMME_ID, name: '2026年示范县送培到校项目', level: 'county', type: 'toSchool' },
    venue: { id: SCHOOL_ID, name: '示范县第一小学', kind: 'school' },
    startsOn: SUNDAY,
    endsOn: addDays(SUNDAY, 5),
    status: 'published',
    storedStatus: 'published',
    nextStatuses: ['running', 'cancelled'],
    cancelReason: null,
    creditHours: 30,
    completionThreshold: 80,
    approvalRequired: true,
    enrolOpensOn: '2026-11-01',
    enrolClosesOn: '2026-11-30',
    withdrawUntil: '2026-12-03',
    notes: null,
    teamLeaderExpertId: EXPERT_LEADER_ID,
    days,
    participantSlotCount: 10,
    team: [
      { expertId: EXPERT_LEADER_ID, name: '欧阳明', role: 'leader', tier: 'province', local: false, organisationName: '湖南第一师范学院' },
      { expertId: EXPERT_A_ID, name: '李华', role: 'expert', tier: 'city', local: false, organisationName: '郴州市教科院' },
      { expertId: EXPERT_LOCAL_ID, name: '赵强', role: 'expert', tier: 'county', local: true, organisationName: '示范县第一小学' },
    ],
    eligibility: { schools: [{ id: SCHOOL_ID, name: '示范县第一小学' }], subjects: ['chinese', 'math'], stages: ['primary'] },
    counts: { capacity: 40, seatsTaken: 38, waitlisted: 2, pending: 1 },
    localShare: { local: 1, total: 3, share: 1 / 3, exceedsLimit: false },
    localShareConfirmed: false,
    createdAt: '2026-11-02T02:00:00.000Z',
    updatedAt: '2026-11-02T02:00:00.000Z',
    version: 4,
    ...overrides,
  };
}

export type FakeSession = ReturnType<typeof sessionDetail>;

export function sessionListItem(s: FakeSession) {
  return {
    id: s.id,
    title: s.title,
    programmeId: s.programme.id,
    programmeName: s.programme.name,
    venueId: s.venue.id,
    venueName: s.venue.name,
    startsOn: s.startsOn,
    endsOn: s.endsOn,
    status: s.status,
    capacity: s.counts.capacity,
    seatsTaken: s.counts.seatsTaken,
    waitlisted: s.counts.waitlisted,
    creditHours: s.creditHours,
    teamLeaderName: s.team.find((m) => m.role === 'leader')?.name ?? null,
    version: s.version,
  };
}

export function enrolment(overrides: Record<string, unknown> = {}) {
  return {
    id: '01900000-0000-7000-8000-000000007001',
    sessionId: SESSION_ID,
    teacherId: TEACHER_ID,
    teacherName: '张三',
    schoolId: SCHOOL_ID,
    schoolName: '示范县第一小学',
    subjects: ['math'],
    status: 'enrolled',
    source: 'coordinator',
    waitlistSeq: null,
    waitlistPosition: null,
    requestedAt: '2026-11-05T02:00:00.000Z',
    requestedBy: null,
    requestedByName: '刘老师',
    enrolledAt: '2026-11-05T02:00:00.000Z',
    decidedAt: null as string | null,
    decidedBy: null,
    decidedByName: null,
    withdrawnAt: null,
    reason: null as string | null,
    skipReasons: [] as string[],
    skipMessage: null as string | null,
    ...overrides,
  };
}

export function questionnaire(overrides: Record<string, unknown> = {}) {
  return {
    id: QUESTIONNAIRE_ID,
    sessionId: SESSION_ID,
    kind: 'questionnaire',
    title: '训后问卷',
    anonymous: true,
    opensOn: '2026-12-11',
    closesOn: '2026-12-25',
    window: 'notYetOpen',
    questions: [
      { code: 'overall', type: 'rating', text: '总体满意度', required: true },
      { code: 'useful', type: 'single', text: '哪个模块最有用', required: false, options: ['示范课', '磨课'] },
      { code: 'advice', type: 'text', text: '意见和建议', required: false },
    ],
    responseCount: 3,
    answered: true,
    createdAt: '2026-11-20T02:00:00.000Z',
    updatedAt: '2026-11-20T02:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function questionnaireResults() {
  return {
    questionnaireId: QUESTIONNAIRE_ID,
    sessionId: SESSION_ID,
    sessionTitle: '送培到校·示范县第一小学语文数学',
    title: '训后问卷',
    kind: 'questionnaire',
    anonymous: true,
    responses: 3,
    enrolled: 38,
    responseRate: 8,
    questions: [
      { code: 'overall', type: 'rating', text: '总体满意度', answered: 3, rating: { count: 3, sum: 13, average: 433, distribution: [0, 0, 0, 2, 1] } },
      { code: 'useful', type: 'single', text: '哪个模块最有用', answered: 3, options: ['示范课', '磨课'], choices: [{ option: '示范课', count: 2 }, { option: '磨课', count: 1 }] },
      { code: 'advice', type: 'text', text: '意见和建议', answered: 1, texts: [{ text: '希望多安排磨课', teacherName: null }] },
    ],
  };
}

export function feedbackLesson(overrides: Record<string, unknown> = {}) {
  return {
    id: FEEDBACK_LESSON_ID,
    sessionId: SESSION_ID,
    teacherId: TEACHER_ID,
    teacherName: '张三',
    givenOn: '2026-12-11',
    title: '分数的初步认识',
    subject: 'math',
    notes: null,
    ratings: [{ expertId: EXPERT_LEADER_ID, expertName: '欧阳明', score: 88, comment: '目标清楚', updatedAt: '2026-12-11T06:00:00.000Z' }],
    average: 8800,
    unratedExpertIds: [EXPERT_A_ID, EXPERT_LOCAL_ID],
    createdAt: '2026-12-11T05:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

/** The parts of a session body that the detail carries as they are (the timetable, team and eligibility keep the fake's shapes). */
function scalarParts(body: Record<string, unknown>): Record<string, unknown> {
  const keys = ['title', 'creditHours', 'completionThreshold', 'approvalRequired', 'enrolOpensOn', 'enrolClosesOn', 'withdrawUntil', 'notes', 'teamLeaderExpertId'];
  const out: Record<string, unknown> = {};
  for (const k of keys) if (k in body) out[k] = body[k];
  if (body.confirmLocalShare) out.localShareConfirmed = true;
  return out;
}

function json(status: number, body: unknown): Response {
  if (status === 204) return new Response(null, { status });
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });
}

export function problem(status: number, code: string, detail: string, extra: Record<string, unknown> = {}) {
  return { type: `urn:schoolbridge:problem:${code}`, title: 'Error', status, code, detail, ...extra };
}

/** The shell's and directory's fakes plus training's routes; `permissions` are the signed-in user's. */
export function fakeTraining(permissions: string[] = TRAINING_ALL) {
  const base = fakeDirectory(permissions);
  const below = base.fetchMock.getMockImplementation()!;
  const calls: FakeCall[] = base.calls;
  const other = sessionDetail({
    id: OTHER_SESSION_ID,
    title: '送培到校·青山乡中心小学',
    status: 'draft',
    storedStatus: 'draft',
    nextStatuses: ['published', 'cancelled'],
    venue: { id: SCHOOL2_ID, name: '青山乡中心小学', kind: 'school' },
    counts: { capacity: 30, seatsTaken: 0, waitlisted: 0, pending: 0 },
  });
  other.days = other.days.map((d) => ({ ...d, date: addDays(d.date, 14) }));
  other.startsOn = addDays(SUNDAY, 14);
  other.endsOn = addDays(SUNDAY, 19);
  const state = {
    sessions: [sessionDetail(), other] as FakeSession[],
    programmes: [programme()],
    experts: [
      expert(),
      expert({ id: EXPERT_A_ID, name: '李华', tier: 'city', organisationName: '郴州市教科院', unitName: '郴州市教科院', mobile: null }),
      expert({ id: EXPERT_B_ID, name: '王芳', tier: 'city', organisationName: '郴州市第五中学', unitName: null }),
      expert({ id: EXPERT_LOCAL_ID, name: '赵强', tier: 'county', organisationId: SCHOOL_ID, organisationName: '示范县第一小学', unitName: null }),
    ],
    enrolments: [
      enrolment(),
      enrolment({ id: '01900000-0000-7000-8000-000000007002', teacherId: TEACHER2_ID, teacherName: '李四', status: 'waitlisted', waitlistSeq: 1, waitlistPosition: 1, skipMessage: '学科不符合报名条件，已跳过' }),
      enrolment({ id: '01900000-0000-7000-8000-000000007003', teacherId: TEACHER3_ID, teacherName: '王五', status: 'pending', source: 'self' }),
    ],
    teachers: [
      { id: TEACHER_ID, name: '张三', schoolId: SCHOOL_ID, schoolName: '示范县第一小学', subjects: ['math'], mobile: '138****5678', archivedAt: null, version: 1 },
      { id: TEACHER2_ID, name: '李四', schoolId: SCHOOL_ID, schoolName: '示范县第一小学', subjects: ['chinese'], mobile: null, archivedAt: null, version: 1 },
      { id: TEACHER3_ID, name: '王五', schoolId: SCHOOL_ID, schoolName: '示范县第一小学', subjects: ['math'], mobile: null, archivedAt: null, version: 1 },
    ],
    questionnaires: [questionnaire()],
    feedbackLessons: [feedbackLesson()],
    /** Answers a test forces for a training path ('PATCH /api/training/sessions/…'). */
    forced: new Map<string, { status: number; body: unknown }>(),
  };

  const page = <T>(items: T[], url: URL) => ({
    items,
    total: items.length,
    page: Number(url.searchParams.get('page') ?? 1),
    pageSize: Number(url.searchParams.get('pageSize') ?? 20),
  });

  /** Attendance, check-in, completion and the teacher's own routes (fake-attendance.ts). */
  const attendance = attendanceState();

  const handler = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const req = input instanceof Request ? input : null;
    const url = new URL(req ? req.url : String(input), 'http://localhost');
    const p = url.pathname;
    const isTeachers = p === '/api/directory/teachers';
    const isOrganisations = p === '/api/directory/organisations';
    if (!p.startsWith('/api/training/') && !isTeachers && !isOrganisations) return below(input, init);
    const method = (req?.method ?? init?.method ?? 'GET').toUpperCase();
    const raw = req ? await req.clone().text() : typeof init?.body === 'string' ? init.body : null;
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    calls.push({ method, path: p, search: url.searchParams, headers: new Headers(req?.headers ?? init?.headers), body });
    const key = `${method} ${p}`;
    const forced = state.forced.get(key);
    if (forced) return json(forced.status, forced.body);
    const sp = url.searchParams;
    const a2 = handleAttendance(attendance, method, p, body, state.teachers);
    if (a2) return a2;

    if (key === 'GET /api/directory/organisations') {
      // the directory's fake ignores the kind; pickers here ask per kind (schools, centres, bureaus)
      const kind = sp.get('kind');
      return json(200, page(base.state.schools.filter((o) => !kind || o.kind === kind), url));
    }
    if (key === 'GET /api/directory/teachers') {
      const q = sp.get('q') ?? '';
      return json(200, page(state.teachers.filter((t) => (!sp.get('schoolId') || t.schoolId === sp.get('schoolId')) && t.name.includes(q)), url));
    }
    const candidates = /^\/api\/training\/sessions\/([^/]+)\/walk-in-candidates$/.exec(p);
    if (method === 'GET' && candidates) {
      const q = sp.get('q') ?? '';
      return json(200, page(state.teachers.filter((t) => t.name.includes(q)).map((t) => ({ id: t.id, name: t.name, schoolId: t.schoolId, schoolName: t.schoolName, subjects: t.subjects })), url));
    }
    if (key === 'GET /api/training/vocabularies') return json(200, TRAINING_VOCABULARIES);

    // ---- programmes ----
    if (key === 'GET /api/training/programmes') return json(200, page(state.programmes.filter((x) => !sp.get('q') || x.name.includes(sp.get('q')!)), url));
    if (key === 'POST /api/training/programmes') {
      const created = programme({ ...body, id: '01900000-0000-7000-8000-000000001009', sessionCount: 0, version: 1 });
      state.programmes.push(created);
      return json(201, created);
    }
    let m = /^\/api\/training\/programmes\/([^/]+)(\/[a-z]+)?$/.exec(p);
    if (m) {
      const target = state.programmes.find((x) => x.id === m![1]);
      if (!target) return json(404, problem(404, 'notFound', '找不到该培训项目，或您无权查看'));
      const action = m[2] ?? '';
      if (method === 'GET' && action === '') return json(200, target);
      if (method === 'GET' && action === '/evaluation')
        return json(200, {
          programmeId: target.id,
          programmeName: target.name,
          overallAverage: 433,
          overallCount: 3,
          responses: 3,
          sessions: state.sessions.map((s, i) => ({
            sessionId: s.id,
            title: s.title,
            startsOn: s.startsOn,
            endsOn: s.endsOn,
            status: s.status,
            questionnaireId: i === 0 ? QUESTIONNAIRE_ID : null,
            responses: i === 0 ? 3 : 0,
            overallCount: i === 0 ? 3 : 0,
            overallAverage: i === 0 ? 433 : null,
          })),
        });
      if (method === 'PATCH' && action === '') {
        Object.assign(target, body, { version: target.version + 1 });
        return json(200, target);
      }
      if (method === 'POST' && (action === '/archive' || action === '/restore')) {
        target.archivedAt = action === '/archive' ? '2026-11-24T02:00:00.000Z' : null;
        return json(200, target);
      }
      if (method === 'DELETE') {
        if (target.sessionCount > 0) return json(409, problem(409, 'training.programme.hasSessions', `该项目已有 ${target.sessionCount} 个班次，不能删除`, { sessionCount: target.sessionCount }));
        state.programmes = state.programmes.filter((x) => x !== target);
        return json(204, null);
      }
    }

    // ---- experts ----
    if (key === 'GET /api/training/experts') {
      const q = sp.get('q') ?? '';
      const archived = sp.get('archived') ?? 'false';
      const items = state.experts.filter(
        (e) =>
          (archived === 'all' || (archived === 'true') === (e.archivedAt !== null)) &&
          e.name.includes(q) &&
          (!sp.get('tier') || e.tier === sp.get('tier')) &&
          (!sp.get('localTo') || e.organisationId === sp.get('localTo')),
      );
      return json(200, page(items, url));
    }
    if (key === 'POST /api/training/experts') {
      const created = expert({ ...body, id: '01900000-0000-7000-8000-000000003009', version: 1 });
      state.experts.push(created);
      return json(201, created);
    }
    m = /^\/api\/training\/experts\/([^/]+)(\/[a-z]+)?$/.exec(p);
    if (m) {
      const target = state.experts.find((x) => x.id === m![1]);
      if (!target) return json(404, problem(404, 'notFound', '找不到该专家'));
      const action = m[2] ?? '';
      if (method === 'GET' && action === '') return json(200, target);
      if (method === 'GET' && action === '/schedule') {
        const items = state.sessions
          .filter((s) => s.team.some((t) => t.expertId === target.id))
          .map((s) => ({
            sessionId: s.id,
            title: s.title,
            status: s.status,
            venueId: s.venue.id,
            venueName: s.venue.name,
            role: s.team.find((t) => t.expertId === target.id)!.role,
            inScope: true,
            days: s.days.map((d) => ({ date: d.date, halves: ['am', 'pm'] })),
          }));
        return json(200, { expertId: target.id, name: target.name, from: sp.get('from'), to: sp.get('to'), items });
      }
      if (method === 'PATCH' && action === '') {
        Object.assign(target, body, { version: target.version + 1 });
        return json(200, target);
      }
      if (method === 'POST' && (action === '/archive' || action === '/restore')) {
        target.archivedAt = action === '/archive' ? '2026-11-24T02:00:00.000Z' : null;
        return json(200, target);
      }
      if (method === 'DELETE') {
        if (state.sessions.some((s) => s.team.some((t) => t.expertId === target.id)))
          return json(409, problem(409, 'training.expert.onTeams', `专家「${target.name}」已在班次专家组中，不能删除，可以归档`));
        state.experts = state.experts.filter((x) => x !== target);
        return json(204, null);
      }
    }

    // ---- sessions ----
    if (key === 'GET /api/training/sessions') {
      const items = state.sessions
        .filter(
          (s) =>
            (!sp.get('status') || s.status === sp.get('status')) &&
            (!sp.get('programmeId') || s.programme.id === sp.get('programmeId')) &&
            (!sp.get('venueId') || s.venue.id === sp.get('venueId')) &&
            (!sp.get('expertId') || s.team.some((t) => t.expertId === sp.get('expertId'))) &&
            (!sp.get('q') || s.title.includes(sp.get('q')!)),
        )
        .map(sessionListItem);
      return json(200, page(items, url));
    }
    if (key === 'POST /api/training/sessions/template') {
      const sunday = String(body?.sunday ?? '');
      if (new Date(`${sunday}T00:00:00Z`).getUTCDay() !== 0)
        return json(
          400,
          problem(400, 'validation.failed', '提交的内容有误', {
            errors: [{ field: 'sunday', code: 'training.timetable.templateNeedsSunday', message: `送培到校模板从周日（专家组报到日）开始，${sunday} 不是周日` }],
          }),
        );
      return json(200, { days: templateDays(sunday) });
    }
    if (key === 'POST /api/training/sessions') {
      const created = sessionDetail({ ...scalarParts(body!), id: NEW_SESSION_ID, status: 'draft', storedStatus: 'draft', nextStatuses: ['published', 'cancelled'], version: 1 });
      state.sessions.push(created);
      return json(201, created);
    }
    if (key === 'GET /api/training/calendar') {
      const from = sp.get('from') ?? '';
      const to = sp.get('to') ?? '';
      const items = state.sessions
        .filter((s) => (sp.get('includeCancelled') === 'true' || s.status !== 'cancelled') && s.endsOn >= from && s.startsOn <= to)
        .filter((s) => (!sp.get('venueId') || s.venue.id === sp.get('venueId')) && (!sp.get('expertId') || s.team.some((t) => t.expertId === sp.get('expertId'))))
        .map((s) => ({
          id: s.id,
          title: s.title,
          status: s.status,
          programmeId: s.programme.id,
          programmeName: s.programme.name,
          venueId: s.venue.id,
          venueName: s.venue.name,
          startsOn: s.startsOn,
          endsOn: s.endsOn,
          team: s.team.map((t) => ({ expertId: t.expertId, name: t.name, role: t.role })),
          days: s.days
            .filter((d) => d.date >= from && d.date <= to)
            .map((d) => ({
              date: d.date,
              halves: d.halves.map((h) => ({ half: h.half, participantSlot: h.participantSlot, startsAt: h.startsAt, endsAt: h.endsAt, moduleKinds: h.modules.map((x) => x.kind) })),
            })),
        }));
      return json(200, { from, to, items });
    }
    m = /^\/api\/training\/sessions\/([^/]+)(\/[a-z-]+)?$/.exec(p);
    if (m) {
      const target = state.sessions.find((x) => x.id === m![1]);
      if (!target) return json(404, problem(404, 'notFound', '找不到该班次，或您无权查看'));
      const action = m[2] ?? '';
      if (method === 'GET' && action === '') return json(200, target);
      if (method === 'PATCH' && action === '') {
        if (body!.version !== target.version) return json(409, problem(409, 'conflict.staleVersion', '该记录已被他人修改，请刷新后再编辑'));
        Object.assign(target, { ...scalarParts(body!), version: target.version + 1 });
        if (typeof body!.capacity === 'number') target.counts = { ...target.counts, capacity: body!.capacity };
        return json(200, target);
      }
      const to = { '/publish': 'published', '/start': 'running', '/cancel': 'cancelled', '/complete': 'completed' }[action];
      if (method === 'POST' && to) {
        if (!target.nextStatuses.includes(to))
          return json(409, problem(409, 'training.session.transitionNotAllowed', `班次当前为“${target.status}”，不能改为“${to}”`, { from: target.status, to, allowed: target.nextStatuses }));
        Object.assign(target, {
          status: to,
          storedStatus: to,
          nextStatuses: { published: ['running', 'cancelled'], running: ['completed'], cancelled: [], completed: [] }[to],
          cancelReason: to === 'cancelled' ? String(body?.reason ?? '') : null,
          version: target.version + 1,
        });
        return json(200, target);
      }
      if (method === 'GET' && action === '/enrolments') {
        const status = sp.get('status');
        const items = state.enrolments.filter((e) => e.sessionId === target.id && (!status || e.status === status));
        const counts: Record<string, number> = { pending: 0, enrolled: 0, waitlisted: 0, withdrawn: 0, rejected: 0, cancelled: 0 };
        for (const e of state.enrolments.filter((x) => x.sessionId === target.id)) counts[e.status as string] += 1;
        return json(200, { ...page(items, url), counts, capacity: target.counts.capacity, seatsTaken: target.counts.seatsTaken });
      }
      if (method === 'POST' && action === '/enrolments') {
        const ids = (body!.teacherIds as string[]) ?? [];
        const results = ids.map((teacherId, i) => {
          const t = state.teachers.find((x) => x.id === teacherId);
          return {
            teacherId,
            teacherName: t?.name ?? teacherId,
            status: i === 0 ? 'enrolled' : 'waitlisted',
            enrolmentId: `01900000-0000-7000-8000-00000000710${i}`,
            ...(i === 0 ? {} : { waitlistSeq: 3 + i }),
          };
        });
        return json(200, { results, counts: { enrolled: 1, waitlisted: results.length - 1, refused: 0 } });
      }
      if (method === 'GET' && action === '/questionnaires') return json(200, page(state.questionnaires.filter((q) => q.sessionId === target.id), url));
      if (method === 'POST' && action === '/questionnaires') {
        if (state.questionnaires.some((q) => q.sessionId === target.id && q.kind === body!.kind))
          return json(409, problem(409, 'training.questionnaire.exists', '本班次已有该类问卷'));
        const created = questionnaire({ id: '01900000-0000-7000-8000-000000004009', kind: body!.kind, title: body!.title ?? '训前调研', responseCount: 0, answered: false });
        state.questionnaires.push(created);
        return json(201, created);
      }
      if (method === 'GET' && action === '/feedback-lessons') return json(200, page(state.feedbackLessons.filter((f) => f.sessionId === target.id), url));
      if (method === 'POST' && action === '/feedback-lessons') {
        const created = feedbackLesson({ ...body, id: '01900000-0000-7000-8000-000000005009', teacherName: '李四', ratings: [], average: null, unratedExpertIds: target.team.map((t) => t.expertId) });
        state.feedbackLessons.push(created);
        return json(201, created);
      }
    }
    m = /^\/api\/training\/enrolments\/([^/]+)\/(approve|reject|withdraw)$/.exec(p);
    if (m && method === 'POST') {
      const target = state.enrolments.find((e) => e.id === m![1]);
      if (!target) return json(404, problem(404, 'notFound', '找不到该报名'));
      const status = { approve: 'enrolled', reject: 'rejected', withdraw: 'withdrawn' }[m[2]]!;
      Object.assign(target, { status, reason: (body?.reason as string | undefined) ?? null, decidedAt: '2026-11-24T02:00:00.000Z' });
      return json(200, m[2] === 'withdraw' ? { enrolment: target, promoted: 0 } : target);
    }
    m = /^\/api\/training\/questionnaires\/([^/]+)\/results$/.exec(p);
    if (m && method === 'GET') return json(200, { ...questionnaireResults(), questionnaireId: m[1] });
    m = /^\/api\/training\/feedback-lessons\/([^/]+)\/ratings\/([^/]+)$/.exec(p);
    if (m && method === 'PUT') {
      const lesson = state.feedbackLessons.find((f) => f.id === m![1]);
      if (!lesson) return json(404, problem(404, 'notFound', '找不到该反馈课'));
      lesson.ratings = [
        ...lesson.ratings.filter((r) => r.expertId !== m![2]),
        { expertId: m[2], expertName: EXPERT_NAMES[m[2]] ?? '', score: Number(body!.score), comment: (body!.comment as string) ?? '', updatedAt: '2026-12-11T07:00:00.000Z' },
      ];
      lesson.unratedExpertIds = lesson.unratedExpertIds.filter((x) => x !== m![2]);
      return json(200, lesson);
    }
    return json(404, problem(404, 'notFound', `no fake for ${key}`));
  };
  base.fetchMock.mockImplementation(handler);
  return { ...base, training: state, attendance, calls };
}
