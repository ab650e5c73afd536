import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@schoolbridge/shared';
import { createTestApp, type TestApp } from '../../src/testing/index.js';
import { Enrolment } from '../../src/training/entities/enrolment.entity.js';
import { createTrainingWorld, insertSession, type TrainingWorld } from './world.js';

describe('GET /api/training/teachers/{id}/sessions (the teacher page)', () => {
  let app: TestApp;
  let world: TrainingWorld;
  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-23T02:00:00Z' });
    world = await createTrainingWorld(app, { teachersPerSchool: 2 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists one teacher’s sessions with status and credit to whoever sees the teacher, and 404 to others', async () => {
    const teacher = world.teachersA[0]!;
    const early = await insertSession(app, world, { sunday: '2026-11-01', title: '十一月送培' });
    const late = await insertSession(app, world, { sunday: '2026-12-06', title: '十二月送培', venueId: world.schoolB.id, expertIds: [world.experts[2]!.id] });
    const now = app.clock.now();
    const row = (sessionId: string, status: 'enrolled' | 'waitlisted', creditAwarded: boolean, waitlistSeq: number | null) => ({
      id: newId(), sessionId, teacherId: teacher.id, status, source: 'coordinator', waitlistSeq, requestedBy: null, decidedBy: null, decidedAt: null, reason: null,
      enrolledAt: status === 'enrolled' ? now : null, withdrawnAt: null, creditAwarded, createdAt: now, updatedAt: now, version: 1,
    });
    await app.dataSource.manager.insert(Enrolment, [row(early.id, 'enrolled', true, null), row(late.id, 'waitlisted', false, 1)] as never);

    const res = await world.coordinatorA.get(`/api/training/teachers/${teacher.id}/sessions`).expect(200);
    expect(res.body.total).toBe(2);
    expect(res.body.items.map((i: { title: string; status: string; creditAwarded: boolean; waitlistPosition: number | null }) => [i.title, i.status, i.creditAwarded, i.waitlistPosition])).toEqual([
      ['十二月送培', 'waitlisted', false, 1],
      ['十一月送培', 'enrolled', true, null],
    ]);
    await world.bureauOfficer.get(`/api/training/teachers/${teacher.id}/sessions`).expect(200);
    // another school's coordinator does not see the teacher at all
    await world.coordinatorB.get(`/api/training/teachers/${teacher.id}/sessions`).expect(404);
    await world.coordinatorA.get(`/api/training/teachers/${newId()}/sessions`).expect(404);
    // the teacher sees their own
    expect((await (await app.signIn(teacher.user)).get(`/api/training/teachers/${teacher.id}/sessions`).expect(200)).body.total).toBe(2);
  });
});
