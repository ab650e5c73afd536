import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config.js';
import { createTestApp, type TestApp } from '../../src/testing/index.js';
import { Enrolment } from '../../src/training/entities/enrolment.entity.js';
import { TrainingSession } from '../../src/training/entities/session.entity.js';
import { TrainingBooking } from '../../src/training/entities/timetable.entity.js';
import { createTrainingWorld, insertSession, type TrainingWorld } from './world.js';

/**
 * Issue 5 §9: 50 teachers asking at once for 10 seats. Runs on the database DATABASE_URL selects
 * (SQLite in memory without it, PostgreSQL with it); CI runs it on both.
 */
describe('enrolment under concurrency: 50 requests for 10 seats', () => {
  let app: TestApp;
  let world: TrainingWorld;
  beforeAll(async () => {
    // thirty teachers sign in within the minute
    app = await createTestApp({ now: '2026-11-20T02:00:00Z', config: { auth: { ...loadConfig({}).auth, loginRateLimitPerMinute: 1000 } } });
    world = await createTrainingWorld(app, { teachersPerSchool: 25 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('runs on the database the environment selects', () => {
    expect(app.databaseKind).toBe(process.env.DATABASE_URL ? 'postgres' : 'sqlite');
  });

  it('gives exactly 10 seats and numbers the other 40 on the waitlist 1..40, without gaps or duplicates', async () => {
    const session = await insertSession(app, world, { capacity: 10 });
    // 20 teachers by their coordinators in batches of five, 30 by themselves, all at once
    const batchesA = [world.teachersA.slice(0, 5), world.teachersA.slice(5, 10)];
    const batchesB = [world.teachersB.slice(0, 5), world.teachersB.slice(5, 10)];
    const selves = [...world.teachersA.slice(10), ...world.teachersB.slice(10)];
    expect(selves).toHaveLength(30);
    const clients = await Promise.all(selves.map((t) => app.signIn(t.user)));
    const requests = [
      ...batchesA.map((b) => world.coordinatorA.post(`/api/training/sessions/${session.id}/enrolments`, { teacherIds: b.map((t) => t.id) })),
      ...batchesB.map((b) => world.coordinatorB.post(`/api/training/sessions/${session.id}/enrolments`, { teacherIds: b.map((t) => t.id) })),
      ...clients.map((c) => c.post(`/api/training/sessions/${session.id}/enrol-me`)),
    ];
    const responses = await Promise.all(requests.map((r) => r.then((res) => res)));
    for (const res of responses) expect(res.status, JSON.stringify(res.body)).toBe(200);

    // what the callers were told adds up to the same
    const told = responses.flatMap((res) => (Array.isArray(res.body.results) ? res.body.results : [res.body])) as { status: string; waitlistSeq?: number | null }[];
    expect(told).toHaveLength(50);
    expect(told.filter((r) => r.status === 'enrolled')).toHaveLength(10);
    expect(
      told
        .filter((r) => r.status === 'waitlisted')
        .map((r) => r.waitlistSeq)
        .sort((a, b) => a! - b!),
    ).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));

    const rows = await app.dataSource.manager.find(Enrolment, { where: { sessionId: session.id } });
    expect(rows).toHaveLength(50);
    expect(rows.filter((r) => r.status === 'enrolled')).toHaveLength(10);
    const numbers = rows
      .filter((r) => r.status === 'waitlisted')
      .map((r) => r.waitlistSeq!)
      .sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(rows.filter((r) => r.status === 'enrolled').every((r) => r.waitlistSeq === null)).toBe(true);

    const stored = await app.dataSource.manager.findOneByOrFail(TrainingSession, { id: session.id });
    expect(stored.seatsTaken).toBe(10);
    expect(stored.waitlistSeq).toBe(40);
    // the counters are not edits: the session's version is untouched
    expect(stored.version).toBe(1);

    // each seated teacher is booked on each of the ten participant half-days, and nobody else is
    const bookings = await app.dataSource.manager.find(TrainingBooking, { where: { sessionId: session.id, resource: 'teacher' } });
    const seated = new Set(rows.filter((r) => r.status === 'enrolled').map((r) => r.teacherId));
    expect(new Set(bookings.map((b) => b.resourceId))).toEqual(seated);
    const participantSlots = session.slots.filter((s) => s.participantSlot);
    expect(participantSlots).toHaveLength(10);
    for (const slot of participantSlots) expect(bookings.filter((b) => b.date === slot.date && b.half === slot.half), `${slot.date} ${slot.half}`).toHaveLength(10);
    expect(bookings).toHaveLength(100);
  });

  it('answers a second request for the same teacher, sent at the same time, with the enrolment that exists', async () => {
    const session = await insertSession(app, world, { capacity: 10, sunday: '2026-12-13', title: '第二周' });
    const teacher = world.teachersA[0]!;
    const client = await app.signIn(teacher.user);
    const responses = await Promise.all([1, 2, 3, 4].map(() => client.post(`/api/training/sessions/${session.id}/enrol-me`).then((r) => r)));
    const ok = responses.filter((r) => r.status === 200);
    const refused = responses.filter((r) => r.status === 409);
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(3);
    for (const r of refused) expect(r.body).toMatchObject({ code: 'training.enrolment.exists', enrolmentStatus: 'enrolled' });
    expect(await app.dataSource.manager.countBy(Enrolment, { sessionId: session.id })).toBe(1);
    expect((await app.dataSource.manager.findOneByOrFail(TrainingSession, { id: session.id })).seatsTaken).toBe(1);
  });
});
