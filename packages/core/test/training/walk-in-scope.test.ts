import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, pinyinKeys } from '@schoolbridge/shared';
import type { Organisation } from '../../src/index.js';
import { Teacher } from '../../src/directory/entities/teacher.entity.js';
import { createTestApp, type TestApp, type TestClient } from '../../src/testing/index.js';
import { Attendance } from '../../src/training/entities/attendance.entity.js';
import { Enrolment } from '../../src/training/entities/enrolment.entity.js';
import { TrainingSessionSchool } from '../../src/training/entities/session.entity.js';
import { TrainingBooking } from '../../src/training/entities/timetable.entity.js';
import { idNumber } from '../directory/helpers.js';
import { createTrainingWorld, insertSession, type InsertedSession, type TrainingWorld } from './world.js';

/** Monday 2026-12-07 08:35 in Asia/Shanghai, five minutes into the first participant slot. */
const MONDAY_0835 = '2026-12-07T00:35:00Z';

/**
 * A walk-in (现场加入) is a nearby teacher: of a school the session lists, or of the area its
 * programme's owner serves. A trainer cannot put a teacher of anywhere on a session (and so on its
 * attendance and credits): such a teacher is answered as not found, and nothing is written.
 */
describe('walk-ins come from the schools a session is open to', () => {
  let app: TestApp;
  let world: TrainingWorld;
  let trainer: TestClient;
  let farTeacherId: string;

  const insertTeacher = async (school: Organisation, name: string): Promise<string> => {
    const keys = pinyinKeys(name);
    const now = app.clock.now();
    const id = newId();
    await app.dataSource.manager.insert(Teacher, {
      ...{ id, name, namePinyin: keys.full, nameInitials: keys.initials, gender: 'male', idType: 'resident_id', idNumber: idNumber('19800101', String(Math.floor(Math.random() * 900) + 100)) },
      ...{ mobile: null, schoolId: school.id, gradesTaught: null, title: null, backboneLevel: null, backboneSince: null, rural: false, hireProgramme: null, hiredOn: null },
      ...{ status: 'active', userId: null, archivedAt: null, createdAt: now, updatedAt: now, version: 1 },
    } as never);
    return id;
  };

  beforeAll(async () => {
    app = await createTestApp({ now: MONDAY_0835 });
    world = await createTrainingWorld(app, { teachersPerSchool: 2 });
    trainer = await app.signIn(world.experts[0]!.user!);
    // a teacher of the next county's school: not served by the county centre's programme
    farTeacherId = await insertTeacher(world.otherSchool, '远方老师');
  });
  afterAll(async () => {
    await app?.close();
  });

  const mondayAm = (s: InsertedSession) => s.slots.find((x) => x.date === '2026-12-07' && x.half === 'am')!.id;

  it('refuses a teacher of a school outside the area the programme’s owner serves, writing nothing', async () => {
    const session = await insertSession(app, world, { expertIds: [world.experts[0]!.id] });
    const res = await trainer.post(`/api/training/sessions/${session.id}/walk-ins`, { teacherId: farTeacherId, slotId: mondayAm(session) }).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'teacherId', code: 'training.attendance.teacherNotFound' })]);
    const m = app.dataSource.manager;
    expect(await m.countBy(Enrolment, { sessionId: session.id, teacherId: farTeacherId })).toBe(0);
    expect(await m.countBy(Attendance, { sessionId: session.id, teacherId: farTeacherId })).toBe(0);
    expect(await m.countBy(TrainingBooking, { resource: 'teacher', resourceId: farTeacherId })).toBe(0);
    // a teacher of the county (school B) is a walk-in as before
    await trainer.post(`/api/training/sessions/${session.id}/walk-ins`, { teacherId: world.teachersB[0]!.id, slotId: mondayAm(session) }).expect(201);
  });

  it('offers the expert trainer the teachers they may add, by pinyin, without the far one or those already enrolled', async () => {
    const session = await insertSession(app, world, { sunday: '2026-12-13', expertIds: [world.experts[0]!.id], title: '候选送培' });
    const far = await trainer.get(`/api/training/sessions/${session.id}/walk-in-candidates?q=${encodeURIComponent('远方')}`).expect(200);
    expect(far.body.total).toBe(0);
    const b0 = world.teachersB[0]!;
    const initials = (await app.dataSource.manager.findOneByOrFail(Teacher, { id: b0.id })).nameInitials;
    const found = await trainer.get(`/api/training/sessions/${session.id}/walk-in-candidates?q=${initials}`).expect(200);
    expect(found.body.items).toContainEqual({ id: b0.id, name: b0.name, schoolId: world.schoolB.id, schoolName: world.schoolB.name, subjects: ['chinese'] });
    await app.dataSource.manager.insert(Enrolment, {
      id: newId(), sessionId: session.id, teacherId: b0.id, status: 'enrolled', source: 'coordinator', waitlistSeq: null, requestedBy: null, decidedBy: null, decidedAt: null,
      reason: null, enrolledAt: app.clock.now(), withdrawnAt: null, creditAwarded: false, createdAt: app.clock.now(), updatedAt: app.clock.now(), version: 1,
    } as never);
    const after = await trainer.get(`/api/training/sessions/${session.id}/walk-in-candidates?q=${initials}`).expect(200);
    expect(after.body.items.map((i: { id: string }) => i.id)).not.toContain(b0.id);
    await trainer.get(`/api/training/sessions/${session.id}/walk-in-candidates`).expect(400);
    // a teacher has no part in running attendance
    await (await app.signIn(world.teachersA[0]!.user)).get(`/api/training/sessions/${session.id}/walk-in-candidates?q=a`).expect(403);
  });

  it('takes a teacher of a school the session lists, even one outside the owner’s area', async () => {
    const session = await insertSession(app, world, { sunday: '2026-12-06', venueId: world.schoolB.id, expertIds: [world.experts[1]!.id], title: '跨县送培' });
    await app.dataSource.manager.insert(TrainingSessionSchool, { sessionId: session.id, organisationId: world.otherSchool.id } as never);
    const other = await app.signIn(world.experts[1]!.user!);
    await other.post(`/api/training/sessions/${session.id}/walk-ins`, { teacherId: farTeacherId, slotId: mondayAm(session) }).expect(201);
    expect(await app.dataSource.manager.findOneByOrFail(Enrolment, { sessionId: session.id, teacherId: farTeacherId })).toMatchObject({ status: 'enrolled', source: 'walkIn' });
  });
});
