import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../src/testing/index.js';
import { TrainingProgramme } from '../../src/training/entities/programme.entity.js';
import { createTrainingWorld, insertSession, type TrainingWorld } from './world.js';

describe('training programmes', () => {
  let app: TestApp;
  let world: TrainingWorld;
  let otherCoordinator: TestClient;
  let bureauId: string;
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
    bureauId = (await app.createOrganisation({ code: 'BUREAU', name: '示范县教育局', kind: 'bureau', region: world.county, managerRegion: world.county })).id;
  });
  afterAll(async () => {
    await app?.close();
  });

  const body = (extra: Record<string, unknown> = {}) => ({
    name: '2027年示范县骨干教师培训',
    level: 'county',
    type: 'lecture',
    ownerOrganisationId: world.centre.id,
    hostName: '湖南第一师范学院',
    budget: 3_500_000,
    startsOn: '2027-03-01',
    endsOn: '2027-06-30',
    audiences: ['backbone', 'rural', 'backbone'],
    ...extra,
  });

  it('creates a programme with audiences and a budget in fen, and audits it', async () => {
    const res = await world.centreCoordinator.post('/api/training/programmes', body()).expect(201);
    expect(res.body).toMatchObject({
      name: '2027年示范县骨干教师培训',
      level: 'county',
      type: 'lecture',
      ownerOrganisationId: world.centre.id,
      ownerName: '示范县教师发展中心',
      hostOrganisationId: null,
      hostName: '湖南第一师范学院',
      budget: 3_500_000,
      audiences: ['backbone', 'rural'],
      sessionCount: 0,
      archivedAt: null,
      version: 1,
    });
    const stored = await app.dataSource.manager.findOneByOrFail(TrainingProgramme, { id: res.body.id });
    expect(stored.budget).toBe(3_500_000);
    const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { entityId: res.body.id, action: 'training.programme.created' });
    expect(audit.after).toMatchObject({ name: '2027年示范县骨干教师培训', audiences: ['backbone', 'rural'] });
    expect(audit.scopePath).toBe(world.centre.path);
  });

  it('refuses bad input with field errors', async () => {
    const both = await world.centreCoordinator.post('/api/training/programmes', body({ hostOrganisationId: world.schoolA.id })).expect(400);
    expect(both.body.errors).toEqual([expect.objectContaining({ field: 'hostName', code: 'training.programme.hostEither' })]);
    const school = await world.centreCoordinator.post('/api/training/programmes', body({ ownerOrganisationId: world.schoolA.id })).expect(400);
    // the centre coordinator's scope is the centre: a school is out of it
    expect(school.body.errors).toEqual([expect.objectContaining({ field: 'ownerOrganisationId', code: 'training.ownerNotFound' })]);
    const kind = await world.bureauOfficer.post('/api/training/programmes', body({ ownerOrganisationId: world.schoolA.id })).expect(400);
    expect(kind.body.errors).toEqual([
      expect.objectContaining({ field: 'ownerOrganisationId', code: 'training.ownerKind', message: '主办单位应为教师培训中心或教育局' }),
    ]);
    const period = await world.centreCoordinator.post('/api/training/programmes', body({ endsOn: '2027-02-01' })).expect(400);
    expect(period.body.errors).toEqual([expect.objectContaining({ field: 'endsOn', code: 'training.endBeforeStart' })]);
    const pipe = await world.centreCoordinator.post('/api/training/programmes', body({ level: 'galactic', budget: 12.5 })).expect(400);
    expect(pipe.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['budget', 'level']);
    await app.signInAs(['teacher']).then((t) => t.post('/api/training/programmes', body()).expect(403));
  });

  it('lets a bureau officer run a programme from the bureau, with a host from the directory', async () => {
    const res = await world.bureauOfficer
      .post(
        '/api/training/programmes',
        body({ name: '示范县班主任培训', type: 'classTeacher', ownerOrganisationId: bureauId, hostName: null, hostOrganisationId: world.centre.id }),
      )
      .expect(201);
    expect(res.body).toMatchObject({ ownerName: '示范县教育局', hostOrganisationId: world.centre.id, hostName: '示范县教师发展中心' });
  });

  it('lists with filters, search and sort', async () => {
    await world.centreCoordinator
      .post(
        '/api/training/programmes',
        body({ name: '2026年秋季国培送培到县', level: 'national', type: 'toCounty', startsOn: '2026-09-01', endsOn: '2026-12-31', audiences: ['all'] }),
      )
      .expect(201);
    const all = await world.bureauOfficer.get('/api/training/programmes?sort=name').expect(200);
    expect(all.body.total).toBe(4);
    const names = (r: { body: { items: { name: string }[] } }) => r.body.items.map((i) => i.name);
    expect(names(await world.centreCoordinator.get('/api/training/programmes?level=national').expect(200))).toEqual(['2026年秋季国培送培到县']);
    expect(names(await world.centreCoordinator.get('/api/training/programmes?type=toSchool').expect(200))).toEqual(['2026年示范县送培到校项目']);
    // 2026 overlaps the world's programme (2026-09 … 2027-01) and the autumn one, not the 2027 spring one
    expect(names(await world.centreCoordinator.get('/api/training/programmes?year=2026&sort=startsOn').expect(200))).toEqual([
      '2026年示范县送培到校项目',
      '2026年秋季国培送培到县',
    ]);
    // the bureau's programme is visible to the centre as its host
    expect(names(await world.centreCoordinator.get('/api/training/programmes?from=2027-02-01&to=2027-03-15&sort=name').expect(200))).toEqual([
      '2027年示范县骨干教师培训',
      '示范县班主任培训',
    ]);
    expect(names(await world.centreCoordinator.get(`/api/training/programmes?q=${encodeURIComponent('骨干')}`).expect(200))).toEqual([
      '2027年示范县骨干教师培训',
    ]);
    expect(names(await world.centreCoordinator.get('/api/training/programmes?audience=all').expect(200))).toEqual(['2026年秋季国培送培到县']);
    expect(names(await world.centreCoordinator.get('/api/training/programmes?sort=-startsOn').expect(200))[0]).toBe('2027年示范县骨干教师培训');
    const badSort = await world.centreCoordinator.get('/api/training/programmes?sort=budget').expect(400);
    expect(badSort.body.errors[0]).toMatchObject({ field: 'sort', code: 'validation.sortField' });
  });

  it('keeps programmes to their owner’s scope: another county’s coordinator sees none (404)', async () => {
    const list = await otherCoordinator.get('/api/training/programmes').expect(200);
    expect(list.body.total).toBe(0);
    const res = await otherCoordinator.get(`/api/training/programmes/${world.programmeId}`).expect(404);
    expect(res.body.code).toBe('notFound');
    await otherCoordinator.patch(`/api/training/programmes/${world.programmeId}`, { version: 1, name: 'x' }).expect(404);
    await world.bureauOfficer.get(`/api/training/programmes/${world.programmeId}`).expect(200);
  });

  it('edits with the version read; a stale version answers 409; switching host clears the other kind', async () => {
    const created = await world.centreCoordinator.post('/api/training/programmes', body({ name: '待修改的项目' })).expect(201);
    const edited = await world.centreCoordinator
      .patch(`/api/training/programmes/${created.body.id}`, {
        version: 1,
        name: '已修改的项目',
        budget: 0,
        hostOrganisationId: world.centre.id,
        audiences: ['principal'],
      })
      .expect(200);
    expect(edited.body).toMatchObject({
      name: '已修改的项目',
      budget: 0,
      hostOrganisationId: world.centre.id,
      hostName: '示范县教师发展中心',
      audiences: ['principal'],
      version: 2,
    });
    const stale = await world.centreCoordinator.patch(`/api/training/programmes/${created.body.id}`, { version: 1, name: '晚到的修改' }).expect(409);
    expect(stale.body).toMatchObject({ code: 'conflict.staleVersion', currentVersion: 2 });
    const back = await world.centreCoordinator.patch(`/api/training/programmes/${created.body.id}`, { version: 2, hostName: '湖南师范大学' }).expect(200);
    expect(back.body).toMatchObject({ hostOrganisationId: null, hostName: '湖南师范大学' });
    const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { entityId: created.body.id, action: 'training.programme.updated' });
    expect(audit.before).toMatchObject({ name: '待修改的项目' });
  });

  it('archives and restores', async () => {
    const created = await world.centreCoordinator.post('/api/training/programmes', body({ name: '归档测试' })).expect(201);
    const archived = await world.centreCoordinator.post(`/api/training/programmes/${created.body.id}/archive`).expect(200);
    expect(archived.body.archivedAt).not.toBeNull();
    await world.centreCoordinator.post(`/api/training/programmes/${created.body.id}/archive`).expect(409);
    const list = await world.centreCoordinator.get('/api/training/programmes?archived=true').expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([created.body.id]);
    const restored = await world.centreCoordinator.post(`/api/training/programmes/${created.body.id}/restore`).expect(200);
    expect(restored.body.archivedAt).toBeNull();
  });

  it('refuses to delete a programme with sessions, naming them; deletes one without', async () => {
    await insertSession(app, world, { title: '送培到校·城关小学' });
    const refused = await world.centreCoordinator.delete(`/api/training/programmes/${world.programmeId}`).expect(409);
    expect(refused.body).toMatchObject({
      code: 'training.programme.hasSessions',
      sessionCount: 1,
      sessions: [expect.objectContaining({ title: '送培到校·城关小学' })],
    });
    expect(refused.body.detail).toBe('该项目下还有 1 个培训班次（「送培到校·城关小学」），不能删除；不再使用可归档');
    const one = await world.centreCoordinator.get(`/api/training/programmes/${world.programmeId}`).expect(200);
    expect(one.body.sessionCount).toBe(1);
    const created = await world.centreCoordinator.post('/api/training/programmes', body({ name: '删除测试' })).expect(201);
    await world.centreCoordinator.delete(`/api/training/programmes/${created.body.id}`).expect(204);
    await world.centreCoordinator.get(`/api/training/programmes/${created.body.id}`).expect(404);
    expect(await app.dataSource.manager.countBy(AuditEntry, { entityId: created.body.id, action: 'training.programme.deleted' })).toBe(1);
  });
});
