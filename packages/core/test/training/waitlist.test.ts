import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/index.js';
import { TeacherSubject } from '../../src/directory/entities/teacher.entity.js';
import { loadConfig } from '../../src/platform/config.js';
import { createTestApp, type TestApp, type TestClient } from '../../src/testing/index.js';
import { EnrolmentService } from '../../src/training/enrolment/enrolment.service.js';
import { Enrolment } from '../../src/training/entities/enrolment.entity.js';
import { TrainingSession, TrainingSessionSubject } from '../../src/training/entities/session.entity.js';
import { TrainingBooking } from '../../src/training/entities/timetable.entity.js';
import { createTrainingWorld, insertSession, type InsertSessionOptions, type TrainingWorld, type WorldTeacher } from './world.js';

/** The waitlist: promotion when a seat frees up, the withdrawal deadline, enrolling again (issue 5 §3, §9). */
describe('waitlist and withdrawal', () => {
  let app: TestApp;
  let world: TrainingWorld;
  const teachers = new Map<string, TestClient>();
  const as = (t: WorldTeacher) => teachers.get(t.id)!;
  const A = (i: number) => world.teachersA[i]!;
  const B = (i: number) => world.teachersB[i]!;
  const enrol = (client: TestClient, sessionId: string, list: WorldTeacher[]) => client.post(`/api/training/sessions/${sessionId}/enrolments`, { teacherIds: list.map((t) => t.id) }).expect(200);
  const withdraw = (client: TestClient, enrolmentId: string, body: Record<string, unknown> = {}) => client.post(`/api/training/enrolments/${enrolmentId}/withdraw`, body);
  const row = (sessionId: string, t: WorldTeacher) => app.dataSource.manager.findOneByOrFail(Enrolment, { sessionId, teacherId: t.id });
  const seats = async (sessionId: string) => (await app.dataSource.manager.findOneByOrFail(TrainingSession, { id: sessionId })).seatsTaken;
  const booked = (sessionId: string, t: WorldTeacher) => app.dataSource.manager.countBy(TrainingBooking, { sessionId, resource: 'teacher', resourceId: t.id });
  const inbox = async (t: WorldTeacher) => (await as(t).get('/api/notifications').expect(200)).body.items as { type: string; title: string; body: string | null; link: string | null }[];
  const session = async (options: InsertSessionOptions & { subjects?: string[] }) => {
    const s = await insertSession(app, world, options);
    for (const subject of options.subjects ?? []) await app.dataSource.manager.insert(TrainingSessionSubject, { sessionId: s.id, subject } as never);
    return s;
  };
  const setSubjects = async (t: WorldTeacher, subjects: string[]) => {
    await app.dataSource.manager.delete(TeacherSubject, { teacherId: t.id });
    for (const subject of subjects) await app.dataSource.manager.insert(TeacherSubject, { teacherId: t.id, subject } as never);
  };

  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-20T02:00:00Z', config: { auth: { ...loadConfig({}).auth, loginRateLimitPerMinute: 1000 } } });
    world = await createTrainingWorld(app, { teachersPerSchool: 6 });
    for (const t of [...world.teachersA, ...world.teachersB]) teachers.set(t.id, await app.signIn(t.user));
  });
  afterAll(async () => {
    await app?.close();
  });

  describe('promotion when a seat frees up', () => {
    let w: { id: string };
    let other: { id: string };
    beforeAll(async () => {
      w = await session({ title: '语文数学送培', capacity: 2, subjects: ['chinese', 'math'] });
      other = await session({ title: '专题讲座·青山中学', venueId: world.schoolB.id, expertIds: [world.experts[2]!.id] });
      const res = await enrol(world.coordinatorA, w.id, [A(0), A(1), A(2), A(3), A(4), A(5)]);
      expect(res.body.results.map((r: { status: string; waitlistSeq: number | null }) => [r.status, r.waitlistSeq])).toEqual([
        ['enrolled', null],
        ['enrolled', null],
        ['waitlisted', 1],
        ['waitlisted', 2],
        ['waitlisted', 3],
        ['waitlisted', 4],
      ]);
    });

    it('gives the seat to the next eligible teacher, passing over the ineligible and the double-booked, and tells them', async () => {
      // meanwhile A2 has moved to teaching English, and A3 was put in another session the same week
      await setSubjects(A(2), ['english']);
      const elsewhere = await enrol(world.coordinatorA, other.id, [A(3)]);
      expect(elsewhere.body.results[0].status).toBe('enrolled');

      const a0 = await row(w.id, A(0));
      const res = await withdraw(as(A(0)), a0.id).expect(200);
      expect(res.body).toMatchObject({ promoted: 1, enrolment: { id: a0.id, status: 'withdrawn', withdrawnAt: expect.any(String) } });

      expect((await row(w.id, A(4))).status).toBe('enrolled');
      expect(await seats(w.id)).toBe(2);
      expect(await booked(w.id, A(0))).toBe(0);
      expect(await booked(w.id, A(4))).toBe(10);
      // the passed-over stay waitlisted, with the reason kept for the admin
      expect(await row(w.id, A(2))).toMatchObject({ status: 'waitlisted', waitlistSeq: 1, reason: 'training.eligibility.subject' });
      expect(await row(w.id, A(3))).toMatchObject({ status: 'waitlisted', waitlistSeq: 2, reason: 'training.conflict' });

      const list = (await world.centreCoordinator.get(`/api/training/sessions/${w.id}/enrolments?status=waitlisted`).expect(200)).body;
      expect(list.items.map((i: { teacherId: string; waitlistPosition: number; skipReasons: string[]; skipMessage: string | null }) => [i.teacherId, i.waitlistPosition, i.skipReasons, i.skipMessage])).toEqual([
        [A(2).id, 1, ['training.eligibility.subject'], '任教学科不符合本班次要求（语文、数学）'],
        [A(3).id, 2, ['training.conflict'], '递补时与其他班次时间冲突，已跳过'],
        [A(5).id, 3, [], null],
      ]);

      // the promoted teacher finds it in their inbox; the passed-over get nothing
      const told = (await inbox(A(4))).filter((n) => n.type === 'training.waitlistPromoted');
      expect(told).toEqual([expect.objectContaining({ title: '候补转为正式报名：语文数学送培', link: '/training/my' })]);
      expect(told[0]!.body).toContain('第 3 号');
      for (const t of [A(2), A(3), A(5)]) expect((await inbox(t)).some((n) => n.type === 'training.waitlistPromoted')).toBe(false);
      const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { entityId: (await row(w.id, A(4))).id, action: 'training.enrolment.promoted' });
      expect(audit.before).toMatchObject({ status: 'waitlisted' });
      expect(audit.after).toMatchObject({ status: 'enrolled' });
      expect(await app.dataSource.manager.findOneByOrFail(AuditEntry, { entityId: a0.id, action: 'training.enrolment.withdrawn' })).toBeTruthy();
    });

    it('frees no seat when a waitlisted teacher withdraws', async () => {
      const a5 = await row(w.id, A(5));
      const res = await withdraw(world.coordinatorA, a5.id).expect(200);
      expect(res.body).toMatchObject({ promoted: 0, enrolment: { status: 'withdrawn' } });
      expect(await seats(w.id)).toBe(2);
      const again = await withdraw(world.coordinatorA, a5.id).expect(409);
      expect(again.body).toMatchObject({ code: 'training.enrolment.notActive', enrolmentStatus: 'withdrawn', detail: '该报名当前为“已退出”，无需退出' });
    });

    it('leaves the seat free when nobody on the waitlist can take it, and fills it once someone can', async () => {
      const a1 = await row(w.id, A(1));
      const res = await withdraw(world.coordinatorA, a1.id).expect(200);
      expect(res.body.promoted).toBe(0);
      expect(await seats(w.id)).toBe(1);

      // A2 teaches Chinese again; the sessions part calls fillFreeSeats after raising the capacity, here straight after the change
      await setSubjects(A(2), ['chinese']);
      const service = app.app.get(EnrolmentService);
      const outcome = await app.dataSource.transaction((m) => service.fillFreeSeats(m, w.id, 'zh-CN'));
      expect(outcome.promoted.map((p) => p.teacherId)).toEqual([A(2).id]);
      expect(outcome.skipped).toEqual([]);
      expect(await row(w.id, A(2))).toMatchObject({ status: 'enrolled', reason: null });
      expect(await seats(w.id)).toBe(2);
      // full again: nothing more to do
      const none = await app.dataSource.transaction((m) => service.fillFreeSeats(m, w.id, 'zh-CN'));
      expect(none).toEqual({ promoted: [], skipped: [] });
    });

    it('lets only the teacher themself or their school withdraw them', async () => {
      const a4 = await row(w.id, A(4));
      await withdraw(as(A(3)), a4.id).expect(404);
      await withdraw(world.coordinatorB, a4.id).expect(404);
      await withdraw(world.centreCoordinator, a4.id).expect(404);
      const outsider = await app.signInAs([{ role: 'inspector', regionId: world.county.id }]);
      await withdraw(outsider, a4.id).expect(403);
      expect((await row(w.id, A(4))).status).toBe('enrolled');
    });
  });

  describe('more seats', () => {
    it('promotes in waitlist order when the capacity is raised', async () => {
      const k = await session({ sunday: '2026-12-27', title: '一月前送培', capacity: 1 });
      await enrol(world.coordinatorB, k.id, [B(0), B(1), B(2), B(3)]);
      // what the sessions part does in its PATCH: raise the capacity, then fill the free seats in the same transaction
      const service = app.app.get(EnrolmentService);
      const outcome = await app.dataSource.transaction(async (m) => {
        await m.update(TrainingSession, { id: k.id }, { capacity: 3 });
        return service.fillFreeSeats(m, k.id, 'en');
      });
      expect(outcome.promoted.map((p) => p.teacherId)).toEqual([B(1).id, B(2).id]);
      expect(await seats(k.id)).toBe(3);
      expect(await row(k.id, B(3))).toMatchObject({ status: 'waitlisted', waitlistSeq: 3 });
      const mine = (await as(B(3)).get('/api/training/my/sessions').expect(200)).body.items;
      expect(mine.find((i: { sessionId: string }) => i.sessionId === k.id)).toMatchObject({ status: 'waitlisted', waitlistSeq: 3, waitlistPosition: 1 });
      expect((await inbox(B(2))).filter((n) => n.type === 'training.waitlistPromoted')).toHaveLength(1);
    });
  });

  describe('the withdrawal deadline', () => {
    let d: { id: string };
    beforeAll(async () => {
      d = await session({ sunday: '2026-12-13', title: '第二周送培', capacity: 1, withdrawUntil: '2026-12-03' });
      await enrol(world.coordinatorB, d.id, [B(4), B(5)]);
    });
    afterAll(() => {
      app.clock.set('2026-11-20T02:00:00Z');
    });

    // the clock jumps a fortnight, past the sign-in sessions' idle time: sign in again
    let teacher: TestClient;
    let coordinator: TestClient;
    const signInAgain = async () => {
      teacher = await app.signIn(B(4).user);
      coordinator = await app.signInAs([{ role: 'school_coordinator', organisationId: world.schoolB.id }]);
    };

    it('lets the teacher withdraw up to and including the deadline', async () => {
      // 2026-12-03 in Shanghai: the last day
      app.clock.set('2026-12-03T15:00:00Z');
      await signInAgain();
      const mine = (await teacher.get('/api/training/my/sessions').expect(200)).body.items;
      expect(mine.find((i: { sessionId: string }) => i.sessionId === d.id)).toMatchObject({ canWithdraw: true, withdrawUntil: '2026-12-03' });
    });

    it('refuses the teacher after the deadline, naming the date; their coordinator may still withdraw them with a reason', async () => {
      app.clock.set('2026-12-03T16:00:00Z'); // 2026-12-04 00:00 in Shanghai
      const b4 = await row(d.id, B(4));
      const mine = (await teacher.get('/api/training/my/sessions').expect(200)).body.items;
      expect(mine.find((i: { sessionId: string }) => i.sessionId === d.id)).toMatchObject({ canWithdraw: false });
      let res = await withdraw(teacher, b4.id).expect(409);
      expect(res.body).toMatchObject({ code: 'training.withdrawal.closed', withdrawUntil: '2026-12-03', detail: '退出截止日期（2026-12-03）已过，不能自行退出；确需退出请联系学校联络员' });
      res = await withdraw(coordinator, b4.id, { reason: '   ' }).expect(400);
      expect(res.body.errors).toEqual([{ field: 'reason', code: 'training.withdrawal.reasonRequired', message: '已过退出截止日期（2026-12-03），代为退出须填写原因' }]);
      expect((await row(d.id, B(4))).status).toBe('enrolled');

      res = await withdraw(coordinator, b4.id, { reason: '因病住院' }).expect(200);
      expect(res.body).toMatchObject({ promoted: 1, enrolment: { status: 'withdrawn', reason: '因病住院' } });
      expect((await row(d.id, B(5))).status).toBe('enrolled');
      expect(await booked(d.id, B(5))).toBe(10);
      const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { entityId: b4.id, action: 'training.enrolment.withdrawn' });
      expect(audit.after).toMatchObject({ status: 'withdrawn', reason: '因病住院', by: 'coordinator' });
    });

    it('closes withdrawal once the session is over', async () => {
      await app.dataSource.manager.update(TrainingSession, { id: d.id }, { status: 'completed' });
      const res = await withdraw(coordinator, (await row(d.id, B(5))).id, { reason: '补录' }).expect(409);
      expect(res.body).toMatchObject({ code: 'training.enrolment.sessionNotOpen', sessionStatus: 'completed' });
    });
  });

  describe('enrolling again', () => {
    it('reuses a withdrawn teacher’s row and gives a new waitlist number', async () => {
      const r = await session({ sunday: '2026-12-20', title: '第三周送培', capacity: 1 });
      const first = await as(B(0)).post(`/api/training/sessions/${r.id}/enrol-me`).expect(200);
      expect(first.body.status).toBe('enrolled');
      const second = await as(B(1)).post(`/api/training/sessions/${r.id}/enrol-me`).expect(200);
      expect(second.body).toMatchObject({ status: 'waitlisted', waitlistSeq: 1 });
      // no body at all is fine for the teacher
      const out = await as(B(0)).post(`/api/training/enrolments/${first.body.enrolmentId}/withdraw`).expect(200);
      expect(out.body.promoted).toBe(1);
      const back = await as(B(0)).post(`/api/training/sessions/${r.id}/enrol-me`).expect(200);
      expect(back.body).toMatchObject({ enrolmentId: first.body.enrolmentId, status: 'waitlisted', waitlistSeq: 2 });
      expect(await app.dataSource.manager.countBy(Enrolment, { sessionId: r.id })).toBe(2);
      expect((await app.dataSource.manager.findOneByOrFail(TrainingSession, { id: r.id })).waitlistSeq).toBe(2);
    });
  });
});
