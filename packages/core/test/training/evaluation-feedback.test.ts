import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../src/testing/index.js';
import { FeedbackRating } from '../../src/training/entities/evaluation.entity.js';
import { createTrainingWorld, insertSession, type TrainingWorld } from './world.js';
import { enrol } from './evaluation-helpers.js';

describe('feedback lessons and the experts’ ratings', () => {
  let app: TestApp;
  let world: TrainingWorld;
  let s1: string;
  let s2: string;
  let centre: TestClient;
  let coordinatorA: TestClient;
  let expert0: TestClient;
  let expert1: TestClient;
  let participant: TestClient;
  let lessonId: string;
  let otherLessonId: string;
  const ids = () => ({ e0: world.experts[0]!.id, e1: world.experts[1]!.id, e2: world.experts[2]!.id, e3: world.experts[3]!.id });

  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-23T02:00:00Z' });
    world = await createTrainingWorld(app, { teachersPerSchool: 3 });
    const { e0, e1, e2, e3 } = ids();
    s1 = (await insertSession(app, world, { expertIds: [e0, e1, e3] })).id;
    // the next week at school B, without the first expert
    s2 = (await insertSession(app, world, { sunday: '2026-12-13', venueId: world.schoolB.id, expertIds: [e1, e2] })).id;
    await enrol(app, s1, world.teachersA[2]!.id);
    await signInAll();
  });
  afterAll(async () => {
    await app?.close();
  });

  async function signInAll(): Promise<void> {
    centre = await app.signIn(world.centreCoordinator.user);
    coordinatorA = await app.signIn(world.coordinatorA.user);
    expert0 = await app.signIn(world.experts[0]!.user!);
    expert1 = await app.signIn(world.experts[1]!.user!);
    participant = await app.signIn(world.teachersA[2]!.user);
  }

  it('are recorded for a teacher of the venue school on a day of the session', async () => {
    const url = `/api/training/sessions/${s1}/feedback-lessons`;
    const res = await centre
      .post(url, { teacherId: world.teachersA[0]!.id, givenOn: '2026-12-11', title: '《秋天的雨》第二课时', subject: 'chinese' })
      .expect(201);
    lessonId = res.body.id;
    expect(res.body).toMatchObject({
      sessionId: s1,
      teacherName: world.teachersA[0]!.name,
      givenOn: '2026-12-11',
      subject: 'chinese',
      notes: null,
      ratings: [],
      average: null,
    });
    expect(res.body.unratedExpertIds.sort()).toEqual([ids().e0, ids().e1, ids().e3].sort());
    expect(await app.dataSource.manager.countBy(AuditEntry, { entityId: lessonId, action: 'training.feedbackLesson.created' })).toBe(1);
    // an expert of the team records one too
    await expert0.post(url, { teacherId: world.teachersA[1]!.id, givenOn: '2026-12-11', title: '分数的初步认识', subject: 'math' }).expect(201);

    const notVenue = await centre.post(url, { teacherId: world.teachersB[0]!.id, givenOn: '2026-12-11', title: 'x' }).expect(400);
    expect(notVenue.body.errors[0]).toMatchObject({
      field: 'teacherId',
      code: 'training.feedback.notVenueTeacher',
      message: '反馈课应由送培学校（示范县城关小学）的教师执教',
    });
    const notADay = await centre.post(url, { teacherId: world.teachersA[0]!.id, givenOn: '2026-12-12', title: 'x' }).expect(400);
    expect(notADay.body.errors[0]).toMatchObject({ field: 'givenOn', code: 'training.feedback.notSessionDay' });
    expect(
      (await centre.post(url, { teacherId: world.teachersA[0]!.id, givenOn: '2026-12-11', title: 'x', subject: 'swimming' }).expect(400)).body.errors[0].field,
    ).toBe('subject');
    // a teacher rates nothing; the first expert is not on the second session's team
    await participant.post(url, { teacherId: world.teachersA[0]!.id, givenOn: '2026-12-11', title: 'x' }).expect(403);
    await expert0.post(`/api/training/sessions/${s2}/feedback-lessons`, { teacherId: world.teachersB[0]!.id, givenOn: '2026-12-18', title: 'x' }).expect(404);
    otherLessonId = (
      await centre
        .post(`/api/training/sessions/${s2}/feedback-lessons`, { teacherId: world.teachersB[0]!.id, givenOn: '2026-12-18', title: '平行四边形的面积' })
        .expect(201)
    ).body.id;
  });

  it('are rated once given, by each expert as themselves', async () => {
    const rate = (client: TestClient, lesson: string, expertId: string, body: Record<string, unknown>) =>
      client.put(`/api/training/feedback-lessons/${lesson}/ratings/${expertId}`, body);
    const { e0, e1, e2, e3 } = ids();
    expect((await rate(expert0, lessonId, e0, { score: 90 }).expect(409)).body.code).toBe('training.feedback.notGivenYet');

    app.clock.set('2026-12-11T08:00:00Z');
    await signInAll();
    const first = await rate(expert0, lessonId, e0, { score: 90, comment: ' 教学目标清晰 ' }).expect(200);
    expect(first.body).toMatchObject({ average: 9000, ratings: [{ expertId: e0, expertName: '欧阳明', score: 90, comment: '教学目标清晰' }] });
    // not in another expert's name
    expect((await rate(expert0, lessonId, e1, { score: 60 }).expect(403)).body.code).toBe('training.feedback.rateAsSelf');
    await rate(expert1, lessonId, e1, { score: 85 }).expect(200);
    // a second rating by the same expert replaces the first
    const again = await rate(expert0, lessonId, e0, { score: 80 }).expect(200);
    expect(again.body.ratings.map((r: { expertId: string; score: number }) => [r.expertId, r.score])).toEqual([
      [e0, 80],
      [e1, 85],
    ]);
    expect(again.body.average).toBe(8250);
    expect(await app.dataSource.manager.countBy(FeedbackRating, { lessonId })).toBe(2);
    const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { action: 'training.feedbackRating.updated' });
    expect(audit.before).toMatchObject({ score: 90 });
    expect(audit.after).toMatchObject({ score: 80 });

    // the centre's coordinator types in the score sheet of an expert without an account
    const typed = await rate(centre, lessonId, e3, { score: 73, comment: '板书规范' }).expect(200);
    expect(typed.body).toMatchObject({ average: 7933, unratedExpertIds: [] });
    // only experts of the team can be rated for
    expect((await rate(centre, lessonId, e2, { score: 70 }).expect(400)).body.errors[0]).toMatchObject({
      field: 'expertId',
      code: 'training.feedback.notTeamExpert',
    });
    // an expert of another session does not reach its lessons
    await rate(expert0, otherLessonId, e0, { score: 70 }).expect(404);
    await rate(expert0, otherLessonId, e1, { score: 70 }).expect(404);
    expect((await rate(expert0, lessonId, e0, { score: 101 }).expect(400)).body.errors[0].field).toBe('score');
  });

  it('are listed with their ratings for the session’s parties and team, not its participants', async () => {
    const url = `/api/training/sessions/${s1}/feedback-lessons`;
    const list = await centre.get(url).expect(200);
    expect(list.body.total).toBe(2);
    const lesson = list.body.items.find((l: { id: string }) => l.id === lessonId);
    expect(lesson).toMatchObject({ average: 7933, title: '《秋天的雨》第二课时' });
    expect(lesson.ratings.map((r: { score: number }) => r.score)).toEqual([80, 85, 73]);
    expect(list.body.items.find((l: { id: string }) => l.id !== lessonId)).toMatchObject({ ratings: [], average: null });
    await coordinatorA.get(url).expect(200);
    await expert0.get(url).expect(200);
    expect((await participant.get(url).expect(403)).body.code).toBe('auth.forbidden');
    await expert0.get(`/api/training/sessions/${s2}/feedback-lessons`).expect(404);
  });
});
