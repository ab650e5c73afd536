import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../src/testing/index.js';
import { Attendance, CreditOutbox } from '../../src/training/entities/attendance.entity.js';
import { Enrolment } from '../../src/training/entities/enrolment.entity.js';
import { TrainingSession } from '../../src/training/entities/session.entity.js';
import type { AttendanceMark } from '../../src/training/rules/vocab.js';
import { enrol, writeMarks } from './attendance-helpers.js';
import { createTrainingWorld, insertSession, type InsertedSession, type TrainingWorld } from './world.js';

/** Friday 2026-12-11 16:00 in Asia/Shanghai: the last day of the 2026-12-06 week. */
const FRIDAY_1600 = '2026-12-11T08:00:00Z';

const marks = (counts: Partial<Record<AttendanceMark, number>>): AttendanceMark[] =>
  (Object.entries(counts) as [AttendanceMark, number][]).flatMap(([m, n]) => Array<AttendanceMark>(n).fill(m));

describe('completion and the exactly-once credit hand-off', () => {
  let app: TestApp;
  let world: TrainingWorld;
  let session: InsertedSession;
  let slotIds: string[];
  let enrolments: Map<string, string>;
  let coordinator: TestClient;
  /** Teachers of school A: 0 attends 8 of 10, 1 attends 7 and is excused 3 times, 2 attends 6, late 2, excused 2, 3 has no marks. */
  let t: string[];

  beforeAll(async () => {
    app = await createTestApp({ now: FRIDAY_1600 });
    world = await createTrainingWorld(app, { teachersPerSchool: 4 });
    coordinator = world.centreCoordinator;
    session = await insertSession(app, world, { creditHours: 30 });
    slotIds = session.slots.filter((s) => s.participantSlot).map((s) => s.id);
    t = world.teachersA.map((x) => x.id);
    enrolments = await enrol(app, session.id, t);
    const plan: AttendanceMark[][] = [marks({ present: 8, absent: 2 }), marks({ present: 7, excused: 3 }), marks({ present: 6, late: 2, excused: 2 }), []];
    for (const [i, list] of plan.entries()) await writeMarks(app, session.id, enrolments.get(t[i]!)!, t[i]!, list.map((mark, j) => ({ slotId: slotIds[j]!, mark })));
  });
  afterAll(async () => {
    await app?.close();
  });

  const outboxOf = (teacherId: string, sessionId = session.id) => app.dataSource.manager.find(CreditOutbox, { where: { sessionId, teacherId }, order: { createdAt: 'ASC', id: 'ASC' } });
  const versionOf = async (slotId: string, teacherId: string) => (await app.dataSource.manager.findOneByOrFail(Attendance, { slotId, teacherId })).version;

  it('refuses to complete a session that has not run, naming the statuses it can take', async () => {
    const later = await insertSession(app, world, { sunday: '2026-12-13', title: '下周的班次' });
    const res = await coordinator.post(`/api/training/sessions/${later.id}/complete`).expect(409);
    expect(res.body).toMatchObject({ code: 'training.session.transitionNotAllowed', from: 'published', to: 'completed', allowed: ['running', 'cancelled'] });
    expect(res.body.detail).toContain('进行中');
    expect((await app.dataSource.manager.findOneByOrFail(TrainingSession, { id: later.id })).status).toBe('published');
  });

  it('completes a running session: 8 of 10 completes, excused does not count, late does; each completer’s hours go to the outbox once', async () => {
    await (await app.signIn(world.teachersA[0]!.user)).post(`/api/training/sessions/${session.id}/complete`).expect(403);
    const res = await coordinator.post(`/api/training/sessions/${session.id}/complete`).expect(200);
    expect(res.body).toMatchObject({ sessionId: session.id, status: 'completed', slotCount: 10, completionThreshold: 80, requiredSlots: 8, creditHours: 30, handedOff: { awards: 2, reversals: 0 } });
    const line = (id: string) => res.body.items.find((i: { teacherId: string }) => i.teacherId === id);
    expect(line(t[0]!)).toMatchObject({ attended: 8, excused: 0, absent: 2, slotCount: 10, requiredSlots: 8, completed: true, creditAwarded: true });
    expect(line(t[1]!)).toMatchObject({ attended: 7, excused: 3, absent: 0, completed: false, creditAwarded: false });
    expect(line(t[2]!)).toMatchObject({ attended: 8, excused: 2, completed: true, creditAwarded: true });
    expect(line(t[3]!)).toMatchObject({ attended: 0, completed: false, creditAwarded: false });
    expect(res.body.counts).toEqual({ teachers: 4, completed: 2, creditAwarded: 2 });

    const rows = await app.dataSource.manager.find(CreditOutbox, { where: { sessionId: session.id } });
    expect(rows.map((r) => ({ teacherId: r.teacherId, kind: r.kind, hours: r.hours, reversesId: r.reversesId, enrolmentId: r.enrolmentId, consumedAt: r.consumedAt })).sort((a, b) => a.teacherId.localeCompare(b.teacherId))).toEqual(
      [t[0]!, t[2]!].sort().map((id) => ({ teacherId: id, kind: 'award', hours: 30, reversesId: null, enrolmentId: enrolments.get(id), consumedAt: null })),
    );
    expect(await app.dataSource.manager.findOneByOrFail(Enrolment, { id: enrolments.get(t[0]!)! })).toMatchObject({ creditAwarded: true });
    expect((await app.dataSource.manager.findOneByOrFail(TrainingSession, { id: session.id })).status).toBe('completed');
    const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { entityId: session.id, action: 'training.session.completed' });
    expect(audit.after).toMatchObject({ status: 'completed', awards: 2, reversals: 0 });
  });

  it('does not complete twice, and a recompute with nothing changed hands off nothing', async () => {
    const again = await coordinator.post(`/api/training/sessions/${session.id}/complete`).expect(409);
    expect(again.body).toMatchObject({ code: 'training.session.transitionNotAllowed', from: 'completed', allowed: [] });
    const res = await coordinator.post(`/api/training/sessions/${session.id}/completion/recompute`).expect(200);
    expect(res.body.handedOff).toEqual({ awards: 0, reversals: 0 });
    expect(await app.dataSource.manager.countBy(CreditOutbox, { sessionId: session.id })).toBe(2);
  });

  it('a correction that undoes completion writes one reversal; correcting back awards again', async () => {
    const teacher = t[0]!;
    const slot = slotIds[0]!; // present → absent leaves 7 of 10
    const undo = await world.bureauOfficer.put(`/api/training/sessions/${session.id}/slots/${slot}/attendance/${teacher}`, { mark: 'absent', reason: '核查签到表：当天未到', version: await versionOf(slot, teacher) }).expect(200);
    expect(undo.body.completion).toMatchObject({ teacherId: teacher, attended: 7, completed: false, creditAwarded: false });
    let rows = await outboxOf(teacher);
    expect(rows.map((r) => [r.kind, r.hours])).toEqual([
      ['award', 30],
      ['reversal', -30],
    ]);
    expect(rows[1]!.reversesId).toBe(rows[0]!.id);
    const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { action: 'training.attendance.corrected', entityId: undo.body.attendance.attendanceId });
    expect(audit.after).toMatchObject({ mark: 'absent', completed: false, creditHandOff: 'reversal' });

    // recomputing and repeating the same correction change nothing
    await coordinator.post(`/api/training/sessions/${session.id}/completion/recompute`).expect(200);
    await world.bureauOfficer.put(`/api/training/sessions/${session.id}/slots/${slot}/attendance/${teacher}`, { mark: 'absent', reason: '再次核查', version: await versionOf(slot, teacher) }).expect(200);
    expect(await outboxOf(teacher)).toHaveLength(2);

    const redo = await world.bureauOfficer.put(`/api/training/sessions/${session.id}/slots/${slot}/attendance/${teacher}`, { mark: 'late', reason: '补交请假条不实，按迟到计', version: await versionOf(slot, teacher) }).expect(200);
    expect(redo.body.completion).toMatchObject({ attended: 8, completed: true, creditAwarded: true });
    rows = await outboxOf(teacher);
    expect(rows.map((r) => [r.kind, r.hours, r.reversesId])).toEqual([
      ['award', 30, null],
      ['reversal', -30, rows[0]!.id],
      ['award', 30, null],
    ]);
    expect(rows[2]!.id).not.toBe(rows[0]!.id);
    // the other teachers' rows are untouched
    expect(await outboxOf(t[2]!)).toHaveLength(1);
    expect(await outboxOf(t[1]!)).toHaveLength(0);
  });

  it('a correction that does not change completion writes nothing; excused turned present can complete', async () => {
    const excusedSlot = slotIds[9]!; // teacher 2 was excused in the last two slots
    await world.bureauOfficer.put(`/api/training/sessions/${session.id}/slots/${excusedSlot}/attendance/${t[2]!}`, { mark: 'present', reason: '实际到场', version: await versionOf(excusedSlot, t[2]!) }).expect(200);
    expect(await outboxOf(t[2]!)).toHaveLength(1);
    // teacher 1: 7 present and 3 excused; one excused slot was in fact attended
    const slot = slotIds[7]!;
    const res = await world.bureauOfficer.put(`/api/training/sessions/${session.id}/slots/${slot}/attendance/${t[1]!}`, { mark: 'present', reason: '请假后返回参加', version: await versionOf(slot, t[1]!) }).expect(200);
    expect(res.body.completion).toMatchObject({ attended: 8, excused: 2, completed: true, creditAwarded: true });
    expect((await outboxOf(t[1]!)).map((r) => r.kind)).toEqual(['award']);
  });

  it('shows each teacher’s completion; a teacher sees their own line; a coordinator of another school sees nothing', async () => {
    const res = await world.coordinatorA.get(`/api/training/sessions/${session.id}/completion`).expect(200);
    expect(res.body.items).toHaveLength(4);
    expect(res.body.counts).toEqual({ teachers: 4, completed: 3, creditAwarded: 3 });
    const own = await (await app.signIn(world.teachersA[3]!.user)).get(`/api/training/sessions/${session.id}/completion`).expect(200);
    expect(own.body.items).toEqual([expect.objectContaining({ teacherId: t[3]!, attended: 0, completed: false, creditAwarded: false })]);
    await world.coordinatorB.get(`/api/training/sessions/${session.id}/completion`).expect(404);
    await (await app.signIn(world.teachersB[0]!.user)).get(`/api/training/sessions/${session.id}/completion`).expect(404);
  });

  it('lists the outbox for the administrator, filtered, newest first, in scope', async () => {
    const res = await coordinator.get(`/api/training/credit-outbox?sessionId=${session.id}&teacherId=${t[0]!}`).expect(200);
    expect(res.body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    expect(res.body.items.map((i: { kind: string }) => i.kind)).toEqual(['award', 'reversal', 'award']);
    expect(res.body.items[0]).toMatchObject({ teacherId: t[0]!, teacherName: world.teachersA[0]!.name, schoolName: world.schoolA.name, sessionTitle: '送培到校·城关小学语文数学', hours: 30, consumedAt: null });
    const reversals = await coordinator.get(`/api/training/credit-outbox?kind=reversal`).expect(200);
    expect(reversals.body.total).toBe(1);
    await world.coordinatorA.get('/api/training/credit-outbox').expect(403);
    const farCentre = await app.createOrganisation({ kind: 'training_centre', region: world.otherCounty, managerRegion: world.otherCounty });
    const far = await app.signInAs([{ role: 'centre_coordinator', scopeKind: 'organisation', organisationId: farCentre.id }]);
    expect((await far.get('/api/training/credit-outbox').expect(200)).body.total).toBe(0);
  });

  it('recomputes only a completed session; completes a published session once its last day has passed', async () => {
    const past = await insertSession(app, world, { sunday: '2026-11-29', title: '上周的班次' });
    const res = await coordinator.post(`/api/training/sessions/${past.id}/completion/recompute`).expect(409);
    expect(res.body).toMatchObject({ code: 'training.completion.notCompleted', sessionStatus: 'published' });
    const done = await coordinator.post(`/api/training/sessions/${past.id}/complete`).expect(200);
    expect(done.body).toMatchObject({ status: 'completed', counts: { teachers: 0 }, handedOff: { awards: 0, reversals: 0 } });
  });

  describe('under concurrency', () => {
    let past: InsertedSession;
    let pastSlots: string[];
    let pastEnrolments: Map<string, string>;
    const [b0, b1] = [0, 1];

    beforeAll(async () => {
      past = await insertSession(app, world, { sunday: '2026-11-22', title: '两周前的班次', creditHours: 24 });
      pastSlots = past.slots.filter((s) => s.participantSlot).map((s) => s.id);
      pastEnrolments = await enrol(app, past.id, world.teachersB.map((x) => x.id));
      const teacher = (i: number) => world.teachersB[i]!.id;
      await writeMarks(app, past.id, pastEnrolments.get(teacher(b0))!, teacher(b0), pastSlots.map((slotId) => ({ slotId, mark: 'present' })));
      await writeMarks(app, past.id, pastEnrolments.get(teacher(b1))!, teacher(b1), pastSlots.map((slotId, i) => ({ slotId, mark: i < 8 ? 'present' : 'absent' })));
    });

    /** Awards minus reversals, with every reversal naming a distinct award of the same teacher. */
    async function standing(teacherId: string): Promise<number> {
      const rows = await outboxOf(teacherId, past.id);
      const awards = rows.filter((r) => r.kind === 'award');
      const reversals = rows.filter((r) => r.kind === 'reversal');
      const reversed = reversals.map((r) => r.reversesId);
      expect(new Set(reversed).size).toBe(reversed.length);
      for (const id of reversed) expect(awards.map((a) => a.id)).toContain(id);
      return awards.length - reversals.length;
    }

    it('completes once when many ask at the same moment', async () => {
      const results = await Promise.all(Array.from({ length: 6 }, () => coordinator.post(`/api/training/sessions/${past.id}/complete`)));
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
      expect(await standing(world.teachersB[b0]!.id)).toBe(1);
      expect(await standing(world.teachersB[b1]!.id)).toBe(1);
      expect(await app.dataSource.manager.countBy(CreditOutbox, { sessionId: past.id })).toBe(2);
    });

    it('parallel recomputes write one reversal, then one award, never more', async () => {
      const teacher = world.teachersB[b0]!.id;
      const enrolmentId = pastEnrolments.get(teacher)!;
      // marks changed behind completion's back (as an import would): five absences
      await writeMarks(app, past.id, enrolmentId, teacher, pastSlots.slice(0, 5).map((slotId) => ({ slotId, mark: 'absent' })));
      const undo = await Promise.all(Array.from({ length: 10 }, () => coordinator.post(`/api/training/sessions/${past.id}/completion/recompute`).expect(200)));
      expect(undo.reduce((n, r) => n + r.body.handedOff.reversals, 0)).toBe(1);
      expect(await standing(teacher)).toBe(0);
      await writeMarks(app, past.id, enrolmentId, teacher, pastSlots.slice(0, 5).map((slotId) => ({ slotId, mark: 'present' })));
      const redo = await Promise.all(Array.from({ length: 10 }, () => coordinator.post(`/api/training/sessions/${past.id}/completion/recompute`).expect(200)));
      expect(redo.reduce((n, r) => n + r.body.handedOff.awards, 0)).toBe(1);
      expect(await standing(teacher)).toBe(1);
      expect((await outboxOf(teacher, past.id)).map((r) => r.kind)).toEqual(['award', 'reversal', 'award']);
    });

    it('parallel corrections and recomputes leave at most one unreversed award, matching the final completion', async () => {
      const teacher = world.teachersB[b1]!.id;
      // each slot flipped at once: present ↔ absent, alternately, with recomputes in between
      const versions = await Promise.all(pastSlots.map((slotId) => versionOf(slotId, teacher)));
      const current = await app.dataSource.manager.find(Attendance, { where: { sessionId: past.id, teacherId: teacher } });
      const markOf = new Map(current.map((a) => [a.slotId, a.mark]));
      const requests = pastSlots.flatMap((slotId, i) => [
        world.bureauOfficer.put(`/api/training/sessions/${past.id}/slots/${slotId}/attendance/${teacher}`, {
          mark: markOf.get(slotId) === 'present' ? 'absent' : 'present',
          reason: `更正第 ${i + 1} 个时段`,
          version: versions[i],
        }),
        ...(i % 3 === 0 ? [coordinator.post(`/api/training/sessions/${past.id}/completion/recompute`)] : []),
      ]);
      const results = await Promise.all(requests);
      expect(results.map((r) => r.status).every((s) => s === 200)).toBe(true);
      // 8 present, 2 absent flipped: 2 present, 8 absent — no longer completing
      const final = (await coordinator.get(`/api/training/sessions/${past.id}/completion`).expect(200)).body.items.find((i: { teacherId: string }) => i.teacherId === teacher);
      expect(final).toMatchObject({ attended: 2, completed: false, creditAwarded: false });
      const left = await standing(teacher);
      expect(left).toBe(0);
      expect((await app.dataSource.manager.findOneByOrFail(Enrolment, { id: pastEnrolments.get(teacher)! })).creditAwarded).toBe(false);

      // and flipped back at once: completing again, exactly one award standing
      const back = await Promise.all(
        pastSlots.map(async (slotId, i) =>
          world.bureauOfficer.put(`/api/training/sessions/${past.id}/slots/${slotId}/attendance/${teacher}`, {
            mark: markOf.get(slotId),
            reason: `恢复第 ${i + 1} 个时段`,
            version: await versionOf(slotId, teacher),
          }),
        ),
      );
      expect(back.every((r) => r.status === 200)).toBe(true);
      expect(await standing(teacher)).toBe(1);
      expect((await app.dataSource.manager.findOneByOrFail(Enrolment, { id: pastEnrolments.get(teacher)! })).creditAwarded).toBe(true);
    });
  });
});
