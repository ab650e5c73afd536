/**
 * A small county for the inspections tests: two schools with canteens, a school in another county,
 * two inspectors, a bureau officer, a school coordinator, an issuing authority, and a checklist of
 * six items written through the templates part's entities (weights chosen so scores are exact).
 */
import { newId } from '@schoolbridge/shared';
import type { Organisation, Region } from '@schoolbridge/core';
import type { TestApp, TestClient } from '@schoolbridge/core/testing';
import { Canteen } from '../../../src/server/canteens/entities/canteen.entity.js';
import { ChecklistTemplate, TemplateArea, TemplateItem, TemplateVersion } from '../../../src/server/templates/entities/template.entity.js';
import type { InspectionDto } from '../../../src/server/inspections/inspections/inspection.dto.js';
import type { ItemResult, Severity } from '../../../src/shared/rules/index.js';

export interface World {
  county: Region;
  otherCounty: Region;
  schoolA: Organisation;
  schoolB: Organisation;
  otherSchool: Organisation;
  canteenA: string;
  canteenB: string;
  otherCanteen: string;
  templateId: string;
  inspector: TestClient;
  inspector2: TestClient;
  officer: TestClient;
  coordinatorA: TestClient;
  authorityId: string;
  prefix: string;
}

/** The checklist: code → severity, weight (total 50). */
export const ITEMS: { code: string; area: string; severity: Severity; weight: number; text: string }[] = [
  { code: 'c1', area: 'A1', severity: 'critical', weight: 10, text: '不得使用超过保质期的食品' },
  { code: 'm1', area: 'A1', severity: 'major', weight: 10, text: '生熟食品分开存放' },
  { code: 'n1', area: 'A1', severity: 'minor', weight: 5, text: '食品库房整洁，离地离墙存放' },
  { code: 'n2', area: 'A2', severity: 'minor', weight: 5, text: '餐厨废弃物加盖存放' },
  { code: 'm2', area: 'A2', severity: 'major', weight: 10, text: '配备专用留样冰箱' },
  { code: 'n3', area: 'A2', severity: 'minor', weight: 10, text: '从业人员穿戴整洁的工作衣帽' },
];

let seq = 0;

export async function insertCanteen(app: TestApp, school: Organisation, name: string): Promise<string> {
  const t = app.clock.now();
  const id = newId();
  await app.dataSource.manager.insert(Canteen, {
    id,
    kind: 'canteen',
    name,
    namePinyin: 'shitang',
    nameInitials: 'st',
    schoolId: school.id,
    regionId: school.regionId,
    scopePath: school.path,
    operator: 'contracted',
    operatorName: '某某餐饮管理有限公司',
    licenceNo: 'JY14399010000001',
    licenceExpiresOn: '2028-12-31',
    hasSampleFridge: true,
    hasDisinfection: true,
    hasPestProofing: true,
    address: '某县城关镇学府路1号',
    contactName: null,
    contactMobile: null,
    mealsPerDay: null,
    diners: null,
    archivedAt: null,
    createdAt: t,
    updatedAt: t,
  } as never);
  return id;
}

export async function insertTemplate(app: TestApp): Promise<string> {
  const m = app.dataSource.manager;
  const t = app.clock.now();
  const templateId = newId();
  const versionId = newId();
  const code = `test-sheet-${++seq}`;
  await m.insert(ChecklistTemplate, {
    id: templateId,
    code,
    name: '测试检查表',
    purpose: 'inspection',
    description: null,
    shipped: false,
    currentVersionId: null,
    codeSeq: ITEMS.length + 2,
    archivedAt: null,
    createdBy: null,
    createdAt: t,
    updatedAt: t,
  } as never);
  await m.insert(TemplateVersion, { id: versionId, templateId, number: 1, note: null, usedAt: null, createdBy: null, createdAt: t });
  await m.insert(TemplateArea, [
    { versionId, code: 'A1', name: '食品贮存', position: 1 },
    { versionId, code: 'A2', name: '设施设备', position: 2 },
  ]);
  await m.insert(
    TemplateItem,
    ITEMS.map((it, i) => ({
      id: newId(),
      versionId,
      areaCode: it.area,
      code: it.code,
      text: it.text,
      severity: it.severity,
      weight: it.weight,
      position: i + 1,
      defectCode: null,
    })),
  );
  await m.update(ChecklistTemplate, { id: templateId }, { currentVersionId: versionId });
  return templateId;
}

export async function makeWorld(app: TestApp): Promise<World> {
  const n = ++seq;
  const county = await app.createRegion({ code: `4${String(n).padStart(5, '0')}`, name: '某某县' });
  const otherCounty = await app.createRegion({ code: `5${String(n).padStart(5, '0')}`, name: '另一县' });
  const schoolA = await app.createOrganisation({ name: '城关第一小学', region: county });
  const schoolB = await app.createOrganisation({ name: '城关第二小学', region: county });
  const otherSchool = await app.createOrganisation({ name: '外县小学', region: otherCounty });
  const canteenA = await insertCanteen(app, schoolA, '城关第一小学食堂');
  const canteenB = await insertCanteen(app, schoolB, '城关第二小学食堂');
  const otherCanteen = await insertCanteen(app, otherSchool, '外县小学食堂');
  const templateId = await insertTemplate(app);
  const inspector = await app.signInAs([{ role: 'inspector', regionId: county.id }]);
  const inspector2 = await app.signInAs([{ role: 'inspector', regionId: county.id }]);
  const officer = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]);
  const coordinatorA = await app.signInAs([{ role: 'school_coordinator', organisationId: schoolA.id }]);
  const prefix = `某监餐意${n}`;
  const authority = await officer
    .post('/api/food-safety/authorities', { name: '某某县市场监督管理局餐饮服务监督所', numberPrefix: prefix, regionId: county.id })
    .expect(201);
  return {
    county,
    otherCounty,
    schoolA,
    schoolB,
    otherSchool,
    canteenA,
    canteenB,
    otherCanteen,
    templateId,
    inspector,
    inspector2,
    officer,
    coordinatorA,
    authorityId: authority.body.id as string,
    prefix,
  };
}

/** The two officers present, both with accounts. */
export function team(w: World) {
  return [
    { userId: w.inspector.user.id, name: '王建国', agency: '县市场监督管理局' },
    { userId: w.inspector2.user.id, name: '李明', agency: '县教体局' },
  ];
}

export async function draft(w: World, body: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
  const res = await w.inspector.post('/api/food-safety/inspections', {
    kind: 'routine',
    canteenId: w.canteenA,
    templateId: w.templateId,
    inspectedOn: '2026-03-10',
    authorityId: w.authorityId,
    inspectors: team(w),
    ...body,
  });
  if (res.status !== 201) throw new Error(`draft: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id, version: res.body.version };
}

export type Answer = { result: ItemResult; correctedOnSite?: boolean; note?: string; leaveOffReason?: string };

/** Answers every item: compliant unless `answers` says otherwise. */
export async function answer(w: World, d: { id: string; version: number }, answers: Record<string, Answer> = {}): Promise<{ id: string; version: number }> {
  const results = ITEMS.map((it) => ({ itemCode: it.code, ...(answers[it.code] ?? { result: 'compliant' as const }) }));
  const res = await w.inspector.put(`/api/food-safety/inspections/${d.id}/results`, { version: d.version, results });
  if (res.status !== 200) throw new Error(`answer: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: d.id, version: res.body.version };
}

/** A draft answered and submitted; returns the submitted inspection. */
export async function inspect(w: World, answers: Record<string, Answer> = {}, body: Record<string, unknown> = {}, submit: Record<string, unknown> = {}) {
  const d = await answer(w, await draft(w, body), answers);
  const res = await w.inspector.post(`/api/food-safety/inspections/${d.id}/submit`, { deadline: { kind: 'date', on: '2026-04-30' }, ...submit });
  if (res.status !== 200) throw new Error(`submit: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as InspectionDto & { letter: NonNullable<InspectionDto['letter']> };
}

/** Moves the clock and signs everyone in again (sessions last 12 hours). */
export async function moveTo(app: TestApp, w: World, at: string): Promise<void> {
  app.clock.set(at);
  w.inspector = await app.signIn(w.inspector.user);
  w.inspector2 = await app.signIn(w.inspector2.user);
  w.officer = await app.signIn(w.officer.user);
  w.coordinatorA = await app.signIn(w.coordinatorA.user);
}
