import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../src/testing/index.js';
import { bookTeacher } from '../../src/training/common/bookings.js';
import { TrainingSession } from '../../src/training/entities/session.entity.js';
import { TrainingBooking } from '../../src/training/entities/timetable.entity.js';
import { insertEnrolment, sessionBody, templateDays } from './sessions-helpers.js';
import { createTrainingWorld, type TrainingWorld } from './world.js';

describe('sessions: nobody double-booked', () => {
  let app: TestApp;
  let world: TrainingWorld;
  /** Experts from outside the county, free every week. */
  let outside: string[];
  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-23T02:00:00Z' });
    world = await createTrainingWorld(app, { teachersPerSchool: 2 });
    outside = [];
    for (const name of ['韩愈', '柳宗元', '欧阳修', '苏轼', '王安石', '曾巩']) {
      outside.push(
        (
          await world.centreCoordinator
            .post('/api/training/experts', { name, tier: 'province', ownerOrganisationId: world.centre.id, unitName: '湖南师范大学' })
            .expect(201)
        ).body.id as string,
      );
    }
  });
  afterAll(async () => {
    await app?.close();
  });

  const create = (extra: Record<string, unknown>) => world.centreCoordinator.post('/api/training/sessions', sessionBody(world, extra));

  describe('against a draft week at school A led by 欧阳明 with 钱文华', () => {
    let first: string;
    beforeAll(async () => {
      first = (await create({ title: '送培到校·城关小学' }).expect(201)).body.id as string;
    });

    it('refuses an expert of its team on another session that week, naming who, when and where', async () => {
      const res = await create({
        title: '送培到校·青山中学',
        venueOrganisationId: world.schoolB.id,
        teamLeaderExpertId: outside[0],
        expertIds: [world.experts[1]!.id],
      }).expect(409);
      expect(res.body.code).toBe('training.conflict');
      expect(res.body.detail).toBe(
        '时间冲突，未保存：专家钱文华 2026-12-06 上午已安排在「送培到校·城关小学」；专家钱文华 2026-12-06 下午已安排在「送培到校·城关小学」；专家钱文华 2026-12-07 上午已安排在「送培到校·城关小学」；另有 9 处冲突',
      );
      expect(res.body.clashes[0]).toMatchObject({
        resource: 'expert',
        resourceId: world.experts[1]!.id,
        name: '钱文华',
        otherSessionId: first,
        otherTitle: '送培到校·城关小学',
      });
      expect(await app.dataSource.manager.countBy(TrainingSession, { title: '送培到校·青山中学' })).toBe(0);
    });

    it('refuses its team leader on another session, even on one overlapping day', async () => {
      const res = await create({
        title: '专题讲座',
        venueOrganisationId: world.schoolB.id,
        days: [{ date: '2026-12-11', halves: [{ half: 'pm', participantSlot: true, modules: [{ kind: 'ethics' }] }] }],
        teamLeaderExpertId: world.experts[0]!.id,
        expertIds: [],
      }).expect(409);
      expect(res.body.detail).toBe(
        '时间冲突，未保存：专家欧阳明 2026-12-11 上午已安排在「送培到校·城关小学」；专家欧阳明 2026-12-11 下午已安排在「送培到校·城关小学」',
      );
    });

    it('refuses the same venue', async () => {
      const res = await create({ title: '同校另一班', teamLeaderExpertId: outside[0], expertIds: [outside[1]] }).expect(409);
      expect(res.body.clashes[0]).toMatchObject({ resource: 'venue', resourceId: world.schoolA.id, name: '示范县城关小学' });
      expect(res.body.detail).toContain('场地示范县城关小学 2026-12-06 上午已安排在「送培到校·城关小学」');
    });

    it('refuses an edit that moves a session onto the booked week, and leaves it as it was', async () => {
      const other = await create({
        title: '青山中学第二周',
        venueOrganisationId: world.schoolB.id,
        days: templateDays('2026-12-13'),
        teamLeaderExpertId: outside[2],
        expertIds: [world.experts[1]!.id],
      }).expect(201);
      const res = await world.centreCoordinator.patch(`/api/training/sessions/${other.body.id}`, { version: 1, days: templateDays('2026-12-06') }).expect(409);
      expect(res.body.clashes[0]).toMatchObject({ name: '钱文华', otherSessionId: first });
      const after = await world.centreCoordinator.get(`/api/training/sessions/${other.body.id}`).expect(200);
      expect(after.body).toMatchObject({ startsOn: '2026-12-13', version: 1 });
      expect(await app.dataSource.manager.countBy(TrainingBooking, { sessionId: other.body.id, date: '2026-12-13' })).toBe(6);
    });

    it('lets a cancelled session book nobody', async () => {
      await world.centreCoordinator.post(`/api/training/sessions/${first}/cancel`, { reason: '改期' }).expect(200);
      const res = await create({ title: '改期后的送培' }).expect(201);
      expect(res.body.team.map((t: { name: string }) => t.name)).toEqual(['欧阳明', '钱文华']);
    });
  });

  it('lets only one of several sessions saved at the same moment have the same expert', async () => {
    const body = (title: string, venue: string) =>
      sessionBody(world, { title, venueOrganisationId: venue, days: templateDays('2027-01-03'), teamLeaderExpertId: outside[3], expertIds: [] });
    const venues = [world.schoolA.id, world.schoolB.id, world.otherSchool.id, world.centre.id];
    const results = await Promise.all(venues.map((venue, i) => world.centreCoordinator.post('/api/training/sessions', body(`同时保存 ${i}`, venue))));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.code).toBe('training.conflict');
    expect(await app.dataSource.manager.countBy(TrainingBooking, { resource: 'expert', resourceId: outside[3], date: '2027-01-05' })).toBe(2);
    expect(await app.dataSource.manager.countBy(TrainingSession, { startsOn: '2027-01-03' })).toBe(1);
  });

  it('moves seated teachers with the timetable, and refuses a move onto a week they are booked in elsewhere', async () => {
    const teacher = world.teachersB[0]!;
    const moved = await create({
      title: '青山中学一月班',
      venueOrganisationId: world.schoolB.id,
      days: templateDays('2027-01-10'),
      teamLeaderExpertId: outside[4],
      expertIds: [],
    }).expect(201);
    const elsewhere = await create({
      title: '邻县一中一月班',
      venueOrganisationId: world.otherSchool.id,
      days: templateDays('2027-01-24'),
      teamLeaderExpertId: outside[5],
      expertIds: [],
    }).expect(201);
    for (const s of [moved.body, elsewhere.body]) {
      await insertEnrolment(app, s.id, teacher.id, 'enrolled');
      const slots = s.days.flatMap((d: { date: string; halves: { half: 'am' | 'pm'; participantSlot: boolean }[] }) =>
        d.halves.filter((h) => h.participantSlot).map((h) => ({ date: d.date, half: h.half })),
      );
      await app.dataSource.transaction((m) => bookTeacher(m, s.id, teacher.id, slots, 'zh-CN'));
    }
    const teacherDates = async (sessionId: string) =>
      [
        ...new Set((await app.dataSource.manager.findBy(TrainingBooking, { sessionId, resource: 'teacher', resourceId: teacher.id })).map((b) => b.date)),
      ].sort();
    expect(await teacherDates(moved.body.id)).toEqual(['2027-01-11', '2027-01-12', '2027-01-13', '2027-01-14', '2027-01-15']);
    await world.centreCoordinator.patch(`/api/training/sessions/${moved.body.id}`, { version: 1, days: templateDays('2027-01-17') }).expect(200);
    expect(await teacherDates(moved.body.id)).toEqual(['2027-01-18', '2027-01-19', '2027-01-20', '2027-01-21', '2027-01-22']);
    const refused = await world.centreCoordinator
      .patch(`/api/training/sessions/${moved.body.id}`, { version: 2, days: templateDays('2027-01-24') })
      .expect(409);
    expect(refused.body.detail).toContain(`教师${teacher.name} 2027-01-25 上午已安排在「邻县一中一月班」`);
    expect(await teacherDates(moved.body.id)).toEqual(['2027-01-18', '2027-01-19', '2027-01-20', '2027-01-21', '2027-01-22']);
  });
});
