import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../src/testing/index.js';
import { createTrainingWorld, insertSession, type InsertedSession, type TrainingWorld } from './world.js';

describe('enrolment until the participants’ first day', () => {
  let app: TestApp;
  let world: TrainingWorld;
  let session: InsertedSession;
  beforeAll(async () => {
    // Monday 2026-12-07, 07:30 in Asia/Shanghai: the team arrived yesterday, participants start today
    app = await createTestApp({ now: '2026-12-06T23:30:00Z' });
    world = await createTrainingWorld(app, { teachersPerSchool: 3 });
    session = await insertSession(app, world, { enrolClosesOn: null });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists the week to a teacher and takes their enrolment on the Monday, though the team’s Sunday has passed', async () => {
    const teacher = await app.signIn(world.teachersA[0]!.user);
    const open = await teacher.get('/api/training/my/open-sessions').expect(200);
    expect(open.body.items.map((s: { sessionId: string }) => s.sessionId)).toEqual([session.id]);
    const res = await teacher.post(`/api/training/sessions/${session.id}/enrol-me`).expect(200);
    expect(res.body.status).toBe('enrolled');
  });

  it('refuses enrolment from the Tuesday on, saying when it began and what to do', async () => {
    app.clock.set('2026-12-08T01:00:00Z');
    const teacher = await app.signIn(world.teachersA[1]!.user);
    expect((await teacher.get('/api/training/my/open-sessions').expect(200)).body.total).toBe(0);
    const res = await teacher.post(`/api/training/sessions/${session.id}/enrol-me`).expect(409);
    expect(res.body).toMatchObject({ code: 'training.enrolment.begun', firstParticipantDay: '2026-12-07' });
    expect(res.body.detail).toBe('学员培训已于 2026-12-07 开始，不能再报名；如需参加请联系培训者现场加入');
    // a fresh sign-in: a day later the world's sessions have timed out
    const coordinator = await app.signInAs([{ role: 'school_coordinator', organisationId: world.schoolA.id }]);
    const batch = await coordinator.post(`/api/training/sessions/${session.id}/enrolments`, { teacherIds: [world.teachersA[2]!.id] }).expect(409);
    expect(batch.body.code).toBe('training.enrolment.begun');
  });
});
