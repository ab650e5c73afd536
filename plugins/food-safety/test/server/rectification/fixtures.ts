import { newId } from '@schoolbridge/shared';
import type { Organisation, Region } from '@schoolbridge/core';
import type { TestApp, TestClient } from '@schoolbridge/core/testing';
import { Canteen } from '../../../src/server/canteens/entities/canteen.entity.js';
import { Inspection } from '../../../src/server/inspections/entities/inspection.entity.js';
import { ChecklistTemplate, TemplateVersion } from '../../../src/server/templates/entities/template.entity.js';
import { NoticeOpeningService, type NoticeDeadlineInput, type NoticeOpeningItem, type OpenedNotice } from '../../../src/server/rectification/notice-opening.js';

/**
 * Fixtures for the rectification tests: a county with two schools and their canteens, an inspector
 * and a coordinator of each school, and submitted inspections written through the entities (the
 * inspections API is another part's), whose notices are opened through NoticeOpeningService as
 * the inspection submit does.
 */
export interface World {
  county: Region;
  school: Organisation;
  otherSchool: Organisation;
  canteenId: string;
  otherCanteenId: string;
  inspector: TestClient;
  coordinator: TestClient;
  otherCoordinator: TestClient;
}

export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

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
    operator: 'selfRun',
    operatorName: null,
    licenceNo: 'JY14399010000001',
    licenceExpiresOn: '2028-12-31',
    hasSampleFridge: true,
    hasDisinfection: true,
    hasPestProofing: true,
    address: null,
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

let codeSeq = 0;

export async function makeWorld(app: TestApp): Promise<World> {
  codeSeq += 1;
  const county = await app.createRegion({ code: `43${String(codeSeq).padStart(4, '0')}`, name: '某县' });
  const school = await app.createOrganisation({ name: '第一小学', region: county });
  const otherSchool = await app.createOrganisation({ name: '第二小学', region: county });
  const canteenId = await insertCanteen(app, school, '第一小学食堂');
  const otherCanteenId = await insertCanteen(app, otherSchool, '第二小学食堂');
  const inspector = await app.signInAs([{ role: 'inspector', regionId: county.id }]);
  const coordinator = await app.signInAs([{ role: 'school_coordinator', organisationId: school.id }]);
  const otherCoordinator = await app.signInAs([{ role: 'school_coordinator', organisationId: otherSchool.id }]);
  return { county, school, otherSchool, canteenId, otherCanteenId, inspector, coordinator, otherCoordinator };
}

async function templateVersionId(app: TestApp): Promise<string> {
  const m = app.dataSource.manager;
  const template = await m.findOneOrFail(ChecklistTemplate, { where: { code: 'school-canteen' } });
  if (template.currentVersionId) return template.currentVersionId;
  return (await m.findOneOrFail(TemplateVersion, { where: { templateId: template.id } })).id;
}

export async function insertInspection(
  app: TestApp,
  input: {
    canteenId: string;
    scopePath: string;
    inspectedOn: string;
    kind?: 'routine' | 'campaign' | 'reinspection';
    followsInspectionId?: string | null;
    submittedBy: string;
  },
): Promise<string> {
  const t = app.clock.now();
  const id = newId();
  await app.dataSource.manager.insert(Inspection, {
    id,
    kind: input.kind ?? 'campaign',
    canteenId: input.canteenId,
    scopePath: input.scopePath,
    campaignId: null,
    outingId: null,
    followsInspectionId: input.followsInspectionId ?? null,
    templateVersionId: await templateVersionId(app),
    authorityId: null,
    inspectedOn: input.inspectedOn,
    status: 'submitted',
    score: 80,
    grade: 'good',
    capped: false,
    compliantCount: 8,
    nonCompliantCount: 2,
    notApplicableCount: 0,
    notObservedCount: 0,
    failedCriticalCount: 0,
    correctedOnSiteCount: 0,
    repeatCount: 0,
    deadlineKind: null,
    deadlineOn: null,
    rectificationOwner: null,
    submittedAt: t,
    submittedBy: input.submittedBy,
    amendments: 0,
    notes: null,
    createdBy: input.submittedBy,
    createdAt: t,
    updatedAt: t,
  } as never);
  return id;
}

export const TWO_ITEMS: NoticeOpeningItem[] = [
  {
    itemCode: 'storage-raw-cooked',
    areaCode: 'storage',
    areaName: '食品采购索证及贮存',
    text: '生熟分开存放',
    severity: 'major',
    note: '冷藏柜内生熟混放',
    requirement: '立即分开存放，设置标识',
  },
  {
    itemCode: 'sample-fridge',
    areaCode: 'facilities',
    areaName: '加工设施设备及布局',
    text: '配备专用留样冰箱',
    severity: 'major',
    note: '无专用留样冰箱',
    requirement: '购置专用留样冰箱',
  },
];

/** A submitted inspection of the canteen with a notice opened for it, as the inspections part does at submit. */
export async function openNotice(
  app: TestApp,
  w: World,
  opts: {
    canteenId?: string;
    school?: Organisation;
    inspectedOn?: string;
    deadline?: NoticeDeadlineInput;
    items?: NoticeOpeningItem[];
    letterNumber?: string;
  } = {},
): Promise<OpenedNotice & { inspectionId: string }> {
  const school = opts.school ?? w.school;
  const canteenId = opts.canteenId ?? w.canteenId;
  const inspectedOn = opts.inspectedOn ?? '2026-04-10';
  const inspectionId = await insertInspection(app, { canteenId, scopePath: school.path, inspectedOn, submittedBy: w.inspector.user.id });
  const service = app.app.get(NoticeOpeningService);
  const actor = {
    userId: w.inspector.user.id,
    username: w.inspector.user.username,
    displayName: '检查员甲',
    locale: 'zh-CN' as const,
    via: 'session' as const,
    sessionId: null,
    mustChangePassword: false,
    assignments: [],
    permissions: new Set<string>(),
  };
  const opened = await app.dataSource.transaction((m) =>
    service.openForInspection(m, {
      inspectionId,
      canteenId,
      scopePath: school.path,
      issuedOn: inspectedOn,
      letterNumber: opts.letterNumber ?? `某监餐意〔2026〕第${String(++codeSeq).padStart(3, '0')}号`,
      items: opts.items ?? TWO_ITEMS,
      deadline: opts.deadline ?? { kind: 'date', on: '2026-04-20' },
      inspectorUserIds: [w.inspector.user.id],
      actor,
    }),
  );
  if (!opened) throw new Error('no notice opened');
  return { ...opened, inspectionId };
}

/** Moves the platform clock and signs everyone in again (sessions expire when days pass). */
export async function moveClock(app: TestApp, w: World, to: string): Promise<void> {
  app.clock.set(to);
  w.inspector = await app.signIn(w.inspector.user);
  w.coordinator = await app.signIn(w.coordinator.user);
  w.otherCoordinator = await app.signIn(w.otherCoordinator.user);
}
