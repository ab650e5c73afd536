import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '@schoolbridge/core';
import { createTestApp, type TestApp } from '@schoolbridge/core/testing';
import { foodSafetyPlugin } from '../../../src/server/index.js';
import { answer, draft, makeWorld, team, type World } from './world.js';

/** Campaigns with their progress, outings with their teams, issuing authorities. */
describe('campaigns, outings and issuing authorities', () => {
  let app: TestApp;
  let w: World;
  beforeAll(async () => {
    app = await createTestApp({ plugins: [foodSafetyPlugin], now: '2026-04-08T02:00:00Z' });
    w = await makeWorld(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('creates a campaign with its trigger document; its status follows the period', async () => {
    const res = await w.officer
      .post('/api/food-safety/campaigns', {
        name: '2026年春季学校食堂食品安全专项检查',
        startsOn: '2026-04-01',
        endsOn: '2026-04-30',
        regionId: w.county.id,
        documentNumber: '某市监发〔2026〕12号',
        documentTitle: '关于迅速开展中小学食堂食品安全检查的紧急通知',
        templateId: w.templateId,
      })
      .expect(201);
    expect(res.body).toMatchObject({ status: 'active', regionName: '某某县', templateName: '测试检查表', outingCount: 0, inspectionCount: 0 });
    const planned = await w.officer
      .post('/api/food-safety/campaigns', { name: '秋季开学检查', startsOn: '2026-09-01', endsOn: '2026-09-30', regionId: w.county.id })
      .expect(201);
    expect(planned.body.status).toBe('planned');
    const bad = await w.officer
      .post('/api/food-safety/campaigns', { name: '倒置', startsOn: '2026-05-01', endsOn: '2026-04-01', regionId: w.county.id })
      .expect(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'endsOn', code: 'foodSafety.endBeforeStart' });
    await w.officer.post('/api/food-safety/campaigns', { name: '外县', startsOn: '2026-05-01', endsOn: '2026-05-30', regionId: w.otherCounty.id }).expect(400);
    const active = await w.inspector.get('/api/food-safety/campaigns?status=active').expect(200);
    expect(active.body.items.map((k: { id: string }) => k.id)).toEqual([res.body.id]);
    const edited = await w.officer.patch(`/api/food-safety/campaigns/${planned.body.id}`, { version: planned.body.version, endsOn: '2026-10-15' }).expect(200);
    expect(edited.body).toMatchObject({ endsOn: '2026-10-15', version: planned.body.version + 1 });
    await w.officer.patch(`/api/food-safety/campaigns/${planned.body.id}`, { version: planned.body.version, endsOn: '2026-10-20' }).expect(409);
    await w.officer.delete(`/api/food-safety/campaigns/${planned.body.id}`).expect(204);
    expect(await app.dataSource.manager.countBy(AuditEntry, { entityId: planned.body.id })).toBe(3);
    // a school coordinator neither creates nor sees the county's campaigns
    await w.coordinatorA.post('/api/food-safety/campaigns', { name: 'x', startsOn: '2026-04-01', endsOn: '2026-04-30', regionId: w.county.id }).expect(403);
    await w.coordinatorA.get(`/api/food-safety/campaigns/${res.body.id}`).expect(404);
  });

  it('plans outings with team members with and without accounts, counts person-times and vehicle trips per outing, and reports progress', async () => {
    const campaign = (await w.officer.get('/api/food-safety/campaigns?status=active').expect(200)).body.items.find((k: { name: string }) =>
      k.name.startsWith('2026年春季'),
    );
    const outing = await w.inspector
      .post('/api/food-safety/outings', {
        campaignId: campaign.id,
        outingOn: '2026-04-08',
        vehicles: 1,
        vehiclePlates: '陕C·12345',
        members: [
          { userId: w.inspector.user.id, name: '王建国', agency: '县市场监督管理局', role: 'leader' },
          { userId: w.inspector2.user.id, agency: '县教体局', role: 'member' },
          { name: '赵六', agency: '县卫健局', role: 'member' },
        ],
      })
      .expect(201);
    expect(outing.body).toMatchObject({ campaignId: campaign.id, campaignName: campaign.name, regionId: w.county.id, vehicles: 1 });
    expect(outing.body.members.map((x: { name: string; userId: string | null; role: string }) => [x.name, x.userId, x.role])).toEqual([
      ['王建国', w.inspector.user.id, 'leader'],
      [w.inspector2.user.username, w.inspector2.user.id, 'member'],
      ['赵六', null, 'member'],
    ]);
    const noName = await w.inspector
      .post('/api/food-safety/outings', { outingOn: '2026-04-09', regionId: w.county.id, vehicles: 0, members: [{ role: 'leader' }] })
      .expect(400);
    expect(noName.body.errors[0]).toMatchObject({ field: 'members.0.name', code: 'validation.required' });
    const second = await w.inspector
      .post('/api/food-safety/outings', {
        campaignId: campaign.id,
        outingOn: '2026-04-09',
        vehicles: 2,
        members: team(w).map((p) => ({ ...p, role: 'member' })),
      })
      .expect(201);
    await w.coordinatorA
      .post('/api/food-safety/outings', { outingOn: '2026-04-09', regionId: w.county.id, vehicles: 0, members: [{ name: '甲', role: 'leader' }] })
      .expect(403);

    // an inspection of the campaign on the first outing: the outing's team are the officers present
    const d = await w.inspector
      .post('/api/food-safety/inspections', { kind: 'campaign', canteenId: w.canteenA, outingId: outing.body.id, authorityId: w.authorityId })
      .expect(201);
    expect(d.body).toMatchObject({ campaignId: campaign.id, outingId: outing.body.id, inspectedOn: '2026-04-08', templateId: w.templateId });
    expect(d.body.inspectors.map((p: { name: string }) => p.name)).toEqual(['王建国', w.inspector2.user.username, '赵六']);
    await answer(w, { id: d.body.id, version: d.body.version }, { m1: { result: 'nonCompliant' } });
    await w.inspector.post(`/api/food-safety/inspections/${d.body.id}/submit`, { deadline: { kind: 'date', on: '2026-04-20' } }).expect(200);
    const d2 = await answer(w, await draft(w, { kind: 'campaign', campaignId: campaign.id, outingId: second.body.id, canteenId: w.canteenB }));
    await w.inspector.post(`/api/food-safety/inspections/${d2.id}/submit`, {}).expect(200);
    await draft(w, { kind: 'campaign', campaignId: campaign.id, canteenId: w.canteenA });
    // a second draft on the first outing; an outing of no campaign may not be tied to another campaign's inspection
    await w.inspector
      .post('/api/food-safety/inspections', {
        kind: 'campaign',
        canteenId: w.canteenA,
        campaignId: campaign.id,
        outingId: outing.body.id,
        templateId: w.templateId,
      })
      .expect(201);
    const other = await w.officer
      .post('/api/food-safety/campaigns', { name: '另一项检查', startsOn: '2026-04-01', endsOn: '2026-04-30', regionId: w.county.id })
      .expect(201);
    const mismatch = await w.inspector
      .post('/api/food-safety/inspections', {
        kind: 'campaign',
        canteenId: w.canteenA,
        campaignId: other.body.id,
        outingId: outing.body.id,
        templateId: w.templateId,
      })
      .expect(400);
    expect(mismatch.body.errors[0]).toMatchObject({ field: 'outingId', code: 'foodSafety.inspection.outingOfOtherCampaign' });

    const progress = await w.inspector.get(`/api/food-safety/campaigns/${campaign.id}/progress`).expect(200);
    expect(progress.body).toMatchObject({
      canteensInRegion: 2,
      canteensInspected: 2,
      inspections: 2,
      drafts: 2,
      letters: 2,
      outings: 2,
      personTimes: 5,
      vehicleTrips: 3,
      noticesIssued: 1,
      noticesByStatus: [{ status: 'open', count: 1 }],
      noticesOverdue: 0,
    });
    expect(progress.body.grades).toEqual([
      { grade: 'excellent', count: 1 },
      { grade: 'good', count: 1 },
      { grade: 'fair', count: 0 },
      { grade: 'fail', count: 0 },
    ]);
    const listed = await w.inspector.get(`/api/food-safety/outings?campaignId=${campaign.id}`).expect(200);
    expect(listed.body.items.map((o: { outingOn: string; inspectionCount: number }) => [o.outingOn, o.inspectionCount])).toEqual([
      ['2026-04-09', 1],
      ['2026-04-08', 2],
    ]);
    // what is in use is not deleted
    await w.inspector.delete(`/api/food-safety/outings/${outing.body.id}`).expect(409);
    const inUse = await w.officer.delete(`/api/food-safety/campaigns/${campaign.id}`).expect(409);
    expect(inUse.body).toMatchObject({ code: 'foodSafety.campaign.inUse', outings: 2, inspections: 4 });
    // the team is replaced as a whole
    const edited = await w.inspector
      .patch(`/api/food-safety/outings/${second.body.id}`, { version: second.body.version, vehicles: 1, members: [{ name: '孙七', role: 'leader' }] })
      .expect(200);
    expect(edited.body.members.map((x: { name: string }) => x.name)).toEqual(['孙七']);
  });

  it('issuing authorities: unique prefix, visible to the county’s users, inactive ones not used, not deleted once used', async () => {
    const dup = await w.officer.post('/api/food-safety/authorities', { name: '重复', numberPrefix: w.prefix, regionId: w.county.id }).expect(409);
    expect(dup.body.code).toBe('conflict.duplicate');
    const township = await app.createRegion({ code: `${w.county.code}01`, kind: 'township', parent: w.county });
    const townInspector = await app.signInAs([{ role: 'inspector', regionId: township.id }]);
    const visible = await townInspector.get('/api/food-safety/authorities?active=true').expect(200);
    expect(visible.body.items.map((a: { id: string }) => a.id)).toContain(w.authorityId);
    const outsider = await app.signInAs([{ role: 'inspector', regionId: w.otherCounty.id }]);
    expect((await outsider.get('/api/food-safety/authorities').expect(200)).body.items).toEqual([]);
    const spare = await w.officer
      .post('/api/food-safety/authorities', { name: '备用', numberPrefix: `备${w.prefix}`, regionId: w.county.id, active: false })
      .expect(201);
    const refused = await w.inspector
      .post('/api/food-safety/inspections', { kind: 'routine', canteenId: w.canteenA, templateId: w.templateId, authorityId: spare.body.id })
      .expect(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'authorityId', code: 'foodSafety.authority.inactive' });
    await w.officer.delete(`/api/food-safety/authorities/${spare.body.id}`).expect(204);
    await w.officer.delete(`/api/food-safety/authorities/${w.authorityId}`).expect(409);
    // named only by a draft: refused in words that say so (not "0 letters")
    const drafted = await w.officer.post('/api/food-safety/authorities', { name: '草稿用', numberPrefix: `草${w.prefix}`, regionId: w.county.id }).expect(201);
    await w.inspector
      .post('/api/food-safety/inspections', { kind: 'routine', canteenId: w.canteenA, templateId: w.templateId, authorityId: drafted.body.id })
      .expect(201);
    const inUse = await w.officer.delete(`/api/food-safety/authorities/${drafted.body.id}`).expect(409);
    expect(inUse.body).toMatchObject({ code: 'foodSafety.authority.hasInspections', inspections: 1 });
    expect(inUse.body.detail).toBe('已有 1 次检查（含未提交的）选用该签发机关，不能删除；不再使用请停用');
    await w.coordinatorA.post('/api/food-safety/authorities', { name: 'x', numberPrefix: 'x', regionId: w.county.id }).expect(403);
  });
});
