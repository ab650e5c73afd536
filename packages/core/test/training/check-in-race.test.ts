import type { EntityManager } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKindFromEnv } from '../../src/platform/config.js';
import { createTestApp, type TestApp, type TestClient } from '../../src/testing/index.js';
import { Attendance } from '../../src/training/entities/attendance.entity.js';
import { Enrolment } from '../../src/training/entities/enrolment.entity.js';
import { TrainingSession } from '../../src/training/entities/session.entity.js';
import { enrol } from './attendance-helpers.js';
import { createTrainingWorld, insertSession, type InsertedSession, type TrainingWorld } from './world.js';

/** Monday 2026-12-07 08:35 in Asia/Shanghai: five minutes into the first participant slot. */
const MONDAY_0835 = '2026-12-07T00:35:00Z';
const ON_POSTGRES = databaseKindFromEnv() === 'postgres';

/**
 * A check-in takes its turn with the writes that change who may check in (completion, withdrawal,
 * an edit of the timetable): it reads the session and the enrolment under the session's lock, in
 * the transaction that records it. Proved on PostgreSQL, where a second connection holds the lock
 * as a completion in progress would; on SQLite the change holds the write queue, which runs one
 * transaction at a time, and the check-in waits behind it.
 */
describe('check-in while the session is being changed', () => {
  let app: TestApp;
  let world: TrainingWorld;
  let trainers: TestClient[];

  beforeAll(async () => {
    app = await createTestApp({ now: MONDAY_0835 });
    world = await createTrainingWorld(app, { teachersPerSchool: 2 });
    trainers = [await app.signIn(world.experts[0]!.user!), await app.signIn(world.experts[1]!.user!)];
  });
  afterAll(async () => {
    await app?.close();
  });

  /** Runs `change` in a transaction of its own that holds the session's row lock while a check-in is made, then commits it. */
  async function checkInDuring(session: InsertedSession, trainer: TestClient, teacherIndex: number, change: (m: EntityManager) => Promise<void>) {
    const slot = session.slots.find((s) => s.date === '2026-12-07' && s.half === 'am')!;
    const { code } = (await trainer.get(`/api/training/sessions/${session.id}/slots/${slot.id}/check-in-code`).expect(200)).body as { code: string };
    const teacher = await app.signIn(world.teachersA[teacherIndex]!.user);
    if (!ON_POSTGRES) {
      // SQLite: the change holds the write queue; the check-in's statements wait behind it
      let pending: Promise<{ status: number; body: { code?: string } }> | undefined;
      await app.dataSource.transaction(async (m) => {
        await change(m);
        pending = teacher.post('/api/training/check-in', { sessionId: session.id, slotId: slot.id, code }).then((r) => r);
        await new Promise((resolve) => setTimeout(resolve, 400));
      });
      return { res: await pending!, slot };
    }
    const qr = app.dataSource.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    try {
      await qr.manager.createQueryBuilder(TrainingSession, 's').setLock('pessimistic_write').where('s.id = :id', { id: session.id }).getOne();
      await change(qr.manager);
      const pending = teacher.post('/api/training/check-in', { sessionId: session.id, slotId: slot.id, code }).then((r) => r);
      await new Promise((resolve) => setTimeout(resolve, 400));
      await qr.commitTransaction();
      return { res: await pending, slot };
    } finally {
      if (qr.isTransactionActive) await qr.rollbackTransaction();
      await qr.release();
    }
  }

  it('refuses a check-in that arrives while the session is being completed (no mark after the credits were handed off)', async () => {
    const session = await insertSession(app, world, { title: '完成中的班次', expertIds: [world.experts[0]!.id] });
    await enrol(app, session.id, [world.teachersA[0]!.id]);
    const { res, slot } = await checkInDuring(session, trainers[0]!, 0, async (m) => {
      await m.update(TrainingSession, { id: session.id }, { status: 'completed' });
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('training.attendance.sessionNotOpen');
    expect(await app.dataSource.manager.countBy(Attendance, { slotId: slot.id })).toBe(0);
  });

  it('refuses a check-in that arrives while the teacher is being withdrawn', async () => {
    const session = await insertSession(app, world, { title: '退出中的班次', venueId: world.schoolB.id, expertIds: [world.experts[1]!.id] });
    const ids = await enrol(app, session.id, [world.teachersA[1]!.id]);
    const { res, slot } = await checkInDuring(session, trainers[1]!, 1, async (m) => {
      await m.update(Enrolment, { id: ids.get(world.teachersA[1]!.id)! }, { status: 'withdrawn' });
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('training.checkIn.notEnrolled');
    expect(await app.dataSource.manager.countBy(Attendance, { slotId: slot.id })).toBe(0);
  });
});
