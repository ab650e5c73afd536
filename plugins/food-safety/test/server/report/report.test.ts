import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '@schoolbridge/core/testing';
import { foodSafetyPlugin } from '../../../src/server/index.js';
import { insertCanteen, inspect, makeWorld, moveTo, team, type World } from '../inspections/world.js';

interface FigureBody {
  key: string;
  value: number;
  unit: string;
  measure?: string;
  partsOf?: string;
  partition?: string;
  subsetOf?: string;
  drill?: string;
}
interface SectionBody {
  id: string;
  error?: unknown;
  figures: FigureBody[];
  tables?: { key: string; rows: Record<string, string | number>[] }[];
}
interface ReportBody {
  sections: SectionBody[];
  checks: { kind: string; total: string; partition?: string; expected: number; actual: number; ok: boolean }[];
  mismatches: unknown[];
}

const section = (body: ReportBody) => body.sections.find((s) => s.id === 'food-safety')!;
const values = (s: SectionBody) => Object.fromEntries(s.figures.map((f) => [f.key, f.value]));

/**
 * The food-safety report section (issue 6 §9) over a county's spring term: person-times and vehicle
 * trips per outing, canteens counted once, inspections by kind and grade, letters, notices issued,
 * closed and overdue, penalties by reason — and nothing of the neighbouring county.
 */
describe('food-safety report section', () => {
  let app: TestApp;
  let w: World;
  let neighbour: TestClient;

  beforeAll(async () => {
    app = await createTestApp({ plugins: [foodSafetyPlugin], now: '2026-03-10T02:00:00Z' });
    w = await makeWorld(app);
    const canteenC = await insertCanteen(app, w.schoolA, '城关第一小学第二食堂');
    const campaign = await w.officer
      .post('/api/food-safety/campaigns', {
        name: '春季学校食堂专项检查',
        startsOn: '2026-03-02',
        endsOn: '2026-05-29',
        regionId: w.county.id,
        documentNumber: '某教体〔2026〕12号',
        documentTitle: '关于开展春季学校食堂食品安全专项检查的通知',
      })
      .expect(201);
    const outing = async (on: string, vehicles: number, others: number) =>
      (
        await w.inspector
          .post('/api/food-safety/outings', {
            campaignId: campaign.body.id,
            outingOn: on,
            vehicles,
            members: [
              ...team(w).map((m, i) => ({ ...m, role: i === 0 ? 'leader' : 'member' })),
              ...Array.from({ length: others }, (_, i) => ({ name: `市场监管${i + 1}`, agency: '县市场监督管理局', role: 'member' })),
            ],
          })
          .expect(201)
      ).body.id as string;
    const o1 = await outing('2026-03-10', 1, 1); // 3 person-times, 1 vehicle
    const o2 = await outing('2026-03-12', 2, 0); // 2 person-times, 2 vehicles
    await outing('2026-09-10', 1, 0); // in the autumn term: not counted

    const c = { kind: 'campaign', campaignId: campaign.body.id };
    // canteen A twice (counted once among canteens), B once, C once; one excellent, one failing with a notice
    await inspect(w, {}, { ...c, outingId: o1, inspectedOn: '2026-03-10' });
    await inspect(
      w,
      {
        m1: { result: 'nonCompliant', note: '生熟混放' },
        m2: { result: 'nonCompliant', note: '无留样冰箱' },
        n1: { result: 'nonCompliant', note: '库房物品未离地' },
      },
      { ...c, outingId: o1, canteenId: w.canteenB, inspectedOn: '2026-03-10' },
    );
    await inspect(w, {}, { ...c, outingId: o2, canteenId: canteenC, inspectedOn: '2026-03-12' });
    const routine = await inspect(
      w,
      { n3: { result: 'nonCompliant', note: '工作帽未戴' } },
      { inspectedOn: '2026-03-12' },
      { deadline: { kind: 'date', on: '2026-03-20' } },
    );
    // the neighbouring county's own inspection never shows in this county's report
    await moveTo(app, w, '2026-06-30T02:00:00Z');
    neighbour = await app.signInAs([{ role: 'bureau_officer', regionId: w.otherCounty.id }]);
    await w.inspector
      .post('/api/food-safety/penalties', {
        inspectionId: routine.id,
        documentNumber: '某市监罚〔2026〕3号',
        authorityName: '某某县市场监督管理局',
        reasonCode: 'expiredFood',
        amount: 500000,
        decidedOn: '2026-03-15',
      })
      .expect((r) => {
        if (r.status !== 201) throw new Error(JSON.stringify(r.body));
      });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('counts outings, person-times and vehicle trips per outing, canteens once, and partitions that add up', async () => {
    expect(app.databaseKind).toBe(process.env.DATABASE_URL ? 'postgres' : 'sqlite');
    const res = await w.officer.get('/api/reports/figures?period=2026-spring').expect(200);
    const s = section(res.body as ReportBody);
    expect(s.error).toBeUndefined();
    const v = values(s);
    expect(v).toMatchObject({
      'foodSafety.outings': 2,
      'foodSafety.inspectorPersonTimes': 5,
      'foodSafety.vehicleTrips': 3,
      'foodSafety.canteensInspected': 3,
      'foodSafety.inspections': 4,
      'foodSafety.inspections.kind.campaign': 3,
      'foodSafety.inspections.kind.routine': 1,
      'foodSafety.inspectionsGraded': 4,
      'foodSafety.letters': 4,
      'foodSafety.noticesIssued': 2,
      'foodSafety.noticesClosed': 0,
      // the routine notice was due 2026-03-20, the campaign one 2026-04-30: both passed by the term's end
      'foodSafety.noticesOverdue': 2,
      'foodSafety.penalties': 1,
      'foodSafety.penaltyAmount': 500000,
      'foodSafety.penalties.reason.expiredFood': 1,
    });
    const grades = Object.entries(v).filter(([k]) => k.startsWith('foodSafety.inspections.grade.'));
    expect(grades.reduce((a, [, n]) => a + n, 0)).toBe(4);
    const ours = (res.body as ReportBody).checks.filter((c) => c.total.startsWith('foodSafety.'));
    expect(ours.length).toBeGreaterThanOrEqual(4);
    expect(ours.every((c) => c.ok)).toBe(true);
    expect((res.body as ReportBody).mismatches).toEqual([]);
    const byKey = new Map(s.figures.map((f) => [f.key, f]));
    expect(byKey.get('foodSafety.inspectorPersonTimes')).toMatchObject({ unit: 'personTimes', measure: 'foodSafety.report.measure.personTimes' });
    expect(byKey.get('foodSafety.vehicleTrips')).toMatchObject({ unit: 'count', measure: 'foodSafety.report.measure.vehicleTrips' });
    expect(byKey.get('foodSafety.canteensInspected')).toMatchObject({ measure: 'foodSafety.report.measure.canteens' });
    expect(byKey.get('foodSafety.letters')).toMatchObject({ measure: 'foodSafety.report.measure.documents' });
    expect(byKey.get('foodSafety.penaltyAmount')).toMatchObject({ unit: 'fen' });
    expect(byKey.get('foodSafety.inspections')!.drill).toContain('/food-safety/inspections?');
    const campaigns = s.tables!.find((t) => t.key === 'foodSafety.campaigns')!;
    expect(campaigns.rows).toEqual([
      expect.objectContaining({
        campaign: '春季学校食堂专项检查',
        outings: 2,
        personTimes: 5,
        vehicleTrips: 3,
        canteens: 3,
        inspections: 3,
        noticesIssued: 1,
        noticesClosed: 0,
      }),
    ]);
    const reasons = s.tables!.find((t) => t.key === 'foodSafety.penaltiesByReason')!;
    expect(reasons.rows).toEqual([{ reason: '使用超过保质期的食品', penalties: 1, amount: 500000 }]);
  });

  it('counts overdue notices as of the period’s last day', async () => {
    const march = section((await w.officer.get('/api/reports/figures?period=2026-03-01..2026-03-25').expect(200)).body as ReportBody);
    // as of 25 March only the routine notice (due 20 March) had passed its deadline
    expect(values(march)['foodSafety.noticesOverdue']).toBe(1);
  });

  it('every drill link of a figure that counts rows lists exactly those rows', async () => {
    // close the routine notice (issued 12 March) at the end of June: closed in June, issued in March
    const notices = (await w.inspector.get('/api/food-safety/notices?status=notClosed').expect(200)).body.items as { id: string; canteenId: string }[];
    const routineNotice = notices.find((n) => n.canteenId === w.canteenA)!;
    const detail = (await w.inspector.get(`/api/food-safety/notices/${routineNotice.id}`).expect(200)).body;
    for (const item of detail.noticeItems as { id: string }[]) {
      const coordinator = await app.signIn(w.coordinatorA.user);
      await coordinator.post(`/api/food-safety/notices/${routineNotice.id}/items/${item.id}/evidence`, { note: '已整改', fileIds: [] }).expect(200);
      await w.inspector.post(`/api/food-safety/notices/${routineNotice.id}/items/${item.id}/accept`, {}).expect(200);
    }
    await w.inspector.post(`/api/food-safety/notices/${routineNotice.id}/close`, {}).expect(200);

    const rowCounting = /^foodSafety\.(outings|inspections(\.kind\..+|\.grade\..+)?|letters|notices(Issued|Closed|Overdue)|penalties(\.reason\..+)?)$/;
    for (const period of ['2026-03-01..2026-03-25', '2026-03-01..2026-06-30', '2026-06-01..2026-06-30']) {
      const s = section((await w.officer.get(`/api/reports/figures?period=${period}`).expect(200)).body as ReportBody);
      const figures = s.figures.filter((f) => rowCounting.test(f.key));
      expect(figures.length).toBeGreaterThanOrEqual(7);
      for (const f of figures) {
        expect(f.drill, f.key).toMatch(/^\/food-safety\/[a-z]+\?/);
        const res = await w.officer.get(`/api${f.drill!}`).expect(200);
        expect({ period, key: f.key, rows: res.body.total }).toEqual({ period, key: f.key, rows: f.value });
      }
    }
    const june = values(section((await w.officer.get('/api/reports/figures?period=2026-06-01..2026-06-30').expect(200)).body as ReportBody));
    expect(june).toMatchObject({ 'foodSafety.noticesIssued': 0, 'foodSafety.noticesClosed': 1 });
  });

  it('shows a neighbouring county nothing of this one', async () => {
    const s = section((await neighbour.get('/api/reports/figures?period=2026-spring').expect(200)).body as ReportBody);
    const v = values(s);
    expect(v['foodSafety.inspections']).toBe(0);
    expect(v['foodSafety.outings']).toBe(0);
    expect(v['foodSafety.penalties']).toBe(0);
  });
});
