/**
 * The food-safety demo seed, run the way `seed-demo` runs every module's seed (through the
 * extension registry, after the platform's, the directory's and training's), then read back
 * through the plugin's HTTP API as the demo inspector and the demo school coordinator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@schoolbridge/shared';
import { ExtensionRegistry, UsersService, type AssignmentInput, type SeedContext } from '@schoolbridge/core';
import { createTestApp, type TestApp, type TestClient } from '@schoolbridge/core/testing';
import { foodSafetyPlugin } from '../../../src/server/index.js';
import { DEFAULT_GRADING, scoreInspection, type InspectionItemResult } from '../../../src/shared/rules/index.js';

const PASSWORD = 'Demo-Seed-Password-9';
const API = '/api/food-safety';

interface Page<T> {
  items: T[];
  total: number;
}
interface NoticeRow {
  id: string;
  number: string;
  status: string;
  deadlineKind: string;
  deadline: string | null;
  overdue: boolean;
  canteenId: string;
}

/** Runs the enabled modules' demo seeds in their order, as the CLI's seed-demo does (apps/api/src/demo.ts). */
async function seedDemo(app: TestApp): Promise<{ module: string; summary: string; seconds: number }[]> {
  const users = app.app.get(UsersService);
  const ctx: SeedContext = {
    dataSource: app.dataSource,
    now: app.clock.now(),
    today: app.clock.today(),
    demoPassword: PASSWORD,
    log: () => undefined,
    async createUser(input) {
      const existing = await users.findByUsername(input.username);
      if (existing) return existing.id;
      const { user } = await users.create({
        username: input.username,
        displayName: input.displayName,
        password: PASSWORD,
        mustChangePassword: false,
        assignments: input.assignments as AssignmentInput[],
      });
      return user.id;
    },
  };
  const ran: { module: string; summary: string; seconds: number }[] = [];
  for (const { instance } of app.app.get(ExtensionRegistry).seeds()) {
    const started = performance.now();
    const { summary } = await instance.run(ctx);
    ran.push({ module: instance.module, summary, seconds: (performance.now() - started) / 1000 });
  }
  return ran;
}

async function all<T>(client: TestClient, url: string): Promise<T[]> {
  const out: T[] = [];
  for (let page = 1; ; page++) {
    const res = await client.get(`${url}${url.includes('?') ? '&' : '?'}page=${page}&pageSize=200`);
    expect(res.status, `${url}: ${JSON.stringify(res.body)}`).toBe(200);
    const body = res.body as Page<T>;
    out.push(...body.items);
    if (out.length >= body.total || body.items.length === 0) return out;
  }
}

const TABLES = [
  'food_safety_canteen',
  'food_safety_supplier_school',
  'food_safety_food_handler',
  'food_safety_issuing_authority',
  'food_safety_letter_counter',
  'food_safety_campaign',
  'food_safety_outing',
  'food_safety_outing_member',
  'food_safety_inspection',
  'food_safety_inspection_result',
  'food_safety_opinion_letter',
  'food_safety_letter_revision',
  'food_safety_notice',
  'food_safety_notice_item',
  'food_safety_notice_evidence',
  'food_safety_penalty',
  'food_safety_food_sample',
  'food_safety_routine_record',
];

async function counts(app: TestApp): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = Number((await app.dataSource.query(`SELECT COUNT(*) AS n FROM ${t}`))[0].n);
  return out;
}

/**
 * Two "todays": 2026-11-23 (autumn term under way; the spring campaign is 2026's) and 2027-03-10
 * (spring term under way, so the last finished spring term is still 2026's; letters of two years).
 */
describe.each([
  { now: '2026-11-23T02:00:00Z', today: '2026-11-23' },
  { now: '2027-03-10T01:30:00Z', today: '2027-03-10' },
])('the food-safety demo seed on $today', ({ now: NOW, today: TODAY }) => {
  let app: TestApp;
  let inspector: TestClient;
  let school: TestClient;
  let firstRun: { module: string; summary: string; seconds: number }[];

  beforeAll(async () => {
    app = await createTestApp({ plugins: [foodSafetyPlugin], now: NOW });
    firstRun = await seedDemo(app);
    inspector = await app.signIn({ username: 'inspector', password: PASSWORD });
    school = await app.signIn({ username: 'school', password: PASSWORD });
  }, 600_000);

  afterAll(async () => {
    await app?.close();
  });

  it('runs after the directory and training, and says what it made', () => {
    expect(firstRun.map((r) => r.module)).toEqual(['platform', 'directory', 'training', 'food-safety']);
    const own = firstRun.at(-1)!;
    expect(own.summary).toMatch(/^22 canteens, 1 campaign, \d+ inspections, \d+ letters, \d+ notices$/);
    // the plugin's own part, timed apart from the directory's 15,000 students
    console.info(`food-safety demo seed on ${app.databaseKind}: ${own.seconds.toFixed(2)} s (${own.summary})`);
    expect(own.seconds).toBeLessThan(30);
  });

  it('has the spring campaign of the last finished spring term with its trigger document, outings and progress', async () => {
    const campaigns = await all<{
      id: string;
      name: string;
      startsOn: string;
      endsOn: string;
      status: string;
      documentNumber: string | null;
      outingCount: number;
      inspectionCount: number;
    }>(inspector, `${API}/campaigns`);
    expect(campaigns).toHaveLength(1);
    const k = campaigns[0]!;
    expect(k).toMatchObject({
      name: '2026年春季学校食堂食品安全专项检查',
      startsOn: '2026-03-02',
      endsOn: '2026-05-29',
      status: 'closed',
      documentNumber: '示教〔2026〕12号',
      outingCount: 7,
    });

    const outings = await all<{ vehicles: number; members: { userId: string | null; agency: string | null }[] }>(
      inspector,
      `${API}/outings?campaignId=${k.id}`,
    );
    expect(outings).toHaveLength(7);
    for (const o of outings) expect(o.members.length).toBeGreaterThanOrEqual(2);
    expect(outings.filter((o) => o.members.some((x) => x.userId === inspector.user.id)).length).toBeGreaterThanOrEqual(5);
    expect(outings.some((o) => o.members.some((x) => x.userId === null))).toBe(true);
    expect(outings.some((o) => o.vehicles === 2)).toBe(true);

    const inspections = await all<{ id: string; grade: string; capped: boolean; kind: string; canteenId: string }>(
      inspector,
      `${API}/inspections?campaignId=${k.id}&status=submitted`,
    );
    const letters = await all<{ id: string }>(inspector, `${API}/letters?campaignId=${k.id}`);
    const notices = await all<NoticeRow>(inspector, `${API}/notices?campaignId=${k.id}`);
    const progress = (await inspector.get(`${API}/campaigns/${k.id}/progress`)).body as {
      canteensInRegion: number;
      canteensInspected: number;
      inspections: number;
      drafts: number;
      letters: number;
      outings: number;
      personTimes: number;
      vehicleTrips: number;
      grades: { grade: string; count: number }[];
      noticesIssued: number;
      noticesOverdue: number;
    };
    expect(progress).toMatchObject({
      canteensInRegion: 22,
      canteensInspected: new Set(inspections.map((i) => i.canteenId)).size,
      inspections: inspections.length,
      drafts: 0,
      letters: letters.length,
      outings: 7,
      personTimes: outings.reduce((s, o) => s + o.members.length, 0),
      vehicleTrips: outings.reduce((s, o) => s + o.vehicles, 0),
      noticesIssued: notices.length,
      noticesOverdue: notices.filter((n) => n.overdue).length,
    });
    expect(progress.canteensInspected).toBe(21);
    expect(progress.inspections).toBeGreaterThanOrEqual(24);
    expect(progress.letters).toBe(progress.inspections);
    expect(progress.grades.reduce((s, g) => s + g.count, 0)).toBe(progress.inspections);
    // every grade, a few critical caps, three re-inspections
    for (const g of progress.grades) expect(g.count, g.grade).toBeGreaterThan(0);
    expect(inspections.filter((i) => i.capped).length).toBeGreaterThanOrEqual(2);
    expect(inspections.filter((i) => i.kind === 'reinspection')).toHaveLength(3);
  });

  it('stores every submitted inspection’s score and grade as the rules compute them from its results', async () => {
    const submitted = await all<{ id: string }>(inspector, `${API}/inspections?status=submitted`);
    expect(submitted.length).toBeGreaterThanOrEqual(28);
    let corrected = 0;
    let repeats = 0;
    let notObserved = 0;
    let leftOff = 0;
    const templates = new Set<string>();
    for (const { id } of submitted) {
      const d = (await inspector.get(`${API}/inspections/${id}`)).body as {
        score: number | null;
        grade: string | null;
        capped: boolean;
        templateId: string;
        counts: { repeats: number; correctedOnSite: number };
        results: (Omit<InspectionItemResult, 'result'> & { result: InspectionItemResult['result'] | null; repeat: boolean; leaveOffReason: string | null })[];
      };
      const answered = d.results.map((r) => {
        expect(r.result, `inspection ${id} item ${r.itemCode}`).not.toBeNull();
        return { itemCode: r.itemCode, areaCode: r.areaCode, result: r.result!, severity: r.severity, weight: r.weight, correctedOnSite: r.correctedOnSite };
      });
      const expected = scoreInspection(answered, DEFAULT_GRADING);
      expect({ score: d.score, grade: d.grade, capped: d.capped }, `inspection ${id}`).toEqual({
        score: expected.score,
        grade: expected.grade,
        capped: expected.capped,
      });
      expect(d.counts.correctedOnSite).toBe(expected.counts.correctedOnSite);
      expect(d.counts.repeats).toBe(d.results.filter((r) => r.repeat).length);
      corrected += expected.counts.correctedOnSite;
      repeats += d.counts.repeats;
      notObserved += expected.counts.notObserved;
      leftOff += d.results.filter((r) => r.leaveOffReason).length;
      templates.add(d.templateId);
    }
    expect(templates.size).toBe(2);
    expect(corrected).toBeGreaterThan(0);
    expect(repeats).toBeGreaterThan(0);
    expect(notObserved).toBeGreaterThan(0);
    expect(leftOff).toBe(1);

    // the inspector's drafts of today: one half answered, one not begun
    const drafts = await all<{ inspectedOn: string; counts: { unanswered: number }; score: number | null }>(inspector, `${API}/inspections?status=draft`);
    expect(drafts).toHaveLength(2);
    for (const d of drafts) expect(d).toMatchObject({ inspectedOn: TODAY, score: null });
    expect(drafts.every((d) => d.counts.unanswered > 0)).toBe(true);
  });

  it('numbers one letter per submitted inspection without gaps, one of them amended as revision 2', async () => {
    const submitted = await all<{ id: string; letter: { id: string } | null }>(inspector, `${API}/inspections?status=submitted`);
    const letters = await all<{ id: string; number: string; authorityId: string; year: number; serial: number; currentRevision: number; inspectionId: string }>(
      inspector,
      `${API}/letters`,
    );
    expect(letters).toHaveLength(submitted.length);
    expect(new Set(letters.map((l) => l.inspectionId))).toEqual(new Set(submitted.map((i) => i.id)));
    const byYear = new Map<string, number[]>();
    for (const l of letters) byYear.set(`${l.authorityId}/${l.year}`, [...(byYear.get(`${l.authorityId}/${l.year}`) ?? []), l.serial]);
    for (const serials of byYear.values()) expect(serials.sort((a, b) => a - b)).toEqual(serials.map((_, i) => i + 1));
    expect(letters.map((l) => l.number)).toContain('示监餐意〔2026〕第001号');
    const amended = letters.filter((l) => l.currentRevision === 2);
    expect(amended).toHaveLength(1);
    const detail = (await inspector.get(`${API}/letters/${amended[0]!.id}`)).body as {
      revisions: { revision: number; reason: string | null }[];
      current: { inspectors: unknown[]; revision: number };
    };
    expect(detail.revisions.map((r) => r.revision)).toEqual([1, 2]);
    expect(detail.revisions[1]!.reason).toBeTruthy();
    expect(detail.current.revision).toBe(2);
    // the next real submit continues the year's numbering
    const counters: { last_serial: number | string; year: number | string }[] = await app.dataSource.query(
      'SELECT year, last_serial FROM food_safety_letter_counter',
    );
    for (const c of counters) expect(Number(c.last_serial)).toBe(byYear.get(`${letters[0]!.authorityId}/${Number(c.year)}`)!.length);
  });

  it('has notices in every state, items in every state, evidence history and two penalties', async () => {
    const total = async (status: string) => ((await inspector.get(`${API}/notices?status=${status}`)).body as Page<NoticeRow>).total;
    for (const status of ['open', 'evidenceSubmitted', 'escalated', 'closed', 'overdue', 'dueSoon', 'notClosed'])
      expect(await total(status), status).toBeGreaterThan(0);
    const notices = await all<NoticeRow>(inspector, `${API}/notices`);
    expect(notices.some((n) => n.status === 'open' && !n.overdue && n.deadlineKind === 'date')).toBe(true);
    expect(notices.some((n) => n.status === 'open' && n.overdue)).toBe(true);
    expect(notices.some((n) => n.status === 'evidenceSubmitted' && !n.overdue)).toBe(true);
    expect(notices.some((n) => n.deadlineKind === 'immediateOngoing' && n.status !== 'closed' && !n.overdue)).toBe(true);

    const itemStates = new Set<string>();
    const closedVia = new Set<string>();
    let history = false;
    for (const n of notices) {
      const d = (await inspector.get(`${API}/notices/${n.id}`)).body as {
        closedVia: string | null;
        escalationReason: string | null;
        noticeItems: { status: string; evidence: { note: string; reviewResult: string | null }[] }[];
      };
      for (const i of d.noticeItems) itemStates.add(i.status);
      // evidence waits for review only on an item waiting for review (a re-inspection reviews what it settles)
      for (const i of d.noticeItems) if (i.status !== 'submitted') expect(i.evidence.filter((e) => e.reviewResult === null)).toEqual([]);
      if (d.closedVia) closedVia.add(d.closedVia);
      if (n.status === 'escalated') expect(d.escalationReason).toContain('教育局');
      if (n.status === 'evidenceSubmitted') expect(d.noticeItems.filter((i) => i.status === 'submitted').every((i) => i.evidence[0]?.note)).toBe(true);
      if (
        d.noticeItems.some(
          (i) => i.evidence.length >= 2 && i.evidence.some((e) => e.reviewResult === 'rejected') && i.evidence.some((e) => e.reviewResult === 'accepted'),
        )
      )
        history = true;
    }
    expect([...itemStates].sort()).toEqual(['accepted', 'open', 'rejected', 'submitted']);
    expect([...closedVia].sort()).toEqual(['reinspection', 'review']);
    expect(history).toBe(true);

    const penalties = (await inspector.get(`${API}/penalties`)).body as Page<{ reasonCode: string; amount: number; noticeId: string | null }> & {
      totalAmount: number;
    };
    expect(penalties.items.map((p) => p.reasonCode).sort()).toEqual(['expiredFood', 'noHealthCertificate']);
    expect(penalties.items.find((p) => p.reasonCode === 'expiredFood')!.amount).toBe(200_000);
    expect(penalties.items.every((p) => p.noticeId)).toBe(true);
  });

  it('gives the school coordinator their canteen, the supplier of their teaching points, a notice to act on and two weeks of routine', async () => {
    const canteens = await all<{ id: string; kind: string; name: string }>(school, `${API}/canteens`);
    expect(canteens.map((c) => c.kind).sort()).toEqual(['canteen', 'supplier']);
    const ids = new Set(canteens.map((c) => c.id));
    const notices = await all<NoticeRow>(school, `${API}/notices`);
    expect(notices.length).toBeGreaterThan(0);
    expect(notices.every((n) => ids.has(n.canteenId))).toBe(true);
    expect(notices.some((n) => n.status === 'open' && !n.overdue && n.deadline! > TODAY)).toBe(true);
    // a repeat violation: the samples item failed in spring and again this autumn
    const mine = await all<{ id: string; counts: { repeats: number }; kind: string }>(
      school,
      `${API}/inspections?canteenId=${canteens.find((c) => c.kind === 'canteen')!.id}`,
    );
    expect(mine.some((i) => i.kind === 'routine' && i.counts.repeats > 0)).toBe(true);

    const problems = await all<{ warnings: string[]; canteenId: string }>(school, `${API}/routine/samples?problems=true`);
    expect(problems.flatMap((p) => p.warnings).sort()).toEqual(['removedEarly', 'underweight']);
    const samples = await all<{ mealDate: string }>(school, `${API}/routine/samples`);
    expect(samples.length).toBeGreaterThan(20);
    expect(samples.every((s) => s.mealDate >= addDays(TODAY, -14) && s.mealDate <= TODAY)).toBe(true);
    const records = await all<{ kind: string }>(school, `${API}/routine/records`);
    const kinds = records.map((r) => r.kind);
    expect(kinds.filter((k) => k === 'dailyCheck').length).toBeGreaterThanOrEqual(9);
    expect(kinds.filter((k) => k === 'weeklyReview').length).toBeGreaterThanOrEqual(2);
    expect(kinds.filter((k) => k === 'monthlyDispatch').length).toBe(1);

    const handlers = await all<{ onDuty: boolean; certificateState: string; flagged: boolean }>(school, `${API}/handlers`);
    expect(handlers.some((h) => !h.onDuty && h.certificateState === 'expired')).toBe(true);
    expect(handlers.some((h) => h.flagged)).toBe(false);
  });

  it('keeps licences and certificates that need attention, and nobody on duty without both', async () => {
    const canteens = await all<{ licenceState?: string; licenceExpiresOn: string | null }>(inspector, `${API}/canteens`);
    expect(canteens.some((c) => c.licenceExpiresOn! < TODAY)).toBe(true);
    expect(canteens.some((c) => c.licenceExpiresOn! >= TODAY && c.licenceExpiresOn! <= addDays(TODAY, 30))).toBe(true);
    const handlers = await all<{ onDuty: boolean; certificateState: string; flagged: boolean }>(inspector, `${API}/handlers`);
    expect(handlers.length).toBeGreaterThanOrEqual(22 * 4);
    expect(handlers.filter((h) => h.certificateState === 'expiring').length).toBeGreaterThanOrEqual(2);
    expect(handlers.filter((h) => h.onDuty && h.flagged)).toEqual([]);
  });

  it('adds nothing when run again', async () => {
    const before = await counts(app);
    expect(before.food_safety_canteen).toBe(22);
    const again = await seedDemo(app);
    expect(again.at(-1)).toMatchObject({ module: 'food-safety', summary: 'nothing to add: the plugin already has data' });
    expect(await counts(app)).toEqual(before);
  });
});
