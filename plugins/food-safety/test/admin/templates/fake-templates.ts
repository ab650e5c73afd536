/** A small in-memory templates API: one shipped inspection template with two versions, and the settings. */
import type { FakeCall, Handler } from './harness';
import { problem } from './harness';

export const TEMPLATE_ID = '01900000-0000-7000-8000-000000000101';
export const V1_ID = '01900000-0000-7000-8000-000000000111';
export const V2_ID = '01900000-0000-7000-8000-000000000112';

const item = (code: string, areaCode: string, position: number, text: string, severity: string, weight: number, defectCode: string | null = null) => ({
  id: `id-${code}`,
  code,
  areaCode,
  text,
  severity,
  weight,
  position,
  defectCode,
});

export function version(id: string, number: number, current: boolean, usedAt: string | null) {
  const areas = [
    {
      code: 'school-canteen-A1',
      name: '许可证',
      position: 1,
      items: [item('school-canteen-1', 'school-canteen-A1', 1, '食堂持有有效的餐饮服务许可证', 'critical', 6)],
    },
    {
      code: 'school-canteen-A3',
      name: '索证索票/贮存',
      position: 2,
      items: [
        item(
          'school-canteen-5',
          'school-canteen-A3',
          1,
          number === 1 ? '冷藏设备内生熟分开' : '冷藏设备内生熟食品分开存放，无生熟混放',
          'critical',
          6,
          'rawCookedMixed',
        ),
        ...(number === 1 ? [item('school-canteen-6', 'school-canteen-A3', 2, '库房整洁', 'minor', 2)] : []),
      ],
    },
  ];
  const items = areas.flatMap((a) => a.items);
  return {
    id,
    templateId: TEMPLATE_ID,
    templateCode: 'school-canteen',
    templateName: '学校食堂食品安全专项检查表（六项）',
    purpose: 'inspection',
    number,
    note: number === 1 ? '系统内置' : '合并条目',
    current,
    templateArchived: false,
    usedAt,
    createdAt: '2026-03-01T02:00:00.000Z',
    createdByName: number === 1 ? null : '李检查',
    itemCount: items.length,
    totalWeight: items.reduce((n, i) => n + i.weight, 0),
    areas,
  };
}

export function detail(overrides: Record<string, unknown> = {}) {
  const current = version(V2_ID, 2, true, '2026-03-02T02:00:00.000Z');
  return {
    id: TEMPLATE_ID,
    code: 'school-canteen',
    name: '学校食堂食品安全专项检查表（六项）',
    purpose: 'inspection',
    description: null,
    shipped: true,
    currentVersionId: V2_ID,
    currentVersionNumber: 2,
    currentVersionUsed: true,
    areaCount: 2,
    itemCount: 2,
    archivedAt: null,
    createdAt: '2026-03-01T02:00:00.000Z',
    updatedAt: '2026-03-02T02:00:00.000Z',
    version: 4,
    currentVersion: current,
    ...overrides,
  };
}

export const DEFAULT_SETTINGS = {
  grading: { excellentMin: 9000, goodMin: 7500, fairMin: 6000, criticalCap: 'fair', yearlyAMin: 9000, yearlyBMin: 7500, yearlyCriticalCap: 'B' },
  trainingValidityDays: 365,
  sampleMinGrams: 125,
  sampleMinHours: 48,
  dueSoonDays: 30,
  noticeDueSoonDays: 3,
  version: 0,
  updatedAt: null,
};

/** Answers the template routes; `over` answers first (forced errors, the result of a save). */
export function fakeTemplates(over: Handler = () => undefined): Handler {
  return (call: FakeCall) => {
    const forced = over(call);
    if (forced) return forced;
    const base = '/api/food-safety/templates';
    if (call.method === 'GET' && call.path === base) {
      const { currentVersion: _v, ...summary } = detail();
      return { body: { items: [summary], total: 1, page: Number(call.query.get('page') ?? 1), pageSize: Number(call.query.get('pageSize') ?? 20) } };
    }
    if (call.method === 'GET' && call.path === `${base}/${TEMPLATE_ID}`) return { body: detail() };
    if (call.method === 'GET' && call.path === `${base}/${TEMPLATE_ID}/versions`) {
      return {
        body: {
          items: [
            {
              id: V2_ID,
              number: 2,
              note: '合并条目',
              current: true,
              usedAt: '2026-03-02T02:00:00.000Z',
              createdAt: '2026-03-01T03:00:00.000Z',
              createdByName: '李检查',
              areaCount: 2,
              itemCount: 2,
            },
            {
              id: V1_ID,
              number: 1,
              note: '系统内置',
              current: false,
              usedAt: '2026-03-01T02:30:00.000Z',
              createdAt: '2026-03-01T02:00:00.000Z',
              createdByName: null,
              areaCount: 2,
              itemCount: 3,
            },
          ],
        },
      };
    }
    if (call.method === 'GET' && call.path === `${base}/${TEMPLATE_ID}/versions/${V1_ID}`)
      return { body: version(V1_ID, 1, false, '2026-03-01T02:30:00.000Z') };
    if (call.method === 'GET' && call.path === '/api/food-safety/settings') return { body: DEFAULT_SETTINGS };
    if (call.method === 'GET' && call.path === '/api/food-safety/template-vocabularies') return { body: { purposes: [], severities: [], defects: [] } };
    return { status: 404, body: problem(404, 'notFound', '找不到该记录') };
  };
}
