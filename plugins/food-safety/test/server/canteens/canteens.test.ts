import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingSchemaChanges } from '@schoolbridge/core';
import { createTestApp, type TestApp, type TestClient } from '@schoolbridge/core/testing';
import { buildWorld, foodSafetyPlugin } from './fixture.js';

type World = Awaited<ReturnType<typeof buildWorld>>;

describe('canteens and meal suppliers (API)', () => {
  let app: TestApp;
  let w: World;
  let c: Record<string, TestClient>;
  let canteenA: { id: string; version: number };
  let supplier: { id: string; version: number };

  beforeAll(async () => {
    app = await createTestApp({ plugins: [foodSafetyPlugin], now: '2026-11-23T02:00:00Z' });
    w = await buildWorld(app);
    c = w.clients;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('leaves no schema drift after the migrations', async () => {
    expect(await pendingSchemaChanges(app.dataSource)).toEqual([]);
  });

  it('an inspector registers a school canteen of their county; licence state and masked mobile come back', async () => {
    const res = await c
      .inspector1!.post('/api/food-safety/canteens', {
        kind: 'canteen',
        name: '城关一小食堂',
        schoolId: w.schoolA.id,
        operator: 'contracted',
        operatorName: '鑫源餐饮有限公司',
        licenceNo: 'JY14399010000001',
        licenceExpiresOn: '2026-12-10',
        hasSampleFridge: true,
        contactName: '王师傅',
        contactMobile: '138 1234 5678',
        diners: 820,
      })
      .expect(201);
    expect(res.body).toMatchObject({
      kind: 'canteen',
      schoolId: w.schoolA.id,
      schoolName: '城关一小',
      regionId: w.county1.id,
      licenceState: 'expiring',
      contactMobile: '138****5678',
      hasSampleFridge: true,
      hasDisinfection: false,
      servedSchools: [],
      handlers: { total: 0, onDuty: 0, flagged: 0, certificatesDue: 0 },
      canManage: true,
    });
    canteenA = res.body;
  });

  it('refuses with field errors: a bad expiry date, a school outside the scope, an organisation that is not a school, a canteen without a school', async () => {
    const bad = await c
      .inspector1!.post('/api/food-safety/canteens', { kind: 'canteen', name: '甲', schoolId: w.schoolB.id, licenceExpiresOn: '2026-02-30' })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('licenceExpiresOn');
    const outside = await c.inspector1!.post('/api/food-safety/canteens', { kind: 'canteen', name: '乙', schoolId: w.schoolC.id }).expect(400);
    expect(outside.body.errors).toEqual([expect.objectContaining({ field: 'schoolId', code: 'foodSafety.canteen.schoolNotFound' })]);
    const bureau = await c.inspector1!.post('/api/food-safety/canteens', { kind: 'canteen', name: '丙', schoolId: w.bureau.id }).expect(400);
    expect(bureau.body.errors).toEqual([expect.objectContaining({ field: 'schoolId', code: 'foodSafety.canteen.notSchool' })]);
    const none = await c.inspector1!.post('/api/food-safety/canteens', { kind: 'canteen', name: '丁' }).expect(400);
    expect(none.body.errors).toEqual([expect.objectContaining({ field: 'schoolId', code: 'foodSafety.canteen.schoolRequired' })]);
    const supplierNoRegion = await c.inspector1!.post('/api/food-safety/canteens', { kind: 'supplier', name: '戊' }).expect(400);
    expect(supplierNoRegion.body.errors).toEqual([expect.objectContaining({ field: 'regionId' })]);
  });

  it('a meal supplier of the county serves a school; another county’s school joins through a wider scope', async () => {
    const res = await c
      .inspector1!.post('/api/food-safety/canteens', {
        kind: 'supplier',
        name: '康达配餐中心',
        regionId: w.county1.id,
        operator: 'contracted',
        servedSchoolIds: [w.schoolB.id],
        licenceExpiresOn: '2026-11-01',
      })
      .expect(201);
    expect(res.body).toMatchObject({
      kind: 'supplier',
      schoolId: null,
      regionName: '城关县',
      licenceState: 'expired',
      servedSchools: [{ schoolId: w.schoolB.id, name: '城关二小' }],
    });
    supplier = res.body;
    // County 2's school is outside inspector 1's scope.
    await c.inspector1!.post(`/api/food-safety/canteens/${supplier.id}/schools`, { schoolId: w.schoolC.id }).expect(400);
    const added = await c.admin!.post(`/api/food-safety/canteens/${supplier.id}/schools`, { schoolId: w.schoolC.id }).expect(200);
    expect(added.body.servedSchools.map((s: { name: string }) => s.name).sort()).toEqual(['城关二小', '河西中学'].sort());
    const dup = await c.admin!.post(`/api/food-safety/canteens/${supplier.id}/schools`, { schoolId: w.schoolC.id }).expect(409);
    expect(dup.body.code).toBe('conflict.duplicate');
    await c.inspector1!.post(`/api/food-safety/canteens/${canteenA.id}/schools`, { schoolId: w.schoolB.id }).expect(409);
  });

  it('scope: a coordinator sees their school’s canteen and the suppliers serving it, nothing else (404); no permission → 403', async () => {
    const names = async (client: TestClient) =>
      ((await client.get('/api/food-safety/canteens').expect(200)).body.items as { name: string }[]).map((i) => i.name).sort();
    expect(await names(c.coordinatorA!)).toEqual(['城关一小食堂']);
    expect(await names(c.coordinatorC!)).toEqual(['康达配餐中心']);
    expect(await names(c.inspector1!)).toEqual(['城关一小食堂', '康达配餐中心'].sort());
    expect(await names(c.inspector2!)).toEqual(['康达配餐中心']);
    await c.coordinatorC!.get(`/api/food-safety/canteens/${canteenA.id}`).expect(404);
    const own = await c.coordinatorA!.get(`/api/food-safety/canteens/${canteenA.id}`).expect(200);
    expect(own.body.canManage).toBe(false);
    await c.coordinatorC!.get(`/api/food-safety/canteens/${supplier.id}`).expect(200);
    await c.teacher!.get('/api/food-safety/canteens').expect(403);
    await c.teacher!.get(`/api/food-safety/canteens/${canteenA.id}`).expect(403);
    // A coordinator reads but does not manage canteens.
    await c.coordinatorA!.patch(`/api/food-safety/canteens/${canteenA.id}`, { version: canteenA.version, name: 'x' }).expect(403);
    // Once the supplier drops school C, school C's coordinator no longer sees it.
    await c.admin!.delete(`/api/food-safety/canteens/${supplier.id}/schools/${w.schoolC.id}`).expect(200);
    await c.coordinatorC!.get(`/api/food-safety/canteens/${supplier.id}`).expect(404);
    await c.inspector2!.get(`/api/food-safety/canteens/${supplier.id}`).expect(404);
  });

  it('edits carry the version: a stale one answers 409; archive and restore', async () => {
    const edited = await c
      .inspector1!.patch(`/api/food-safety/canteens/${canteenA.id}`, { version: canteenA.version, licenceExpiresOn: '2029-06-30', hasDisinfection: true })
      .expect(200);
    expect(edited.body).toMatchObject({ licenceState: 'valid', hasDisinfection: true, version: canteenA.version + 1 });
    const stale = await c.inspector1!.patch(`/api/food-safety/canteens/${canteenA.id}`, { version: canteenA.version, name: '旧' }).expect(409);
    expect(stale.body.code).toBe('conflict.staleVersion');
    canteenA = edited.body;
    const archived = await c.inspector1!.post(`/api/food-safety/canteens/${canteenA.id}/archive`).expect(200);
    expect(archived.body.archivedAt).not.toBeNull();
    expect((await c.inspector1!.get('/api/food-safety/canteens').expect(200)).body.items.map((i: { id: string }) => i.id)).not.toContain(canteenA.id);
    expect((await c.inspector1!.get('/api/food-safety/canteens?archived=true').expect(200)).body.items.map((i: { id: string }) => i.id)).toEqual([canteenA.id]);
    await c.inspector1!.post(`/api/food-safety/canteens/${canteenA.id}/archive`).expect(409);
    const restored = await c.inspector1!.post(`/api/food-safety/canteens/${canteenA.id}/restore`).expect(200);
    canteenA = restored.body;
  });

  it('lists with filters: kind, school (its canteen and its suppliers), region, licence state, pinyin name', async () => {
    const ids = async (query: string) =>
      ((await c.admin!.get(`/api/food-safety/canteens?${query}`).expect(200)).body.items as { id: string }[]).map((i) => i.id);
    expect(await ids('kind=supplier')).toEqual([supplier.id]);
    expect(await ids(`schoolId=${w.schoolB.id}`)).toEqual([supplier.id]);
    expect(await ids(`schoolId=${w.schoolA.id}`)).toEqual([canteenA.id]);
    expect((await ids(`regionId=${w.city.id}`)).sort()).toEqual([canteenA.id, supplier.id].sort());
    expect(await ids(`regionId=${w.county2.id}`)).toEqual([]);
    expect(await ids('licence=expired')).toEqual([supplier.id]);
    expect(await ids('licence=valid')).toEqual([canteenA.id]);
    expect(await ids('licence=expiring')).toEqual([]);
    expect(await ids('q=kdpc')).toEqual([supplier.id]);
    expect(await ids('q=%E9%A3%9F%E5%A0%82')).toEqual([canteenA.id]);
    const page = await c.admin!.get('/api/food-safety/canteens?pageSize=1&page=2').expect(200);
    expect(page.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    await c.admin!.get('/api/food-safety/canteens?licence=soon').expect(400);
  });

  it('offers the schools and regions of the caller’s scope to pick', async () => {
    const schools = await c.inspector1!.get('/api/food-safety/canteens/options/schools').expect(200);
    expect(schools.body.items.map((o: { name: string }) => o.name).sort()).toEqual(['城关一小', '城关二小'].sort());
    const q = await c.inspector1!.get(`/api/food-safety/canteens/options/schools?q=${encodeURIComponent('二')}`).expect(200);
    expect(q.body.items).toEqual([{ id: w.schoolB.id, name: '城关二小', hint: '城关县' }]);
    const regions = await c.inspector1!.get('/api/food-safety/canteens/options/regions').expect(200);
    expect(regions.body.items.map((o: { id: string }) => o.id)).toEqual([w.county1.id]);
    await c.coordinatorA!.get('/api/food-safety/canteens/options/schools').expect(403);
  });

  it('exports the filtered list as csv with mobiles masked', async () => {
    const res = await c.inspector1!.get('/api/food-safety/canteens/export?format=csv&kind=canteen').expect(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const text = res.text;
    expect(text).toContain('城关一小食堂');
    expect(text).toContain('138****5678');
    expect(text).not.toContain('13812345678');
    expect(text).not.toContain('康达配餐中心');
    const xlsx = await c.inspector1!.get('/api/food-safety/canteens/export').expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('reminders: licences expiring within 30 days or expired, by date, to those whose scope holds them', async () => {
    const reminders = async (client: TestClient) =>
      ((await client.get('/api/reminders').expect(200)).body.items as { id: string; severity: string; dueDate: string }[]).filter((r) =>
        r.id.startsWith('food-safety.licence.'),
      );
    // Today 2026-11-23: the supplier's licence expired on 11-01; the canteen's runs to 2029.
    expect(await reminders(c.inspector1!)).toEqual([
      expect.objectContaining({ id: `food-safety.licence.${supplier.id}`, severity: 'overdue', dueDate: '2026-11-01' }),
    ]);
    expect(await reminders(c.coordinatorA!)).toEqual([]);
    await c.inspector1!.patch(`/api/food-safety/canteens/${canteenA.id}`, { version: canteenA.version, licenceExpiresOn: '2027-01-15' }).expect(200);
    expect((await reminders(c.coordinatorA!)).length).toBe(0);
    // Moving the clock on ends the sessions: sign in again on the new day.
    app.clock.set('2026-12-20T02:00:00Z');
    expect(await reminders(await app.signIn(c.coordinatorA!.user))).toEqual([
      expect.objectContaining({ id: `food-safety.licence.${canteenA.id}`, severity: 'dueSoon', dueDate: '2027-01-15' }),
    ]);
    app.clock.set('2027-01-16T02:00:00Z');
    const coordinator = await app.signIn(c.coordinatorA!.user);
    expect(await reminders(coordinator)).toEqual([expect.objectContaining({ severity: 'overdue' })]);
    expect((await coordinator.get(`/api/food-safety/canteens/${canteenA.id}`).expect(200)).body.licenceState).toBe('expired');
    app.clock.set('2026-11-23T02:00:00Z');
    for (const k of Object.keys(c)) c[k] = await app.signIn(c[k]!.user);
  });
});
