import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@schoolbridge/shared';
import { createTestApp, type TestApp } from '../../src/testing/index.js';
import { TrainingProgramme } from '../../src/training/entities/programme.entity.js';
import { createTrainingWorld, insertSession, type TrainingWorld } from './world.js';

describe('GET /api/training/sessions: the filters a report figure links to', () => {
  let app: TestApp;
  let world: TrainingWorld;
  const titles = (items: { title: string }[]) => items.map((i) => i.title).sort();
  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-23T02:00:00Z' });
    world = await createTrainingWorld(app, { teachersPerSchool: 1 });
    const lecture = newId();
    const now = app.clock.now();
    await app.dataSource.manager.insert(TrainingProgramme, {
      id: lecture, name: '市培专题讲座', level: 'city', type: 'lecture', ownerOrganisationId: world.centre.id, hostOrganisationId: null, hostName: null,
      budget: null, startsOn: '2026-09-01', endsOn: '2027-01-31', description: null, archivedAt: null, createdBy: null, createdAt: now, updatedAt: now, version: 1,
    } as never);
    await insertSession(app, world, { title: '本县已结束', sunday: '2026-11-01', status: 'completed' });
    await insertSession(app, world, { title: '本县草稿', sunday: '2026-11-08', status: 'draft', venueId: world.schoolB.id, expertIds: [world.experts[2]!.id] });
    await insertSession(app, world, { title: '邻县送培', sunday: '2026-11-15', venueId: world.otherSchool.id, expertIds: [world.experts[3]!.id] });
    const lectureSession = await insertSession(app, world, { title: '本县讲座', sunday: '2026-12-13' });
    await app.dataSource.query('UPDATE training_session SET programme_id = $1 WHERE id = $2'.replace(/\$\d/g, app.databaseKind === 'postgres' ? (m) => m : () => '?'), [lecture, lectureSession.id]);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('filters by region (venue in it), several statuses, programme type and level', async () => {
    const get = async (query: string) => (await world.admin.get(`/api/training/sessions?${query}`).expect(200)).body.items;
    expect(titles(await get(`regionId=${world.county.id}`))).toEqual(['本县草稿', '本县讲座', '本县已结束'].sort());
    expect(titles(await get(`regionId=${world.otherCounty.id}`))).toEqual(['邻县送培'].sort());
    expect(titles(await get(`regionId=${world.county.id}&status=published,running,completed`))).toEqual(['本县讲座', '本县已结束'].sort());
    expect(titles(await get('type=lecture'))).toEqual(['本县讲座'].sort());
    expect(titles(await get(`organisationId=${world.schoolB.id}`))).toEqual(['本县草稿']);
    expect(titles(await get('level=county&status=completed,draft'))).toEqual(['本县草稿', '本县已结束'].sort());
    const bad = await world.admin.get('/api/training/sessions?status=published,closed').expect(400);
    expect(bad.body.errors).toMatchObject([{ field: 'status', code: 'validation.isIn' }]);
  });
});
