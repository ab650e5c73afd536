import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '@schoolbridge/core/testing';
import { buildWorld, foodSafetyPlugin } from '../canteens/fixture.js';

type World = Awaited<ReturnType<typeof buildWorld>>;

describe('daily routine: sample log and daily / weekly / monthly records (API)', () => {
  let app: TestApp;
  let w: World;
  let c: Record<string, TestClient>;
  let canteenA = '';

  beforeAll(async () => {
    // 2026-11-25 is a Wednesday; 10:00 in Shanghai.
    app = await createTestApp({ plugins: [foodSafetyPlugin], now: '2026-11-25T02:00:00Z' });
    w = await buildWorld(app);
    c = w.clients;
    canteenA = (
      await c.admin!.post('/api/food-safety/canteens', { kind: 'canteen', name: '城关一小食堂', schoolId: w.schoolA.id, hasSampleFridge: true }).expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await app?.close();
  });

  const sample = (over: Record<string, unknown> = {}) => ({
    canteenId: canteenA,
    mealDate: '2026-11-22',
    meal: 'lunch',
    dish: '红烧肉',
    weightG: 150,
    retainedAt: '2026-11-22T04:30:00.000Z',
    retainedBy: '王芳',
    fridge: '1号留样柜',
    ...over,
  });

  it('a sample under 125 g is kept, with the warning returned; removal before 48 h is kept with a warning too', async () => {
    const light = await c.coordinatorA!.post('/api/food-safety/routine/samples', sample({ dish: '青菜', weightG: 100 })).expect(201);
    expect(light.body).toMatchObject({ weightG: 100, warnings: ['underweight'], removedAt: null, keptHours: null, removableFrom: '2026-11-24T04:30:00.000Z' });
    const early = await c.coordinatorA!.post('/api/food-safety/routine/samples', sample({ dish: '米饭' })).expect(201);
    expect(early.body.warnings).toEqual([]);
    const removedEarly = await c
      .coordinatorA!.post(`/api/food-safety/routine/samples/${early.body.id}/remove`, {
        version: early.body.version,
        removedBy: '李明',
        removedAt: '2026-11-23T04:30:00.000Z',
      })
      .expect(200);
    expect(removedEarly.body).toMatchObject({ removedBy: '李明', keptHours: 24, warnings: ['removedEarly'] });
    await c
      .coordinatorA!.post(`/api/food-safety/routine/samples/${early.body.id}/remove`, { version: removedEarly.body.version, removedBy: '李明' })
      .expect(409);
    const good = await c.coordinatorA!.post('/api/food-safety/routine/samples', sample()).expect(201);
    // Removed now (2026-11-25 02:00Z): kept 69.5 hours.
    const removedOk = await c
      .coordinatorA!.post(`/api/food-safety/routine/samples/${good.body.id}/remove`, { version: good.body.version, removedBy: '李明' })
      .expect(200);
    expect(removedOk.body).toMatchObject({ keptHours: 69.5, warnings: [] });
    const before = await c.coordinatorA!.post('/api/food-safety/routine/samples', sample({ dish: '汤' })).expect(201);
    const bad = await c
      .coordinatorA!.post(`/api/food-safety/routine/samples/${before.body.id}/remove`, {
        version: before.body.version,
        removedBy: '李明',
        removedAt: '2026-11-21T00:00:00.000Z',
      })
      .expect(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'removedAt', code: 'foodSafety.sample.removedBeforeRetained' });
    const problems = await c.inspector1!.get(`/api/food-safety/routine/samples?problems=true&canteenId=${canteenA}`).expect(200);
    expect(problems.body.items.map((s: { dish: string }) => s.dish).sort()).toEqual(['米饭', '青菜'].sort());
    expect(problems.body).toMatchObject({ total: 2, minGrams: 125, minHours: 48 });
    const all = await c.coordinatorA!.get('/api/food-safety/routine/samples?from=2026-11-22&to=2026-11-22').expect(200);
    expect(all.body.total).toBe(4);
    const invalid = await c.coordinatorA!.post('/api/food-safety/routine/samples', sample({ weightG: 0, mealDate: '2026-13-01' })).expect(400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['mealDate', 'weightG']);
  });

  it('writing needs food-safety.routine on the canteen: an inspector gets 403, another school 404, a teacher 403 on reading', async () => {
    await c.inspector1!.post('/api/food-safety/routine/samples', sample()).expect(403);
    await c.coordinatorC!.post('/api/food-safety/routine/samples', sample()).expect(404);
    expect((await c.coordinatorC!.get('/api/food-safety/routine/samples').expect(200)).body.total).toBe(0);
    await c.teacher!.get('/api/food-safety/routine/samples').expect(403);
  });

  it('a daily check is filled item by item against the current checklist version, once per day', async () => {
    const checklist = await c.coordinatorA!.get('/api/food-safety/routine/checklist?kind=dailyCheck').expect(200);
    const codes: string[] = checklist.body.version.areas.flatMap((a: { items: { code: string }[] }) => a.items.map((i) => i.code));
    expect(codes.length).toBeGreaterThan(3);
    const results = codes.map((itemCode, i) => ({ itemCode, result: i === 0 ? 'fail' : 'pass', note: i === 0 ? '留样记录缺签名' : null }));
    const missing = await c
      .coordinatorA!.post('/api/food-safety/routine/records', {
        canteenId: canteenA,
        kind: 'dailyCheck',
        date: '2026-11-25',
        person: '王芳',
        results: results.slice(1),
      })
      .expect(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'results', code: 'foodSafety.routine.missingItems' })]);
    const unknown = await c
      .coordinatorA!.post('/api/food-safety/routine/records', {
        canteenId: canteenA,
        kind: 'dailyCheck',
        date: '2026-11-25',
        person: '王芳',
        results: [...results, { itemCode: 'nope-1', result: 'pass' }],
      })
      .expect(400);
    expect(unknown.body.errors[0]).toMatchObject({ code: 'foodSafety.routine.unknownItem' });
    const created = await c
      .coordinatorA!.post('/api/food-safety/routine/records', {
        canteenId: canteenA,
        kind: 'dailyCheck',
        date: '2026-11-25',
        person: '王芳',
        results,
        findings: '留样记录缺签名',
        measures: '当场补签',
      })
      .expect(201);
    expect(created.body).toMatchObject({
      kind: 'dailyCheck',
      periodStart: '2026-11-25',
      periodEnd: '2026-11-25',
      failedCount: 1,
      itemCount: codes.length,
      templateVersionId: checklist.body.version.id,
    });
    expect(created.body.items[0]).toMatchObject({ itemCode: codes[0], result: 'fail', note: '留样记录缺签名' });
    const again = await c
      .coordinatorA!.post('/api/food-safety/routine/records', { canteenId: canteenA, kind: 'dailyCheck', date: '2026-11-25', person: '李明', results })
      .expect(409);
    expect(again.body.code).toBe('foodSafety.routine.duplicatePeriod');
    // The version is now used: editing the template makes the next version.
    const after = await c.coordinatorA!.get('/api/food-safety/routine/checklist?kind=dailyCheck').expect(200);
    expect(after.body.version.usedAt).not.toBeNull();
    // Not for a day after today.
    await c
      .coordinatorA!.post('/api/food-safety/routine/records', { canteenId: canteenA, kind: 'dailyCheck', date: '2026-11-26', person: '王芳', results })
      .expect(400);
    const edited = await c
      .coordinatorA!.patch(`/api/food-safety/routine/records/${created.body.id}`, {
        version: created.body.version,
        results: codes.map((itemCode) => ({ itemCode, result: 'pass' })),
      })
      .expect(200);
    expect(edited.body.failedCount).toBe(0);
    await c.coordinatorA!.patch(`/api/food-safety/routine/records/${created.body.id}`, { version: created.body.version, person: 'x' }).expect(409);
    await c.inspector1!.get(`/api/food-safety/routine/records/${created.body.id}`).expect(200);
    await c.coordinatorC!.get(`/api/food-safety/routine/records/${created.body.id}`).expect(404);
  });

  it('a weekly review covers the week from Monday and a monthly dispatch the month, each once, with the meeting’s risks', async () => {
    const fill = async (kind: string) => {
      const checklist = await c.coordinatorA!.get(`/api/food-safety/routine/checklist?kind=${kind}`).expect(200);
      return checklist.body.version.areas.flatMap((a: { items: { code: string }[] }) => a.items.map((i) => ({ itemCode: i.code, result: 'pass' })));
    };
    const weekly = await c
      .coordinatorA!.post('/api/food-safety/routine/records', {
        canteenId: canteenA,
        kind: 'weeklyReview',
        date: '2026-11-25',
        person: '张校长',
        results: await fill('weeklyReview'),
      })
      .expect(201);
    expect(weekly.body).toMatchObject({ periodStart: '2026-11-23', periodEnd: '2026-11-29' });
    await c
      .coordinatorA!.post('/api/food-safety/routine/records', {
        canteenId: canteenA,
        kind: 'weeklyReview',
        date: '2026-11-23',
        person: '张校长',
        results: await fill('weeklyReview'),
      })
      .expect(409);
    const monthly = await c
      .coordinatorA!.post('/api/food-safety/routine/records', {
        canteenId: canteenA,
        kind: 'monthlyDispatch',
        date: '2026-11-20',
        person: '张校长',
        results: await fill('monthlyDispatch'),
        risks: '冬季供暖，生熟混放风险上升',
        measures: '增加冷藏设备巡查频次',
      })
      .expect(201);
    expect(monthly.body).toMatchObject({ periodStart: '2026-11-01', periodEnd: '2026-11-30', risks: '冬季供暖，生熟混放风险上升' });
    await c
      .coordinatorA!.post('/api/food-safety/routine/records', {
        canteenId: canteenA,
        kind: 'monthlyDispatch',
        date: '2026-12-01',
        person: '张校长',
        results: [],
      })
      .expect(400);
    const list = await c.inspector1!.get(`/api/food-safety/routine/records?canteenId=${canteenA}&kind=weeklyReview`).expect(200);
    expect(list.body.items.map((r: { periodStart: string }) => r.periodStart)).toEqual(['2026-11-23']);
    expect((await c.inspector1!.get('/api/food-safety/routine/records').expect(200)).body.total).toBe(3);
  });
});
