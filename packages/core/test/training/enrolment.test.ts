import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinyinKeys } from '@schoolbridge/shared';
import { AuditEntry } from '../../src/index.js';
import { loadConfig } from '../../src/platform/config.js';
import { createTestApp, type TestApp, type TestClient } from '../../src/testing/index.js';
import { Enrolment } from '../../src/training/entities/enrolment.entity.js';
import { TrainingSession, TrainingSessionSchool, TrainingSessionSubject } from '../../src/training/entities/session.entity.js';
import { TrainingBooking } from '../../src/training/entities/timetable.entity.js';
import { createTrainingWorld, insertSession, type InsertSessionOptions, type TrainingWorld, type WorldTeacher } from './world.js';

/** Enrolment by coordinators and by teachers, approval, refusals, scope and the lists (issue 5 §3, §9). */
describe('enrolment', () => {
  let app: TestApp;
  let world: TrainingWorld;
  let coordinatorOther: TestClient;
  const teachers = new Map<string, TestClient>();
  const as = (t: WorldTeacher) => teachers.get(t.id)!;
  const enrol = (client: TestClient, sessionId: string, list: WorldTeacher[]) => client.post(`/api/training/sessions/${sessionId}/enrolments`, { teacherIds: list.map((t) => t.id) });
  const enrolMe = (t: WorldTeacher, sessionId: string) => as(t).post(`/api/training/sessions/${sessionId}/enrol-me`);
  const inbox = async (client: TestClient) => (await client.get('/api/notifications').expect(200)).body.items as { type: string; title: string; body: string | null; link: string | null }[];
  const session = async (options: InsertSessionOptions & { subjects?: string[]; schoolIds?: string[] }) => {
    const s = await insertSession(app, world, options);
    for (const subject of options.subjects ?? []) await app.dataSource.manager.insert(TrainingSessionSubject, { sessionId: s.id, subject } as never);
    for (const organisationId of options.schoolIds ?? []) await app.dataSource.manager.insert(TrainingSessionSchool, { sessionId: s.id, organisationId } as never);
    return s;
  };
  const A = (i: number) => world.teachersA[i]!;
  const B = (i: number) => world.teachersB[i]!;

  // Week of 2026-12-06: S1 at school A (experts 0, 1), C at school B (expert 2)
  let s1: { id: string };
  let c: { id: string };

  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-20T02:00:00Z', config: { auth: { ...loadConfig({}).auth, loginRateLimitPerMinute: 1000 } } });
    world = await createTrainingWorld(app, { teachersPerSchool: 6 });
    coordinatorOther = await app.signInAs([{ role: 'school_coordinator', organisationId: world.otherSchool.id }]);
    for (const t of [...world.teachersA, ...world.teachersB]) teachers.set(t.id, await app.signIn(t.user));
    s1 = await session({ title: '语文送培·第一周', capacity: 1, subjects: ['chinese'] });
    c = await session({ title: '专题讲座·青山中学', venueId: world.schoolB.id, expertIds: [world.experts[2]!.id] });
  });
  afterAll(async () => {
    await app?.close();
  });

  describe('a coordinator’s batch', () => {
    it('reports each teacher: a seat, the waitlist, or a refusal naming why', async () => {
      // A4 already sits in another session the same week
      const first = await enrol(world.coordinatorA, c.id, [A(4)]).expect(200);
      expect(first.body.results).toEqual([expect.objectContaining({ teacherId: A(4).id, status: 'enrolled' })]);

      const res = await enrol(world.coordinatorA, s1.id, [A(0), A(1), A(4), A(2)]).expect(200);
      const [a0, a1, a4, a2] = res.body.results;
      expect(a0).toMatchObject({ teacherId: A(0).id, teacherName: A(0).name, status: 'enrolled', waitlistSeq: null });
      expect(a0.enrolmentId).toEqual(expect.any(String));
      // A1 teaches maths; the session is for Chinese teachers
      expect(a1).toMatchObject({ status: 'refused', code: 'training.eligibility.subject', reasons: ['training.eligibility.subject'], message: '任教学科不符合本班次要求（语文）', enrolmentId: null });
      expect(a4).toMatchObject({ status: 'refused', code: 'training.conflict' });
      expect(a4.message).toContain(`教师${A(4).name} 2026-12-07 上午已安排在「专题讲座·青山中学」`);
      expect(a4.clashes[0]).toMatchObject({ resource: 'teacher', resourceId: A(4).id, otherSessionId: c.id });
      expect(a2).toMatchObject({ status: 'waitlisted', waitlistSeq: 1 });
      expect(res.body.counts).toEqual({ enrolled: 1, waitlisted: 1, refused: 2 });

      // nothing was written for the refused
      expect(await app.dataSource.manager.countBy(Enrolment, { sessionId: s1.id })).toBe(2);
      expect((await app.dataSource.manager.findOneByOrFail(TrainingSession, { id: s1.id })).seatsTaken).toBe(1);
      expect(await app.dataSource.manager.countBy(TrainingBooking, { sessionId: s1.id, resource: 'teacher', resourceId: A(0).id })).toBe(10);

      // the audit log has the enrolment, readable by the school's scope
      const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { entityId: a0.enrolmentId, action: 'training.enrolment.enrolled' });
      expect(audit.scopePath).toBe(world.schoolA.path);
      expect(audit.after).toMatchObject({ sessionId: s1.id, teacherId: A(0).id, status: 'enrolled', source: 'coordinator' });
    });

    it('refuses a teacher enrolled already, naming the status', async () => {
      const res = await enrol(world.coordinatorA, s1.id, [A(0), A(2)]).expect(200);
      expect(res.body.results[0]).toMatchObject({ status: 'refused', code: 'training.enrolment.exists', message: `「${A(0).name}」已有本班次的报名记录（已报名），无需重复报名` });
      expect(res.body.results[1]).toMatchObject({ status: 'refused', code: 'training.enrolment.exists', message: expect.stringContaining('候补') });
    });

    it('answers teachers outside the coordinator’s schools with a field error per position, writing nothing', async () => {
      let res = await enrol(world.coordinatorB, s1.id, [A(3)]).expect(400);
      expect(res.body.errors).toEqual([{ field: 'teacherIds.0', code: 'training.enrolment.teacherOutOfScope', message: '不是您所管学校的教师，不能为其报名' }]);
      res = await enrol(world.coordinatorB, s1.id, [B(0), A(3), B(0)]).expect(400);
      expect(res.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
        ['teacherIds.1', 'training.enrolment.teacherOutOfScope'],
        ['teacherIds.2', 'training.enrolment.duplicateTeacher'],
      ]);
      expect(await app.dataSource.manager.countBy(Enrolment, { sessionId: s1.id, teacherId: B(0).id })).toBe(0);
      await world.coordinatorB.post(`/api/training/sessions/${s1.id}/enrolments`, { teacherIds: [] }).expect(400);
      await world.coordinatorB.post(`/api/training/sessions/${s1.id}/enrolments`, { teacherIds: ['nope'] }).expect(400);
    });

    it('does not offer a session to schools it is not for', async () => {
      // S1 lists no schools: it is open to the schools of the county its centre serves, not the next county
      await enrol(coordinatorOther, s1.id, [B(0)]).expect(404);
      // a session for school B only is not reachable by school A's coordinator
      const forB = await session({ sunday: '2026-12-27', venueId: world.schoolB.id, expertIds: [world.experts[2]!.id], title: '青山中学校本研修', schoolIds: [world.schoolB.id] });
      await enrol(world.coordinatorA, forB.id, [A(0)]).expect(404);
      const ok = await enrol(world.coordinatorB, forB.id, [B(5)]).expect(200);
      expect(ok.body.results[0].status).toBe('enrolled');
      // teachers cannot use the coordinators' route
      await as(A(0)).post(`/api/training/sessions/${forB.id}/enrolments`, { teacherIds: [A(0).id] }).expect(403);
    });
  });

  describe('the enrolment window and the session’s status', () => {
    it('refuses after the window closed and before it opens, naming the date', async () => {
      const closed = await session({ sunday: '2026-12-13', title: '已截止', enrolClosesOn: '2026-11-15' });
      let res = await enrol(world.coordinatorA, closed.id, [A(0)]).expect(409);
      expect(res.body).toMatchObject({ code: 'training.enrolment.closed', detail: '报名已于 2026-11-15 截止', enrolClosesOn: '2026-11-15' });
      res = await enrolMe(A(3), closed.id).expect(409);
      expect(res.body.code).toBe('training.enrolment.closed');

      const later = await session({ sunday: '2026-12-20', title: '未开始', enrolOpensOn: '2026-11-25' });
      res = await enrol(world.coordinatorA, later.id, [A(0)]).expect(409);
      expect(res.body).toMatchObject({ code: 'training.enrolment.notYetOpen', detail: '报名尚未开始，2026-11-25 起可以报名' });
      expect(await app.dataSource.manager.countBy(Enrolment, { sessionId: later.id })).toBe(0);
    });

    it('takes no enrolment in a draft (and shows it to nobody but its planners)', async () => {
      const draft = await session({ sunday: '2027-01-03', title: '草稿班次', status: 'draft' });
      // the venue's coordinator sees the draft but cannot enrol into it
      const res = await enrol(world.coordinatorA, draft.id, [A(0)]).expect(409);
      expect(res.body).toMatchObject({ code: 'training.enrolment.sessionNotOpen', sessionStatus: 'draft', detail: '班次当前为“草稿”，不能办理报名' });
      await enrol(world.coordinatorB, draft.id, [B(0)]).expect(404);
      await enrolMe(B(0), draft.id).expect(404);
    });
  });

  describe('a teacher enrolling themself', () => {
    it('gets a seat, and a second request is a 409 naming the enrolment', async () => {
      const res = await enrolMe(B(0), c.id).expect(200);
      expect(res.body).toMatchObject({ teacherId: B(0).id, status: 'enrolled' });
      const again = await enrolMe(B(0), c.id).expect(409);
      expect(again.body).toMatchObject({ code: 'training.enrolment.exists', enrolmentStatus: 'enrolled' });
      const row = await app.dataSource.manager.findOneByOrFail(Enrolment, { id: res.body.enrolmentId });
      expect(row).toMatchObject({ source: 'self', requestedBy: B(0).user.id });
    });

    it('is refused when already in another session at the same time, naming the clash', async () => {
      // A0 holds a seat in S1 the same week
      const res = await enrolMe(A(0), c.id).expect(409);
      expect(res.body.code).toBe('training.conflict');
      expect(res.body.detail).toContain(`教师${A(0).name} 2026-12-07 上午已安排在「语文送培·第一周」`);
      expect(res.body.clashes[0]).toMatchObject({ otherSessionId: s1.id, date: '2026-12-07', half: 'am' });
    });

    it('is refused when not eligible, saying which criterion', async () => {
      const res = await enrolMe(A(3), s1.id).expect(422);
      expect(res.body).toMatchObject({ code: 'training.eligibility.subject', detail: '任教学科不符合本班次要求（语文）', reasons: ['training.eligibility.subject'] });
    });

    it('needs a teacher record', async () => {
      const stranger = await app.signInAs(['teacher']);
      const res = await stranger.post(`/api/training/sessions/${c.id}/enrol-me`).expect(422);
      expect(res.body.code).toBe('training.enrolment.noTeacherRecord');
      await world.coordinatorA.post(`/api/training/sessions/${c.id}/enrol-me`).expect(403);
    });
  });

  describe('approval by the school', () => {
    let p: { id: string };
    beforeAll(async () => {
      p = await session({ sunday: '2026-12-20', venueId: world.schoolB.id, expertIds: [world.experts[2]!.id, world.experts[3]!.id], title: '青山中学数学送培', capacity: 1, approvalRequired: true });
    });

    it('keeps a teacher’s request pending, with no seat, and tells the school’s coordinators', async () => {
      const res = await enrolMe(B(1), p.id).expect(200);
      expect(res.body).toMatchObject({ status: 'pending', waitlistSeq: null });
      expect((await app.dataSource.manager.findOneByOrFail(TrainingSession, { id: p.id })).seatsTaken).toBe(0);
      expect(await app.dataSource.manager.countBy(TrainingBooking, { sessionId: p.id, resource: 'teacher' })).toBe(0);
      const mine = (await inbox(world.coordinatorB)).filter((n) => n.type === 'training.enrolmentRequested');
      expect(mine).toEqual([expect.objectContaining({ title: `待审核报名：${B(1).name}（青山中学数学送培）` })]);
      expect((await inbox(world.coordinatorA)).some((n) => n.type === 'training.enrolmentRequested')).toBe(false);
    });

    it('lets only the teacher’s school approve; approval takes the seat, then the waitlist', async () => {
      const pending = await app.dataSource.manager.findOneByOrFail(Enrolment, { sessionId: p.id, teacherId: B(1).id });
      await world.coordinatorA.post(`/api/training/enrolments/${pending.id}/approve`).expect(404);
      await world.centreCoordinator.post(`/api/training/enrolments/${pending.id}/approve`).expect(403);
      const res = await world.coordinatorB.post(`/api/training/enrolments/${pending.id}/approve`).expect(200);
      expect(res.body).toMatchObject({ id: pending.id, status: 'enrolled', source: 'self', decidedBy: world.coordinatorB.user.id, teacherName: B(1).name, schoolName: world.schoolB.name });
      expect(res.body.decidedAt).toEqual(expect.any(String));
      const again = await world.coordinatorB.post(`/api/training/enrolments/${pending.id}/approve`).expect(409);
      expect(again.body).toMatchObject({ code: 'training.enrolment.notPending', detail: '该报名当前为“已报名”，不是待审核的申请' });
      expect(await app.dataSource.manager.countBy(TrainingBooking, { sessionId: p.id, resource: 'teacher', resourceId: B(1).id })).toBe(10);
      expect((await inbox(as(B(1)))).map((n) => n.type)).toContain('training.enrolmentApproved');

      const second = await enrolMe(B(2), p.id).expect(200);
      const approved = await world.coordinatorB.post(`/api/training/enrolments/${second.body.enrolmentId}/approve`).expect(200);
      expect(approved.body).toMatchObject({ status: 'waitlisted', waitlistSeq: 1, waitlistPosition: 1 });
    });

    it('rejects with a reason the teacher is told; the teacher may ask again', async () => {
      const first = await enrolMe(B(3), p.id).expect(200);
      let res = await world.coordinatorB.post(`/api/training/enrolments/${first.body.enrolmentId}/reject`, { reason: '  ' }).expect(400);
      expect(res.body.errors[0]).toMatchObject({ field: 'reason', code: 'training.enrolment.rejectReasonRequired' });
      await world.coordinatorB.post(`/api/training/enrolments/${first.body.enrolmentId}/reject`, {}).expect(400);
      res = await world.coordinatorB.post(`/api/training/enrolments/${first.body.enrolmentId}/reject`, { reason: '本学期已安排其他培训' }).expect(200);
      expect(res.body).toMatchObject({ status: 'rejected', reason: '本学期已安排其他培训' });
      const told = (await inbox(as(B(3)))).find((n) => n.type === 'training.enrolmentRejected');
      expect(told).toMatchObject({ title: '报名未通过审核：青山中学数学送培', body: '原因：本学期已安排其他培训', link: '/training/my' });
      expect(await app.dataSource.manager.findOneByOrFail(AuditEntry, { entityId: first.body.enrolmentId, action: 'training.enrolment.rejected' })).toBeTruthy();
      // a rejected request can be made again: the same row, pending again
      const again = await enrolMe(B(3), p.id).expect(200);
      expect(again.body).toMatchObject({ status: 'pending', enrolmentId: first.body.enrolmentId });
    });
  });

  describe('lists', () => {
    let ls: { id: string };
    beforeAll(async () => {
      ls = await session({ sunday: '2027-01-10', title: '一月送培', capacity: 2 });
      await enrol(world.coordinatorA, ls.id, [A(1), A(0), A(2)]).expect(200);
      await enrol(world.coordinatorB, ls.id, [B(0), B(1)]).expect(200);
      await enrolMe(B(2), ls.id).expect(200);
    });

    const listOf = async (client: TestClient, query = '') => (await client.get(`/api/training/sessions/${ls.id}/enrolments${query}`).expect(200)).body;

    it('shows the centre every row: enrolled by pinyin, then the waitlist by number, with counts', async () => {
      const body = await listOf(world.centreCoordinator);
      expect(body.total).toBe(6);
      expect(body.counts).toEqual({ pending: 0, enrolled: 2, waitlisted: 4, withdrawn: 0, rejected: 0, cancelled: 0 });
      expect(body).toMatchObject({ capacity: 2, seatsTaken: 2, page: 1, pageSize: 20 });
      const enrolled = [A(1), A(0)].sort((x, y) => (pinyinOf(x) < pinyinOf(y) ? -1 : 1));
      expect(body.items.map((i: { teacherId: string }) => i.teacherId)).toEqual([...enrolled.map((t) => t.id), A(2).id, B(0).id, B(1).id, B(2).id]);
      expect(body.items.slice(2).map((i: { waitlistSeq: number; waitlistPosition: number }) => [i.waitlistSeq, i.waitlistPosition])).toEqual([
        [1, 1],
        [2, 2],
        [3, 3],
        [4, 4],
      ]);
      expect(body.items[5]).toMatchObject({ source: 'self', requestedBy: B(2).user.id, schoolName: world.schoolB.name, subjects: ['chinese'] });
      expect(body.items[0]).toMatchObject({ source: 'coordinator', requestedByName: expect.any(String), enrolledAt: expect.any(String) });
      expect((await listOf(world.bureauOfficer)).total).toBe(6);
      // an expert of the team sees everyone they will teach
      expect((await listOf(await app.signIn(world.experts[0]!.user!))).total).toBe(6);
    });

    it('shows a school’s coordinator only their teachers, and a teacher only their own row', async () => {
      const b = await listOf(world.coordinatorB);
      expect(b.items.map((i: { teacherId: string }) => i.teacherId)).toEqual([B(0).id, B(1).id, B(2).id]);
      expect(b.counts).toMatchObject({ enrolled: 0, waitlisted: 3 });
      // the venue's coordinator too sees only their own school's teachers
      const a = await listOf(world.coordinatorA);
      expect(a.total).toBe(3);
      expect(a.items.every((i: { schoolId: string }) => i.schoolId === world.schoolA.id)).toBe(true);
      const own = await listOf(as(B(2)));
      expect(own.items.map((i: { teacherId: string }) => i.teacherId)).toEqual([B(2).id]);
      await coordinatorOther.get(`/api/training/sessions/${ls.id}/enrolments`).expect(404);
    });

    it('filters by status, school and name (characters, pinyin initials)', async () => {
      expect((await listOf(world.centreCoordinator, '?status=waitlisted')).total).toBe(4);
      expect((await listOf(world.centreCoordinator, `?schoolId=${world.schoolB.id}`)).total).toBe(3);
      const byName = await listOf(world.centreCoordinator, `?q=${encodeURIComponent(A(2).name)}`);
      expect(byName.items.map((i: { teacherId: string }) => i.teacherId)).toEqual([A(2).id]);
      const initials = pinyinInitials(B(1));
      const byInitials = await listOf(world.centreCoordinator, `?q=${initials}`);
      expect(byInitials.items.map((i: { teacherId: string }) => i.teacherId)).toContain(B(1).id);
      expect(byInitials.counts.waitlisted).toBeLessThanOrEqual(4);
      await world.centreCoordinator.get(`/api/training/sessions/${ls.id}/enrolments?status=nope`).expect(400);
    });

    it('gives a teacher their sessions with their place on the waitlist', async () => {
      const body = (await as(B(2)).get('/api/training/my/sessions').expect(200)).body;
      const item = body.items.find((i: { sessionId: string }) => i.sessionId === ls.id);
      expect(item).toMatchObject({ title: '一月送培', startsOn: '2027-01-10', endsOn: '2027-01-15', venueName: world.schoolA.name, sessionStatus: 'published', status: 'waitlisted', source: 'self', waitlistSeq: 4, waitlistPosition: 4, withdrawUntil: '2026-12-03', canWithdraw: true });
      // latest first
      const starts = body.items.map((i: { startsOn: string }) => i.startsOn);
      expect([...starts].sort().reverse()).toEqual(starts);
    });

    it('offers a teacher the sessions taking enrolments that they may join', async () => {
      const body = (await as(A(3)).get('/api/training/my/open-sessions').expect(200)).body;
      const titles = body.items.map((i: { title: string }) => i.title);
      // C and the January session are open to A3 (maths, school A); S1 is for Chinese teachers,
      // the closed and not-yet-open ones are outside their window, the draft and school B's own are not offered
      expect(titles).toEqual(expect.arrayContaining(['专题讲座·青山中学', '一月送培', '青山中学数学送培']));
      for (const t of ['语文送培·第一周', '已截止', '未开始', '草稿班次', '青山中学校本研修']) expect(titles).not.toContain(t);
      const january = body.items.find((i: { title: string }) => i.title === '一月送培');
      expect(january).toMatchObject({ seatsLeft: 0, seatsTaken: 2, capacity: 2, waitlisted: 4, approvalRequired: false, myStatus: null, programmeName: '2026年示范县送培到校项目' });
      const mine = (await as(A(0)).get('/api/training/my/open-sessions').expect(200)).body;
      expect(mine.items.find((i: { title: string }) => i.title === '一月送培')).toMatchObject({ myStatus: 'enrolled' });
    });
  });
});

function pinyinOf(t: WorldTeacher): string {
  return pinyinKeys(t.name).full;
}

function pinyinInitials(t: WorldTeacher): string {
  return pinyinKeys(t.name).initials;
}
