import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@schoolbridge/shared';
import { AuditService, requestContext } from '../../../src/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../../src/testing/index.js';

describe('audit log', () => {
  let app: TestApp;
  let admin: TestClient;
  let audit: AuditService;

  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.signInAs(['admin']);
    audit = app.app.get(AuditService);
  });
  afterAll(async () => {
    await app?.close();
  });

  /** Records as if a signed-in user made the write in a request. */
  function recordAs(actor: { userId: string; displayName: string } | null, fn: () => Promise<unknown>) {
    return requestContext.run(
      { requestId: `req-${newId()}`, ip: '10.0.0.9', actor: actor ? ({ ...actor, username: 'x', locale: 'zh-CN', via: 'session', sessionId: null, mustChangePassword: false, assignments: [], permissions: new Set() } as never) : null },
      fn,
    );
  }

  it('records an interactive write with before → after, actor, request id and ip, and leaves secrets out', async () => {
    const requestId = `create-token-${newId().slice(-12)}`;
    const created = await admin.post('/api/auth/tokens', { name: '导入脚本' }).set('X-Request-Id', requestId).expect(201);
    const res = await admin.get(`/api/audit?action=platform.apiToken.create&entityId=${created.body.id}`).expect(200);
    expect(res.body.total).toBe(1);
    const entry = res.body.items[0];
    expect(entry).toMatchObject({
      action: 'platform.apiToken.create',
      entityType: 'platform.apiToken',
      entityId: created.body.id,
      actorId: admin.user.id,
      actorName: admin.user.username,
      requestId,
      before: null,
    });
    expect(entry.ip).toMatch(/127\.0\.0\.1/);
    expect(entry.after).toMatchObject({ id: created.body.id, name: '导入脚本', prefix: created.body.prefix });
    expect(entry.after).not.toHaveProperty('tokenHash');
    expect(JSON.stringify(entry)).not.toContain(created.body.token);
    const one = await admin.get(`/api/audit/${entry.id}`).expect(200);
    expect(one.body).toEqual(entry);
  });

  it('records a password reset with the state before and after', async () => {
    const target = await app.createUser();
    await admin.post(`/api/users/${target.id}/reset-password`).expect(200);
    const res = await admin.get(`/api/audit?action=platform.user.resetPassword&entityId=${target.id}`).expect(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({ before: { mustChangePassword: false }, after: { mustChangePassword: true }, actorId: admin.user.id });
  });

  it('records a bulk job once, with counts, file hash and row ids', async () => {
    const ids = [newId(), newId(), newId()];
    const fileHash = 'a'.repeat(64);
    await recordAs({ userId: admin.user.id, displayName: admin.user.username }, () =>
      audit.recordBulk({ action: 'directory.teacher.import', entityType: 'directory.teacher', counts: { created: 2, updated: 1, skipped: 4 }, fileHash, ids }),
    );
    const res = await admin.get('/api/audit?action=directory.teacher.import').expect(200);
    expect(res.body.total).toBe(1);
    expect(res.body.items[0]).toMatchObject({
      entityType: 'directory.teacher',
      entityId: null,
      before: null,
      after: null,
      actorId: admin.user.id,
      ip: '10.0.0.9',
      bulk: { counts: { created: 2, updated: 1, skipped: 4 }, fileHash, ids },
    });
  });

  it('filters by entity type, entity id, actor and dates in the deployment time zone, newest first, with paging', async () => {
    const entityType = `test.thing${newId().slice(-6)}`;
    const e1 = newId();
    const e2 = newId();
    const someone = await app.createUser();
    // 2026-11-19 23:30 and 2026-11-20 00:30 in Asia/Shanghai
    app.clock.set('2026-11-19T15:30:00Z');
    await recordAs(null, () => audit.record({ action: 'test.thing.create', entityType, entityId: e1, after: { n: 1 } }));
    app.clock.set('2026-11-19T16:30:00Z');
    await recordAs({ userId: someone.id, displayName: someone.username }, () => audit.record({ action: 'test.thing.update', entityType, entityId: e1, before: { n: 1 }, after: { n: 2 } }));
    app.clock.set('2026-11-21T01:00:00Z');
    await recordAs(null, () => audit.record({ action: 'test.thing.create', entityType, entityId: e2, after: { n: 3 } }));
    app.clock.set('2026-11-23T02:00:00Z');

    const all = await admin.get(`/api/audit?entityType=${entityType}`).expect(200);
    expect(all.body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    expect(all.body.items.map((i: { after: { n: number } }) => i.after.n)).toEqual([3, 2, 1]);
    expect(all.body.items[0].at).toBe('2026-11-21T01:00:00.000Z');

    const byEntity = await admin.get(`/api/audit?entityType=${entityType}&entityId=${e1}`).expect(200);
    expect(byEntity.body.items.map((i: { after: { n: number } }) => i.after.n)).toEqual([2, 1]);

    const byActor = await admin.get(`/api/audit?actorId=${someone.id}&entityType=${entityType}`).expect(200);
    expect(byActor.body.items.map((i: { action: string }) => i.action)).toEqual(['test.thing.update']);

    const onThe20th = await admin.get(`/api/audit?entityType=${entityType}&from=2026-11-20&to=2026-11-20`).expect(200);
    expect(onThe20th.body.items.map((i: { after: { n: number } }) => i.after.n)).toEqual([2]);
    const fromThe20th = await admin.get(`/api/audit?entityType=${entityType}&from=2026-11-20`).expect(200);
    expect(fromThe20th.body.items.map((i: { after: { n: number } }) => i.after.n)).toEqual([3, 2]);
    const upToThe19th = await admin.get(`/api/audit?entityType=${entityType}&to=2026-11-19`).expect(200);
    expect(upToThe19th.body.items.map((i: { after: { n: number } }) => i.after.n)).toEqual([1]);
    const byInstant = await admin.get(`/api/audit?entityType=${entityType}&from=2026-11-19T16:30:00Z&to=2026-11-21T01:00:00Z`).expect(200);
    expect(byInstant.body.items.map((i: { after: { n: number } }) => i.after.n)).toEqual([3, 2]);

    const page2 = await admin.get(`/api/audit?entityType=${entityType}&page=2&pageSize=2`).expect(200);
    expect(page2.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.body.items.map((i: { after: { n: number } }) => i.after.n)).toEqual([1]);
    const capped = await admin.get(`/api/audit?entityType=${entityType}&pageSize=1000`).expect(200);
    expect(capped.body.pageSize).toBe(200);
  });

  it('refuses unknown and malformed query parameters by name', async () => {
    const unknown = await admin.get('/api/audit?colour=red').expect(400);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'colour', code: 'validation.unknownField' })]);
    const bad = await admin.get('/api/audit?from=yesterday&page=0&actorId=nope').expect(400);
    const fields = (bad.body.errors as { field: string; code: string }[]).map((e) => `${e.field}:${e.code}`).sort();
    expect(fields).toEqual(['actorId:validation.isUuid', 'from:validation.dateOrInstant', 'page:validation.min']);
    const reversed = await admin.get('/api/audit?from=2026-11-20&to=2026-11-19').expect(400);
    expect(reversed.body.errors).toEqual([expect.objectContaining({ field: 'to', code: 'validation.rangeOrder' })]);
    await admin.get('/api/audit/not-a-uuid').expect(400);
  });

  it('shows a region holder the entries under their path only; entries without a path only to global readers', async () => {
    const province = await app.createRegion({ code: '43', kind: 'province' });
    const city = await app.createRegion({ code: '4399', kind: 'city', parent: province });
    const county1 = await app.createRegion({ code: '439901', parent: city });
    const county2 = await app.createRegion({ code: '439902', parent: city });
    const school = await app.createOrganisation({ region: county1 });
    const entityType = `scope.thing${newId().slice(-6)}`;
    const inCounty1 = await audit.record({ action: 'scope.thing.update', entityType, entityId: 'in-county-1', scopePath: school.path });
    const inCounty2 = await audit.record({ action: 'scope.thing.update', entityType, entityId: 'in-county-2', scopePath: county2.path });
    await audit.record({ action: 'scope.thing.update', entityType, entityId: 'no-path' });

    const officer = await app.signInAs([{ role: 'bureau_officer', regionId: county1.id }]);
    const seen = await officer.get(`/api/audit?entityType=${entityType}`).expect(200);
    expect(seen.body.items.map((i: { entityId: string }) => i.entityId)).toEqual(['in-county-1']);
    expect(seen.body.total).toBe(1);
    await officer.get(`/api/audit/${inCounty1.id}`).expect(200);
    const hidden = await officer.get(`/api/audit/${inCounty2.id}`).expect(404);
    expect(hidden.headers['content-type']).toContain('application/problem+json');

    const cityOfficer = await app.signInAs([{ role: 'bureau_officer', regionId: city.id }]);
    const citySeen = await cityOfficer.get(`/api/audit?entityType=${entityType}`).expect(200);
    expect(citySeen.body.items.map((i: { entityId: string }) => i.entityId).sort()).toEqual(['in-county-1', 'in-county-2']);

    const everything = await admin.get(`/api/audit?entityType=${entityType}`).expect(200);
    expect(everything.body.total).toBe(3);
  });

  it('describes its routes and query parameters in the OpenAPI document', async () => {
    const doc = (await app.request().get('/api/docs-json').expect(200)).body;
    const params = (doc.paths['/api/audit'].get.parameters as { name: string }[]).map((p) => p.name).sort();
    expect(params).toEqual(['action', 'actorId', 'entityId', 'entityType', 'from', 'page', 'pageSize', 'to']);
    expect(doc.paths['/api/audit/{id}'].get).toBeDefined();
    expect((doc.paths['/api/notifications'].get.parameters as { name: string }[]).map((p) => p.name).sort()).toEqual(['page', 'pageSize', 'unread']);
    expect(doc.paths['/api/notifications/{id}/read'].post).toBeDefined();
    expect(doc.paths['/api/notifications/read-all'].post).toBeDefined();
  });

  it('answers 403 to a user without the permission', async () => {
    const teacher = await app.signInAs(['teacher']);
    const res = await teacher.get('/api/audit').expect(403);
    expect(res.body.code).toBe('auth.forbidden');
    const entry = await audit.record({ action: 'x.y.z', entityType: 'x.y', entityId: null });
    await teacher.get(`/api/audit/${entry.id}`).expect(403);
  });
});
