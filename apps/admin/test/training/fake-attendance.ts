/**
 * The attendance, check-in, completion and teacher routes of the training fake (fake-training.ts
 * calls `handleAttendance` first and falls through when it answers null). The state changes as
 * the real API would: confirmations, marks with versions, walk-ins, check-ins, answers. POST
 * sessions/{id}/complete stays with fake-training.ts (the session's status); a test of the
 * completion tab forces its answer.
 */
import { SCHOOL_ID, TEACHER2_ID, TEACHER3_ID, TEACHER_ID, SESSION_ID, OTHER_SESSION_ID, sessionDetail } from './fake-training';

type Mark = 'present' | 'late' | 'absent' | 'excused';
type Source = 'code' | 'trainer' | 'coordinator' | 'walkIn';

export interface FakeRow {
  teacherId: string;
  name: string;
  schoolId: string;
  schoolName: string;
  enrolmentId: string;
  walkIn: boolean;
  attendanceId: string | null;
  mark: Mark | null;
  source: Source | null;
  reason: string | null;
  recordedAt: string | null;
  confirmed: boolean;
  confirmedAt: string | null;
  version: number | null;
  subjects: string[];
}

/**
 * The wait for a page's first render: its lazy code is transformed on the first visit, which takes
 * far longer than Testing Library's default when every core runs a suite.
 */
export const FIRST_LOAD = { timeout: 30_000 };

// ids of the teacher's own rows, apart from fake-training.ts's coordinator rows so the two fakes never answer for each other
export const ENROLMENT_ID = '01900000-0000-7000-8000-000000007301';
export const MY_QUESTIONNAIRE_ID = '01900000-0000-7000-8000-000000004101';
export const WAITLIST_ENROLMENT_ID = '01900000-0000-7000-8000-000000007101';
export const WALK_IN_TEACHER_ID = '01900000-0000-7000-8000-0000000000d9';

/** The fake session's participant slots (2026-12-07 … 2026-12-11, am and pm) with their ids. */
export function fakeSlots() {
  return sessionDetail()
    .days.flatMap((d) =>
      d.halves.filter((h) => h.participantSlot).map((h) => ({ slotId: h.slotId, date: d.date, half: h.half, startsAt: h.startsAt, endsAt: h.endsAt })),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.half.localeCompare(b.half));
}

export function fakeRoster(): FakeRow[] {
  const row = (teacherId: string, name: string, subjects: string[], n: number, record: Partial<FakeRow> = {}): FakeRow => ({
    teacherId,
    name,
    schoolId: SCHOOL_ID,
    schoolName: '示范县第一小学',
    enrolmentId: `01900000-0000-7000-8000-00000000700${n}`,
    walkIn: false,
    attendanceId: null,
    mark: null,
    source: null,
    reason: null,
    recordedAt: null,
    confirmed: false,
    confirmedAt: null,
    version: null,
    subjects,
    ...record,
  });
  return [
    row(TEACHER2_ID, '李四', ['chinese'], 2),
    row(TEACHER3_ID, '王五', ['math'], 3, { attendanceId: 'att-3', mark: 'late', source: 'code', recordedAt: '2026-12-07T00:45:00.000Z', version: 1 }),
    row(TEACHER_ID, '张三', ['math'], 1, { attendanceId: 'att-1', mark: 'present', source: 'code', recordedAt: '2026-12-07T00:25:00.000Z', version: 2 }),
  ];
}

export function mySession(overrides: Record<string, unknown> = {}) {
  return {
    enrolmentId: ENROLMENT_ID,
    sessionId: SESSION_ID,
    title: '送培到校·示范县第一小学语文数学',
    startsOn: '2026-12-06',
    endsOn: '2026-12-11',
    venueId: SCHOOL_ID,
    venueName: '示范县第一小学',
    sessionStatus: 'published',
    creditHours: 30,
    status: 'enrolled',
    source: 'self',
    waitlistSeq: null as number | null,
    waitlistPosition: null as number | null,
    withdrawUntil: '2026-12-03',
    creditAwarded: false,
    canWithdraw: true,
    reason: null as string | null,
    ...overrides,
  };
}

export function openSession(overrides: Record<string, unknown> = {}) {
  return {
    sessionId: OTHER_SESSION_ID,
    title: '送培到校·青山乡中心小学',
    programmeName: '2026年示范县送培到校项目',
    startsOn: '2026-12-20',
    endsOn: '2026-12-25',
    venueId: '01900000-0000-7000-8000-0000000000c2',
    venueName: '青山乡中心小学',
    creditHours: 30,
    capacity: 30,
    seatsTaken: 30,
    seatsLeft: 0,
    waitlisted: 4,
    approvalRequired: false,
    enrolClosesOn: '2026-12-15',
    withdrawUntil: '2026-12-17',
    myStatus: null as string | null,
    ...overrides,
  };
}

export function myQuestionnaire(overrides: Record<string, unknown> = {}) {
  return {
    id: MY_QUESTIONNAIRE_ID,
    sessionId: SESSION_ID,
    sessionTitle: '送培到校·示范县第一小学语文数学',
    sessionStartsOn: '2026-12-06',
    sessionEndsOn: '2026-12-11',
    kind: 'questionnaire',
    title: '训后问卷',
    anonymous: true,
    questions: [
      { code: 'overall', type: 'rating', text: '总体满意度', required: true },
      { code: 'useful', type: 'single', text: '哪个模块最有用', required: false, options: ['示范课', '磨课'] },
      { code: 'topics', type: 'multiple', text: '还想学习哪些内容', required: false, options: ['作业设计', '课堂评价', '家校沟通'] },
      { code: 'advice', type: 'text', text: '意见和建议', required: false },
    ],
    opensOn: '2026-12-11',
    closesOn: '2026-12-25',
    state: 'open',
    answeredOn: null as string | null,
    ...overrides,
  };
}

export function attendanceState() {
  return {
    /** Each slot's sheet rows, made on first read. */
    sheets: new Map<string, FakeRow[]>(),
    /** A refusal the check-in code answers (notToday …), or null for codes. */
    codeRefusal: null as { status: number; body: unknown } | null,
    /** When set, each code rotates this long after it was fetched (instead of on the 30-second grid). */
    rotateInMs: null as number | null,
    codeFetches: 0,
    completion: {
      status: 'running',
      slotCount: 10,
      completionThreshold: 80,
      requiredSlots: 8,
      creditHours: 30,
      items: [
        {
          teacherId: TEACHER2_ID,
          name: '李四',
          schoolId: SCHOOL_ID,
          schoolName: '示范县第一小学',
          enrolmentId: 'e2',
          walkIn: false,
          attended: 6,
          excused: 2,
          absent: 2,
          slotCount: 10,
          requiredSlots: 8,
          completed: false,
          creditAwarded: false,
        },
        {
          teacherId: TEACHER_ID,
          name: '张三',
          schoolId: SCHOOL_ID,
          schoolName: '示范县第一小学',
          enrolmentId: 'e1',
          walkIn: false,
          attended: 9,
          excused: 1,
          absent: 0,
          slotCount: 10,
          requiredSlots: 8,
          completed: true,
          creditAwarded: false,
        },
      ],
      counts: { teachers: 2, completed: 1, creditAwarded: 0 },
    },
    mySessions: [
      mySession(),
      mySession({
        enrolmentId: WAITLIST_ENROLMENT_ID,
        sessionId: OTHER_SESSION_ID,
        title: '送培到校·青山乡中心小学',
        status: 'waitlisted',
        waitlistSeq: 7,
        waitlistPosition: 2,
        canWithdraw: true,
      }),
    ],
    openSessions: [openSession()],
    /** What enrol-me answers, per session. */
    enrolMe: new Map<string, { status: number; body: unknown }>(),
    myQuestionnaires: [myQuestionnaire({ window: undefined })],
    questionnaireWindow: 'open' as 'open' | 'notYetOpen' | 'closed',
    responses: [] as { id: string; answers: Record<string, unknown> }[],
    checkIns: 0,
  };
}

export type AttendanceState = ReturnType<typeof attendanceState>;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });
}

function problem(status: number, code: string, detail: string, extra: Record<string, unknown> = {}) {
  return { type: `urn:schoolbridge:problem:${code}`, title: 'Error', status, code, detail, ...extra };
}

function countsOf(rows: FakeRow[]) {
  const n = (m: Mark) => rows.filter((r) => r.mark === m).length;
  return {
    teachers: rows.length,
    walkIns: rows.filter((r) => r.walkIn).length,
    present: n('present'),
    late: n('late'),
    absent: n('absent'),
    excused: n('excused'),
    unmarked: rows.filter((r) => r.mark === null).length,
    confirmed: rows.filter((r) => r.confirmed).length,
  };
}

const strip = ({ subjects: _s, ...row }: FakeRow) => row;

let memo: ReturnType<typeof fakeSlots> | undefined;

/** The training fake's attendance and teacher routes; null for anything else. */
export function handleAttendance(
  s: AttendanceState,
  method: string,
  path: string,
  body: Record<string, unknown> | undefined,
  teachers: { id: string; name: string; schoolId: string; schoolName: string; subjects: string[] }[],
): Response | null {
  const slots = (memo ??= fakeSlots());
  const sheetOf = (slotId: string) => {
    if (!s.sheets.has(slotId)) s.sheets.set(slotId, fakeRoster());
    return s.sheets.get(slotId)!;
  };
  const sheet = (slotId: string) => {
    const slot = slots.find((x) => x.slotId === slotId)!;
    const rows = sheetOf(slotId);
    return {
      sessionId: SESSION_ID,
      slotId,
      slotKey: `${slot.date}.${slot.half}`,
      date: slot.date,
      half: slot.half,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      items: rows.map(strip),
      counts: countsOf(rows),
    };
  };
  const now = () => new Date().toISOString();

  let m = /^\/api\/training\/sessions\/([^/]+)\/slots\/([^/]+)\/(check-in-code|attendance)(?:\/(confirm|[^/]+))?$/.exec(path);
  if (m) {
    const [, , slotId, what, rest] = m;
    const slot = slots.find((x) => x.slotId === slotId);
    if (!slot) return json(404, problem(404, 'notFound', '找不到该时段'));
    if (what === 'check-in-code' && method === 'GET') {
      if (s.codeRefusal) return json(s.codeRefusal.status, s.codeRefusal.body);
      // a new 6-digit code every 30-second window like the real one, or `rotateInMs` after each fetch (a test's fixed countdown)
      const w = Math.floor(Date.now() / 30_000);
      s.codeFetches += 1;
      const code = String(100000 + (((s.rotateInMs === null ? w : s.codeFetches) * 7919) % 900000));
      return json(200, {
        sessionId: SESSION_ID,
        slotId,
        slotKey: `${slot.date}.${slot.half}`,
        code,
        url: `/check-in?session=${SESSION_ID}&slot=${slot.date}.${slot.half}&code=${code}`,
        windowSeconds: 30,
        rotatesAt: new Date(s.rotateInMs === null ? (w + 1) * 30_000 : Date.now() + s.rotateInMs).toISOString(),
      });
    }
    if (what === 'attendance' && method === 'GET' && !rest) return json(200, sheet(slotId!));
    if (what === 'attendance' && method === 'POST' && rest === 'confirm') {
      const ids = (body?.teacherIds as string[] | undefined) ?? [];
      for (const r of sheetOf(slotId!)) {
        if (!ids.includes(r.teacherId)) continue;
        if (r.attendanceId === null)
          Object.assign(r, { attendanceId: `att-${r.teacherId}`, mark: 'present', source: 'trainer', recordedAt: now(), version: 0 });
        if (!r.confirmed) Object.assign(r, { confirmed: true, confirmedAt: now(), version: (r.version ?? 0) + 1 });
      }
      return json(200, sheet(slotId!));
    }
    if (what === 'attendance' && method === 'PUT' && rest) {
      const r = sheetOf(slotId!).find((x) => x.teacherId === rest);
      if (!r) return json(404, problem(404, 'notFound', '找不到该报名'));
      const reason = String(body?.reason ?? '').trim();
      if (!reason)
        return json(
          400,
          problem(400, 'validation.failed', '提交的内容有误', { errors: [{ field: 'reason', code: 'validation.required', message: '请填写原因' }] }),
        );
      if (r.attendanceId !== null && body?.version !== r.version) return json(409, problem(409, 'conflict.staleVersion', '该记录已被他人修改，请刷新后再编辑'));
      Object.assign(r, {
        attendanceId: r.attendanceId ?? `att-${r.teacherId}`,
        mark: body!.mark,
        source: 'coordinator',
        reason,
        recordedAt: now(),
        confirmed: true,
        confirmedAt: now(),
        version: (r.version ?? 0) + 1,
      });
      return json(200, { attendance: strip(r), completion: null });
    }
  }
  m = /^\/api\/training\/sessions\/([^/]+)\/(walk-ins|sign-in-sheet|completion|completion\/recompute)$/.exec(path);
  if (m) {
    const what = m[2];
    if (what === 'walk-ins' && method === 'POST') {
      const slotId = String(body!.slotId);
      const rows = sheetOf(slotId);
      if (rows.some((r) => r.teacherId === body!.teacherId))
        return json(409, problem(409, 'training.walkIn.alreadyEnrolled', '该教师已报名本班次，无需现场加入，可直接确认出勤'));
      const t = teachers.find((x) => x.id === body!.teacherId) ?? {
        id: String(body!.teacherId),
        name: '赵六',
        schoolId: SCHOOL_ID,
        schoolName: '示范县第二小学',
        subjects: [],
      };
      rows.push({
        teacherId: t.id,
        name: t.name,
        schoolId: t.schoolId,
        schoolName: t.schoolName,
        enrolmentId: `walk-${t.id}`,
        walkIn: true,
        attendanceId: `att-${t.id}`,
        mark: 'present',
        source: 'walkIn',
        reason: null,
        recordedAt: now(),
        confirmed: false,
        confirmedAt: null,
        version: 1,
        subjects: t.subjects,
      });
      return json(201, sheet(slotId));
    }
    if (what === 'sign-in-sheet' && method === 'GET') {
      return json(200, {
        sessionId: SESSION_ID,
        title: '送培到校·示范县第一小学语文数学',
        programmeName: '2026年示范县送培到校项目',
        venueName: '示范县第一小学',
        startsOn: '2026-12-06',
        endsOn: '2026-12-11',
        dates: ['2026-12-06', '2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11'],
        creditHours: 30,
        slots: slots.map((slot) => ({
          slotId: slot.slotId,
          slotKey: `${slot.date}.${slot.half}`,
          date: slot.date,
          half: slot.half,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          rows: sheetOf(slot.slotId).map((r, i) => ({
            no: i + 1,
            teacherId: r.teacherId,
            name: r.name,
            schoolName: r.schoolName,
            subjects: r.subjects,
            walkIn: r.walkIn,
          })),
        })),
      });
    }
    if (what === 'completion' && method === 'GET') return json(200, { sessionId: SESSION_ID, ...s.completion });
    if (what === 'completion/recompute' && method === 'POST') {
      const awards = s.completion.items.filter((i) => i.completed && !i.creditAwarded).length;
      s.completion.status = 'completed';
      for (const i of s.completion.items) i.creditAwarded = i.completed;
      s.completion.counts.creditAwarded = s.completion.items.filter((i) => i.creditAwarded).length;
      return json(200, { sessionId: SESSION_ID, ...s.completion, handedOff: { awards, reversals: 0 } });
    }
  }


  // ---- one teacher's sessions (the teacher page's widget) ----
  const teacherSessions = /^\/api\/training\/teachers\/([^/]+)\/sessions$/.exec(path);
  if (method === 'GET' && teacherSessions) return json(200, { items: s.mySessions, total: s.mySessions.length, page: 1, pageSize: 10 });

  // ---- the teacher's own ----
  if (method === 'GET' && path === '/api/training/my/sessions') return json(200, { items: s.mySessions, total: s.mySessions.length, page: 1, pageSize: 20 });
  if (method === 'GET' && path === '/api/training/my/open-sessions')
    return json(200, { items: s.openSessions, total: s.openSessions.length, page: 1, pageSize: 20 });
  m = /^\/api\/training\/sessions\/([^/]+)\/enrol-me$/.exec(path);
  if (m && method === 'POST') {
    const answer = s.enrolMe.get(m[1]!);
    if (!answer) return json(404, problem(404, 'notFound', '找不到该班次'));
    if (answer.status === 200) {
      const r = answer.body as { enrolmentId: string; status: string; waitlistSeq?: number };
      const open = s.openSessions.find((x) => x.sessionId === m![1]);
      if (open) open.myStatus = r.status;
      if (!s.mySessions.some((x) => x.enrolmentId === r.enrolmentId))
        s.mySessions.unshift(
          mySession({
            enrolmentId: r.enrolmentId,
            sessionId: m[1],
            title: open?.title,
            status: r.status,
            waitlistSeq: r.waitlistSeq ?? null,
            waitlistPosition: r.status === 'waitlisted' ? 5 : null,
          }),
        );
    }
    return json(answer.status, answer.body);
  }
  m = /^\/api\/training\/enrolments\/([^/]+)\/withdraw$/.exec(path);
  if (m && method === 'POST') {
    const mine = s.mySessions.find((x) => x.enrolmentId === m![1]);
    if (!mine) return null;
    Object.assign(mine, { status: 'withdrawn', canWithdraw: false, reason: (body?.reason as string | undefined) ?? null });
    return json(200, { enrolment: { id: mine.enrolmentId, status: 'withdrawn' }, promoted: 1 });
  }
  if (method === 'POST' && path === '/api/training/check-in') {
    s.checkIns += 1;
    return json(201, {
      attendanceId: 'att-new',
      sessionId: body!.sessionId,
      sessionTitle: '送培到校·示范县第一小学语文数学',
      slotId: slots[0]!.slotId,
      slotKey: body!.slot,
      mark: 'late',
      recordedAt: '2026-12-07T00:41:00.000Z',
      recordedTime: '08:41',
    });
  }
  if (method === 'GET' && path === '/api/training/my/questionnaires')
    return json(200, { items: s.myQuestionnaires, total: s.myQuestionnaires.length, page: 1, pageSize: 50 });
  m = /^\/api\/training\/questionnaires\/([^/]+)(\/responses)?$/.exec(path);
  if (m) {
    const q = s.myQuestionnaires.find((x) => x.id === m![1]);
    if (!q) return null;
    if (method === 'GET' && !m[2]) {
      const { sessionTitle: _t, sessionStartsOn: _s, sessionEndsOn: _e, state: _st, answeredOn: _a, ...rest } = q;
      return json(200, {
        ...rest,
        window: s.questionnaireWindow,
        responseCount: 0,
        answered: false,
        version: 1,
        createdAt: '2026-11-20T02:00:00.000Z',
        updatedAt: '2026-11-20T02:00:00.000Z',
      });
    }
    if (method === 'POST' && m[2]) {
      const answers = (body?.answers ?? {}) as Record<string, unknown>;
      const errors = [];
      if (answers.overall === undefined) errors.push({ field: 'answers.overall', code: 'validation.required', message: '请回答此题' });
      if (typeof answers.advice === 'string' && answers.advice.includes('广告'))
        errors.push({ field: 'answers.advice', code: 'training.answer.text', message: '请填写与培训相关的意见' });
      if (errors.length) return json(400, problem(400, 'validation.failed', '提交的内容有误，请按提示修改', { errors }));
      s.responses.push({ id: q.id, answers });
      Object.assign(q, { state: 'answered', answeredOn: '2026-12-11' });
      return json(201, q);
    }
  }
  return null;
}
