import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry, Notification } from '../../src/index.js';
import { createTestApp, type TestApp } from '../../src/testing/index.js';
import { newId } from '@schoolbridge/shared';
import { Attendance } from '../../src/training/entities/attendance.entity.js';
import { Enrolment } from '../../src/training/entities/enrolment.entity.js';
import { TrainingSession } from '../../src/training/entities/session.entity.js';
import { TrainingBooking, TrainingSlot } from '../../src/training/entities/timetable.entity.js';
import { insertEnrolment, sessionBody, templateDays } from './sessions-helpers.js';
import { createTrainingWorld, type TrainingWorld } from './world.js';

describe('sessions: timetable, team, local share and status', () => {
  let app: TestApp;
  let world: TrainingWorld;
  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-23T02:00:00Z' });
    world = await createTrainingWorld(app, { teachersPerSchool: 3 });
  });
  afterAll(async () => {
    await app?.close();
  });

  const create = (extra: Record<string, unknown> = {}) => world.centreCoordinator.post('/api/training/sessions', sessionBody(world, extra));

  it('lays out the 送培到校 template from a Sunday, and refuses another weekday with a field error', async () => {
    const res = await world.centreCoordinator.post('/api/training/sessions/template', { sunday: '2026-12-06' }).expect(200);
    expect(res.body.days.map((d: { date: string }) => d.date)).toEqual(['2026-12-06', '2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11']);
    expect(res.body.days[0].halves).toEqual([
      {
        half: 'pm',
        participantSlot: false,
        startsAt: '14:00',
        endsAt: '17:30',
        modules: [{ kind: 'arrival', title: null, expertId: null, lessonTeacherId: null }],
      },
    ]);
    const slots = res.body.days.flatMap((d: { halves: { participantSlot: boolean }[] }) => d.halves.filter((h) => h.participantSlot));
    expect(slots).toHaveLength(10);
    expect(res.body.days[5].halves.flatMap((h: { modules: { kind: string }[] }) => h.modules.map((m) => m.kind))).toEqual([
      'feedbackLesson',
      'feedbackLesson',
      'summary',
    ]);
    const monday = await world.centreCoordinator.post('/api/training/sessions/template', { sunday: '2026-12-07' }).expect(400);
    expect(monday.body.errors).toEqual([
      { field: 'sunday', code: 'training.timetable.templateNeedsSunday', message: '送培到校模板从周日（专家组报到日）开始，2026-12-07 不是周日' },
    ]);
    await world.coordinatorA.post('/api/training/sessions/template', { sunday: '2026-12-06' }).expect(403);
  });

  it('creates a draft from the template with ten participant slots, its team, eligibility and bookings', async () => {
    const teacher = world.teachersA[0]!;
    const days = templateDays();
    days[5]!.halves[0]!.modules[0] = {
      kind: 'feedbackLesson',
      lessonTeacherId: teacher.id,
      expertId: world.experts[1]!.id,
      title: '《荷塘月色》反馈课',
    } as never;
    const res = await create({ days, teamLeaderExpertId: world.experts[0]!.id, expertIds: [world.experts[1]!.id, world.experts[0]!.id] }).expect(201);
    expect(res.body).toMatchObject({
      title: '送培到校·城关小学语文数学',
      programme: { id: world.programmeId, name: '2026年示范县送培到校项目', level: 'county', type: 'toSchool' },
      venue: { id: world.schoolA.id, name: '示范县城关小学', kind: 'school' },
      startsOn: '2026-12-06',
      endsOn: '2026-12-11',
      status: 'draft',
      storedStatus: 'draft',
      nextStatuses: ['published', 'cancelled'],
      creditHours: 30,
      completionThreshold: 80,
      participantSlotCount: 10,
      teamLeaderExpertId: world.experts[0]!.id,
      counts: { capacity: 30, seatsTaken: 0, waitlisted: 0, pending: 0 },
      localShare: { local: 0, total: 2, share: 0, exceedsLimit: false },
      localShareConfirmed: false,
      version: 1,
    });
    expect(res.body.team).toEqual([
      { expertId: world.experts[0]!.id, name: '欧阳明', role: 'leader', tier: 'province', local: false, organisationName: '湖南第一师范学院' },
      { expertId: world.experts[1]!.id, name: '钱文华', role: 'expert', tier: 'city', local: false, organisationName: '示范市教科院' },
    ]);
    expect(res.body.eligibility).toMatchObject({ subjects: ['chinese', 'math'], stages: ['primary'] });
    expect(res.body.eligibility.schools.map((s: { id: string }) => s.id).sort()).toEqual([world.schoolA.id, world.schoolB.id].sort());
    expect(res.body.days).toHaveLength(6);
    expect(res.body.days[1].halves[0]).toMatchObject({
      half: 'am',
      participantSlot: true,
      startsAt: '08:30',
      endsAt: '12:00',
      modules: [expect.objectContaining({ kind: 'demonstrationLesson' })],
    });
    expect(res.body.days[5].halves[0].modules[0]).toMatchObject({
      kind: 'feedbackLesson',
      title: '《荷塘月色》反馈课',
      expertName: '钱文华',
      lessonTeacherId: teacher.id,
      lessonTeacherName: teacher.name,
    });
    // two experts and the venue on both halves of six days
    expect(await app.dataSource.manager.countBy(TrainingBooking, { sessionId: res.body.id })).toBe(36);
    const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { entityId: res.body.id, action: 'training.session.created' });
    expect(audit.after).toMatchObject({
      status: 'draft',
      team: [
        { role: 'leader', local: false },
        { role: 'expert', local: false },
      ],
    });
    await world.centreCoordinator.get(`/api/training/sessions/${res.body.id}`).expect(200);
  });

  it('answers every problem of a plan as field errors at once', async () => {
    const days = templateDays('2026-12-13');
    days.push({ ...days[1]! });
    days[2]!.halves[1] = { ...days[2]!.halves[0]!, half: 'am' };
    days[3]!.halves[0] = { ...days[3]!.halves[0]!, startsAt: '12:00', endsAt: '08:30' } as never;
    days[4]!.halves[0]!.modules[0] = { kind: 'teachingMethods', expertId: world.experts[4]!.id } as never;
    const res = await create({ days, enrolOpensOn: '2026-12-01', enrolClosesOn: '2026-11-01', eligibility: { schoolIds: [world.centre.id] } }).expect(400);
    expect(res.body.code).toBe('validation.failed');
    const byField = Object.fromEntries(res.body.errors.map((e: { field: string; code: string; message: string }) => [e.field, e]));
    expect(byField['days.6.date']).toMatchObject({ code: 'training.timetable.duplicateDay', message: '日期 2026-12-14 重复' });
    expect(byField['days.2.halves.1.half']).toMatchObject({ code: 'training.timetable.duplicateHalf', message: '2026-12-15 的上午出现了两次' });
    expect(byField['days.3.halves.0.endsAt']).toMatchObject({ code: 'training.timetable.endsBeforeStarts' });
    expect(byField['days.4.halves.0.modules.0.expertId']).toMatchObject({
      code: 'training.timetable.expertNotOnTeam',
      message: '授课专家「吴海燕」不在本班次专家组中，请先加入专家组',
    });
    expect(byField['enrolClosesOn']).toMatchObject({ code: 'training.session.enrolClosesBeforeOpens' });
    expect(byField['eligibility.schoolIds.0']).toMatchObject({ code: 'training.session.schoolNotFound' });
    // the pipe's own errors use the same paths
    const kinds = templateDays('2026-12-13');
    kinds[1]!.halves[0]!.modules[0] = { kind: 'karaoke' } as never;
    const pipe = await create({ days: kinds }).expect(400);
    expect(pipe.body.errors).toEqual([expect.objectContaining({ field: 'days.1.halves.0.modules.0.kind', code: 'validation.isIn' })]);
    const noSlot = await create({ days: [{ date: '2026-12-13', halves: [{ half: 'pm', participantSlot: false, modules: [] }] }] }).expect(400);
    expect(noSlot.body.errors).toEqual([expect.objectContaining({ field: 'days', code: 'training.timetable.noParticipantSlot' })]);
    const out = await create({
      days: templateDays('2026-12-13'),
      programmeId: '01900000-0000-7000-8000-000000000000',
      venueOrganisationId: world.county.id,
      teamLeaderExpertId: '01900000-0000-7000-8000-000000000001',
    }).expect(400);
    expect(out.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual([
      'programmeId:training.session.programmeNotFound',
      'teamLeaderExpertId:training.session.expertNotFound',
      'venueOrganisationId:training.session.venueNotFound',
    ]);
    expect(await app.dataSource.manager.countBy(TrainingSession, { startsOn: '2026-12-13' })).toBe(0);
  });

  it('edits the timetable with the version: kept slots keep their ids, bookings follow, stale versions answer 409', async () => {
    const created = await create({ days: templateDays('2026-12-20'), title: '待编辑的班次' }).expect(201);
    const id = created.body.id as string;
    const mondaySlot = created.body.days[1].halves[0].slotId as string;
    // the team arrives on Monday morning instead: no Sunday; Tuesday afternoon becomes a lecture by the leader
    const days = templateDays('2026-12-20').slice(1);
    days[1]!.halves[1]!.modules = [{ kind: 'ethics', expertId: world.experts[0]!.id, title: '师德专题' } as never];
    const edited = await world.centreCoordinator.patch(`/api/training/sessions/${id}`, { version: 1, days, capacity: 40, title: '已编辑的班次' }).expect(200);
    expect(edited.body).toMatchObject({
      title: '已编辑的班次',
      startsOn: '2026-12-21',
      endsOn: '2026-12-25',
      participantSlotCount: 10,
      counts: { capacity: 40 },
      version: 2,
    });
    expect(edited.body.days[0].halves[0].slotId).toBe(mondaySlot);
    expect(edited.body.days[1].halves[1].modules).toEqual([expect.objectContaining({ kind: 'ethics', title: '师德专题', expertName: '欧阳明' })]);
    expect(await app.dataSource.manager.countBy(TrainingSlot, { sessionId: id })).toBe(10);
    expect(await app.dataSource.manager.countBy(TrainingBooking, { sessionId: id })).toBe(30);
    const stale = await world.centreCoordinator.patch(`/api/training/sessions/${id}`, { version: 1, title: '晚到的修改' }).expect(409);
    expect(stale.body).toMatchObject({ code: 'conflict.staleVersion', currentVersion: 2 });
    // the capacity cannot go below the seats taken
    await app.dataSource.manager.update(TrainingSession, { id }, { seatsTaken: 5 });
    const { version } = await app.dataSource.manager.findOneByOrFail(TrainingSession, { id });
    const below = await world.centreCoordinator.patch(`/api/training/sessions/${id}`, { version, capacity: 3 }).expect(400);
    expect(below.body.errors).toEqual([{ field: 'capacity', code: 'training.session.capacityBelowSeats', message: '已有 5 人报名占用名额，名额不能少于 5' }]);
    await world.centreCoordinator.patch(`/api/training/sessions/${id}`, { version, capacity: 5 }).expect(200);
    const audit = await app.dataSource.manager.findBy(AuditEntry, { entityId: id, action: 'training.session.updated' });
    expect(audit).toHaveLength(2);
  });

  it('keeps a half-day with attendance in the timetable', async () => {
    const created = await create({ days: templateDays('2027-02-14'), title: '有考勤的班次' }).expect(201);
    const id = created.body.id as string;
    const monday = created.body.days[1].halves[0].slotId as string;
    const teacher = world.teachersA[0]!;
    const enrolmentId = await insertEnrolment(app, id, teacher.id, 'enrolled');
    const now = app.clock.now();
    await app.dataSource.manager.insert(Attendance, {
      id: newId(),
      sessionId: id,
      slotId: monday,
      enrolmentId,
      teacherId: teacher.id,
      mark: 'present',
      source: 'code',
      reason: null,
      recordedBy: null,
      recordedAt: now,
      confirmedBy: null,
      confirmedAt: null,
      version: 1,
    } as never);
    const withoutMonday = templateDays('2027-02-14').filter((d) => d.date !== '2027-02-15');
    const refused = await world.centreCoordinator.patch(`/api/training/sessions/${id}`, { version: 1, days: withoutMonday }).expect(409);
    expect(refused.body).toMatchObject({
      code: 'training.session.slotHasAttendance',
      date: '2027-02-15',
      half: 'am',
      detail: '2027-02-15 上午已有考勤记录，不能从课程安排中删除',
    });
    const days = templateDays('2027-02-14');
    days[1]!.halves[0]!.modules = [{ kind: 'demonstrationLesson', title: '示范课：分数的初步认识' } as never];
    const kept = await world.centreCoordinator.patch(`/api/training/sessions/${id}`, { version: 1, days }).expect(200);
    expect(kept.body.days[1].halves[0]).toMatchObject({ slotId: monday, modules: [expect.objectContaining({ title: '示范课：分数的初步认识' })] });
  });

  describe('the local share (at most 60% local experts, per head)', () => {
    let locals: string[];
    beforeAll(async () => {
      // 孙丽 (the centre, same county) and 周建国 (school A) are local to school A; two more from school B
      const extra = [];
      for (const name of ['林小青', '黄志强']) {
        extra.push(
          (
            await world.centreCoordinator
              .post('/api/training/experts', { name, tier: 'county', ownerOrganisationId: world.centre.id, organisationId: world.schoolB.id })
              .expect(201)
          ).body.id as string,
        );
      }
      locals = [world.experts[2]!.id, world.experts[3]!.id, ...extra];
    });

    it('saves 3 local of 5 without asking', async () => {
      const res = await create({
        days: templateDays('2027-01-03'),
        teamLeaderExpertId: world.experts[0]!.id,
        expertIds: [world.experts[4]!.id, ...locals.slice(0, 3)],
      }).expect(201);
      expect(res.body.localShare).toEqual({ local: 3, total: 5, share: 0.6, exceedsLimit: false });
      expect(res.body.localShareConfirmed).toBe(false);
      expect(
        res.body.team
          .filter((t: { local: boolean }) => t.local)
          .map((t: { name: string }) => t.name)
          .sort(),
      ).toEqual(['周建国', '孙丽', '林小青'].sort());
    });

    it('refuses 4 local of 5 until the coordinator confirms, then records the confirmation', async () => {
      const plan = { days: templateDays('2027-01-10'), teamLeaderExpertId: world.experts[0]!.id, expertIds: locals };
      const refused = await create(plan).expect(409);
      expect(refused.body).toMatchObject({ code: 'training.session.localShareExceeded', local: 4, total: 5, share: 0.8 });
      expect(refused.body.detail).toContain('专家组共 5 人，其中本地（本县、本校）专家 4 人，占 80%，超过 60% 的上限');
      expect(await app.dataSource.manager.countBy(TrainingSession, { startsOn: '2027-01-10' })).toBe(0);
      const confirmed = await create({ ...plan, confirmLocalShare: true }).expect(201);
      expect(confirmed.body).toMatchObject({ localShare: { local: 4, total: 5, exceedsLimit: true }, localShareConfirmed: true });
      const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { entityId: confirmed.body.id, action: 'training.session.created' });
      expect(audit.after).toMatchObject({ localShareConfirmed: true });
      // saving the same team again needs no new confirmation; a changed team does
      await world.centreCoordinator.patch(`/api/training/sessions/${confirmed.body.id}`, { version: 1, ...plan }).expect(200);
      const overridden = await world.centreCoordinator
        .patch(`/api/training/sessions/${confirmed.body.id}`, { version: 2, localOverrides: [{ expertId: world.experts[0]!.id, local: true }] })
        .expect(409);
      expect(overridden.body).toMatchObject({ local: 5, total: 5 });
      // an override the other way brings it under the limit, and the confirmation is dropped
      const fixed = await world.centreCoordinator
        .patch(`/api/training/sessions/${confirmed.body.id}`, { version: 2, localOverrides: [{ expertId: locals[3]!, local: false }] })
        .expect(200);
      expect(fixed.body).toMatchObject({ localShare: { local: 3, total: 5, exceedsLimit: false }, localShareConfirmed: false });
    });
  });

  describe('status', () => {
    it('publishes only a session that is ready, and names what is missing', async () => {
      const created = await create({ days: templateDays('2027-01-17'), teamLeaderExpertId: null, expertIds: [world.experts[1]!.id], capacity: 0 }).expect(201);
      const id = created.body.id as string;
      const notReady = await world.centreCoordinator.post(`/api/training/sessions/${id}/publish`).expect(409);
      expect(notReady.body).toMatchObject({ code: 'training.session.notReady', detail: '班次还不能发布：未指定送培组长；名额为 0' });
      expect(notReady.body.errors.map((e: { field: string }) => e.field)).toEqual(['teamLeaderExpertId', 'capacity']);
      await world.centreCoordinator.patch(`/api/training/sessions/${id}`, { version: 1, teamLeaderExpertId: world.experts[0]!.id, capacity: 20 }).expect(200);
      const published = await world.centreCoordinator.post(`/api/training/sessions/${id}/publish`).expect(200);
      expect(published.body).toMatchObject({ status: 'published', nextStatuses: ['running', 'cancelled'], version: 3 });
      const again = await world.centreCoordinator.post(`/api/training/sessions/${id}/publish`).expect(409);
      expect(again.body).toMatchObject({
        code: 'training.session.transitionNotAllowed',
        from: 'published',
        to: 'published',
        allowed: ['running', 'cancelled'],
      });
      expect(again.body.detail).toBe('班次当前为“已发布”，不能改为“已发布”；可改为：进行中、已取消');
      expect(await app.dataSource.manager.countBy(AuditEntry, { entityId: id, action: 'training.session.published' })).toBe(1);
    });

    it('starts a published session from its first day only; a running session cannot be cancelled', async () => {
      const created = await create({ days: templateDays('2027-01-24') }).expect(201);
      const id = created.body.id as string;
      const draftStart = await world.centreCoordinator.post(`/api/training/sessions/${id}/start`).expect(409);
      expect(draftStart.body).toMatchObject({ code: 'training.session.transitionNotAllowed', from: 'draft', allowed: ['published', 'cancelled'] });
      await world.centreCoordinator.post(`/api/training/sessions/${id}/publish`).expect(200);
      const early = await world.centreCoordinator.post(`/api/training/sessions/${id}/start`).expect(409);
      expect(early.body).toMatchObject({ code: 'training.session.notStartedYet', startsOn: '2027-01-24' });
      app.clock.set('2027-01-25T01:00:00Z');
      try {
        // signed in on the day (a sign-in lasts hours, not months)
        const coordinator = await app.signInAs([{ role: 'centre_coordinator', scopeKind: 'organisation', organisationId: world.centre.id }]);
        // on its days a published session reads as running, and can only be completed
        const running = await coordinator.get(`/api/training/sessions/${id}`).expect(200);
        expect(running.body).toMatchObject({ status: 'running', storedStatus: 'published', nextStatuses: ['completed'] });
        const cancel = await coordinator.post(`/api/training/sessions/${id}/cancel`, { reason: '太迟了' }).expect(409);
        expect(cancel.body).toMatchObject({ code: 'training.session.transitionNotAllowed', from: 'running', allowed: ['completed'] });
        const started = await coordinator.post(`/api/training/sessions/${id}/start`).expect(200);
        expect(started.body).toMatchObject({ status: 'running', storedStatus: 'running' });
        expect(await app.dataSource.manager.countBy(AuditEntry, { entityId: id, action: 'training.session.started' })).toBe(1);
        await coordinator.post(`/api/training/sessions/${id}/start`).expect(409);
      } finally {
        app.clock.set('2026-11-23T02:00:00Z');
      }
    });

    it('cancels with a reason: bookings released, live enrolments cancelled, their teachers told in the inbox', async () => {
      const created = await create({ days: templateDays('2027-01-31'), title: '送培到校·二月班' }).expect(201);
      const id = created.body.id as string;
      await world.centreCoordinator.post(`/api/training/sessions/${id}/publish`).expect(200);
      const [t1, t2, t3] = world.teachersA;
      const [t4] = world.teachersB;
      await insertEnrolment(app, id, t1!.id, 'enrolled');
      await insertEnrolment(app, id, t2!.id, 'waitlisted', 1);
      await insertEnrolment(app, id, t3!.id, 'pending');
      const withdrawn = await insertEnrolment(app, id, t4!.id, 'withdrawn');
      await app.dataSource.manager.update(TrainingSession, { id }, { seatsTaken: 1 });

      const blank = await world.centreCoordinator.post(`/api/training/sessions/${id}/cancel`, { reason: '  ' }).expect(400);
      expect(blank.body.errors).toEqual([expect.objectContaining({ field: 'reason', code: 'training.session.cancelReasonRequired' })]);
      const res = await world.centreCoordinator.post(`/api/training/sessions/${id}/cancel`, { reason: '受雨雪天气影响延期' }).expect(200);
      expect(res.body).toMatchObject({
        status: 'cancelled',
        cancelReason: '受雨雪天气影响延期',
        nextStatuses: [],
        counts: { seatsTaken: 0, waitlisted: 0, pending: 0 },
      });
      expect(await app.dataSource.manager.countBy(TrainingBooking, { sessionId: id })).toBe(0);
      const enrolments = await app.dataSource.manager.findBy(Enrolment, { sessionId: id });
      expect(enrolments.filter((e) => e.status === 'cancelled')).toHaveLength(3);
      expect(enrolments.find((e) => e.id === withdrawn)!.status).toBe('withdrawn');
      const notes = await app.dataSource.manager.findBy(Notification, { type: 'training.sessionCancelled' });
      expect(notes.map((n) => n.userId).sort()).toEqual([t1!.user.id, t2!.user.id, t3!.user.id].sort());
      expect(notes[0]).toMatchObject({ link: '/training/my', data: { sessionId: id } });
      expect(notes[0]!.title).toEqual({ 'zh-CN': '培训班次已取消：送培到校·二月班', en: 'Session cancelled: 送培到校·二月班' });
      expect((notes[0]!.body as Record<string, string>)['zh-CN']).toBe(
        '您报名的「送培到校·二月班」（2027-01-31 至 2027-02-05）已取消，原因：受雨雪天气影响延期。报名随之取消，届时无需参加。',
      );
      // the teacher reads it in their inbox
      const inbox = await (await app.signIn(t1!.user)).get('/api/notifications').expect(200);
      expect(inbox.body.items).toEqual([expect.objectContaining({ type: 'training.sessionCancelled' })]);
      const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { entityId: id, action: 'training.session.cancelled' });
      expect(audit.after).toMatchObject({ status: 'cancelled', cancelReason: '受雨雪天气影响延期', notified: 3 });
      // final: no edit, no second cancellation
      const edit = await world.centreCoordinator.patch(`/api/training/sessions/${id}`, { version: res.body.version, title: '复活' }).expect(409);
      expect(edit.body).toMatchObject({ code: 'training.session.notEditable', sessionStatus: 'cancelled', detail: '班次已取消，不能再修改' });
      const again = await world.centreCoordinator.post(`/api/training/sessions/${id}/cancel`, { reason: '再取消一次' }).expect(409);
      expect(again.body.detail).toBe('班次当前为“已取消”，不能改为“已取消”；该状态不能再改变');
    });

    it('speaks English to an English caller', async () => {
      const created = await create({ days: templateDays('2027-02-07') }).expect(201);
      const english = await app.signInAs([{ role: 'centre_coordinator', scopeKind: 'organisation', organisationId: world.centre.id }]);
      await english.patch('/api/auth/me', { locale: 'en' }).expect(200);
      const res = await english.post(`/api/training/sessions/${created.body.id}/start`).expect(409);
      expect(res.body.detail).toBe('The session is "Draft" and cannot become "Running"; it can become: Published, Cancelled');
    });
  });
});
