import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../src/testing/index.js';
import { Enrolment } from '../../src/training/entities/enrolment.entity.js';
import { TrainingBooking } from '../../src/training/entities/timetable.entity.js';
import { createTrainingWorld, insertSession, type TrainingWorld } from './world.js';

describe('raising a session’s capacity', () => {
  let app: TestApp;
  let world: TrainingWorld;
  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-23T02:00:00Z' });
    world = await createTrainingWorld(app, { teachersPerSchool: 4 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('seats the waitlist in sequence order in the same save, books them and tells them', async () => {
    const session = await insertSession(app, world, { capacity: 2 });
    const [a, b, c, d] = world.teachersA;
    const enrolled = await world.coordinatorA.post(`/api/training/sessions/${session.id}/enrolments`, { teacherIds: [a!.id, b!.id, c!.id, d!.id] }).expect(200);
    expect(enrolled.body.results.map((r: { status: string; waitlistSeq?: number }) => [r.status, r.waitlistSeq ?? null])).toEqual([
      ['enrolled', null],
      ['enrolled', null],
      ['waitlisted', 1],
      ['waitlisted', 2],
    ]);
    const detail = (await world.centreCoordinator.get(`/api/training/sessions/${session.id}`).expect(200)).body;
    await world.centreCoordinator.patch(`/api/training/sessions/${session.id}`, { version: detail.version, capacity: 3 }).expect(200);
    const status = async (teacherId: string) => (await app.dataSource.manager.findOneByOrFail(Enrolment, { sessionId: session.id, teacherId })).status;
    expect(await status(c!.id)).toBe('enrolled');
    expect(await status(d!.id)).toBe('waitlisted');
    expect(await app.dataSource.manager.countBy(TrainingBooking, { sessionId: session.id, resource: 'teacher', resourceId: c!.id })).toBe(10);
    const inbox = await (await app.signIn(c!.user)).get('/api/notifications').expect(200);
    expect(inbox.body.items.map((n: { type: string }) => n.type)).toContain('training.waitlistPromoted');
    // lowering it below the seats taken is refused, naming them
    const again = (await world.centreCoordinator.get(`/api/training/sessions/${session.id}`).expect(200)).body;
    const below = await world.centreCoordinator.patch(`/api/training/sessions/${session.id}`, { version: again.version, capacity: 2 }).expect(400);
    expect(below.body.errors).toMatchObject([{ field: 'capacity', code: 'training.session.capacityBelowSeats' }]);
  });
});
