import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../src/testing/index.js';
import { insertEnrolment, sessionBody, templateDays } from './sessions-helpers.js';
import { createTrainingWorld, type TrainingWorld } from './world.js';

describe('sessions: who sees them, lists and the calendar', () => {
  let app: TestApp;
  let world: TrainingWorld;
  let otherCoordinator: TestClient;
  let s1: string; // published, school A, 2026-12-06 week, 欧阳明 leads with 钱文华
  let s2: string; // published, school B, 2026-12-13 week, 孙丽 leads with 吴海燕
  let s3: string; // draft, at the centre, 2027-01-03 week, 欧阳明 leads
  let s4: string; // cancelled, school B, 2026-12-20 week
  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-23T02:00:00Z' });
    world = await createTrainingWorld(app, { teachersPerSchool: 2 });
    const otherCentre = await app.createOrganisation({
      code: 'CENTRE-2',
      name: '邻县教师发展中心',
      kind: 'training_centre',
      region: world.otherCounty,
      managerRegion: world.otherCounty,
    });
    otherCoordinator = await app.signInAs([{ role: 'centre_coordinator', scopeKind: 'organisation', organisationId: otherCentre.id }]);
    const make = async (extra: Record<string, unknown>, publish: boolean) => {
      const res = await world.centreCoordinator.post('/api/training/sessions', sessionBody(world, extra)).expect(201);
      if (publish) await world.centreCoordinator.post(`/api/training/sessions/${res.body.id}/publish`).expect(200);
      return res.body.id as string;
    };
    const [e0, e1, e2, , e4] = world.experts.map((e) => e.id);
    s1 = await make({ title: '城关小学语文数学送培' }, true);
    s2 = await make(
      { title: '青山中学英语送培', venueOrganisationId: world.schoolB.id, days: templateDays('2026-12-13'), teamLeaderExpertId: e2, expertIds: [e4] },
      true,
    );
    s3 = await make(
      { title: '中心集中培训', venueOrganisationId: world.centre.id, days: templateDays('2027-01-03'), teamLeaderExpertId: e0, expertIds: [] },
      false,
    );
    s4 = await make(
      { title: '青山中学取消的送培', venueOrganisationId: world.schoolB.id, days: templateDays('2026-12-20'), teamLeaderExpertId: e1, expertIds: [] },
      true,
    );
    await world.centreCoordinator.post(`/api/training/sessions/${s4}/cancel`, { reason: '合并到下学期' }).expect(200);
    await insertEnrolment(app, s2, world.teachersB[0]!.id, 'enrolled');
  });
  afterAll(async () => {
    await app?.close();
  });

  const ids = (r: { body: { items: { id: string }[] } }) => r.body.items.map((i) => i.id);
  const titles = (r: { body: { items: { title: string }[] } }) => r.body.items.map((i) => i.title);

  it('hides a session from another county’s coordinator (404), for reading and writing', async () => {
    await otherCoordinator.get(`/api/training/sessions/${s1}`).expect(404);
    expect((await otherCoordinator.get('/api/training/sessions').expect(200)).body.total).toBe(0);
    await otherCoordinator.patch(`/api/training/sessions/${s1}`, { version: 1, title: 'x' }).expect(404);
    await otherCoordinator.post(`/api/training/sessions/${s1}/cancel`, { reason: 'x' }).expect(404);
    expect((await otherCoordinator.get('/api/training/calendar?from=2026-12-01&to=2026-12-31').expect(200)).body.items).toEqual([]);
  });

  it('shows the venue school’s coordinator its sessions, read-only', async () => {
    await world.coordinatorA.get(`/api/training/sessions/${s1}`).expect(200);
    await world.coordinatorA.get(`/api/training/sessions/${s2}`).expect(404);
    expect(ids(await world.coordinatorA.get('/api/training/sessions').expect(200))).toEqual([s1]);
    expect(ids(await world.coordinatorB.get('/api/training/sessions?sort=startsOn').expect(200))).toEqual([s2, s4]);
    await world.coordinatorA.patch(`/api/training/sessions/${s1}`, { version: 2, title: 'x' }).expect(403);
  });

  it('shows an expert the sessions of their team', async () => {
    const expert = await app.signIn(world.experts[0]!.user!);
    await expert.get(`/api/training/sessions/${s1}`).expect(200);
    await expert.get(`/api/training/sessions/${s3}`).expect(200);
    await expert.get(`/api/training/sessions/${s2}`).expect(404);
    expect(ids(await expert.get('/api/training/sessions?sort=startsOn').expect(200))).toEqual([s1, s3]);
  });

  it('shows a teacher the sessions they are enrolled in, and no other', async () => {
    const enrolled = await app.signIn(world.teachersB[0]!.user);
    const detail = await enrolled.get(`/api/training/sessions/${s2}`).expect(200);
    expect(detail.body.counts.seatsTaken).toBe(0);
    await enrolled.get(`/api/training/sessions/${s1}`).expect(404);
    expect(ids(await enrolled.get('/api/training/sessions').expect(200))).toEqual([s2]);
    const stranger = await app.signIn(world.teachersA[1]!.user);
    await stranger.get(`/api/training/sessions/${s2}`).expect(404);
    expect((await stranger.get('/api/training/sessions').expect(200)).body.total).toBe(0);
  });

  it('lists with filters, the derived status, search, sort and paging', async () => {
    const all = await world.bureauOfficer.get('/api/training/sessions').expect(200);
    // newest first by default
    expect(ids(all)).toEqual([s3, s4, s2, s1]);
    expect(all.body.items[2]).toMatchObject({
      title: '青山中学英语送培',
      programmeName: '2026年示范县送培到校项目',
      venueName: '示范县青山中学',
      status: 'published',
      teamLeaderName: '孙丽',
      capacity: 30,
      seatsTaken: 0,
      waitlisted: 0,
    });
    expect(ids(await world.bureauOfficer.get('/api/training/sessions?status=draft').expect(200))).toEqual([s3]);
    expect(ids(await world.bureauOfficer.get('/api/training/sessions?status=cancelled').expect(200))).toEqual([s4]);
    expect(ids(await world.bureauOfficer.get(`/api/training/sessions?venueId=${world.schoolB.id}&sort=startsOn`).expect(200))).toEqual([s2, s4]);
    expect(ids(await world.bureauOfficer.get(`/api/training/sessions?expertId=${world.experts[0]!.id}&sort=startsOn`).expect(200))).toEqual([s1, s3]);
    expect(ids(await world.bureauOfficer.get('/api/training/sessions?from=2026-12-10&to=2026-12-14&sort=startsOn').expect(200))).toEqual([s1, s2]);
    expect(ids(await world.bureauOfficer.get(`/api/training/sessions?q=${encodeURIComponent('青山')}&sort=-title`).expect(200))).toEqual([s2, s4]);
    expect(ids(await world.bureauOfficer.get(`/api/training/sessions?programmeId=${world.programmeId}&sort=startsOn&page=2&pageSize=1`).expect(200))).toEqual([
      s2,
    ]);
    await world.bureauOfficer.get('/api/training/sessions?sort=capacity').expect(400);
    await world.bureauOfficer.get('/api/training/sessions?status=finished').expect(400);

    app.clock.set('2026-12-08T02:00:00Z');
    try {
      const officer = await app.signInAs([{ role: 'bureau_officer', regionId: world.county.id }]);
      expect(ids(await officer.get('/api/training/sessions?status=running').expect(200))).toEqual([s1]);
      expect(ids(await officer.get('/api/training/sessions?status=published').expect(200))).toEqual([s2]);
      expect((await officer.get(`/api/training/sessions/${s1}`).expect(200)).body.status).toBe('running');
    } finally {
      app.clock.set('2026-11-23T02:00:00Z');
    }
  });

  it('gives the calendar by venue and by expert, with the days in range', async () => {
    const byVenue = await world.centreCoordinator.get(`/api/training/calendar?from=2026-12-01&to=2026-12-31&venueId=${world.schoolA.id}`).expect(200);
    expect(byVenue.body).toMatchObject({ from: '2026-12-01', to: '2026-12-31' });
    expect(byVenue.body.items).toHaveLength(1);
    const item = byVenue.body.items[0];
    expect(item).toMatchObject({
      id: s1,
      title: '城关小学语文数学送培',
      status: 'published',
      programmeName: '2026年示范县送培到校项目',
      venueName: '示范县城关小学',
      startsOn: '2026-12-06',
      endsOn: '2026-12-11',
      team: [
        { expertId: world.experts[0]!.id, name: '欧阳明', role: 'leader' },
        { expertId: world.experts[1]!.id, name: '钱文华', role: 'expert' },
      ],
    });
    expect(item.days).toHaveLength(6);
    expect(item.days[0]).toEqual({
      date: '2026-12-06',
      halves: [{ half: 'pm', participantSlot: false, startsAt: '14:00', endsAt: '17:30', moduleKinds: ['arrival'] }],
    });
    expect(item.days[1].halves[1]).toEqual({ half: 'pm', participantSlot: true, startsAt: '14:00', endsAt: '17:30', moduleKinds: ['polishing', 'ethics'] });

    const byExpert = await world.centreCoordinator.get(`/api/training/calendar?from=2026-12-01&to=2027-01-31&expertId=${world.experts[0]!.id}`).expect(200);
    expect(titles(byExpert)).toEqual(['城关小学语文数学送培', '中心集中培训']);
    const week = await world.centreCoordinator.get(`/api/training/calendar?from=2026-12-08&to=2026-12-14`).expect(200);
    expect(titles(week)).toEqual(['城关小学语文数学送培', '青山中学英语送培']);
    expect(week.body.items[0].days.map((d: { date: string }) => d.date)).toEqual(['2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11']);
    expect(week.body.items[1].days.map((d: { date: string }) => d.date)).toEqual(['2026-12-13', '2026-12-14']);

    const withCancelled = await world.centreCoordinator.get('/api/training/calendar?from=2026-12-20&to=2026-12-26&includeCancelled=true').expect(200);
    expect(withCancelled.body.items).toEqual([expect.objectContaining({ id: s4, status: 'cancelled' })]);
    expect((await world.centreCoordinator.get('/api/training/calendar?from=2026-12-20&to=2026-12-26').expect(200)).body.items).toEqual([]);

    const long = await world.centreCoordinator.get('/api/training/calendar?from=2026-12-01&to=2027-03-01').expect(400);
    expect(long.body.errors).toEqual([expect.objectContaining({ field: 'to', code: 'training.rangeTooLong', message: '查询区间不能超过 62 天' })]);
    await world.centreCoordinator.get('/api/training/calendar?from=2026-12-31&to=2026-12-01').expect(400);
    await world.centreCoordinator.get('/api/training/calendar?from=2026-12-01').expect(400);
    // the venue's coordinator sees its own sessions in the calendar
    expect(titles(await world.coordinatorA.get('/api/training/calendar?from=2026-12-01&to=2027-01-31').expect(200))).toEqual(['城关小学语文数学送培']);
  });
});
