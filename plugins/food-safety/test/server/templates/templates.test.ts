import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry, pendingSchemaChanges } from '@schoolbridge/core';
import type { TestApp, TestClient } from '@schoolbridge/core/testing';
import { templatesTestApp } from './app.js';
import { TemplatesService } from '../../../src/server/templates/templates.service.js';
import { ChecklistTemplate, TemplateItem, TemplateVersion } from '../../../src/server/templates/entities/template.entity.js';

interface ItemBody {
  code?: string | null;
  text: string;
  severity: string;
  weight: number;
  defectCode?: string | null;
}
interface AreaBody {
  code?: string | null;
  name: string;
  items: ItemBody[];
}
interface VersionBody {
  id: string;
  number: number;
  usedAt: string | null;
  areas: (AreaBody & { code: string; items: (ItemBody & { code: string; id: string })[] })[];
}

/** The areas of a version as an edit sends them back (codes kept). */
const asInput = (v: VersionBody): AreaBody[] =>
  v.areas.map((a) => ({
    code: a.code,
    name: a.name,
    items: a.items.map((i) => ({ code: i.code, text: i.text, severity: i.severity, weight: i.weight, defectCode: i.defectCode })),
  }));
const codesOf = (v: VersionBody) => v.areas.flatMap((a) => a.items.map((i) => i.code));

describe('checklist templates', () => {
  let app: TestApp;
  let inspector: TestClient;
  let coordinator: TestClient;
  let templates: TemplatesService;

  beforeAll(async () => {
    app = await templatesTestApp({ now: '2026-03-02T01:00:00Z' });
    const county = await app.createRegion({ code: '439901', name: '示范县', kind: 'county' });
    const school = await app.createOrganisation({ code: 'S1', name: '示范县第一中学', kind: 'school', region: county, managerRegion: county });
    inspector = await app.signInAs([{ role: 'inspector', scopeKind: 'region', regionId: county.id }]);
    coordinator = await app.signInAs([{ role: 'school_coordinator', scopeKind: 'organisation', organisationId: school.id }]);
    templates = app.app.get(TemplatesService);
  });

  it('runs on the database the environment names', () => {
    expect(app.databaseKind).toBe(process.env.DATABASE_URL ? 'postgres' : 'sqlite');
  });
  afterAll(async () => {
    await app?.close();
  });

  const newTemplate = (extra: Record<string, unknown> = {}) => ({
    name: '春季专项检查表',
    purpose: 'inspection',
    areas: [
      {
        name: '许可证',
        items: [
          { text: '持有效许可证', severity: 'critical', weight: 5 },
          { text: '许可证悬挂在醒目位置', severity: 'minor', weight: 1 },
        ],
      },
      { name: '留样', items: [{ text: '每个品种留样不少于125克', severity: 'major', weight: 3, defectCode: 'samplesMissingOrShort' }] },
    ],
    ...extra,
  });

  it('ships the six-area and nine-area inspection templates and the three routine checklists', async () => {
    const res = await inspector.get('/api/food-safety/templates?pageSize=50').expect(200);
    const byCode = new Map<string, { id: string; purpose: string; areaCount: number; shipped: boolean; currentVersionNumber: number }>(
      res.body.items.map((t: { code: string }) => [t.code, t]),
    );
    expect(byCode.get('school-canteen')).toMatchObject({ purpose: 'inspection', areaCount: 6, shipped: true, currentVersionNumber: 1 });
    expect(byCode.get('quantified-grading')).toMatchObject({ purpose: 'inspection', areaCount: 9, shipped: true });
    expect(byCode.get('daily-check')).toMatchObject({ purpose: 'dailyCheck' });
    expect(byCode.get('weekly-review')).toMatchObject({ purpose: 'weeklyReview' });
    expect(byCode.get('monthly-dispatch')).toMatchObject({ purpose: 'monthlyDispatch' });

    const six = (await inspector.get(`/api/food-safety/templates/${byCode.get('school-canteen')!.id}`).expect(200)).body;
    expect(six.currentVersion.areas.map((a: { name: string }) => a.name)).toEqual([
      '许可证',
      '从业人员健康证',
      '索证索票/贮存',
      '食品添加剂',
      '加工场所设施布局',
      '餐用具清洗消毒与餐厨废弃物处置',
    ]);
    expect(six.currentVersion.totalWeight).toBe(100);
    const nine = await templates.currentVersion('quantified-grading');
    expect(nine.areas.map((a) => a.name)).toEqual(['许可', '人员', '场所环境', '设施设备', '采购贮存', '加工制作', '清洗消毒', '食品添加剂', '检验运输']);
    expect(nine.totalWeight).toBe(100);
    // every known defect of DOMAIN §8 is attached to an item of both inspection sheets
    const defects = [
      'rawCookedMixed',
      'noSampleFridge',
      'samplesMissingOrShort',
      'irregularPurchaseLedger',
      'expiredFood',
      'crudeFacilities',
      'missingHealthCertificate',
    ];
    for (const sheet of [six.currentVersion as VersionBody, nine as unknown as VersionBody]) {
      const found = new Set(sheet.areas.flatMap((a) => a.items.map((i) => i.defectCode)).filter(Boolean));
      expect([...found].sort()).toEqual([...defects].sort());
    }
    const critical = nine.areas.flatMap((a) => a.items).filter((i) => i.severity === 'critical');
    expect(critical.length).toBeGreaterThan(0);

    const routine = await inspector.get('/api/food-safety/templates?purpose=dailyCheck').expect(200);
    expect(routine.body.items.map((t: { code: string }) => t.code)).toEqual(['daily-check']);
    const vocab = await coordinator.get('/api/food-safety/template-vocabularies').expect(200);
    expect(vocab.body.defects).toContainEqual({ code: 'rawCookedMixed', name: { 'zh-CN': '生熟混放、混用', en: 'Raw and cooked food mixed' } });
  });

  it('creates a template with generated codes and audits it', async () => {
    const res = await inspector.post('/api/food-safety/templates', newTemplate({ code: 'spring-a' })).expect(201);
    expect(res.body).toMatchObject({
      code: 'spring-a',
      purpose: 'inspection',
      shipped: false,
      areaCount: 2,
      itemCount: 3,
      currentVersionNumber: 1,
      currentVersionUsed: false,
    });
    const v = res.body.currentVersion as VersionBody;
    expect(v.areas.map((a) => a.code)).toEqual(['spring-a-A1', 'spring-a-A4']);
    expect(codesOf(v)).toEqual(['spring-a-2', 'spring-a-3', 'spring-a-5']);
    const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { entityId: res.body.id, action: 'food-safety.template.created' });
    expect(audit.after).toMatchObject({ code: 'spring-a', versionNumber: 1 });
    const dup = await inspector.post('/api/food-safety/templates', newTemplate({ code: 'spring-a' })).expect(409);
    expect(dup.body.code).toBe('conflict.duplicate');
    const generated = await inspector.post('/api/food-safety/templates', newTemplate()).expect(201);
    expect(generated.body.code).toMatch(/^t-[0-9a-f]{8}$/);
  });

  it('edits an unused version in place, and makes a new version once one is used', async () => {
    const created = (await inspector.post('/api/food-safety/templates', newTemplate({ code: 'spring-b' })).expect(201)).body;
    const v1 = created.currentVersion as VersionBody;

    // unused: in place, same version id and number, edited item keeps its code
    const areas = asInput(v1);
    areas[0]!.items[1]!.text = '许可证在醒目位置公示';
    const inPlace = await inspector.patch(`/api/food-safety/templates/${created.id}`, { version: created.version, areas }).expect(200);
    expect(inPlace.body.currentVersion).toMatchObject({ id: v1.id, number: 1 });
    expect(inPlace.body.currentVersion.areas[0].items[1]).toMatchObject({ code: v1.areas[0]!.items[1]!.code, text: '许可证在醒目位置公示' });

    // a stale version is refused
    await inspector.patch(`/api/food-safety/templates/${created.id}`, { version: created.version, name: '另一个名字' }).expect(409);

    // an inspection uses version 1
    await app.dataSource.transaction((m) => templates.markUsed(v1.id, m));
    await app.dataSource.transaction((m) => templates.markUsed(v1.id, m)); // idempotent
    const used = (await inspector.get(`/api/food-safety/templates/${created.id}`).expect(200)).body;
    expect(used.currentVersionUsed).toBe(true);

    // now an edit: remove the second item, change the first one's weight, add one
    const next = asInput(used.currentVersion as VersionBody);
    const removed = next[0]!.items.splice(1, 1)[0]!;
    next[0]!.items[0]!.weight = 6;
    next[1]!.items.push({ text: '设置专用留样冰箱', severity: 'major', weight: 3, defectCode: 'noSampleFridge' });
    const res = await inspector.patch(`/api/food-safety/templates/${created.id}`, { version: used.version, areas: next, note: '增加留样冰箱' }).expect(200);
    const v2 = res.body.currentVersion as VersionBody & { note: string };
    expect(v2.id).not.toBe(v1.id);
    expect(v2).toMatchObject({ number: 2, note: '增加留样冰箱', usedAt: null });
    expect(codesOf(v2)).toEqual(['spring-b-2', 'spring-b-5', 'spring-b-6']);
    expect(codesOf(v2)).not.toContain(removed.code);

    // version 1 is unchanged
    const past = await templates.versionWithItems(v1.id);
    expect(past).toMatchObject({ number: 1, current: false });
    expect(codesOf(past as unknown as VersionBody)).toEqual(['spring-b-2', 'spring-b-3', 'spring-b-5']);
    expect(past.areas[0]!.items[0]!.weight).toBe(5);
    const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { entityId: created.id, action: 'food-safety.template.versioned' });
    expect(audit.after).toMatchObject({ versionNumber: 2, outcome: 'newVersion' });

    // the removed code cannot come back, and a new item never gets it
    const revived = asInput(v2);
    revived[0]!.items.push({ code: removed.code, text: removed.text, severity: removed.severity, weight: removed.weight });
    const refused = await inspector.patch(`/api/food-safety/templates/${created.id}`, { version: res.body.version, areas: revived }).expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'areas.0.items.1.code', code: 'foodSafety.template.unknownItem' })]);
    const fresh = asInput(v2);
    fresh[0]!.items.push({ text: removed.text, severity: 'minor', weight: 1 });
    const v2b = (await inspector.patch(`/api/food-safety/templates/${created.id}`, { version: res.body.version, areas: fresh }).expect(200)).body;
    expect(v2b.currentVersion.number).toBe(2); // version 2 is unused: still edited in place
    expect(codesOf(v2b.currentVersion)).toEqual(['spring-b-2', 'spring-b-7', 'spring-b-5', 'spring-b-6']);

    // the versions list, newest first
    const list = await coordinator.get(`/api/food-safety/templates/${created.id}/versions`).expect(200);
    expect(list.body.items.map((v: { number: number; current: boolean }) => [v.number, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    const one = await coordinator.get(`/api/food-safety/templates/${created.id}/versions/${v1.id}`).expect(200);
    expect(one.body).toMatchObject({ number: 1, usedAt: expect.any(String) });
    await coordinator.get(`/api/food-safety/template-versions/${v1.id}`).expect(200);
  });

  it('leaves the version alone when an edit changes only the name, or nothing', async () => {
    const created = (await inspector.post('/api/food-safety/templates', newTemplate({ code: 'spring-c' })).expect(201)).body;
    await app.dataSource.transaction((m) => templates.markUsed(created.currentVersion.id, m));
    const renamed = await inspector
      .patch(`/api/food-safety/templates/${created.id}`, { version: created.version, name: '春季专项检查表（修订）', areas: asInput(created.currentVersion) })
      .expect(200);
    expect(renamed.body).toMatchObject({ name: '春季专项检查表（修订）', currentVersionNumber: 1, version: created.version + 1 });
    expect(await app.dataSource.manager.countBy(TemplateVersion, { templateId: created.id })).toBe(1);
  });

  it('refuses bad content with field errors', async () => {
    const url = '/api/food-safety/templates';
    const none = await inspector.post(url, newTemplate({ areas: [] })).expect(400);
    expect(none.body.errors).toEqual([expect.objectContaining({ field: 'areas', code: 'foodSafety.template.noAreas', message: '检查表至少要有一个检查区域' })]);
    const empty = await inspector.post(url, newTemplate({ areas: [{ name: '许可证', items: [] }] })).expect(400);
    expect(empty.body.errors).toEqual([expect.objectContaining({ field: 'areas.0.items', code: 'foodSafety.template.areaEmpty' })]);
    const bad = await inspector
      .post(
        url,
        newTemplate({
          areas: [
            {
              name: '许可证',
              items: [
                { text: '持证', severity: 'fatal', weight: 0 },
                { text: '公示', severity: 'minor', weight: 1.5 },
              ],
            },
          ],
        }),
      )
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'areas.0.items.0.severity',
      'areas.0.items.0.weight',
      'areas.0.items.1.weight',
    ]);
    const defect = await inspector
      .post(url, newTemplate({ areas: [{ name: '许可证', items: [{ text: '持证', severity: 'minor', weight: 1, defectCode: 'dirtyFloor' }] }] }))
      .expect(400);
    expect(defect.body.errors).toEqual([expect.objectContaining({ field: 'areas.0.items.0.defectCode' })]);
    const names = await inspector
      .post(
        url,
        newTemplate({
          areas: [
            { name: '许可证', items: [{ text: '持证', severity: 'minor', weight: 1 }] },
            { name: '许可证', items: [{ text: '公示', severity: 'minor', weight: 1 }] },
          ],
        }),
      )
      .expect(400);
    expect(names.body.errors).toEqual([expect.objectContaining({ field: 'areas.1.name', code: 'foodSafety.template.duplicateAreaName' })]);
    const code = await inspector.post(url, newTemplate({ code: 'Bad Code' })).expect(400);
    expect(code.body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'foodSafety.template.codeFormat' })]);
    const invented = await inspector
      .post(url, newTemplate({ areas: [{ code: 'x-A1', name: '许可证', items: [{ code: 'x-1', text: '持证', severity: 'minor', weight: 1 }] }] }))
      .expect(400);
    expect(invented.body.errors.map((e: { code: string }) => e.code)).toEqual(['foodSafety.template.unknownArea', 'foodSafety.template.unknownItem']);

    // an edit naming the same item twice
    const created = (await inspector.post(url, newTemplate({ code: 'spring-d' })).expect(201)).body;
    const twice = asInput(created.currentVersion);
    twice[1]!.items.push({ ...twice[0]!.items[0]! });
    const dup = await inspector.patch(`${url}/${created.id}`, { version: created.version, areas: twice }).expect(400);
    expect(dup.body.errors).toEqual([expect.objectContaining({ field: 'areas.1.items.1.code', code: 'foodSafety.template.duplicateCode' })]);
  });

  it('archives and restores; an archived template is not listed and cannot be edited', async () => {
    const created = (await inspector.post('/api/food-safety/templates', newTemplate({ code: 'spring-e' })).expect(201)).body;
    const archived = await inspector.post(`/api/food-safety/templates/${created.id}/archive`).expect(200);
    expect(archived.body.archivedAt).toBe('2026-03-02T01:00:00.000Z');
    await inspector.post(`/api/food-safety/templates/${created.id}/archive`).expect(409);
    const current = await inspector.get('/api/food-safety/templates?pageSize=100').expect(200);
    expect(current.body.items.map((t: { code: string }) => t.code)).not.toContain('spring-e');
    const onlyArchived = await inspector.get('/api/food-safety/templates?archived=true').expect(200);
    expect(onlyArchived.body.items.map((t: { code: string }) => t.code)).toEqual(['spring-e']);
    const refused = await inspector.patch(`/api/food-safety/templates/${created.id}`, { version: archived.body.version, name: '改名' }).expect(409);
    expect(refused.body.code).toBe('foodSafety.template.archived');
    expect((await templates.currentVersion('spring-e')).templateArchived).toBe(true);
    await inspector.post(`/api/food-safety/templates/${created.id}/restore`).expect(200);
  });

  it('lets a school coordinator read templates but not change them', async () => {
    await coordinator.get('/api/food-safety/templates').expect(200);
    await coordinator.post('/api/food-safety/templates', newTemplate()).expect(403);
    const t = await app.dataSource.manager.findOneByOrFail(ChecklistTemplate, { code: 'daily-check' });
    await coordinator.patch(`/api/food-safety/templates/${t.id}`, { version: t.version, name: '改名' }).expect(403);
    await coordinator.post(`/api/food-safety/templates/${t.id}/archive`).expect(403);
    const teacher = await app.signInAs(['teacher']);
    await teacher.get('/api/food-safety/templates').expect(403);
    await inspector.get('/api/food-safety/templates/0190f3a0-0000-7000-8000-000000000000').expect(404);
    await expect(templates.versionWithItems('0190f3a0-0000-7000-8000-000000000000')).rejects.toMatchObject({ status: 404 });
  });

  it('keeps every item code of a template unique across its versions', async () => {
    const rows = await app.dataSource.manager
      .createQueryBuilder(TemplateItem, 'i')
      .innerJoin(TemplateVersion, 'v', 'v.id = i.versionId')
      .select('i.code', 'code')
      .addSelect('COUNT(DISTINCT v.template_id)', 'templates')
      .groupBy('i.code')
      .getRawMany<{ code: string; templates: string | number }>();
    expect(rows.length).toBeGreaterThan(50);
    for (const r of rows) expect(Number(r.templates), r.code).toBe(1);
  });

  it('leaves no schema drift in its tables', async () => {
    const pending = await pendingSchemaChanges(app.dataSource);
    expect(pending.filter((sql) => /food_safety_(checklist_template|template_|setting)/.test(sql))).toEqual([]);
  });
});
