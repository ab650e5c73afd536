import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { In } from 'typeorm';
import { compareDates, type CalendarDate } from '@schoolbridge/shared';
import { ExtensionRegistry, Organisation, Teacher, User, UsersService, type AssignmentInput, type SeedContext } from '../../src/index.js';
import { SIGNING_SECRET } from '../../src/platform/auth/auth.tokens.js';
import { seedDemoDirectory } from '../../src/directory/seed/demo-directory.seed.js';
import { createTestApp, type TestApp } from '../../src/testing/index.js';
import { Attendance, CreditOutbox } from '../../src/training/entities/attendance.entity.js';
import { Enrolment } from '../../src/training/entities/enrolment.entity.js';
import { FeedbackLesson, FeedbackRating, Questionnaire, QuestionnaireResponse } from '../../src/training/entities/evaluation.entity.js';
import { Expert } from '../../src/training/entities/expert.entity.js';
import { TrainingProgramme } from '../../src/training/entities/programme.entity.js';
import { TrainingSession } from '../../src/training/entities/session.entity.js';
import { SessionExpert, TimetableItem, TrainingBooking, TrainingSlot } from '../../src/training/entities/timetable.entity.js';
import { completionOf } from '../../src/training/rules/completion.js';
import { checkAnswers } from '../../src/training/rules/evaluation.js';
import { localShare } from '../../src/training/rules/experts.js';
import { statusOn } from '../../src/training/rules/vocab.js';
import { seedDemoTraining } from '../../src/training/seed/demo-training.seed.js';

const DEMO_PASSWORD = 'Bridge-pass-2026';

/** The context `seed-demo` hands a seed, with users made through the real UsersService (as the directory's test does). */
function seedContext(app: TestApp, logs: string[] = []): SeedContext {
  const users = app.app.get(UsersService);
  return {
    dataSource: app.dataSource,
    now: app.clock.now(),
    today: app.clock.today(),
    demoPassword: DEMO_PASSWORD,
    log: (m) => logs.push(m),
    async createUser(input) {
      const existing = await users.findByUsername(input.username);
      if (existing) return existing.id;
      const { user } = await users.create({
        ...input,
        password: DEMO_PASSWORD,
        mustChangePassword: false,
        assignments: input.assignments as AssignmentInput[],
      });
      return user.id;
    },
  };
}

function seedsOf(app: TestApp, module: string) {
  return app.app
    .get(ExtensionRegistry)
    .seeds()
    .filter((s) => s.instance.module === module)
    .map((s) => s.instance);
}

/** Platform and directory at a given scale, as `seed-demo` runs them (the directory's seed at full size by default). */
async function seedCounty(app: TestApp, scale?: number): Promise<void> {
  const ctx = seedContext(app);
  for (const seed of seedsOf(app, 'platform')) await seed.run(ctx);
  if (scale === undefined) for (const seed of seedsOf(app, 'directory')) await seed.run(ctx);
  else await seedDemoDirectory(ctx, { scale });
}

interface SessionFacts {
  session: TrainingSession;
  shown: string;
  slots: TrainingSlot[];
  enrolments: Enrolment[];
  attendance: Attendance[];
  bookings: TrainingBooking[];
  team: SessionExpert[];
  awards: CreditOutbox[];
}

async function facts(app: TestApp): Promise<SessionFacts[]> {
  const m = app.dataSource.manager;
  const today = app.clock.today();
  const sessions = await m.find(TrainingSession, { order: { startsOn: 'ASC', title: 'ASC' } });
  const [slots, enrolments, attendance, bookings, team, awards] = await Promise.all([
    m.find(TrainingSlot),
    m.find(Enrolment),
    m.find(Attendance),
    m.find(TrainingBooking),
    m.find(SessionExpert),
    m.find(CreditOutbox),
  ]);
  return sessions.map((session) => ({
    session,
    shown: statusOn(session.status, session.startsOn, session.endsOn, today),
    slots: slots.filter((s) => s.sessionId === session.id).sort((a, b) => a.date.localeCompare(b.date) || a.half.localeCompare(b.half)),
    enrolments: enrolments.filter((e) => e.sessionId === session.id),
    attendance: attendance.filter((a) => a.sessionId === session.id),
    bookings: bookings.filter((b) => b.sessionId === session.id),
    team: team.filter((t) => t.sessionId === session.id),
    awards: awards.filter((a) => a.sessionId === session.id),
  }));
}

describe('the training demo (TrainingDemoSeed) on the demo county', () => {
  let app: TestApp;
  let summary: string;
  let seconds: number;
  let all: SessionFacts[];
  const today = () => app.clock.today();

  beforeAll(async () => {
    // Monday 23 November 2026, 10:00 in Shanghai: in the autumn term.
    app = await createTestApp({ now: '2026-11-23T02:00:00Z' });
    await seedCounty(app);
    const [seed] = seedsOf(app, 'training');
    const started = performance.now();
    summary = (await seed!.run(seedContext(app))).summary;
    seconds = (performance.now() - started) / 1000;
    console.info(`training demo seed on ${app.databaseKind}: ${seconds.toFixed(2)} s`);
    all = await facts(app);
  }, 180_000);
  afterAll(async () => {
    await app?.close();
  });

  it('is the training module’s seed, after the directory’s, and quick', () => {
    expect(app.databaseKind).toBe(process.env.DATABASE_URL ? 'postgres' : 'sqlite');
    const order = app.app
      .get(ExtensionRegistry)
      .seeds()
      .map((s) => s.instance.module);
    expect(order.indexOf('training')).toBeGreaterThan(order.indexOf('directory'));
    expect(summary).toMatch(/^24 experts, 2 programmes, 12 sessions, \d+ enrolments$/);
    if (app.databaseKind === 'sqlite') expect(seconds).toBeLessThan(2);
    else expect(seconds).toBeLessThan(6);
  });

  it('makes a pool of 24 experts of three tiers, some at the county’s schools, the demo expert among them', async () => {
    const m = app.dataSource.manager;
    const experts = await m.find(Expert);
    expect(experts).toHaveLength(24);
    const tiers = new Map<string, number>();
    for (const e of experts) tiers.set(e.tier, (tiers.get(e.tier) ?? 0) + 1);
    expect(Object.fromEntries(tiers)).toEqual({ province: 6, city: 7, county: 11 });
    expect(new Set(experts.map((e) => e.name)).size).toBe(24);
    const atCountyUnits = experts.filter((e) => e.organisationId !== null);
    expect(atCountyUnits).toHaveLength(11);
    expect(experts.filter((e) => e.organisationId === null).every((e) => e.unitName)).toBe(true);
    const expertUser = await m.findOneByOrFail(User, { username: 'expert' });
    const linked = experts.find((e) => e.userId === expertUser.id)!;
    expect(linked).toMatchObject({ name: expertUser.displayName, tier: 'city' });
    // the demo expert leads the session under way, so they can show its check-in code
    const running = all.find((f) => f.shown === 'running')!;
    expect(running.team.find((t) => t.role === 'leader')!.expertId).toBe(linked.id);
  });

  it('plans two programmes of the autumn term: a county 送培到校 programme with its budget and a city lecture series', async () => {
    const programmes = await app.dataSource.manager.find(TrainingProgramme, { order: { level: 'ASC' } });
    expect(programmes.map((p) => [p.name, p.level, p.type, p.budget])).toEqual([
      ['2026年秋季学期示范市中小学教师专题讲座（示范县站）', 'city', 'lecture', null],
      ['2026年秋季学期示范县乡村教师送培到校项目', 'county', 'toSchool', 15_000_000],
    ]);
    for (const p of programmes) expect([p.startsOn, p.endsOn]).toEqual(['2026-09-01', '2027-01-31']);
    for (const f of all) {
      const p = programmes.find((x) => x.id === f.session.programmeId)!;
      expect(compareDates(p.startsOn, f.session.startsOn)).toBeLessThanOrEqual(0);
      expect(compareDates(f.session.endsOn, p.endsOn)).toBeLessThanOrEqual(0);
    }
  });

  it('lays out a term around today: six done, one under way, three to come (one full), one cancelled, one draft', async () => {
    const byShown = (s: string) => all.filter((f) => f.shown === s);
    expect(all).toHaveLength(12);
    expect(byShown('completed')).toHaveLength(6);
    expect(byShown('running')).toHaveLength(1);
    const upcoming = byShown('published');
    expect(upcoming).toHaveLength(3);
    for (const f of upcoming) expect(compareDates(f.session.startsOn, today())).toBeGreaterThan(0);
    for (const f of byShown('completed')) expect(compareDates(f.session.endsOn, today())).toBeLessThan(0);
    const running = byShown('running')[0]!.session;
    expect(compareDates(running.startsOn, today()) <= 0 && compareDates(today(), running.endsOn) <= 0).toBe(true);
    const cancelled = byShown('cancelled');
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]!.session.cancelReason).toMatch(/取消/);
    expect(byShown('draft')).toHaveLength(1);
    // from September to December, at ten different schools (and the centre for the lectures)
    expect(compareDates(all[0]!.session.startsOn, '2026-09-01')).toBeGreaterThanOrEqual(0);
    expect(compareDates(all.at(-1)!.session.endsOn, '2026-12-31')).toBeLessThanOrEqual(0);
    const venues = await app.dataSource.manager.findBy(Organisation, { id: In([...new Set(all.map((f) => f.session.venueOrganisationId))]) });
    expect(venues.filter((v) => v.kind === 'school')).toHaveLength(10);
    expect(venues.filter((v) => v.kind === 'training_centre')).toHaveLength(1);
    // 送培到校 weeks run Sunday to Friday with ten participant slots; lectures are one day
    for (const f of all) {
      const participant = f.slots.filter((s) => s.participantSlot);
      expect(participant).toHaveLength(f.slots.length === 11 ? 10 : 2);
    }
    const full = upcoming.filter((f) => f.session.seatsTaken === f.session.capacity);
    expect(full).toHaveLength(1);
    expect(full[0]!.enrolments.filter((e) => e.status === 'waitlisted').length).toBeGreaterThan(0);
  });

  it('keeps seats taken and waitlist numbers as the enrolment service keeps them', () => {
    for (const f of all) {
      const seated = f.enrolments.filter((e) => e.status === 'enrolled' && e.source !== 'walkIn');
      expect(f.session.seatsTaken, f.session.title).toBe(seated.length);
      expect(f.session.seatsTaken).toBeLessThanOrEqual(f.session.capacity);
      const waiting = f.enrolments
        .filter((e) => e.status === 'waitlisted')
        .map((e) => e.waitlistSeq)
        .sort((a, b) => a! - b!);
      expect(waiting).toEqual(waiting.map((_, i) => i + 1));
      expect(f.session.waitlistSeq).toBe(waiting.length);
      for (const e of f.enrolments.filter((x) => x.status !== 'waitlisted')) expect(e.waitlistSeq).toBeNull();
      if (f.session.status === 'cancelled') {
        expect(f.enrolments.length).toBeGreaterThan(0);
        expect(f.enrolments.every((e) => e.status === 'cancelled')).toBe(true);
      }
    }
    const all_ = all.flatMap((f) => f.enrolments);
    expect(new Set(all_.map((e) => e.status))).toEqual(new Set(['enrolled', 'waitlisted', 'pending', 'withdrawn', 'cancelled']));
    expect(all_.filter((e) => e.source === 'walkIn')).toHaveLength(1);
  });

  it('books team and venue on every half-day and seated teachers on their slots, never twice', () => {
    const seen = new Set<string>();
    for (const f of all) {
      const keys = new Set(f.bookings.map((b) => `${b.resource}|${b.resourceId}|${b.date}|${b.half}`));
      expect(keys.size).toBe(f.bookings.length);
      for (const k of keys) {
        // the unique index of the table says so too; this names the session when it fails
        expect(seen.has(k), `${f.session.title}: ${k}`).toBe(false);
        seen.add(k);
      }
      if (f.session.status === 'cancelled') {
        expect(f.bookings).toEqual([]);
        continue;
      }
      const dates = [...new Set(f.slots.map((s) => s.date))];
      const expected = new Set<string>();
      for (const date of dates) {
        for (const half of ['am', 'pm']) {
          for (const t of f.team) expected.add(`expert|${t.expertId}|${date}|${half}`);
          expected.add(`venue|${f.session.venueOrganisationId}|${date}|${half}`);
        }
      }
      for (const e of f.enrolments.filter((x) => x.status === 'enrolled')) {
        for (const s of f.slots.filter((x) => x.participantSlot)) expected.add(`teacher|${e.teacherId}|${s.date}|${s.half}`);
      }
      expect(keys).toEqual(expected);
    }
  });

  it('keeps the team’s local experts at 60% or less, each flagged by where they work', async () => {
    const experts = new Map((await app.dataSource.manager.find(Expert)).map((e) => [e.id, e]));
    for (const f of all) {
      const leaders = f.team.filter((t) => t.role === 'leader');
      expect(leaders).toHaveLength(1);
      expect(experts.get(leaders[0]!.expertId)!.organisationId).toBeNull();
      for (const t of f.team) expect(t.local).toBe(experts.get(t.expertId)!.organisationId !== null);
      expect(localShare(f.team.map((t) => ({ id: t.expertId, tier: experts.get(t.expertId)!.tier, local: t.local }))).exceedsLimit).toBe(false);
      expect(f.session.localShareConfirmed).toBe(false);
    }
  });

  it('records attendance for what has happened, completes the sessions done and hands each completer one award', () => {
    const marks = new Set<string>();
    let below = 0;
    for (const f of all) {
      const participant = f.slots.filter((s) => s.participantSlot);
      const bySlot = new Map(f.slots.map((s) => [s.id, s]));
      for (const a of f.attendance) {
        expect(bySlot.get(a.slotId)!.participantSlot).toBe(true);
        expect(a.recordedAt.getTime()).toBeLessThanOrEqual(app.clock.now().getTime());
        expect(f.enrolments.find((e) => e.id === a.enrolmentId)).toMatchObject({ teacherId: a.teacherId, status: 'enrolled' });
        if (a.source === 'coordinator') expect(a.reason).toBeTruthy();
        marks.add(a.mark);
      }
      if (f.shown !== 'completed' && f.shown !== 'running') {
        expect(f.attendance).toEqual([]);
        expect(f.awards).toEqual([]);
        continue;
      }
      expect(f.attendance.length).toBeGreaterThan(0);
      if (f.shown === 'running') {
        expect(f.awards).toEqual([]);
        expect(f.enrolments.some((e) => e.creditAwarded)).toBe(false);
        continue;
      }
      for (const e of f.enrolments.filter((x) => x.status === 'enrolled')) {
        const own = f.attendance.filter((a) => a.teacherId === e.teacherId).map((a) => a.mark);
        const done = completionOf(own, participant.length, f.session.completionThreshold);
        expect(e.creditAwarded, `${f.session.title} ${e.teacherId}`).toBe(done.completed);
        const awards = f.awards.filter((a) => a.teacherId === e.teacherId);
        expect(awards).toHaveLength(done.completed ? 1 : 0);
        for (const a of awards) expect(a).toMatchObject({ kind: 'award', hours: f.session.creditHours, enrolmentId: e.id, reversesId: null, consumedAt: null });
        if (!done.completed) below++;
      }
      expect(f.awards).toHaveLength(f.enrolments.filter((e) => e.creditAwarded).length);
    }
    // a realistic mix: most present, some late, a few excused or absent, one teacher below 80%
    expect(marks).toEqual(new Set(['present', 'late', 'absent', 'excused']));
    expect(below).toBe(1);
  });

  it('enrols the demo teacher in a session done (with its award) and one to come', async () => {
    const m = app.dataSource.manager;
    const user = await m.findOneByOrFail(User, { username: 'teacher' });
    const teacher = await m.findOneByOrFail(Teacher, { userId: user.id });
    const mine = all.filter((f) => f.enrolments.some((e) => e.teacherId === teacher.id && e.status === 'enrolled'));
    const done = mine.filter((f) => f.shown === 'completed');
    expect(done.length).toBeGreaterThanOrEqual(1);
    expect(done[0]!.awards.some((a) => a.teacherId === teacher.id)).toBe(true);
    // checked in with the rotating code, having an account
    expect(done[0]!.attendance.filter((a) => a.teacherId === teacher.id).every((a) => a.source === 'code' && a.recordedBy === user.id)).toBe(true);
    expect(mine.filter((f) => f.shown === 'published').length).toBeGreaterThanOrEqual(1);
  });

  it('answers needs surveys and questionnaires as the evaluation would store them, mostly satisfied', async () => {
    const m = app.dataSource.manager;
    const secret = app.app.get<string>(SIGNING_SECRET);
    const questionnaires = await m.find(Questionnaire);
    const responses = await m.find(QuestionnaireResponse);
    expect(questionnaires.filter((q) => q.kind === 'needsSurvey').length).toBeGreaterThanOrEqual(8);
    const post = questionnaires.filter((q) => q.kind === 'questionnaire');
    // the six done and the one under way (answers come from its last day)
    expect(post).toHaveLength(7);
    const overall: number[] = [];
    for (const r of responses) {
      const q = questionnaires.find((x) => x.id === r.questionnaireId)!;
      const checked = checkAnswers(q.questions, r.answers);
      expect(checked.errors, JSON.stringify(r.answers)).toEqual([]);
      expect(r.teacherId === null).toBe(q.anonymous);
      expect(r.submittedAt.getTime()).toBeLessThanOrEqual(app.clock.now().getTime());
      if (q.opensOn) expect(compareDates(q.opensOn, dateOf(r.submittedAt))).toBeLessThanOrEqual(0);
      if (q.kind === 'questionnaire') overall.push(r.answers.overall as number);
    }
    // one answer per teacher, keyed as the questionnaires service keys it
    const keys = new Set(responses.map((r) => r.respondentKey));
    expect(keys.size).toBe(responses.length);
    const enrolments = all.flatMap((f) => f.enrolments);
    for (const r of responses.filter((x) => x.teacherId !== null)) {
      expect(r.respondentKey).toBe(createHmac('sha256', secret).update(`questionnaire\0${r.questionnaireId}\0${r.teacherId}`).digest('hex'));
      expect(enrolments.some((e) => e.teacherId === r.teacherId)).toBe(true);
    }
    expect(overall.length).toBeGreaterThan(20);
    expect(overall.filter((v) => v >= 4).length / overall.length).toBeGreaterThan(0.75);
    expect(responses.some((r) => typeof r.answers.improve === 'string')).toBe(true);
  });

  it('rates two feedback lessons of each 送培到校 week done, by each expert of the team', async () => {
    const m = app.dataSource.manager;
    const lessons = await m.find(FeedbackLesson);
    const ratings = await m.find(FeedbackRating);
    const weeks = all.filter((f) => f.shown === 'completed' && f.slots.length === 11);
    expect(weeks).toHaveLength(5);
    for (const f of weeks) {
      const own = lessons.filter((l) => l.sessionId === f.session.id);
      expect(own).toHaveLength(2);
      const items = await m.findBy(TimetableItem, { sessionId: f.session.id, kind: 'feedbackLesson' });
      expect(new Set(items.map((i) => i.lessonTeacherId))).toEqual(new Set(own.map((l) => l.teacherId)));
      for (const l of own) {
        expect(l.givenOn).toBe(f.session.endsOn);
        const rated = ratings.filter((r) => r.lessonId === l.id);
        expect(rated.map((r) => r.expertId).sort()).toEqual(f.team.map((t) => t.expertId).sort());
        for (const r of rated) expect(r.score).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('gives the report section real figures for the demo county over the autumn term', async () => {
    const admin = await app.signInAs(['admin']);
    const res = await admin.get('/api/reports/figures?period=2026-autumn&region=439901').expect(200);
    const section = res.body.sections.find((s: { id: string }) => s.id === 'training');
    const v = Object.fromEntries((section.figures as { key: string; value: number }[]).map((f) => [f.key, f.value]));
    // the ten sessions that are neither draft nor cancelled
    expect(v['training.sessions']).toBe(10);
    expect(v['training.sessions.type.toSchool']).toBe(8);
    expect(v['training.sessions.type.lecture']).toBe(2);
    expect(v['training.days']).toBe(8 * 6 + 2);
    expect(v['training.teachersTrained']).toBeGreaterThan(100);
    expect(v['training.teacherTimesTrained']).toBeGreaterThanOrEqual(v['training.teachersTrained']!);
    expect(v['training.completers']).toBeGreaterThan(100);
    expect(v['training.experts']).toBeGreaterThan(15);
    expect(v['training.localExpertShare']).toBeGreaterThan(20);
    expect(v['training.localExpertShare']).toBeLessThanOrEqual(60);
    expect(v['training.satisfaction']).toBeGreaterThanOrEqual(80);
    expect(v['training.satisfaction']).toBeLessThanOrEqual(100);
    expect(res.body.mismatches).toEqual([]);
  });

  it('adds nothing when run again', async () => {
    const logs: string[] = [];
    const again = await seedDemoTraining(seedContext(app, logs), { secret: 'other', timeZone: 'Asia/Shanghai' });
    expect(again.created).toEqual({ experts: 0, programmes: 0, sessions: 0, enrolments: 0, attendance: 0, awards: 0, responses: 0 });
    expect(await app.dataSource.manager.count(TrainingSession)).toBe(12);
    expect(logs).toEqual(['training: nothing to add: the centre already has programmes']);
  });
});

function dateOf(instant: Date): CalendarDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

describe('the training demo on other days', () => {
  it('always shows sessions done, one under way and sessions to come, the same on every run', async () => {
    // A Wednesday of the spring term, twice; a holiday Saturday in August once.
    const runs: { now: string; digest: string[] }[] = [];
    for (const now of ['2027-04-14T06:00:00Z', '2027-04-14T06:00:00Z', '2027-08-07T01:00:00Z']) {
      const app = await createTestApp({ now });
      try {
        await seedCounty(app, 0.1);
        await seedsOf(app, 'training')[0]!.run(seedContext(app));
        const f = await facts(app);
        const shown = f.map((x) => x.shown);
        expect(shown.filter((s) => s === 'completed').length, now).toBeGreaterThanOrEqual(5);
        expect(
          shown.filter((s) => s === 'running'),
          now,
        ).toHaveLength(1);
        expect(shown.filter((s) => s === 'published').length, now).toBeGreaterThanOrEqual(2);
        const teachers = new Map((await app.dataSource.manager.find(Teacher, { select: { id: true, name: true } })).map((t) => [t.id, t.name]));
        runs.push({
          now,
          digest: f.map(
            (x) =>
              `${x.session.title} ${x.session.startsOn} ${x.enrolments.map((e) => `${teachers.get(e.teacherId)}:${e.status}`).join(',')} ${x.attendance.length}`,
          ),
        });
        const programmes = await app.dataSource.manager.find(TrainingProgramme, { order: { level: 'ASC' } });
        expect(programmes[0]!.name).toMatch(now.startsWith('2027-04') ? /^2027年春季学期/ : /^2027年秋季学期/);
      } finally {
        await app.close();
      }
    }
    expect(runs[1]!.digest).toEqual(runs[0]!.digest);
  }, 180_000);
});
