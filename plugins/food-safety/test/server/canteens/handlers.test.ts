import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '@schoolbridge/core/testing';
import { buildWorld, foodSafetyPlugin } from './fixture.js';

type World = Awaited<ReturnType<typeof buildWorld>>;

describe('food handlers: certificates, training and duty (API)', () => {
  let app: TestApp;
  let w: World;
  let c: Record<string, TestClient>;
  let canteenA = '';
  let canteenC = '';
  let handler: { id: string; version: number };

  beforeAll(async () => {
    app = await createTestApp({ plugins: [foodSafetyPlugin], now: '2026-11-23T02:00:00Z' });
    w = await buildWorld(app);
    c = w.clients;
    canteenA = (await c.admin!.post('/api/food-safety/canteens', { kind: 'canteen', name: '城关一小食堂', schoolId: w.schoolA.id }).expect(201)).body.id;
    canteenC = (await c.admin!.post('/api/food-safety/canteens', { kind: 'canteen', name: '河西中学食堂', schoolId: w.schoolC.id }).expect(201)).body.id;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('creating someone on duty without papers is refused with 409 naming each missing one', async () => {
    const res = await c.coordinatorA!.post('/api/food-safety/handlers', { canteenId: canteenA, name: '李桂花', onDuty: true }).expect(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('foodSafety.handler.dutyRefused');
    expect(res.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['healthCertExpiresOn', 'foodSafety.handler.certMissing'],
      ['trainedOn', 'foodSafety.handler.trainingMissing'],
    ]);
  });

  it('the school’s coordinator registers a handler off duty; an expired certificate keeps them off duty (409 naming it)', async () => {
    const res = await c
      .coordinatorA!.post('/api/food-safety/handlers', {
        canteenId: canteenA,
        name: '李桂花',
        gender: 'female',
        position: '厨师',
        mobile: '13912345678',
        healthCertNo: 'JK2025-001',
        healthCertExpiresOn: '2026-11-20',
        trainedOn: '2026-03-01',
      })
      .expect(201);
    expect(res.body).toMatchObject({
      onDuty: false,
      certificateState: 'expired',
      trainingState: 'valid',
      trainingValidUntil: '2027-03-01',
      dutyAllowed: false,
      flagged: false,
      mobile: '139****5678',
      canteenName: '城关一小食堂',
    });
    handler = res.body;
    const refused = await c.coordinatorA!.post(`/api/food-safety/handlers/${handler.id}/duty`, { version: handler.version, onDuty: true }).expect(409);
    expect(refused.body.errors).toEqual([{ field: 'healthCertExpiresOn', code: 'foodSafety.handler.certExpired', message: '健康证已于 2026-11-20 过期' }]);
  });

  it('with a renewed certificate they go on duty; training past its validity is refused too', async () => {
    const renewed = await c
      .coordinatorA!.patch(`/api/food-safety/handlers/${handler.id}`, { version: handler.version, healthCertExpiresOn: '2027-11-20', trainedOn: '2025-10-01' })
      .expect(200);
    const refused = await c.coordinatorA!.post(`/api/food-safety/handlers/${handler.id}/duty`, { version: renewed.body.version, onDuty: true }).expect(409);
    expect(refused.body.errors).toEqual([
      { field: 'trainedOn', code: 'foodSafety.handler.trainingExpired', message: '2025-10-01 的培训已超过 365 天有效期（至 2026-10-01）' },
    ]);
    const trained = await c
      .coordinatorA!.patch(`/api/food-safety/handlers/${handler.id}`, { version: renewed.body.version, trainedOn: '2026-09-01' })
      .expect(200);
    const on = await c.coordinatorA!.post(`/api/food-safety/handlers/${handler.id}/duty`, { version: trained.body.version, onDuty: true }).expect(200);
    expect(on.body).toMatchObject({ onDuty: true, dutyAllowed: true, flagged: false, dutyProblems: [] });
    handler = on.body;
    // An edit may not leave someone on duty with lapsed papers.
    const lapse = await c
      .coordinatorA!.patch(`/api/food-safety/handlers/${handler.id}`, { version: handler.version, healthCertExpiresOn: '2026-01-01' })
      .expect(409);
    expect(lapse.body.errors[0].field).toBe('healthCertExpiresOn');
    const stale = await c.coordinatorA!.post(`/api/food-safety/handlers/${handler.id}/duty`, { version: handler.version - 1, onDuty: false }).expect(409);
    expect(stale.body.code).toBe('conflict.staleVersion');
  });

  it('someone on duty whose certificate has expired since is flagged when read, and reminded of', async () => {
    const reminders = async (client: TestClient) =>
      ((await client.get('/api/reminders').expect(200)).body.items as { id: string; severity: string }[]).filter((r) =>
        r.id.startsWith('food-safety.health-certificate.'),
      );
    expect(await reminders(c.coordinatorA!)).toEqual([]);
    app.clock.set('2027-11-01T02:00:00Z');
    const coordinatorA = await app.signIn(c.coordinatorA!.user);
    expect(await reminders(coordinatorA)).toEqual([expect.objectContaining({ id: `food-safety.health-certificate.${handler.id}`, severity: 'dueSoon' })]);
    app.clock.set('2027-11-21T02:00:00Z');
    const later = await app.signIn(c.coordinatorA!.user);
    const read = await later.get(`/api/food-safety/handlers/${handler.id}`).expect(200);
    expect(read.body).toMatchObject({ onDuty: true, certificateState: 'expired', flagged: true, dutyAllowed: false });
    const flagged = await later.get(`/api/food-safety/handlers?flagged=true`).expect(200);
    expect(flagged.body.items.map((h: { id: string }) => h.id)).toEqual([handler.id]);
    expect(await reminders(later)).toEqual([expect.objectContaining({ severity: 'overdue' })]);
    const inspector = await app.signIn(c.inspector1!.user);
    expect((await reminders(inspector)).length).toBe(1);
    const other = await app.signIn(c.inspector2!.user);
    expect(await reminders(other)).toEqual([]);
    const detail = await later.get(`/api/food-safety/canteens/${canteenA}`).expect(200);
    expect(detail.body.handlers).toMatchObject({ total: 1, onDuty: 1, flagged: 1, certificatesDue: 1 });
    // Taking them off duty is always allowed.
    const off = await later.post(`/api/food-safety/handlers/${handler.id}/duty`, { version: read.body.version, onDuty: false }).expect(200);
    expect(off.body.flagged).toBe(false);
    app.clock.set('2026-11-23T02:00:00Z');
    for (const k of Object.keys(c)) c[k] = await app.signIn(c[k]!.user);
  });

  it('scope: another school’s coordinator neither sees nor edits them (404); a teacher gets 403; lists per canteen and across scope', async () => {
    await c.coordinatorC!.get(`/api/food-safety/handlers/${handler.id}`).expect(404);
    await c.coordinatorC!.post(`/api/food-safety/handlers/${handler.id}/archive`).expect(404);
    await c.coordinatorC!.get(`/api/food-safety/handlers?canteenId=${canteenA}`).expect(404);
    await c.coordinatorC!.post('/api/food-safety/handlers', { canteenId: canteenA, name: '张三' }).expect(404);
    await c.teacher!.get('/api/food-safety/handlers').expect(403);
    await c
      .coordinatorC!.post('/api/food-safety/handlers', {
        canteenId: canteenC,
        name: '张三',
        healthCertExpiresOn: '2027-06-01',
        trainedOn: '2026-10-01',
        onDuty: true,
      })
      .expect(201);
    const namesOf = async (client: TestClient, q = '') =>
      ((await client.get(`/api/food-safety/handlers${q}`).expect(200)).body.items as { name: string }[]).map((h) => h.name);
    expect(await namesOf(c.coordinatorC!)).toEqual(['张三']);
    expect(await namesOf(c.coordinatorA!)).toEqual(['李桂花']);
    expect((await namesOf(c.admin!)).sort()).toEqual(['张三', '李桂花'].sort());
    expect(await namesOf(c.admin!, `?canteenId=${canteenC}`)).toEqual(['张三']);
    expect(await namesOf(c.admin!, '?q=lgh')).toEqual(['李桂花']);
    expect(await namesOf(c.admin!, '?onDuty=true')).toEqual(['张三']);
    expect((await namesOf(c.admin!, '?certificate=valid')).sort()).toEqual(['张三', '李桂花'].sort());
    expect(await namesOf(c.admin!, '?certificate=expired')).toEqual([]);
  });

  it('archiving takes them off duty and out of the list', async () => {
    const read = await c.coordinatorC!.get('/api/food-safety/handlers').expect(200);
    const id = read.body.items[0].id as string;
    const archived = await c.coordinatorC!.post(`/api/food-safety/handlers/${id}/archive`).expect(200);
    expect(archived.body).toMatchObject({ onDuty: false });
    expect((await c.coordinatorC!.get('/api/food-safety/handlers').expect(200)).body.total).toBe(0);
    await c.coordinatorC!.post(`/api/food-safety/handlers/${id}/duty`, { version: archived.body.version, onDuty: true }).expect(409);
    await c.coordinatorC!.post(`/api/food-safety/handlers/${id}/restore`).expect(200);
  });
});
