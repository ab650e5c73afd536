import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@schoolbridge/shared';
import { Region, type Organisation } from '../../src/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../src/testing/index.js';
import { Attendance } from '../../src/training/entities/attendance.entity.js';
import { Enrolment } from '../../src/training/entities/enrolment.entity.js';
import { Questionnaire, QuestionnaireResponse } from '../../src/training/entities/evaluation.entity.js';
import { TrainingProgramme } from '../../src/training/entities/programme.entity.js';
import { TrainingSession } from '../../src/training/entities/session.entity.js';
import { SessionExpert } from '../../src/training/entities/timetable.entity.js';
import type { AttendanceMark, EnrolmentStatus } from '../../src/training/rules/vocab.js';
import { createTrainingWorld, insertSession, type InsertedSession, type TrainingWorld } from './world.js';

interface FigureBody {
  key: string;
  label: string;
  value: number;
  unit: string;
  measure?: string;
  partsOf?: string;
  partition?: string;
  subsetOf?: string;
  source: string;
  drill?: string;
}
interface TableBody {
  key: string;
  title: string;
  columns: { key: string; label: string; unit?: string }[];
  rows: Record<string, string | number>[];
}
interface SectionBody {
  id: string;
  owner: string;
  title: string;
  order: number;
  figures: FigureBody[];
  tables: TableBody[];
  error?: true;
}
interface CheckBody {
  kind: string;
  total: string;
  partition?: string;
  parts: string[];
  expected: number | null;
  actual: number;
  ok: boolean;
}
interface ReportBody {
  sections: SectionBody[];
  checks: CheckBody[];
  mismatches: CheckBody[];
}

const training = (body: ReportBody) => body.sections.find((s) => s.id === 'training')!;
const values = (section: SectionBody) => Object.fromEntries(section.figures.map((f) => [f.key, f.value]));
const table = (section: SectionBody, key: string) => section.tables.find((t) => t.key === key);

/**
 * A small county with sessions written straight through the entities: two held in the county
 * (a 送培到校 week at school A, a one-day 市培 lecture at school B), one upcoming at school B, one at
 * a city-run school that sits in the county, one in the neighbour county, one cancelled and one
 * draft; enrolments, attendance, awards and post-questionnaire answers set so every figure is known.
 */
describe('report section training (送培送教)', () => {
  let app: TestApp;
  let world: TrainingWorld;
  let officer: TestClient;
  let neighbourOfficer: TestClient;
  let cityRunSchool: Organisation;
  let s1: InsertedSession;
  let s2: InsertedSession;

  async function enrol(session: InsertedSession, teacherId: string, status: EnrolmentStatus = 'enrolled', creditAwarded = false): Promise<string> {
    const now = app.clock.now();
    const id = newId();
    await app.dataSource.manager.insert(Enrolment, {
      id,
      sessionId: session.id,
      teacherId,
      status,
      source: 'coordinator',
      waitlistSeq: null,
      requestedBy: null,
      decidedBy: null,
      decidedAt: null,
      reason: null,
      enrolledAt: now,
      withdrawnAt: status === 'withdrawn' ? now : null,
      creditAwarded,
      createdAt: now,
      updatedAt: now,
      version: 1,
    } as never);
    return id;
  }

  /** Marks of one teacher on the session's participant slots, in time order (null: no mark). */
  async function marks(session: InsertedSession, enrolmentId: string, teacherId: string, list: (AttendanceMark | null)[]): Promise<void> {
    const slots = session.slots.filter((s) => s.participantSlot).sort((a, b) => a.date.localeCompare(b.date) || a.half.localeCompare(b.half));
    for (const [i, mark] of list.entries()) {
      if (mark === null) continue;
      await app.dataSource.manager.insert(Attendance, {
        id: newId(),
        sessionId: session.id,
        slotId: slots[i]!.id,
        enrolmentId,
        teacherId,
        mark,
        source: 'trainer',
        reason: null,
        recordedBy: null,
        recordedAt: app.clock.now(),
        confirmedBy: null,
        confirmedAt: null,
        version: 1,
      } as never);
    }
  }

  /** A post-training questionnaire with these answers (each an `answers` object). */
  async function answers(session: InsertedSession, list: Record<string, unknown>[], kind: 'questionnaire' | 'needsSurvey' = 'questionnaire'): Promise<void> {
    const now = app.clock.now();
    const id = newId();
    await app.dataSource.manager.insert(Questionnaire, {
      id,
      sessionId: session.id,
      kind,
      title: '训后问卷',
      anonymous: true,
      questions: [{ code: 'overall', type: 'rating', text: '总体满意度' }],
      opensOn: null,
      closesOn: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    } as never);
    for (const [i, a] of list.entries()) {
      await app.dataSource.manager.insert(QuestionnaireResponse, {
        id: newId(),
        questionnaireId: id,
        respondentKey: `k${i}`,
        teacherId: null,
        answers: a,
        submittedAt: now,
      } as never);
    }
  }

  async function markLocal(session: InsertedSession, expertId: string): Promise<void> {
    await app.dataSource.manager.update(SessionExpert, { sessionId: session.id, expertId }, { local: true });
  }

  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-23T02:00:00Z' });
    world = await createTrainingWorld(app);
    const [e0, e1, e2, e3, e4] = world.experts.map((e) => e.id) as [string, string, string, string, string];
    const city = await app.dataSource.manager.findOneByOrFail(Region, { code: '4399' });
    cityRunSchool = await app.createOrganisation({ code: '4399010099', name: '示范市第三中学', region: world.township, managerRegion: city });
    const now = app.clock.now();
    const lectures = newId();
    await app.dataSource.manager.insert(TrainingProgramme, {
      id: lectures,
      name: '2026年示范市专题讲座',
      level: 'city',
      type: 'lecture',
      ownerOrganisationId: world.centre.id,
      hostOrganisationId: null,
      hostName: '示范市教科院',
      budget: null,
      startsOn: '2026-09-01',
      endsOn: '2027-01-31',
      description: null,
      archivedAt: null,
      createdBy: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    } as never);
    const oneDay = (date: string) => [
      {
        date,
        halves: [
          { half: 'am' as const, participantSlot: true, modules: [{ kind: 'professionalDevelopment' as const }] },
          { half: 'pm' as const, participantSlot: true, modules: [{ kind: 'teachingMethods' as const }] },
        ],
      },
    ];

    // S1: 送培到校 at school A, 13–18 September, completed; a province leader and a local expert.
    s1 = await insertSession(app, world, { sunday: '2026-09-13', status: 'completed', expertIds: [e0, e3], title: 'S1 送培到校·城关小学' });
    await markLocal(s1, e3);
    const [a0, a1, a2, a3, a4, a5] = world.teachersA.map((t) => t.id) as [string, string, string, string, string, string];
    const P = 'present',
      L = 'late',
      X = 'absent',
      E = 'excused';
    await marks(s1, await enrol(s1, a0, 'enrolled', true), a0, [P, P, P, P, P, P, P, P, P, P]);
    await marks(s1, await enrol(s1, a1, 'enrolled', true), a1, [L, L, P, P, P, P, P, P, P, P]);
    // 7 of 10: below the 80% threshold, trained but no award
    await marks(s1, await enrol(s1, a2, 'enrolled', false), a2, [P, P, P, P, P, P, P, X, X, X]);
    // excused on Monday: completes with 8 of 10, yet attended nothing on Monday
    await marks(s1, await enrol(s1, a3, 'enrolled', true), a3, [E, E, P, P, P, P, P, P, P, P]);
    await enrol(s1, a4); // enrolled, never came
    await enrol(s1, a5, 'withdrawn');
    await answers(s1, [{ overall: 5 }, { overall: 4, content: 2 }, { overall: 5 }, { content: 5 }, { overall: 'x' }]);
    // a needs survey's ratings are not satisfaction
    await answers(s1, [{ overall: 1 }], 'needsSurvey');

    // S2: a one-day 市培 lecture at school B on Saturday 17 October, completed; a teacher of school A came too.
    s2 = await insertSession(app, world, {
      days: oneDay('2026-10-17'),
      venueId: world.schoolB.id,
      status: 'completed',
      expertIds: [e1, e2, e4],
      title: 'S2 专题讲座',
    });
    await app.dataSource.manager.update(TrainingSession, { id: s2.id }, { programmeId: lectures });
    await markLocal(s2, e2);
    const [b0, b1, b2] = world.teachersB.map((t) => t.id) as [string, string, string];
    await marks(s2, await enrol(s2, b0, 'enrolled', true), b0, [P, P]);
    await marks(s2, await enrol(s2, b1, 'enrolled', false), b1, [P, X]);
    await enrol(s2, b2);
    await marks(s2, await enrol(s2, a0, 'enrolled', true), a0, [L, P]);
    await answers(s2, [{ overall: 3 }, { overall: 4 }]);

    // S3: in the neighbour county: only its own county counts it.
    const s3 = await insertSession(app, world, { sunday: '2026-10-18', venueId: world.otherSchool.id, status: 'completed', expertIds: [e0], title: 'S3 邻县' });
    await marks(s3, await enrol(s3, world.teachersB[3]!.id, 'enrolled', true), world.teachersB[3]!.id, [P, P, P, P, P, P, P, P, P, P]);
    await answers(s3, [{ overall: 1 }]);

    // Cancelled and draft sessions at school A are never counted.
    const cancelled = await insertSession(app, world, { sunday: '2026-11-01', status: 'cancelled', expertIds: [e4], title: 'S4 取消' });
    await enrol(cancelled, a4, 'cancelled');
    await answers(cancelled, [{ overall: 1 }]);
    await insertSession(app, world, { sunday: '2026-11-08', status: 'draft', expertIds: [e4], title: 'S5 草稿' });

    // S6: published, 6–11 December at school B, nobody attended yet.
    await insertSession(app, world, {
      sunday: '2026-12-06',
      venueId: world.schoolB.id,
      status: 'published',
      expertIds: [e0, e1],
      title: 'S6 送培到校·青山中学',
    });
    // S8: a lecture at the city-run school inside the county (managed by the city, located in the county).
    const s8 = await insertSession(app, world, {
      days: oneDay('2026-11-14'),
      venueId: cityRunSchool.id,
      status: 'published',
      expertIds: [e2],
      title: 'S8 市直学校讲座',
    });
    await app.dataSource.manager.update(TrainingSession, { id: s8.id }, { programmeId: lectures });
    await markLocal(s8, e2);

    officer = world.bureauOfficer;
    neighbourOfficer = await app.signInAs([{ role: 'bureau_officer', regionId: world.otherCounty.id }]);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('sums the autumn term in the county exactly, and the platform’s checks pass', async () => {
    expect(app.databaseKind).toBe(process.env.DATABASE_URL ? 'postgres' : 'sqlite');
    const res = await officer.get('/api/reports/figures?period=2026-autumn').expect(200);
    const section = training(res.body);
    expect(section).toMatchObject({ id: 'training', owner: 'training', title: 'training.report.title', order: 200 });
    expect(section.error).toBeUndefined();
    expect(values(section)).toEqual({
      // S1, S2, S6, S8 (not S3 in the neighbour county, not the cancelled or the draft one)
      'training.sessions': 4,
      'training.sessions.type.toSchool': 2,
      'training.sessions.type.lecture': 2,
      'training.sessions.level.county': 2,
      'training.sessions.level.city': 2,
      // 6 + 1 + 6 + 1
      'training.days': 14,
      // a0, a1, a2, a3 at S1; b0, b1 and a0 again at S2
      'training.teachersTrained': 6,
      'training.teacherTimesTrained': 7,
      'training.completers': 5,
      'training.experts': 5,
      'training.experts.tier.province': 2,
      'training.experts.tier.city': 1,
      'training.experts.tier.county': 2,
      // 3 local of 8 team places
      'training.localExpertShare': 38,
      // (5 + 4 + 5 + 3 + 4) / 5 ratings / 5 × 100
      'training.satisfaction': 84,
    });
    const ours = (res.body as ReportBody).checks.filter((c) => c.total.startsWith('training.'));
    expect(ours.map((c) => [c.kind, c.total, c.partition ?? null, c.expected, c.actual, c.ok])).toEqual([
      ['partition', 'training.experts', 'byTier', 5, 5, true],
      ['partition', 'training.sessions', 'byLevel', 4, 4, true],
      ['partition', 'training.sessions', 'byType', 4, 4, true],
      ['subset', 'training.teacherTimesTrained', null, 7, 5, true],
    ]);
    expect(res.body.mismatches).toEqual([]);
  });

  it('gives each figure its unit, measure word and drill link', async () => {
    const section = training((await officer.get('/api/reports/figures?period=2026-autumn').expect(200)).body);
    const byKey = new Map(section.figures.map((f) => [f.key, f]));
    expect(byKey.get('training.sessions')).toMatchObject({
      label: 'training.report.sessions',
      unit: 'count',
      measure: 'training.report.measure.sessions',
      source: 'computed',
    });
    expect(byKey.get('training.sessions.type.toSchool')).toMatchObject({
      label: 'training.report.type.toSchool',
      partsOf: 'training.sessions',
      partition: 'byType',
    });
    expect(byKey.get('training.days')).toMatchObject({ unit: 'days', measure: 'training.report.measure.days' });
    expect(byKey.get('training.teachersTrained')).toMatchObject({ unit: 'persons', measure: 'training.report.measure.persons' });
    expect(byKey.get('training.teacherTimesTrained')).toMatchObject({ unit: 'personTimes', measure: 'training.report.measure.personTimes' });
    expect(byKey.get('training.completers')).toMatchObject({ unit: 'personTimes', subsetOf: 'training.teacherTimesTrained' });
    expect(byKey.get('training.experts.tier.city')).toMatchObject({
      unit: 'persons',
      measure: 'training.report.measure.experts',
      partsOf: 'training.experts',
      partition: 'byTier',
    });
    expect(byKey.get('training.satisfaction')).toMatchObject({ unit: 'percent', source: 'computed' });
    const drill = new URL(byKey.get('training.sessions.type.lecture')!.drill!, 'http://admin');
    expect(drill.pathname).toBe('/training/sessions');
    expect(Object.fromEntries(drill.searchParams)).toEqual({
      regionId: world.county.id,
      from: '2026-09-01',
      to: '2027-01-31',
      status: 'published,running,completed',
      type: 'lecture',
    });
    for (const f of section.figures) expect(f.label).toMatch(/^training\.report\./);
  });

  it('tables the sessions with venue, dates, type, level, enrolled and completers, in date order', async () => {
    const section = training((await officer.get('/api/reports/figures?period=2026-autumn').expect(200)).body);
    const sessions = table(section, 'training.sessionList')!;
    expect(sessions.title).toBe('training.report.sessionList');
    expect(sessions.columns.map((c) => [c.key, c.label, c.unit ?? null])).toEqual([
      ['title', 'training.report.column.title', null],
      ['venue', 'training.report.column.venue', null],
      ['dates', 'training.report.column.dates', null],
      ['type', 'training.report.column.type', null],
      ['level', 'training.report.column.level', null],
      ['enrolled', 'training.report.column.enrolled', 'persons'],
      ['completers', 'training.report.column.completers', 'personTimes'],
    ]);
    expect(sessions.rows).toEqual([
      { title: 'S1 送培到校·城关小学', venue: '示范县城关小学', dates: '2026-09-13 – 2026-09-18', type: '送培到校', level: '县培', enrolled: 5, completers: 3 },
      { title: 'S2 专题讲座', venue: '示范县青山中学', dates: '2026-10-17', type: '专题讲座', level: '市培', enrolled: 4, completers: 2 },
      { title: 'S8 市直学校讲座', venue: '示范市第三中学', dates: '2026-11-14', type: '专题讲座', level: '市培', enrolled: 0, completers: 0 },
      { title: 'S6 送培到校·青山中学', venue: '示范县青山中学', dates: '2026-12-06 – 2026-12-11', type: '送培到校', level: '县培', enrolled: 0, completers: 0 },
    ]);
    // Everything had an answer: no notes.
    expect(table(section, 'training.notes')).toBeUndefined();
  });

  it('counts only the days and attendance within the period', async () => {
    // 13–14 September: S1's Sunday and Monday. a3 was excused all Monday: not trained in this period,
    // so not among its completers either, award or not.
    const section = training((await officer.get('/api/reports/figures?period=2026-09-01..2026-09-14').expect(200)).body);
    expect(values(section)).toMatchObject({
      'training.sessions': 1,
      'training.days': 2,
      'training.teachersTrained': 3,
      'training.teacherTimesTrained': 3,
      'training.completers': 2,
      'training.experts': 2,
      'training.localExpertShare': 50,
      'training.satisfaction': 93,
    });
  });

  it('leaves out satisfaction when nobody answered, and says so in a note instead of a 0', async () => {
    const december = training((await officer.get('/api/reports/figures?period=2026-12-01..2026-12-31').expect(200)).body);
    expect(values(december)).toMatchObject({ 'training.sessions': 1, 'training.days': 6, 'training.teachersTrained': 0, 'training.localExpertShare': 0 });
    expect(december.figures.some((f) => f.key === 'training.satisfaction')).toBe(false);
    expect(table(december, 'training.notes')).toEqual({
      key: 'training.notes',
      title: 'training.report.notes',
      columns: [{ key: 'note', label: 'training.report.column.note' }],
      rows: [{ note: '本期内的班次没有训后问卷答复，未计算参训满意度。' }],
    });
    // A year without sessions: zero counts, no shares, both notes.
    const empty = training((await officer.get('/api/reports/figures?period=2025').expect(200)).body);
    expect(values(empty)).toEqual({
      'training.sessions': 0,
      'training.days': 0,
      'training.teachersTrained': 0,
      'training.teacherTimesTrained': 0,
      'training.completers': 0,
      'training.experts': 0,
      'training.experts.tier.province': 0,
      'training.experts.tier.city': 0,
      'training.experts.tier.county': 0,
    });
    expect(table(empty, 'training.notes')!.rows).toHaveLength(2);
    expect(table(empty, 'training.sessionList')!.rows).toEqual([]);
  });

  it('covers the place asked for: the neighbour county, the whole city, one school', async () => {
    const neighbour = training((await neighbourOfficer.get('/api/reports/figures?period=2026-autumn').expect(200)).body);
    expect(values(neighbour)).toMatchObject({ 'training.sessions': 1, 'training.teachersTrained': 1, 'training.completers': 1, 'training.satisfaction': 20 });
    expect(table(neighbour, 'training.sessionList')!.rows.map((r) => r.title)).toEqual(['S3 邻县']);

    const city = await world.admin.get('/api/reports/figures?period=2026-autumn&region=4399').expect(200);
    expect(values(training(city.body))).toMatchObject({
      'training.sessions': 5,
      'training.teacherTimesTrained': 8,
      'training.completers': 6,
      'training.days': 20,
    });
    expect(city.body.mismatches).toEqual([]);

    // One school (an organisation place): the sessions held at it, not the cancelled or draft ones.
    const school = await world.admin.get(`/api/reports/figures?period=2026-autumn&region=${world.schoolA.id}`).expect(200);
    expect(table(training(school.body), 'training.sessionList')!.rows.map((r) => r.title)).toEqual(['S1 送培到校·城关小学']);
    const cityRun = await world.admin.get(`/api/reports/figures?period=2026-autumn&region=${cityRunSchool.id}`).expect(200);
    expect(table(training(cityRun.body), 'training.sessionList')!.rows.map((r) => r.title)).toEqual(['S8 市直学校讲座']);
  });

  it('speaks the caller’s language in the table and notes', async () => {
    await officer.patch('/api/auth/me', { locale: 'en' }).expect(200);
    try {
      const section = training((await officer.get('/api/reports/figures?period=2026-autumn').expect(200)).body);
      expect(table(section, 'training.sessionList')!.rows.map((r) => [r.type, r.level])).toEqual([
        ['Send-training-to-school', 'County'],
        ['Lecture', 'City'],
        ['Lecture', 'City'],
        ['Send-training-to-school', 'County'],
      ]);
      const empty = training((await officer.get('/api/reports/figures?period=2025').expect(200)).body);
      expect(table(empty, 'training.notes')!.rows.map((r) => r.note)).toEqual([
        'None of these sessions had experts assigned: the local experts’ share is not given.',
        'No post-training questionnaire was answered for these sessions: satisfaction is not given.',
      ]);
    } finally {
      await officer.patch('/api/auth/me', { locale: 'zh-CN' }).expect(200);
    }
  });
});
