import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../src/testing/index.js';
import { Expert } from '../../src/training/entities/expert.entity.js';
import { createTrainingWorld, insertSession, type TrainingWorld } from './world.js';

describe('the expert pool', () => {
  let app: TestApp;
  let world: TrainingWorld;
  let otherCoordinator: TestClient;
  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-23T02:00:00Z' });
    world = await createTrainingWorld(app, { teachersPerSchool: 1 });
    const otherCentre = await app.createOrganisation({
      code: 'CENTRE-2',
      name: '邻县教师发展中心',
      kind: 'training_centre',
      region: world.otherCounty,
      managerRegion: world.otherCounty,
    });
    otherCoordinator = await app.signInAs([{ role: 'centre_coordinator', scopeKind: 'organisation', organisationId: otherCentre.id }]);
  });
  afterAll(async () => {
    await app?.close();
  });

  const names = (r: { body: { items: { name: string }[] } }) => r.body.items.map((i) => i.name);

  it('adds an expert with the mobile normalised, masked in answers and in the audit log', async () => {
    const res = await world.centreCoordinator
      .post('/api/training/experts', {
        name: '司马光',
        tier: 'city',
        ownerOrganisationId: world.centre.id,
        unitName: '示范市教科院',
        title: '正高级教师',
        specialty: '初中语文',
        mobile: '138 1234 5678',
      })
      .expect(201);
    expect(res.body).toMatchObject({
      name: '司马光',
      tier: 'city',
      ownerName: '示范县教师发展中心',
      organisationId: null,
      organisationName: '示范市教科院',
      mobile: '138****5678',
      userId: null,
      version: 1,
    });
    expect((await app.dataSource.manager.findOneByOrFail(Expert, { id: res.body.id })).mobile).toBe('13812345678');
    const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { entityId: res.body.id, action: 'training.expert.created' });
    expect(JSON.stringify(audit)).not.toContain('13812345678');
    const bad = await world.centreCoordinator
      .post('/api/training/experts', { name: '错号', tier: 'city', ownerOrganisationId: world.centre.id, mobile: '12345' })
      .expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'mobile', code: 'identity.mobile.format' })]);
    const tier = await world.centreCoordinator
      .post('/api/training/experts', { name: '错级', tier: 'village', ownerOrganisationId: world.centre.id })
      .expect(400);
    expect(tier.body.errors).toEqual([expect.objectContaining({ field: 'tier' })]);
  });

  it('finds experts by name characters, full pinyin or initials, and filters by tier', async () => {
    expect(names(await world.centreCoordinator.get('/api/training/experts?q=oym').expect(200))).toEqual(['欧阳明']);
    expect(names(await world.centreCoordinator.get('/api/training/experts?q=ouyang').expect(200))).toEqual(['欧阳明']);
    expect(names(await world.centreCoordinator.get(`/api/training/experts?q=${encodeURIComponent('海燕')}`).expect(200))).toEqual(['吴海燕']);
    expect(names(await world.centreCoordinator.get('/api/training/experts?tier=province').expect(200))).toEqual(['欧阳明', '吴海燕']);
    // sorted by pinyin: 欧阳明 ouyang, 钱文华 qian, 司马光 sima, 孙丽 sun, 吴海燕 wu, 周建国 zhou
    expect(names(await world.centreCoordinator.get('/api/training/experts').expect(200))).toEqual(['欧阳明', '钱文华', '司马光', '孙丽', '吴海燕', '周建国']);
  });

  it('filters the experts local to a school: the school itself and its county', async () => {
    // 孙丽 works at the centre (same county), 周建国 at school A; an expert at the other county's school is not local
    await world.centreCoordinator
      .post('/api/training/experts', { name: '邻县专家', tier: 'county', ownerOrganisationId: world.centre.id, organisationId: world.otherSchool.id })
      .expect(201);
    expect(names(await world.centreCoordinator.get(`/api/training/experts?localTo=${world.schoolA.id}`).expect(200))).toEqual(['孙丽', '周建国']);
    expect(names(await world.centreCoordinator.get(`/api/training/experts?localTo=${world.otherSchool.id}`).expect(200))).toEqual(['邻县专家']);
  });

  it('links an account to one expert at most', async () => {
    const user = await app.createUser({ roles: [{ role: 'expert', scopeKind: 'assignments' }] });
    const first = await world.centreCoordinator
      .post('/api/training/experts', { name: '诸葛亮', tier: 'province', ownerOrganisationId: world.centre.id, userId: user.id })
      .expect(201);
    expect(first.body).toMatchObject({ userId: user.id, username: user.username });
    const second = await world.centreCoordinator
      .post('/api/training/experts', { name: '诸葛瑾', tier: 'province', ownerOrganisationId: world.centre.id, userId: user.id })
      .expect(409);
    expect(second.body).toMatchObject({ code: 'training.expert.userLinked', errors: [expect.objectContaining({ field: 'userId' })] });
    expect(second.body.detail).toBe(`账号“${user.username}”已关联专家「诸葛亮」`);
    const missing = await world.centreCoordinator
      .post('/api/training/experts', { name: '诸葛瑾', tier: 'province', ownerOrganisationId: world.centre.id, userId: '01900000-0000-7000-8000-000000000000' })
      .expect(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'userId', code: 'training.expert.userNotFound' })]);
    // an expert sees their own entry through their account
    const self = await app.signIn(user);
    expect(names(await self.get('/api/training/experts').expect(200))).toEqual(['诸葛亮']);
    const unlinked = await world.centreCoordinator.patch(`/api/training/experts/${first.body.id}`, { version: 1, userId: null }).expect(200);
    expect(unlinked.body.userId).toBeNull();
  });

  it('edits with the version; stale answers 409; archive and restore', async () => {
    const created = await world.centreCoordinator
      .post('/api/training/experts', { name: '张衡', tier: 'county', ownerOrganisationId: world.centre.id })
      .expect(201);
    const edited = await world.centreCoordinator
      .patch(`/api/training/experts/${created.body.id}`, { version: 1, name: '张恒', tier: 'city', organisationId: world.schoolB.id, mobile: '' })
      .expect(200);
    expect(edited.body).toMatchObject({ name: '张恒', tier: 'city', organisationName: '示范县青山中学', mobile: null, version: 2 });
    expect(names(await world.centreCoordinator.get('/api/training/experts?q=zh').expect(200))).toContain('张恒');
    await world.centreCoordinator.patch(`/api/training/experts/${created.body.id}`, { version: 1, name: '晚了' }).expect(409);
    await world.centreCoordinator.post(`/api/training/experts/${created.body.id}/archive`).expect(200);
    expect(names(await world.centreCoordinator.get('/api/training/experts?q=zh').expect(200))).not.toContain('张恒');
    expect(names(await world.centreCoordinator.get('/api/training/experts?q=zh&archived=true').expect(200))).toEqual(['张恒']);
    await world.centreCoordinator.post(`/api/training/experts/${created.body.id}/restore`).expect(200);
    await world.centreCoordinator.post(`/api/training/experts/${created.body.id}/restore`).expect(409);
  });

  it('keeps the pool to its owner’s scope', async () => {
    expect((await otherCoordinator.get('/api/training/experts').expect(200)).body.total).toBe(0);
    await otherCoordinator.get(`/api/training/experts/${world.experts[0]!.id}`).expect(404);
    await otherCoordinator.delete(`/api/training/experts/${world.experts[0]!.id}`).expect(404);
    const out = await otherCoordinator.post('/api/training/experts', { name: '越权', tier: 'county', ownerOrganisationId: world.centre.id }).expect(400);
    expect(out.body.errors).toEqual([expect.objectContaining({ field: 'ownerOrganisationId', code: 'training.ownerNotFound' })]);
  });

  it('shows an expert’s schedule and refuses to delete them while on a team', async () => {
    const session = await insertSession(app, world, { title: '送培到校·城关小学' });
    const [leader] = world.experts;
    const schedule = await world.centreCoordinator.get(`/api/training/experts/${leader!.id}/schedule?from=2026-12-01&to=2026-12-08`).expect(200);
    expect(schedule.body).toMatchObject({ expertId: leader!.id, name: '欧阳明', from: '2026-12-01', to: '2026-12-08' });
    expect(schedule.body.items).toEqual([
      {
        sessionId: session.id,
        title: '送培到校·城关小学',
        status: 'published',
        venueId: world.schoolA.id,
        venueName: '示范县城关小学',
        role: 'leader',
        inScope: true,
        days: ['2026-12-06', '2026-12-07', '2026-12-08'].map((date) => ({ date, halves: ['am', 'pm'] })),
      },
    ]);
    const empty = await world.centreCoordinator.get(`/api/training/experts/${leader!.id}/schedule?from=2027-01-01&to=2027-01-31`).expect(200);
    expect(empty.body.items).toEqual([]);
    const long = await world.centreCoordinator.get(`/api/training/experts/${leader!.id}/schedule?from=2026-01-01&to=2027-06-30`).expect(400);
    expect(long.body.errors).toEqual([expect.objectContaining({ field: 'to', code: 'training.rangeTooLong' })]);
    await world.centreCoordinator.get(`/api/training/experts/${leader!.id}/schedule?from=2026-12-01`).expect(400);

    const refused = await world.centreCoordinator.delete(`/api/training/experts/${leader!.id}`).expect(409);
    expect(refused.body).toMatchObject({ code: 'training.expert.onTeams', sessionCount: 1 });
    expect(refused.body.detail).toContain('「送培到校·城关小学」');
    const free = await world.centreCoordinator
      .post('/api/training/experts', { name: '待删除', tier: 'county', ownerOrganisationId: world.centre.id })
      .expect(201);
    await world.centreCoordinator.delete(`/api/training/experts/${free.body.id}`).expect(204);
    await world.centreCoordinator.get(`/api/training/experts/${free.body.id}`).expect(404);
  });
});
