import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, pinyinKeys } from '@schoolbridge/shared';
import { AuditEntry } from '../../src/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../src/testing/index.js';
import { Attendance } from '../../src/training/entities/attendance.entity.js';
import { Enrolment } from '../../src/training/entities/enrolment.entity.js';
import { TrainingSession } from '../../src/training/entities/session.entity.js';
import { TrainingBooking } from '../../src/training/entities/timetable.entity.js';
import { enrol } from './attendance-helpers.js';
import { createTrainingWorld, insertSession, type InsertedSession, type TrainingWorld } from './world.js';

/** Monday 2026-12-07 08:35 in Asia/Shanghai, five minutes into the first participant slot. */
const MONDAY_0835 = '2026-12-07T00:35:00Z';

describe('attendance: the trainer’s sheet, confirmation, walk-ins and the coordinator’s marks', () => {
  let app: TestApp;
  let world: TrainingWorld;
  let session: InsertedSession;
  let trainer: TestClient;
  let mondayAm: string;
  let tuesdayAm: string;

  beforeAll(async () => {
    app = await createTestApp({ now: MONDAY_0835 });
    world = await createTrainingWorld(app, { teachersPerSchool: 5 });
    session = await insertSession(app, world, { capacity: 10 });
    await enrol(app, session.id, [...world.teachersA.slice(0, 3).map((t) => t.id), world.teachersB[0]!.id]);
    await enrol(app, session.id, [world.teachersB[2]!.id], 'waitlisted');
    trainer = await app.signIn(world.experts[0]!.user!);
    mondayAm = session.slots.find((s) => s.date === '2026-12-07' && s.half === 'am')!.id;
    tuesdayAm = session.slots.find((s) => s.date === '2026-12-08' && s.half === 'am')!.id;
    // the first teacher of school A checks in with the code
    const { code } = (await trainer.get(`/api/training/sessions/${session.id}/slots/${mondayAm}/check-in-code`).expect(200)).body;
    await (await app.signIn(world.teachersA[0]!.user)).post('/api/training/check-in', { sessionId: session.id, slot: '2026-12-07.am', code }).expect(201);
  });
  afterAll(async () => {
    await app?.close();
  });

  const sheetUrl = (slotId = mondayAm) => `/api/training/sessions/${session.id}/slots/${slotId}/attendance`;
  const markUrl = (teacherId: string, slotId = mondayAm) => `/api/training/sessions/${session.id}/slots/${slotId}/attendance/${teacherId}`;

  it('lists every enrolled teacher by school, then name in pinyin order, with their record or none yet, and counts', async () => {
    const res = await trainer.get(sheetUrl()).expect(200);
    expect(res.body).toMatchObject({ sessionId: session.id, slotId: mondayAm, slotKey: '2026-12-07.am', date: '2026-12-07', half: 'am', startsAt: '08:30', endsAt: '12:00' });
    // school A (城关 chengguan) before school B (青山 qingshan); within A: 李 li, 王 wang, 张 zhang
    const [zhang, wang, li] = world.teachersA;
    expect(res.body.items.map((i: { teacherId: string }) => i.teacherId)).toEqual([li!.id, wang!.id, zhang!.id, world.teachersB[0]!.id]);
    expect(res.body.items[2]).toMatchObject({ name: zhang!.name, schoolName: world.schoolA.name, walkIn: false, mark: 'present', source: 'code', confirmed: false, version: 1 });
    expect(res.body.items[0]).toMatchObject({ mark: null, source: null, recordedAt: null, attendanceId: null, confirmed: false, version: null });
    expect(res.body.counts).toEqual({ teachers: 4, walkIns: 0, present: 1, late: 0, absent: 0, excused: 0, unmarked: 3, confirmed: 0 });
  });

  it('lets whoever runs or marks attendance in scope read the sheet, and nobody else', async () => {
    await world.bureauOfficer.get(sheetUrl()).expect(200);
    await world.centreCoordinator.get(sheetUrl()).expect(200);
    await world.coordinatorA.get(sheetUrl()).expect(403);
    await (await app.signIn(world.teachersA[0]!.user)).get(sheetUrl()).expect(403);
    const farCentre = await app.createOrganisation({ kind: 'training_centre', region: world.otherCounty, managerRegion: world.otherCounty });
    const farCoordinator = await app.signInAs([{ role: 'centre_coordinator', scopeKind: 'organisation', organisationId: farCentre.id }]);
    await farCoordinator.get(sheetUrl()).expect(404);
  });

  it('confirms the recorded marks, and marks present the teachers the trainer names without a record', async () => {
    const all = await trainer.post(`${sheetUrl()}/confirm`, {}).expect(200);
    // only the check-in was there to confirm; nobody was added
    expect(all.body.counts).toMatchObject({ present: 1, confirmed: 1, unmarked: 3 });
    const checkedIn = await app.dataSource.manager.findOneByOrFail(Attendance, { slotId: mondayAm, teacherId: world.teachersA[0]!.id });
    expect(checkedIn).toMatchObject({ source: 'code', confirmedBy: trainer.user.id, version: 2 });

    const seen = world.teachersA[1]!.id;
    const res = await trainer.post(`${sheetUrl()}/confirm`, { teacherIds: [seen, world.teachersA[0]!.id] }).expect(200);
    expect(res.body.items.find((i: { teacherId: string }) => i.teacherId === seen)).toMatchObject({ mark: 'present', source: 'trainer', confirmed: true });
    expect(res.body.counts).toMatchObject({ present: 2, confirmed: 2, unmarked: 2 });
    // confirming again changes nothing
    expect(await app.dataSource.manager.findOneByOrFail(Attendance, { id: checkedIn.id })).toMatchObject({ version: 2 });
    const audit = await app.dataSource.manager.find(AuditEntry, { where: { entityId: mondayAm, action: 'training.attendance.confirmed' } });
    expect(audit).toHaveLength(2);
    expect(audit.map((a) => a.after)).toContainEqual(expect.objectContaining({ markedPresent: [seen] }));
  });

  it('refuses to confirm teachers who are not enrolled, or a slot that has not come', async () => {
    const res = await trainer.post(`${sheetUrl()}/confirm`, { teacherIds: [world.teachersB[4]!.id] }).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'teacherIds[0]', code: 'training.attendance.notEnrolled' })]);
    const future = await trainer.post(`${sheetUrl(tuesdayAm)}/confirm`, {}).expect(409);
    expect(future.body.code).toBe('training.attendance.slotInFuture');
    // a coordinator who only marks does not run attendance
    await world.bureauOfficer.post(`${sheetUrl()}/confirm`, {}).expect(403);
  });

  it('adds a walk-in: enrolled without taking a seat, present, booked from that slot on, flagged in every list', async () => {
    const walker = world.teachersB[1]!;
    const before = await app.dataSource.manager.findOneByOrFail(TrainingSession, { id: session.id });
    const res = await trainer.post(`/api/training/sessions/${session.id}/walk-ins`, { teacherId: walker.id, slotId: mondayAm }).expect(201);
    expect(res.body.items.find((i: { teacherId: string }) => i.teacherId === walker.id)).toMatchObject({ walkIn: true, mark: 'present', source: 'walkIn', confirmed: true });
    expect(res.body.counts).toMatchObject({ teachers: 5, walkIns: 1 });
    const enrolment = await app.dataSource.manager.findOneByOrFail(Enrolment, { sessionId: session.id, teacherId: walker.id });
    expect(enrolment).toMatchObject({ status: 'enrolled', source: 'walkIn', requestedBy: trainer.user.id, creditAwarded: false });
    expect((await app.dataSource.manager.findOneByOrFail(TrainingSession, { id: session.id })).seatsTaken).toBe(before.seatsTaken);
    // booked on the ten participant slots, Monday morning on
    expect(await app.dataSource.manager.countBy(TrainingBooking, { sessionId: session.id, resource: 'teacher', resourceId: walker.id })).toBe(10);
    expect(await app.dataSource.manager.findOneBy(AuditEntry, { entityId: enrolment.id, action: 'training.attendance.walkIn' })).not.toBeNull();

    const sheet = (await world.centreCoordinator.get(`/api/training/sessions/${session.id}/sign-in-sheet`).expect(200)).body;
    expect(sheet.slots[0].rows.find((r: { teacherId: string }) => r.teacherId === walker.id)).toMatchObject({ walkIn: true });
    const completion = (await world.centreCoordinator.get(`/api/training/sessions/${session.id}/completion`).expect(200)).body;
    expect(completion.items.find((i: { teacherId: string }) => i.teacherId === walker.id)).toMatchObject({ walkIn: true, attended: 1 });

    // once: the second time they are enrolled already
    const again = await trainer.post(`/api/training/sessions/${session.id}/walk-ins`, { teacherId: walker.id, slotId: mondayAm }).expect(409);
    expect(again.body.code).toBe('training.walkIn.alreadyEnrolled');
    await trainer.post(`/api/training/sessions/${session.id}/walk-ins`, { teacherId: world.teachersA[2]!.id, slotId: mondayAm }).expect(409);
  });

  it('turns a waitlisted teacher who comes on the day into the walk-in, keeping their one enrolment', async () => {
    const waiting = world.teachersB[2]!;
    const row = await app.dataSource.manager.findOneByOrFail(Enrolment, { sessionId: session.id, teacherId: waiting.id });
    await trainer.post(`/api/training/sessions/${session.id}/walk-ins`, { teacherId: waiting.id, slotId: mondayAm }).expect(201);
    expect(await app.dataSource.manager.findOneByOrFail(Enrolment, { id: row.id })).toMatchObject({ status: 'enrolled', source: 'walkIn', waitlistSeq: null, version: 2 });
    const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { entityId: row.id, action: 'training.attendance.walkIn' });
    expect(audit.before).toMatchObject({ status: 'waitlisted' });
  });

  it('refuses a walk-in who is in another session at that time, and one who is not a teacher of the directory', async () => {
    const busy = world.teachersB[3]!;
    const elsewhere = await insertSession(app, world, { venueId: world.schoolB.id, expertIds: [world.experts[2]!.id], title: '青山中学校本研修' });
    await app.dataSource.manager.insert(TrainingBooking, { id: newId(), sessionId: elsewhere.id, resource: 'teacher', resourceId: busy.id, date: '2026-12-07', half: 'am' } as never);
    const res = await trainer.post(`/api/training/sessions/${session.id}/walk-ins`, { teacherId: busy.id, slotId: mondayAm }).expect(409);
    expect(res.body.code).toBe('training.conflict');
    expect(res.body.detail).toContain('青山中学校本研修');
    expect(await app.dataSource.manager.countBy(Enrolment, { sessionId: session.id, teacherId: busy.id })).toBe(0);
    const nobody = await trainer.post(`/api/training/sessions/${session.id}/walk-ins`, { teacherId: newId(), slotId: mondayAm }).expect(400);
    expect(nobody.body.errors).toEqual([expect.objectContaining({ field: 'teacherId', code: 'training.attendance.teacherNotFound' })]);
  });

  it('lets a coordinator mark with a reason, and answers a field error for a blank one', async () => {
    const absent = world.teachersA[2]!.id;
    for (const reason of ['', '   ', undefined]) {
      const res = await world.bureauOfficer.put(markUrl(absent), { mark: 'absent', ...(reason === undefined ? {} : { reason }) }).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'reason', code: 'validation.required' })]);
    }
    const bad = await world.bureauOfficer.put(markUrl(absent), { mark: 'asleep', reason: '未到' }).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'mark', code: 'validation.isIn' })]);
    const res = await world.bureauOfficer.put(markUrl(absent), { mark: 'absent', reason: '未到场，电话未接' }).expect(200);
    expect(res.body.attendance).toMatchObject({ teacherId: absent, mark: 'absent', source: 'coordinator', reason: '未到场，电话未接', confirmed: true, version: 1 });
    expect(res.body.completion).toBeNull();
    expect(await app.dataSource.manager.findOneBy(AuditEntry, { entityId: res.body.attendance.attendanceId, action: 'training.attendance.marked' })).not.toBeNull();
    // the trainer does not mark; a teacher not enrolled has no line to mark
    await trainer.put(markUrl(absent), { mark: 'present', reason: '来了' }).expect(403);
    await world.bureauOfficer.put(markUrl(world.teachersB[4]!.id), { mark: 'present', reason: '来了' }).expect(404);
  });

  it('corrects a record with its version: stale or missing versions are refused; before → after is audited', async () => {
    const teacher = world.teachersA[0]!.id;
    const current = await app.dataSource.manager.findOneByOrFail(Attendance, { slotId: mondayAm, teacherId: teacher });
    const missing = await world.centreCoordinator.put(markUrl(teacher), { mark: 'late', reason: '实际 9:10 到' }).expect(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'version', code: 'validation.required' })]);
    const stale = await world.centreCoordinator.put(markUrl(teacher), { mark: 'late', reason: '实际 9:10 到', version: current.version - 1 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'conflict.staleVersion', currentVersion: current.version });
    const res = await world.centreCoordinator.put(markUrl(teacher), { mark: 'late', reason: '实际 9:10 到', version: current.version }).expect(200);
    expect(res.body.attendance).toMatchObject({ mark: 'late', source: 'coordinator', version: current.version + 1 });
    const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { entityId: current.id, action: 'training.attendance.corrected' });
    expect(audit.before).toMatchObject({ mark: 'present', source: 'code' });
    expect(audit.after).toMatchObject({ mark: 'late', source: 'coordinator', reason: '实际 9:10 到' });
  });

  it('takes leave ahead of time, but no other mark for a slot that has not come', async () => {
    const teacher = world.teachersA[1]!.id;
    const res = await world.bureauOfficer.put(markUrl(teacher, tuesdayAm), { mark: 'present', reason: '预登记' }).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'mark', code: 'training.attendance.slotInFuture' })]);
    const leave = await world.bureauOfficer.put(markUrl(teacher, tuesdayAm), { mark: 'excused', reason: '县教研活动请假' }).expect(200);
    expect(leave.body.attendance).toMatchObject({ mark: 'excused' });
  });

  it('gives the sign-in sheet: session, venue, dates and the rows of each participant slot by school, then pinyin', async () => {
    const res = await world.coordinatorA.get(`/api/training/sessions/${session.id}/sign-in-sheet`).expect(200);
    expect(res.body).toMatchObject({
      sessionId: session.id,
      title: '送培到校·城关小学语文数学',
      programmeName: '2026年示范县送培到校项目',
      venueName: world.schoolA.name,
      startsOn: '2026-12-06',
      endsOn: '2026-12-11',
      dates: ['2026-12-06', '2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11'],
    });
    expect(res.body.slots).toHaveLength(10);
    expect(res.body.slots[0]).toMatchObject({ slotKey: '2026-12-07.am', startsAt: '08:30' });
    const rows = res.body.slots[9].rows as { no: number; name: string; schoolName: string; subjects: string[]; walkIn: boolean }[];
    expect(rows.map((r) => r.no)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows.map((r) => r.schoolName)).toEqual([world.schoolA.name, world.schoolA.name, world.schoolA.name, world.schoolB.name, world.schoolB.name, world.schoolB.name]);
    const [zhang, wang, li] = world.teachersA;
    expect(rows.slice(0, 3).map((r) => r.name)).toEqual([li!.name, wang!.name, zhang!.name]);
    expect(rows[0]!.subjects).toEqual(['chinese']);
    expect(rows[1]!.subjects).toEqual(['math']);
    // school B's names (陈, and the walk-ins 杨 and 黄) in pinyin order too
    const b = world.teachersB.slice(0, 3).map((t) => t.name);
    expect(rows.slice(3).map((r) => r.name)).toEqual(b.sort((x, y) => pinyinKeys(x).full.localeCompare(pinyinKeys(y).full)));
    expect(rows.slice(3).map((r) => r.walkIn)).toEqual(rows.slice(3).map((r) => r.name !== world.teachersB[0]!.name));
  });

  it('documents its routes in the OpenAPI document', async () => {
    const doc = (await app.request().get('/api/docs-json').expect(200)).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/training/sessions/{id}/slots/{slotId}/check-in-code',
        '/api/training/check-in',
        '/api/training/sessions/{id}/slots/{slotId}/attendance',
        '/api/training/sessions/{id}/slots/{slotId}/attendance/confirm',
        '/api/training/sessions/{id}/slots/{slotId}/attendance/{teacherId}',
        '/api/training/sessions/{id}/walk-ins',
        '/api/training/sessions/{id}/sign-in-sheet',
        '/api/training/sessions/{id}/complete',
        '/api/training/sessions/{id}/completion/recompute',
        '/api/training/sessions/{id}/completion',
        '/api/training/credit-outbox',
      ]),
    );
    expect(doc.components.schemas.MarkAttendanceDto.required).toEqual(expect.arrayContaining(['mark', 'reason']));
  });

  it('keeps the sign-in sheet from coordinators of other schools and from teachers', async () => {
    await world.coordinatorB.get(`/api/training/sessions/${session.id}/sign-in-sheet`).expect(404);
    await (await app.signIn(world.teachersA[0]!.user)).get(`/api/training/sessions/${session.id}/sign-in-sheet`).expect(404);
  });
});
