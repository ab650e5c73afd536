import { Injectable } from '@nestjs/common';
import { In, IsNull, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { addDays, daysBetween, newId, pinyinKeys, schoolYearOf, weekday, type CalendarDate } from '@schoolbridge/shared';
import {
  Clock,
  DirectoryOrganisation,
  Organisation,
  prefixUpperBound,
  Region,
  RoleAssignment,
  User,
  type DemoSeed,
  type SeedContext,
} from '@schoolbridge/core';
import {
  GRADES,
  noticeCandidates,
  repeatViolations,
  scoreInspection,
  type Grade,
  type GradingSettings,
  type InspectionItemResult,
  type ItemResult,
  type Severity,
} from '../../shared/rules/index.js';
import { Canteen } from '../canteens/entities/canteen.entity.js';
import { FoodHandler } from '../canteens/entities/food-handler.entity.js';
import { SupplierSchool } from '../canteens/entities/supplier-school.entity.js';
import { IssuingAuthority, LetterCounter } from '../inspections/entities/authority.entity.js';
import { InspectionCampaign } from '../inspections/entities/campaign.entity.js';
import { Inspection, InspectionInspector, InspectionResult } from '../inspections/entities/inspection.entity.js';
import { LetterRevision, OpinionLetter } from '../inspections/entities/letter.entity.js';
import { InspectionOuting, OutingMember } from '../inspections/entities/outing.entity.js';
import type { LetterSnapshot } from '../inspections/letters/letter-snapshot.js';
import { letterNumber, type DeadlineKind, type InspectionKind } from '../inspections/vocab.js';
import { FoodSafetyNoticeEvidence } from '../rectification/entities/notice-evidence.entity.js';
import { FoodSafetyNoticeItem } from '../rectification/entities/notice-item.entity.js';
import { FoodSafetyNotice } from '../rectification/entities/notice.entity.js';
import { FoodSafetyPenalty } from '../rectification/entities/penalty.entity.js';
import { NOTICE_NUMBER_SUFFIX } from '../rectification/notice-opening.js';
import { FoodSample, type Meal } from '../routine/entities/food-sample.entity.js';
import { RoutineRecord, type RoutineItemResult, type RoutineKind } from '../routine/entities/routine-record.entity.js';
import { keptMinutes, periodStart } from '../routine/rules.js';
import { ChecklistTemplate, TemplateArea, TemplateItem, TemplateVersion } from '../templates/entities/template.entity.js';
import { FoodSafetySettings } from '../templates/settings.service.js';
import type { DefectCode } from '../templates/vocab.js';
import {
  BREAKFAST_DISHES,
  CONTRACTORS,
  CORRECTED_NOTES,
  DAILY_FINDINGS,
  demoMobile,
  EVIDENCE,
  FINDINGS,
  GENERIC_EVIDENCE,
  GENERIC_FINDINGS,
  LUNCH_DISHES,
  MONTHLY_RISKS,
  personName,
  PLATES,
  POSITIONS,
  REJECT_NOTES,
  REQUIREMENTS,
  WEEKLY_FINDINGS,
} from './demo-data.js';
import { NoticeStory, type Person } from './notice-story.js';
import { SeedRandom } from './random.js';
import { isWeekday, LocalTime, springCampaignPeriod, weekdayOnOrAfter, weekdayOnOrBefore } from './time.js';

/** The PRNG seed: the same demo on every install (for the same "today"). */
const DEMO_RANDOM_SEED = 20_260_302;
const CANTEENS_WANTED = 20;
const SIX_AREA = 'school-canteen';
const NINE_AREA = 'quantified-grading';
const ROUTINE_KINDS: RoutineKind[] = ['dailyCheck', 'weeklyReview', 'monthlyDispatch'];

export interface FoodSafetyDemoOptions {
  /** The deployment's time zone, for the instants of inspections, evidence and samples. */
  timeZone: string;
  /** The settings' grading: scores and grades are computed with it, as a submit would. */
  grading: GradingSettings;
}

export interface FoodSafetyDemoResult {
  summary: string;
  created: Record<string, number>;
}

/**
 * The food-safety plugin's part of the demo (issue 6 §9): canteens for twenty schools of the demo
 * county and two outside meal suppliers with their food handlers; the catering supervision office
 * as issuing authority; the spring campaign of the last finished spring term with its trigger
 * document, seven outings and about twenty-five inspections on both shipped checklists (every
 * grade, critical caps, items corrected on site, a repeat violation, three re-inspections), one
 * opinion letter per submitted inspection (one amended, revision 2) and notices in every state,
 * with evidence history and two penalties; routine inspections of the autumn term up to today,
 * the demo inspector's drafts of today; and two weeks of the daily routine of three canteens.
 *
 * Rows are written straight through the entities in one short transaction, keeping what the
 * services keep: scores, grades, caps and repeat flags from the shared rules and the settings'
 * grading; letter serials 1..n per authority and year with the counter at n; notices stepped
 * through the notice state machine; template versions marked used. Deterministic (seeded PRNG),
 * relative to today; runs only while the plugin has no canteens, campaigns, authorities or
 * inspections, so a second run adds nothing.
 */
@Injectable()
export class FoodSafetyDemoSeed implements DemoSeed {
  readonly module = 'food-safety';
  /** After the directory (10) and training (20): it uses the directory's schools and demo users. */
  readonly order = 30;

  constructor(
    private readonly clock: Clock,
    private readonly settings: FoodSafetySettings,
  ) {}

  async run(ctx: SeedContext): Promise<{ summary: string }> {
    const { grading } = await this.settings.get(ctx.dataSource.manager);
    const { summary } = await seedDemoFoodSafety(ctx, { timeZone: this.clock.timeZone, grading });
    return { summary };
  }
}

// ---- the world the plan needs ------------------------------------------------------------------

interface SchoolInfo {
  org: Organisation;
  detail: DirectoryOrganisation | null;
  region: Region | null;
}

interface TemplateContent {
  template: ChecklistTemplate;
  version: TemplateVersion;
  areas: Map<string, TemplateArea>;
  /** In checklist order: by area position, then item position. */
  items: TemplateItem[];
}

interface World {
  county: Region;
  schools: SchoolInfo[];
  teachingPoints: SchoolInfo[];
  bureauName: string;
  users: { inspector: User | null; bureau: User | null; school: User | null; principal: User | null };
  coordinatorSchoolId: string | null;
  principalSchoolId: string | null;
  inspection: Map<string, TemplateContent>;
  routine: Map<RoutineKind, TemplateContent>;
}

async function templateContent(m: EntityManager, template: ChecklistTemplate): Promise<TemplateContent> {
  const version = await m.findOneByOrFail(TemplateVersion, { id: template.currentVersionId! });
  const areas = new Map((await m.findBy(TemplateArea, { versionId: version.id })).map((a) => [a.code, a]));
  const pos = (code: string) => areas.get(code)?.position ?? Number.MAX_SAFE_INTEGER;
  const items = (await m.findBy(TemplateItem, { versionId: version.id })).sort(
    (a, b) => pos(a.areaCode) - pos(b.areaCode) || a.position - b.position || a.code.localeCompare(b.code),
  );
  return { template, version, areas, items };
}

async function loadWorld(m: EntityManager): Promise<World> {
  const users = new Map((await m.findBy(User, { username: In(['inspector', 'bureau', 'school', 'principal']) })).map((u) => [u.username, u]));
  const assignments = users.size
    ? await m.find(RoleAssignment, { where: { userId: In([...users.values()].map((u) => u.id)) }, order: { createdAt: 'ASC', id: 'ASC' } })
    : [];
  const of = (username: string, role: string, scopeKind: string) => {
    const u = users.get(username);
    return u ? assignments.find((a) => a.userId === u.id && a.role === role && a.scopeKind === scopeKind) : undefined;
  };
  // the demo county: the region the demo inspector (or the bureau officer) works in
  const countyId = of('inspector', 'inspector', 'region')?.regionId ?? of('bureau', 'bureau_officer', 'region')?.regionId;
  const county = countyId ? await m.findOneBy(Region, { id: countyId }) : null;
  if (!county)
    throw new Error('the food-safety demo needs the directory’s demo county and its demo users: run the directory’s seed first (seed-demo --only directory)');
  const orgs = await m
    .createQueryBuilder(Organisation, 'o')
    .where("o.kind = 'school' AND o.archivedAt IS NULL AND o.path >= :lo AND o.path < :hi", { lo: county.path, hi: prefixUpperBound(county.path) })
    .orderBy('o.code', 'ASC')
    .getMany();
  const details = orgs.length
    ? new Map((await m.findBy(DirectoryOrganisation, { organisationId: In(orgs.map((o) => o.id)) })).map((d) => [d.organisationId, d]))
    : new Map<string, DirectoryOrganisation>();
  const regionIds = [...new Set(orgs.map((o) => o.regionId ?? o.managerRegionId).filter((x): x is string => !!x))];
  const regions = regionIds.length ? new Map((await m.findBy(Region, { id: In(regionIds) })).map((r) => [r.id, r])) : new Map<string, Region>();
  const infos = orgs.map((org) => ({ org, detail: details.get(org.id) ?? null, region: regions.get(org.regionId ?? org.managerRegionId ?? '') ?? null }));
  const bureau = await m.findOne(Organisation, { where: { kind: 'bureau', regionId: county.id, archivedAt: IsNull() }, order: { code: 'ASC' } });

  const inspection = new Map<string, TemplateContent>();
  for (const code of [SIX_AREA, NINE_AREA]) {
    const t = await m.findOneBy(ChecklistTemplate, { code });
    if (!t?.currentVersionId || t.purpose !== 'inspection') throw new Error(`the food-safety demo needs the shipped checklist "${code}"`);
    inspection.set(code, await templateContent(m, t));
  }
  const routine = new Map<RoutineKind, TemplateContent>();
  for (const kind of ROUTINE_KINDS) {
    // the checklist the routine part uses: the oldest template of the purpose not archived
    const t = await m
      .getRepository(ChecklistTemplate)
      .createQueryBuilder('t')
      .where('t.purpose = :kind AND t.archivedAt IS NULL AND t.currentVersionId IS NOT NULL', { kind })
      .orderBy('t.createdAt', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .getOne();
    if (t) routine.set(kind, await templateContent(m, t));
  }
  return {
    county,
    schools: infos.filter((s) => s.detail?.schoolKind !== 'teaching_point'),
    teachingPoints: infos.filter((s) => s.detail?.schoolKind === 'teaching_point'),
    bureauName: bureau?.name ?? `${county.name}教育局`,
    users: {
      inspector: users.get('inspector') ?? null,
      bureau: users.get('bureau') ?? null,
      school: users.get('school') ?? null,
      principal: users.get('principal') ?? null,
    },
    coordinatorSchoolId: of('school', 'school_coordinator', 'organisation')?.organisationId ?? null,
    principalSchoolId: of('principal', 'principal', 'organisation')?.organisationId ?? null,
    inspection,
    routine,
  };
}

// ---- the plan ----------------------------------------------------------------------------------

interface Rows {
  canteens: Canteen[];
  supplierSchools: SupplierSchool[];
  handlers: FoodHandler[];
  authorities: IssuingAuthority[];
  counters: LetterCounter[];
  campaigns: InspectionCampaign[];
  outings: InspectionOuting[];
  members: OutingMember[];
  inspections: Inspection[];
  inspectors: InspectionInspector[];
  results: InspectionResult[];
  letters: OpinionLetter[];
  revisions: LetterRevision[];
  notices: FoodSafetyNotice[];
  noticeItems: FoodSafetyNoticeItem[];
  evidence: FoodSafetyNoticeEvidence[];
  penalties: FoodSafetyPenalty[];
  samples: FoodSample[];
  records: RoutineRecord[];
  /** Template versions used, with the first use. */
  used: Map<string, Date>;
}

interface CanteenPlan {
  row: Canteen;
  school: SchoolInfo | null;
  handlers: FoodHandler[];
  /** Who at the school writes its evidence: the demo user of that school, else the canteen's contact. */
  staff: Person;
}

interface OutingPlan {
  row: InspectionOuting;
  members: OutingMember[];
  /** The account that submits its inspections: the demo inspector, else the bureau officer. */
  submitter: Person;
}

/** An item the plan fails on purpose: by known defect, by words of its text, or the next of a severity. */
interface Forced {
  code?: string;
  defect?: DefectCode;
  text?: string;
  severity?: Severity;
  corrected?: boolean;
  leaveOff?: string;
}

type Target = Grade | 'capped' | 'asIs';

type Fate =
  | 'auto'
  | 'closedReviewHistory'
  | 'openOverdue'
  | 'escalated'
  | 'closedByReinspection'
  | 'immediateOngoing'
  | 'openNotDue'
  | 'evidenceSubmitted'
  | 'openOverdueRecent';

interface Visit {
  id: string;
  kind: InspectionKind;
  canteen: CanteenPlan;
  outing: OutingPlan;
  campaignId: string | null;
  content: TemplateContent;
  target: Target;
  forced: Forced[];
  /** Where in the day (minutes after 09:00). */
  slot: number;
  deadline: { kind: 'date'; days: number } | { kind: 'immediateOngoing' };
  fate: Fate;
  follows: Visit | null;
  draft: 'none' | 'partial' | 'blank';
  /** Every failed item put right on the spot (so no notice). */
  allCorrected?: boolean;
  amendment: { days: number; reason: string } | null;
  // filled in by the plan
  results: InspectionResult[];
  row: Inspection | null;
  letter: OpinionLetter | null;
  notice: NoticeStory | null;
  /** Codes on the notice of this inspection at submit (failed, not corrected, not left off). */
  onNotice: string[];
  /** Codes of a new notice opened by this inspection (for a re-inspection: its new failures only). */
  newNoticeCodes: string[];
}

export async function seedDemoFoodSafety(ctx: SeedContext, options: FoodSafetyDemoOptions): Promise<FoodSafetyDemoResult> {
  const m = ctx.dataSource.manager;
  const existing =
    (await m.count(Canteen)) +
    (await m.count(InspectionCampaign)) +
    (await m.count(IssuingAuthority)) +
    (await m.count(Inspection)) +
    (await m.count(FoodSample));
  if (existing > 0) {
    const summary = 'nothing to add: the plugin already has data';
    ctx.log(`food-safety: ${summary}`);
    return { summary, created: {} };
  }
  const world = await loadWorld(m);
  const rows = plan(ctx, options, world);
  await ctx.dataSource.transaction(async (t) => {
    await insertAll(t, Canteen, rows.canteens);
    await insertAll(t, SupplierSchool, rows.supplierSchools);
    await insertAll(t, FoodHandler, rows.handlers);
    await insertAll(t, IssuingAuthority, rows.authorities);
    await insertAll(t, LetterCounter, rows.counters);
    await insertAll(t, InspectionCampaign, rows.campaigns);
    await insertAll(t, InspectionOuting, rows.outings);
    await insertAll(t, OutingMember, rows.members);
    // a re-inspection refers to the inspection it follows: those first
    await insertAll(
      t,
      Inspection,
      rows.inspections.filter((i) => !i.followsInspectionId),
    );
    await insertAll(
      t,
      Inspection,
      rows.inspections.filter((i) => i.followsInspectionId),
    );
    await insertAll(t, InspectionInspector, rows.inspectors);
    await insertAll(t, InspectionResult, rows.results);
    await insertAll(t, OpinionLetter, rows.letters);
    await insertAll(t, LetterRevision, rows.revisions);
    await insertAll(t, FoodSafetyNotice, rows.notices);
    await insertAll(t, FoodSafetyNoticeItem, rows.noticeItems);
    await insertAll(t, FoodSafetyNoticeEvidence, rows.evidence);
    await insertAll(t, FoodSafetyPenalty, rows.penalties);
    await insertAll(t, FoodSample, rows.samples);
    await insertAll(t, RoutineRecord, rows.records);
    // once a record uses a version it never changes: later edits of the template make a new one
    for (const [id, at] of rows.used) await t.update(TemplateVersion, { id, usedAt: IsNull() }, { usedAt: at });
  });
  const created = {
    canteens: rows.canteens.length,
    handlers: rows.handlers.length,
    campaigns: rows.campaigns.length,
    outings: rows.outings.length,
    inspections: rows.inspections.length,
    letters: rows.letters.length,
    notices: rows.notices.length,
    penalties: rows.penalties.length,
    samples: rows.samples.length,
    routineRecords: rows.records.length,
  };
  const summary = `${created.canteens} canteens, ${created.campaigns} campaign, ${created.inspections} inspections, ${created.letters} letters, ${created.notices} notices`;
  ctx.log(
    `food-safety: ${summary}, ${created.handlers} food handlers, ${created.outings} outings, ${created.penalties} penalties, ${created.samples} samples, ${created.routineRecords} routine records`,
  );
  return { summary, created };
}

/** Plain INSERTs in chunks (SQLite limits the variables of one statement). */
async function insertAll<T extends ObjectLiteral>(m: EntityManager, entity: EntityTarget<T>, rows: readonly T[]): Promise<void> {
  const columns = m.connection.getMetadata(entity).columns.length;
  const size = Math.max(1, Math.floor(900 / columns));
  for (let i = 0; i < rows.length; i += size) await m.insert(entity, rows.slice(i, i + size) as never);
}

function plan(ctx: SeedContext, options: FoodSafetyDemoOptions, world: World): Rows {
  const rng = new SeedRandom(DEMO_RANDOM_SEED);
  const { now, today } = ctx;
  const time = new LocalTime(options.timeZone);
  const at = (date: CalendarDate, hhmm: string, plus = 0) => time.at(date, hhmm, plus);
  /** Something that has happened: never after now. */
  const past = (d: Date, minutesBefore = 5) => (d.getTime() <= now.getTime() ? d : new Date(now.getTime() - minutesBefore * 60_000));
  const { county } = world;
  const initial = county.name.slice(0, 1);
  const rows: Rows = {
    canteens: [],
    supplierSchools: [],
    handlers: [],
    authorities: [],
    counters: [],
    campaigns: [],
    outings: [],
    members: [],
    inspections: [],
    inspectors: [],
    results: [],
    letters: [],
    revisions: [],
    notices: [],
    noticeItems: [],
    evidence: [],
    penalties: [],
    samples: [],
    records: [],
    used: new Map(),
  };
  const markUsed = (versionId: string, when: Date) => {
    const first = rows.used.get(versionId);
    if (!first || when < first) rows.used.set(versionId, when);
  };
  const inspectorUser = world.users.inspector;
  const bureauUser = world.users.bureau;
  if (!inspectorUser && !bureauUser) throw new Error('the food-safety demo needs the demo user "inspector" or "bureau": run the directory’s seed first');
  const lead: Person = inspectorUser
    ? { userId: inspectorUser.id, name: inspectorUser.displayName }
    : { userId: bureauUser!.id, name: bureauUser!.displayName };

  // The spring campaign: the spring term of this school year if it is over, else last year's.
  const schoolYear = schoolYearOf(today);
  const campaignYear = today > `${schoolYear + 1}-07-31` ? schoolYear + 1 : schoolYear;
  const period = springCampaignPeriod(campaignYear);
  const setUpOn = addDays(period.startsOn, -40);

  // ---- canteens, suppliers, food handlers ----
  const handlerSeq = { n: 0 };
  const coordinatorSchool = world.schools.find((s) => s.org.id === world.coordinatorSchoolId) ?? null;
  const principalSchool = world.schools.find((s) => s.org.id === world.principalSchoolId) ?? null;
  const must = [coordinatorSchool, principalSchool].filter((s): s is SchoolInfo => s !== null);
  const others = rng.shuffle(world.schools.filter((s) => !must.includes(s)));
  const chosen = [...must, ...others.slice(0, Math.max(0, CANTEENS_WANTED - must.length))].sort((a, b) => a.org.code.localeCompare(b.org.code));
  if (chosen.length < 8) throw new Error(`the food-safety demo needs at least 8 schools in ${county.name}; found ${chosen.length}`);
  const notChosen = world.schools.filter((s) => !chosen.includes(s));

  const makeHandlers = (canteen: Canteen, count: number): FoodHandler[] =>
    Array.from({ length: count }, (_, i) => {
      const gender = i === 0 || rng.chance(0.6) ? 'female' : 'male';
      const name = personName(rng, gender);
      const keys = pinyinKeys(name);
      const handler: FoodHandler = {
        id: newId(),
        canteenId: canteen.id,
        name,
        namePinyin: keys.full,
        nameInitials: keys.initials,
        gender,
        mobile: demoMobile(rng),
        position: i === 0 ? POSITIONS[0]! : rng.pick(POSITIONS.slice(1)),
        healthCertNo: `${county.code}${today.slice(0, 4)}${String(++handlerSeq.n).padStart(5, '0')}`,
        healthCertExpiresOn: addDays(today, rng.int(45, 330)),
        trainedOn: addDays(today, -rng.int(20, 300)),
        onDuty: true,
        archivedAt: null,
        createdAt: at(setUpOn, '10:00', i),
        updatedAt: at(setUpOn, '10:00', i),
        version: 1,
      };
      rows.handlers.push(handler);
      return handler;
    });

  const contractors = rng.shuffle(CONTRACTORS);
  const contracted = new Set(rng.shuffle(chosen.filter((s) => !must.includes(s))).slice(0, 6));
  const plans: CanteenPlan[] = [];
  for (const [i, school] of chosen.entries()) {
    const kindergarten = school.detail?.schoolKind === 'kindergarten';
    const contact = personName(rng, rng.chance(0.5) ? 'female' : 'male');
    const students = school.detail?.studentCount ?? rng.int(80, 900);
    const row: Canteen = {
      id: newId(),
      kind: 'canteen',
      name: `${school.org.name}食堂`,
      ...keysOf(`${school.org.name}食堂`),
      schoolId: school.org.id,
      regionId: school.org.regionId ?? school.org.managerRegionId,
      scopePath: school.org.path,
      operator: contracted.has(school) ? 'contracted' : 'selfRun',
      operatorName: contracted.has(school) ? contractors[i % contractors.length]! : null,
      licenceNo: `JY1${county.code}${String(1000 + i * 37).padStart(7, '0')}`,
      licenceExpiresOn: addDays(today, rng.int(120, 1400)),
      hasSampleFridge: true,
      hasDisinfection: true,
      hasPestProofing: true,
      address: school.detail?.address ?? `${school.region?.name ?? county.name}${school.org.name}内`,
      contactName: contact,
      contactMobile: demoMobile(rng),
      mealsPerDay: school.detail?.boarding ? 3 : kindergarten ? 2 : 1,
      diners: students + Math.round(students / 12),
      archivedAt: null,
      createdAt: at(setUpOn, '09:00', i),
      updatedAt: at(setUpOn, '09:00', i),
      version: 1,
    };
    rows.canteens.push(row);
    const staffUser =
      school.org.id === world.coordinatorSchoolId ? world.users.school : school.org.id === world.principalSchoolId ? world.users.principal : null;
    plans.push({
      row,
      school,
      handlers: makeHandlers(row, rng.int(4, 6)),
      staff: staffUser ? { userId: staffUser.id, name: staffUser.displayName } : { userId: null, name: contact },
    });
  }

  // Two outside meal suppliers: one for the coordinator's teaching points, one for other small schools.
  const served1 = (coordinatorSchool ? world.teachingPoints.filter((t) => t.org.path.startsWith(coordinatorSchool.org.path)) : []).slice(0, 3);
  const rest = [...world.teachingPoints.filter((t) => !served1.includes(t)), ...notChosen];
  while (served1.length < 2 && rest.length) served1.push(rest.shift()!);
  const served2 = rest.slice(0, 3);
  const supplierPlans: CanteenPlan[] = [];
  const supplierRegion = coordinatorSchool?.region ?? served1[0]?.region ?? county;
  for (const [i, def] of [
    { name: `${supplierRegion.name}学生营养餐配送中心`, region: supplierRegion, served: served1, company: contractors[1]! },
    { name: `${county.name}阳光学生餐配送有限公司`, region: county, served: served2, company: `${county.name}阳光学生餐配送有限公司` },
  ].entries()) {
    if (def.served.length === 0) continue;
    const contact = personName(rng, 'male');
    const row: Canteen = {
      id: newId(),
      kind: 'supplier',
      name: def.name,
      ...keysOf(def.name),
      schoolId: null,
      regionId: def.region.id,
      scopePath: def.region.path,
      operator: 'contracted',
      operatorName: def.company,
      licenceNo: `JY1${county.code}${String(9000 + i).padStart(7, '0')}`,
      licenceExpiresOn: addDays(today, rng.int(300, 1000)),
      hasSampleFridge: true,
      hasDisinfection: true,
      hasPestProofing: true,
      address: `${def.region.name}工业园区${i + 3}号`,
      contactName: contact,
      contactMobile: demoMobile(rng),
      mealsPerDay: 1,
      diners: rng.int(150, 400),
      archivedAt: null,
      createdAt: at(setUpOn, '11:00', i),
      updatedAt: at(setUpOn, '11:00', i),
      version: 1,
    };
    rows.canteens.push(row);
    for (const s of def.served) rows.supplierSchools.push({ supplierId: row.id, schoolId: s.org.id, schoolPath: s.org.path, createdAt: row.createdAt });
    const servesCoordinator = def.served.some((s) => coordinatorSchool && s.org.path.startsWith(coordinatorSchool.org.path)) && world.users.school;
    supplierPlans.push({
      row,
      school: null,
      handlers: makeHandlers(row, 6),
      staff: servesCoordinator ? { userId: world.users.school!.id, name: world.users.school!.displayName } : { userId: null, name: contact },
    });
  }

  // The roles canteens play in the demo's stories.
  const cCoord = plans.find((p) => p.school?.org.id === world.coordinatorSchoolId) ?? plans[0]!;
  const cPrin = plans.find((p) => p.school?.org.id === world.principalSchoolId && p !== cCoord) ?? plans.find((p) => p !== cCoord)!;
  const pool = rng.shuffle(plans.filter((p) => p !== cCoord && p !== cPrin));
  const takeFrom = (pred: (p: CanteenPlan) => boolean) => {
    const i = pool.findIndex(pred);
    return pool.splice(i >= 0 ? i : 0, 1)[0]!;
  };
  const cEscalated = takeFrom((p) => p.row.operator === 'contracted');
  const cOverdue = takeFrom((p) => p.school?.detail?.schoolKind === 'kindergarten');
  const cReinspected = takeFrom(() => true);
  const cCapped = takeFrom(() => true);
  const cAmended = takeFrom(() => true);
  const cNotReached = pool.pop()!;
  const generic = pool; // the rest, inspected once in the campaign
  const [sup1, sup2] = supplierPlans;

  // Licences, facilities and certificates that need attention today.
  cOverdue.row.hasSampleFridge = false;
  if (generic[0]) generic[0].row.licenceExpiresOn = addDays(today, 18);
  if (generic[1]) generic[1].row.licenceExpiresOn = addDays(today, -12);
  cPrin.handlers[1]!.healthCertExpiresOn = addDays(today, 9);
  (sup1 ?? cAmended).handlers[2]!.healthCertExpiresOn = addDays(today, 23);
  const offDuty = cCoord.handlers.at(-1)!;
  offDuty.healthCertExpiresOn = addDays(today, -6);
  offDuty.onDuty = false;
  offDuty.updatedAt = past(at(addDays(today, -5), '08:10'));
  offDuty.version = 2;

  // ---- the issuing authority, the campaign, outings ----
  const authorityName = `${county.name}市场监督管理局餐饮服务监督所`;
  const authority: IssuingAuthority = {
    id: newId(),
    name: authorityName,
    numberPrefix: `${initial}监餐意`,
    regionId: county.id,
    regionPath: county.path,
    active: true,
    createdAt: at(setUpOn, '08:30'),
    updatedAt: at(setUpOn, '08:30'),
    version: 1,
  };
  rows.authorities.push(authority);
  const sixArea = world.inspection.get(SIX_AREA)!;
  const nineArea = world.inspection.get(NINE_AREA)!;
  const campaignCreated = at(addDays(period.startsOn, -7), '10:20');
  const campaign: InspectionCampaign = {
    id: newId(),
    name: `${campaignYear}年春季学校食堂食品安全专项检查`,
    startsOn: period.startsOn,
    endsOn: period.endsOn,
    regionId: county.id,
    regionPath: county.path,
    documentNumber: `${initial}教〔${campaignYear}〕12号`,
    documentTitle: '关于迅速开展中小学校幼儿园食堂食品安全专项检查的紧急通知',
    documentFileId: null,
    templateId: sixArea.template.id,
    notes:
      '检查持证、从业人员健康证、食品采购索证及贮存、食品添加剂、加工设施设备及布局、餐饮具清洗消毒及餐厨废弃物处置六个方面；餐监所出具监督意见书，县教育局督促整改。',
    createdBy: bureauUser?.id ?? lead.userId,
    createdAt: campaignCreated,
    updatedAt: campaignCreated,
    version: 1,
  };
  rows.campaigns.push(campaign);

  // the people of the teams: accounts where there are any, others by name and agency
  const township = (cOverdue.school?.region ?? county).name;
  const office = authorityName;
  const people = {
    a: { userId: null, name: personName(rng, 'male'), agency: office },
    b: { userId: null, name: personName(rng, 'female'), agency: world.bureauName },
    c: { userId: null, name: personName(rng, 'female'), agency: office },
    d: { userId: null, name: personName(rng, 'male'), agency: `${township}市场监督管理所` },
    e: { userId: null, name: personName(rng, 'male'), agency: world.bureauName },
    f: { userId: null, name: personName(rng, 'male'), agency: office },
  };
  const inspectorMember = inspectorUser ? { userId: inspectorUser.id, name: inspectorUser.displayName.slice(0, 50), agency: office } : people.f;
  const bureauMember = bureauUser ? { userId: bureauUser.id, name: bureauUser.displayName.slice(0, 50), agency: world.bureauName } : people.e;

  const outing = (
    on: CalendarDate,
    team: { userId: string | null; name: string; agency: string }[],
    vehicles: number,
    campaignId: string | null,
    notes: string | null = null,
  ): OutingPlan => {
    const created = past(at(addDays(on, -3), '16:00'), 60);
    const row: InspectionOuting = {
      id: newId(),
      campaignId,
      outingOn: on,
      regionId: county.id,
      regionPath: county.path,
      vehicles,
      vehiclePlates: PLATES.slice(0, vehicles).join('、'),
      notes,
      createdBy: lead.userId,
      createdAt: created,
      updatedAt: created,
      version: 1,
    };
    const members = team.map((p, i): OutingMember => ({
      id: newId(),
      outingId: row.id,
      userId: p.userId,
      name: p.name,
      agency: p.agency,
      role: i === 0 ? 'leader' : 'member',
      position: i + 1,
    }));
    rows.outings.push(row);
    rows.members.push(...members);
    const account = members.find((x) => x.userId === inspectorUser?.id) ?? members.find((x) => x.userId !== null);
    return { row, members, submitter: account ? { userId: account.userId, name: account.name } : lead };
  };
  const day = (n: number) => weekdayOnOrAfter(addDays(period.startsOn, n));
  const o1 = outing(day(2), [inspectorMember, people.a, people.b], 1, campaign.id);
  const o2 = outing(day(9), [inspectorMember, people.c], 1, campaign.id);
  const o3 = outing(day(16), [inspectorMember, people.a, people.d, people.e], 2, campaign.id, '分两组，两辆车');
  const o4 = outing(day(23), [bureauMember, people.c, people.f], 1, campaign.id);
  const o5 = outing(day(37), [inspectorMember, people.a, people.b], 1, campaign.id);
  const o6 = outing(day(44), [inspectorMember, people.c], 1, campaign.id);
  const o7 = outing(weekdayOnOrBefore(addDays(period.endsOn, -8)), [inspectorMember, bureauMember, people.a], 1, campaign.id, '整改复查，县教育局派员参加');
  const a1 = outing(weekdayOnOrBefore(addDays(today, -30)), [inspectorMember, people.c], 1, null);
  const a2 = outing(weekdayOnOrBefore(addDays(today, -12)), [inspectorMember, people.b], 1, null);
  const a3 = outing(today, [inspectorMember, people.a], 1, null);

  // ---- visits ----
  const visits: Visit[] = [];
  const visit = (v: Partial<Visit> & Pick<Visit, 'canteen' | 'outing' | 'content' | 'target'>): Visit => {
    const full: Visit = {
      id: newId(),
      kind: v.outing.row.campaignId ? 'campaign' : 'routine',
      campaignId: v.outing.row.campaignId,
      forced: [],
      slot: visits.filter((x) => x.outing === v.outing).length * 75 + rng.int(0, 20),
      deadline: { kind: 'date', days: rng.pick([15, 20, 30]) },
      fate: 'auto',
      follows: null,
      draft: 'none',
      amendment: null,
      results: [],
      row: null,
      letter: null,
      notice: null,
      onNotice: [],
      newNoticeCodes: [],
      ...v,
    };
    visits.push(full);
    return full;
  };
  const vEscalated = visit({
    canteen: cEscalated,
    outing: o1,
    content: sixArea,
    target: 'fail',
    forced: [{ defect: 'expiredFood' }, { defect: 'rawCookedMixed' }, { text: '培训' }],
    deadline: { kind: 'date', days: 15 },
    fate: 'escalated',
  });
  visit({ canteen: cPrin, outing: o1, content: sixArea, target: 'excellent' });
  visit({
    canteen: cCoord,
    outing: o2,
    content: sixArea,
    target: 'good',
    forced: [{ defect: 'samplesMissingOrShort' }, { defect: 'irregularPurchaseLedger' }],
    deadline: { kind: 'date', days: 20 },
    fate: 'closedReviewHistory',
  });
  const vReinspected = visit({
    canteen: cReinspected,
    outing: o3,
    content: sixArea,
    target: 'capped',
    forced: [{ defect: 'rawCookedMixed' }, { defect: 'crudeFacilities' }],
    deadline: { kind: 'date', days: 20 },
    fate: 'closedByReinspection',
  });
  visit({
    canteen: cOverdue,
    outing: o3,
    content: sixArea,
    target: 'fair',
    forced: [{ defect: 'noSampleFridge' }, { defect: 'crudeFacilities' }],
    deadline: { kind: 'date', days: 20 },
    fate: 'openOverdue',
  });
  const vSupplier = sup1
    ? visit({
        canteen: sup1,
        outing: o4,
        content: sixArea,
        target: 'good',
        forced: [{ defect: 'irregularPurchaseLedger' }],
        deadline: { kind: 'date', days: 15 },
        fate: 'closedByReinspection',
      })
    : null;
  visit({ canteen: cCapped, outing: o5, content: nineArea, target: 'capped', forced: [{ defect: 'expiredFood', corrected: true }, { severity: 'minor' }] });
  visit({ canteen: cAmended, outing: o5, content: nineArea, target: 'good', amendment: { days: 2, reason: '补记参加检查的县教育局人员，更正检查情况记录' } });
  if (sup2) visit({ canteen: sup2, outing: o6, content: nineArea, target: 'good' });
  // the rest of the campaign: two more per outing or so, grades across the range
  const slots: OutingPlan[] = [o1, o2, o2, o2, o3, o4, o4, o5, o5, o6, o6, o1];
  const tiers: Target[] = rng.shuffle([
    'excellent',
    'excellent',
    'excellent',
    'excellent',
    'excellent',
    'good',
    'good',
    'good',
    'fair',
    'fair',
    'fail',
    'fail',
  ]);
  for (const [i, c] of generic.entries()) {
    const o = slots[i % slots.length]!;
    visit({ canteen: c, outing: o, content: o === o5 || o === o6 ? nineArea : sixArea, target: tiers[i % tiers.length]! });
  }
  // the follow-up outing: three re-inspections
  const vR2 = visit({
    canteen: cEscalated,
    outing: o7,
    content: sixArea,
    target: 'asIs',
    kind: 'reinspection',
    follows: vEscalated,
    forced: [{ defect: 'rawCookedMixed' }, { text: '培训' }],
  });
  const vR1 = visit({ canteen: cReinspected, outing: o7, content: sixArea, target: 'asIs', kind: 'reinspection', follows: vReinspected });
  const vR3 = vSupplier
    ? visit({
        canteen: vSupplier.canteen,
        outing: o7,
        content: sixArea,
        target: 'asIs',
        kind: 'reinspection',
        follows: vSupplier,
        deadline: { kind: 'immediateOngoing' },
        fate: 'immediateOngoing',
      })
    : null;
  // the autumn term: routine inspections up to today, and today's drafts
  const templateOf = (c: CanteenPlan) => visits.find((v) => v.canteen === c)?.content ?? sixArea;
  const [g0, g1, g2, g3, g4] = [generic[2] ?? cAmended, generic[3] ?? cCapped, generic[4] ?? cNotReached, generic[5] ?? cCapped, generic[6] ?? cAmended];
  visit({ canteen: g0, outing: a1, content: templateOf(g0), target: 'good', deadline: { kind: 'date', days: 10 } });
  visit({
    canteen: g1,
    outing: a1,
    content: templateOf(g1),
    target: 'fair',
    forced: [{ severity: 'minor', leaveOff: '已当场口头提醒，纳入日常检查跟踪' }],
    deadline: { kind: 'date', days: 7 },
    fate: 'openOverdueRecent',
  });
  visit({
    canteen: cCoord,
    outing: a2,
    content: templateOf(cCoord),
    target: 'good',
    forced: [{ defect: 'samplesMissingOrShort' }],
    deadline: { kind: 'date', days: daysBetween(a2.row.outingOn, today) + 10 },
    fate: 'openNotDue',
  });
  visit({
    canteen: cPrin,
    outing: a2,
    content: templateOf(cPrin),
    target: 'good',
    forced: [{ defect: 'irregularPurchaseLedger' }],
    deadline: { kind: 'date', days: daysBetween(a2.row.outingOn, today) + 2 },
    fate: 'evidenceSubmitted',
  });
  visit({ canteen: g2, outing: a2, content: templateOf(g2), target: 'excellent', allCorrected: true });
  visit({ canteen: g3, outing: a3, content: templateOf(g3), target: 'asIs', draft: 'partial', kind: 'routine' });
  visit({ canteen: g4, outing: a3, content: templateOf(g4), target: 'asIs', draft: 'blank', kind: 'routine' });

  // ---- results, scores, repeats ----
  for (const v of visits) {
    if (v === vR3 && vSupplier) {
      // what the re-inspection finds anew: a missing health certificate and a minor item the first visit passed
      const failedBefore = new Set(vSupplier.results.filter((r) => r.result === 'nonCompliant').map((r) => r.itemCode));
      const minors = v.content.items.filter((i) => i.severity === 'minor' && !failedBefore.has(i.code));
      const minor = minors.find((i) => i.text.includes('个人卫生')) ?? minors[0];
      v.forced = [{ defect: 'missingHealthCertificate' }, ...(minor ? [{ code: minor.code }] : [])];
    }
    planResults(v, rng, options.grading);
  }
  const submitted = visits.filter((v) => v.draft === 'none');
  const visitAt = (v: Visit) => at(v.outing.row.outingOn, '09:00', v.slot);
  const submittedAt = (v: Visit) => at(v.outing.row.outingOn, '09:00', v.slot + 55);
  submitted.sort((a, b) => a.outing.row.outingOn.localeCompare(b.outing.row.outingOn) || submittedAt(a).getTime() - submittedAt(b).getTime());
  const lastOf = new Map<string, InspectionResult[]>();
  for (const v of submitted) {
    const previous = lastOf.get(v.canteen.row.id);
    const repeats = new Set(repeatViolations(answered(v.results), previous ? answered(previous) : null));
    for (const r of v.results) r.repeatViolation = repeats.has(r.itemCode);
    lastOf.set(v.canteen.row.id, v.results);
  }

  // ---- inspection rows, letters (numbered in issue order per year), notices ----
  const serials = new Map<number, number>();
  // in the order things happened: letters are numbered in issue order, a re-inspection after the one it follows
  const chronological = [...visits].sort((a, b) => visitAt(a).getTime() - visitAt(b).getTime());
  for (const v of chronological) {
    const inspectors = v.outing.members.map((x, i): InspectionInspector => ({
      id: newId(),
      inspectionId: v.id,
      userId: x.userId,
      name: x.name,
      agency: x.agency,
      position: i + 1,
    }));
    const createdAt = past(visitAt(v), 50);
    const score = v.draft === 'none' ? scoreInspection(asRules(v.results), options.grading) : null;
    const candidates = v.draft === 'none' ? noticeCandidates(asRules(v.results), leaveOffsOf(v.results)) : null;
    v.onNotice = candidates ? candidates.onNotice.map((r) => r.itemCode) : [];
    const followedCodes = v.follows ? new Set(v.follows.newNoticeCodes) : null;
    v.newNoticeCodes = followedCodes && v.follows!.newNoticeCodes.length > 0 ? v.onNotice.filter((c) => !followedCodes.has(c)) : v.onNotice;
    const deadline: { kind: DeadlineKind; on: string | null } | null =
      v.newNoticeCodes.length > 0
        ? v.deadline.kind === 'date'
          ? { kind: 'date', on: addDays(v.outing.row.outingOn, v.deadline.days) }
          : { kind: 'immediateOngoing', on: null }
        : null;
    const sent = v.draft === 'none' ? submittedAt(v) : null;
    const amendedAt = v.amendment && sent ? at(addDays(v.outing.row.outingOn, v.amendment.days), '15:30') : null;
    const counts = score?.counts;
    const row: Inspection = {
      id: v.id,
      kind: v.kind,
      canteenId: v.canteen.row.id,
      scopePath: v.canteen.row.scopePath,
      campaignId: v.campaignId,
      outingId: v.outing.row.id,
      followsInspectionId: v.follows?.id ?? null,
      templateVersionId: v.content.version.id,
      authorityId: v.draft === 'blank' ? null : authority.id,
      inspectedOn: v.outing.row.outingOn,
      status: v.draft === 'none' ? 'submitted' : 'draft',
      score: score?.score ?? null,
      grade: score?.grade ?? null,
      capped: score?.capped ?? false,
      compliantCount: counts?.compliant ?? 0,
      nonCompliantCount: counts?.nonCompliant ?? 0,
      notApplicableCount: counts?.notApplicable ?? 0,
      notObservedCount: counts?.notObserved ?? 0,
      failedCriticalCount: counts?.failedCritical ?? 0,
      correctedOnSiteCount: counts?.correctedOnSite ?? 0,
      repeatCount: v.results.filter((r) => r.repeatViolation).length,
      deadlineKind: deadline?.kind ?? null,
      deadlineOn: deadline?.on ?? null,
      rectificationOwner: deadline ? v.canteen.row.contactName : null,
      submittedAt: sent,
      submittedBy: sent ? v.outing.submitter.userId : null,
      amendments: amendedAt ? 1 : 0,
      notes: v.kind === 'reinspection' ? '对上次检查发现问题的整改情况进行复查' : null,
      createdBy: v.outing.submitter.userId,
      createdAt,
      updatedAt: amendedAt ?? sent ?? past(at(v.outing.row.outingOn, '09:00', v.slot + 25), 2),
      // created, answers saved, submitted (and amended)
      version: v.draft === 'blank' ? 1 : v.draft === 'partial' ? 2 : amendedAt ? 4 : 3,
    };
    v.row = row;
    rows.inspections.push(row);
    rows.results.push(...v.results);
    if (sent) markUsed(v.content.version.id, sent);
    if (!sent) {
      rows.inspectors.push(...inspectors);
      continue;
    }
    // an amended inspection: its first letter named one inspector fewer and another note
    const amended = amendedAt ? (v.results.find((r) => r.result === 'nonCompliant' && r.note) ?? null) : null;
    const firstNote = amended ? (GENERIC_FINDINGS.find((t) => t !== amended.note) ?? null) : null;
    rows.inspectors.push(...inspectors);
    const year = Number(row.inspectedOn.slice(0, 4));
    const serial = (serials.get(year) ?? 0) + 1;
    serials.set(year, serial);
    const letter: OpinionLetter = {
      id: newId(),
      inspectionId: v.id,
      authorityId: authority.id,
      year,
      serial,
      number: letterNumber(authority.numberPrefix, year, serial),
      currentRevision: amendedAt ? 2 : 1,
      issuedAt: sent,
      issuedOn: row.inspectedOn,
    };
    v.letter = letter;
    rows.letters.push(letter);
    const extras = { onNotice: new Set(v.onNotice), deadline };
    const snapshotOf = (
      revision: number,
      issuedOn: string,
      reason: string | null,
      people: InspectionInspector[],
      note: { code: string; text: string } | null,
    ): LetterSnapshot => snapshot({ v, row, letter, revision, issuedOn, reason, inspectors: people, extras, authority, note });
    if (amendedAt) {
      const before = inspectors.slice(0, -1);
      rows.revisions.push(
        revision(
          letter,
          1,
          sent,
          row.inspectedOn,
          v.outing.submitter.userId,
          null,
          snapshotOf(1, row.inspectedOn, null, before, amended ? { code: amended.itemCode, text: firstNote! } : null),
        ),
      );
      const on = addDays(row.inspectedOn, v.amendment!.days);
      rows.revisions.push(
        revision(letter, 2, amendedAt, on, v.outing.submitter.userId, v.amendment!.reason, snapshotOf(2, on, v.amendment!.reason, inspectors, null)),
      );
    } else {
      rows.revisions.push(revision(letter, 1, sent, row.inspectedOn, v.outing.submitter.userId, null, snapshotOf(1, row.inspectedOn, null, inspectors, null)));
    }
    if (v.newNoticeCodes.length > 0) v.notice = openNotice(v, letter, deadline!, sent);
  }
  for (const [year, n] of serials) rows.counters.push({ authorityId: authority.id, year, lastSerial: n });

  function openNotice(v: Visit, letter: OpinionLetter, deadline: { kind: DeadlineKind; on: string | null }, sent: Date): NoticeStory {
    const row = v.row!;
    const notice: FoodSafetyNotice = {
      id: newId(),
      inspectionId: v.id,
      canteenId: v.canteen.row.id,
      scopePath: v.canteen.row.scopePath,
      number: `${letter.number}${NOTICE_NUMBER_SUFFIX}`,
      issuedOn: row.inspectedOn,
      issuedBy: v.outing.submitter.userId,
      issuedByName: v.outing.submitter.name.slice(0, 50),
      ownerName: row.rectificationOwner,
      ownerUserId: null,
      measures: null,
      deadlineKind: deadline.kind,
      deadline: deadline.on,
      status: 'open',
      closedOn: null,
      closedBy: null,
      closedVia: null,
      escalatedOn: null,
      escalatedBy: null,
      escalationReason: null,
      inspectorUserIds: [...new Set([v.outing.submitter.userId, ...v.outing.members.map((x) => x.userId)].filter((x): x is string => !!x))],
      lastReinspectionId: null,
      createdAt: sent,
      updatedAt: sent,
      version: 1,
    };
    const byCode = new Map(v.results.map((r) => [r.itemCode, r]));
    const items = v.newNoticeCodes.map((code, i): FoodSafetyNoticeItem => {
      const r = byCode.get(code)!;
      return {
        id: newId(),
        noticeId: notice.id,
        itemCode: r.itemCode,
        areaCode: r.areaCode,
        areaName: r.areaName.slice(0, 100),
        text: r.text,
        severity: r.severity,
        finding: r.note,
        requirement: r.defectCode ? (REQUIREMENTS[r.defectCode as DefectCode] ?? null) : null,
        measures: null,
        position: r.position ?? i + 1,
        status: 'open',
        evidenceNote: null,
        evidenceFileIds: null,
        evidenceAt: null,
        reviewNote: null,
        reviewedBy: null,
        reviewedByName: null,
        reviewedAt: null,
        reinspectionId: null,
        updatedAt: sent,
        version: 1,
      };
    });
    return new NoticeStory(notice, items, now);
  }

  // ---- what became of each notice ----
  const inspector: Person = inspectorUser ? { userId: inspectorUser.id, name: inspectorUser.displayName } : lead;
  const evidenceText = (item: FoodSafetyNoticeItem) => {
    const r = visits.flatMap((v) => v.results).find((x) => x.itemCode === item.itemCode && x.defectCode);
    return r?.defectCode ? rng.pick(EVIDENCE[r.defectCode as DefectCode]) : rng.pick(GENERIC_EVIDENCE);
  };
  // steps of one notice keep their order: whole days apart, not moved to weekdays
  const onDay = (issued: CalendarDate, days: number, hhmm: string) => at(addDays(issued, days), hhmm, rng.int(0, 40));
  const dateOf = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: options.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  const reinspect = (r: Visit | null) => {
    if (!r?.follows?.notice || !r.row?.submittedAt) return;
    r.follows.notice.reinspect(r.id, r.row.inspectedOn, r.row.submittedAt, answered(r.results), r.outing.submitter);
  };
  /** Evidence for every item within the deadline, each accepted a day or two later, then 销号. */
  const closeAllReviewed = (s: NoticeStory, issued: CalendarDate, deadlineDays: number) => {
    const sent = onDay(issued, Math.max(1, Math.min(deadlineDays - 1, 3 + rng.int(0, 4))), '15:00');
    s.items.forEach((item, i) => s.submitEvidence(i, new Date(sent.getTime() + i * 7 * 60_000), evidenceText(item), staffOf(s)));
    const ok = onDay(dateOf(sent), 1 + rng.int(0, 1), '10:00');
    s.items.forEach((_, i) => s.review(i, 'accept', new Date(ok.getTime() + i * 3 * 60_000), null, inspector));
    const last = new Date(ok.getTime() + s.items.length * 3 * 60_000);
    s.close(dateOf(last), new Date(last.getTime() + 10 * 60_000), inspector);
  };
  const staffBy = new Map<string, Person>();
  for (const v of visits) if (v.notice) staffBy.set(v.notice.notice.id, v.canteen.staff);
  const staffOf = (s: NoticeStory) => staffBy.get(s.notice.id)!;

  const ordered = [...visits].sort((a, b) => a.outing.row.outingOn.localeCompare(b.outing.row.outingOn));
  for (const v of ordered) {
    const s = v.notice;
    if (!s) continue;
    const issued = s.notice.issuedOn;
    const days = v.deadline.kind === 'date' ? v.deadline.days : 30;
    switch (v.fate) {
      case 'auto':
        closeAllReviewed(s, issued, days);
        break;
      case 'closedReviewHistory': {
        // the first evidence on the samples was sent back, the second accepted
        const k = Math.max(
          0,
          s.items.findIndex((i) => i.text.includes('留样')),
        );
        s.submitEvidence(k, onDay(issued, 4, '16:00'), EVIDENCE.samplesMissingOrShort[1]!, staffOf(s));
        s.review(k, 'reject', onDay(issued, 6, '09:30'), REJECT_NOTES[1]!, inspector);
        const others = onDay(issued, 7, '15:00');
        s.items.forEach((item, i) => {
          if (i !== k) s.submitEvidence(i, new Date(others.getTime() + i * 5 * 60_000), evidenceText(item), staffOf(s));
        });
        s.submitEvidence(k, onDay(issued, 9, '17:00'), EVIDENCE.samplesMissingOrShort[0]!, staffOf(s));
        const ok = onDay(issued, 12, '10:00');
        s.items.forEach((_, i) => s.review(i, 'accept', new Date(ok.getTime() + i * 60_000), i === k ? '留样记录已补齐，符合要求' : null, inspector));
        s.close(dateOf(ok), new Date(ok.getTime() + 30 * 60_000), inspector);
        s.notice.measures = '成立食堂整改小组，校长任组长，后勤主任具体负责，每日检查留样和进货台帐。';
        break;
      }
      case 'openOverdue':
        // evidence for the first item sent back; nothing since, the deadline has passed
        s.submitEvidence(0, onDay(issued, 6, '15:00'), evidenceText(s.items[0]!), staffOf(s));
        s.review(0, 'reject', onDay(issued, 8, '09:30'), REJECT_NOTES[0]!, inspector);
        break;
      case 'escalated': {
        const deadline = s.notice.deadline!;
        const on = weekdayOnOrAfter(addDays(deadline, 11));
        s.escalate(on, at(on, '10:30'), `逾期未完成整改，已报${world.bureauName}督办`, inspector);
        const k = Math.max(
          0,
          s.items.findIndex((i) => i.text.includes('过期')),
        );
        s.submitEvidence(k, at(weekdayOnOrAfter(addDays(on, 3)), '16:00'), evidenceText(s.items[k]!), staffOf(s));
        break;
      }
      case 'closedByReinspection':
        s.items.forEach((item, i) => s.submitEvidence(i, onDay(issued, 5 + i, '15:00'), evidenceText(item), staffOf(s)));
        break;
      case 'immediateOngoing':
        s.submitEvidence(0, onDay(issued, 2, '15:00'), evidenceText(s.items[0]!), staffOf(s));
        break;
      case 'openNotDue':
        break;
      case 'evidenceSubmitted':
        s.items.forEach((item, i) => s.submitEvidence(i, past(at(addDays(today, -3), '16:00', i * 20), 60), evidenceText(item), staffOf(s)));
        break;
      case 'openOverdueRecent':
        if (s.items.length > 1) s.submitEvidence(1, onDay(issued, 3, '15:00'), evidenceText(s.items[1]!), staffOf(s));
        break;
    }
  }
  // the follow-up outing's re-inspections, then what happened after them
  reinspect(vR2);
  reinspect(vR1);
  reinspect(vR3);
  if (vEscalated.notice && vR2) {
    const s = vEscalated.notice;
    const reopened = s.items.findIndex((i) => i.status === 'open' && i.text.includes('培训'));
    if (reopened >= 0)
      s.submitEvidence(
        reopened,
        at(weekdayOnOrAfter(addDays(vR2.row!.inspectedOn, 3)), '15:00'),
        '已组织全体从业人员参加食品安全知识培训并考试合格，附培训签到表和试卷',
        staffOf(s),
      );
  }
  for (const v of visits) {
    if (!v.notice) continue;
    rows.notices.push(v.notice.notice);
    rows.noticeItems.push(...v.notice.items);
    rows.evidence.push(...v.notice.evidence);
  }

  // ---- penalties: the authority's decisions ----
  const penaltyNumber = (year: number, n: number) => `${initial}市监罚〔${year}〕${n}号`;
  if (vEscalated.notice?.notice.escalatedOn) {
    const decidedOn = weekdayOnOrAfter(addDays(vEscalated.notice.notice.escalatedOn, 6));
    rows.penalties.push(
      penalty(
        vEscalated,
        vEscalated.notice.notice.id,
        penaltyNumber(Number(decidedOn.slice(0, 4)), 8),
        'expiredFood',
        200_000,
        decidedOn,
        '使用超过保质期的食品原料，没收过期食品，罚款2000元',
      ),
    );
  }
  if (vR3?.notice) {
    const decidedOn = weekdayOnOrAfter(addDays(vR3.row!.inspectedOn, 4));
    rows.penalties.push(
      penalty(vR3, vR3.notice.notice.id, penaltyNumber(Number(decidedOn.slice(0, 4)), 15), 'noHealthCertificate', 0, decidedOn, '警告，责令立即改正'),
    );
  }
  function penalty(
    v: Visit,
    noticeId: string,
    documentNumber: string,
    reasonCode: FoodSafetyPenalty['reasonCode'],
    amount: number,
    decidedOn: CalendarDate,
    note: string,
  ): FoodSafetyPenalty {
    const recorded = past(at(addDays(decidedOn, 1), '11:00'));
    return {
      id: newId(),
      noticeId,
      inspectionId: v.id,
      canteenId: v.canteen.row.id,
      scopePath: v.canteen.row.scopePath,
      documentNumber,
      authorityName,
      reasonCode,
      reasonText: null,
      amount,
      decidedOn,
      note,
      recordedBy: inspector.userId,
      createdAt: recorded,
      updatedAt: recorded,
      version: 1,
    };
  }

  // ---- the daily routine of three canteens over the last two weeks ----
  const boarding = generic.find((p) => p.school?.detail?.boarding) ?? generic[0];
  const routineCanteens = [cCoord, cPrin, ...(boarding ? [boarding] : [])];
  const windowStart = addDays(today, -14);
  for (const [ci, c] of routineCanteens.entries()) {
    const keeper = c.handlers[0]!.name;
    const officer = c.handlers[1]?.name ?? keeper;
    const createdBy = c.staff.userId;
    const breakfast = (c.row.mealsPerDay ?? 1) >= 3;
    let dayIndex = 0;
    for (let d = windowStart; d <= today; d = addDays(d, 1)) {
      if (!isWeekday(d)) continue;
      dayIndex++;
      const meals: [Meal, string, readonly string[], number][] = [['lunch', '12:05', LUNCH_DISHES, 3]];
      if (breakfast) meals.unshift(['breakfast', '07:35', BREAKFAST_DISHES, 2]);
      for (const [meal, hhmm, dishes, count] of meals) {
        for (const [k, dish] of rng.shuffle(dishes).slice(0, count).entries()) {
          const retainedAt = at(d, hhmm, k * 2 + rng.int(0, 8));
          if (retainedAt > now) continue;
          let weightG = 5 * rng.int(26, 42);
          let removedAt: Date | null = new Date(retainedAt.getTime() + (48 * 60 + rng.int(20, 180)) * 60_000);
          let note: string | null = null;
          if (ci === 0 && dayIndex === 3 && meal === 'lunch' && k === 1) {
            weightG = 110;
            note = '该品种出餐量少，留样不足125克';
          }
          if (ci === 0 && dayIndex === 5 && meal === 'lunch' && k === 0) {
            removedAt = new Date(retainedAt.getTime() + 26 * 60 * 60_000);
            note = '清理冰箱时误取出，已批评教育';
          }
          if (removedAt > now) removedAt = null;
          rows.samples.push({
            id: newId(),
            canteenId: c.row.id,
            mealDate: d,
            meal,
            dish,
            weightG,
            retainedAt,
            retainedBy: keeper,
            fridge: '留样冰箱1号',
            removedAt,
            removedBy: removedAt ? keeper : null,
            keptMinutes: removedAt ? keptMinutes(retainedAt, removedAt) : null,
            note,
            createdBy,
            createdAt: retainedAt,
            updatedAt: removedAt ?? retainedAt,
            version: removedAt ? 2 : 1,
          });
        }
      }
      const daily = world.routine.get('dailyCheck');
      const checkedAt = at(d, '16:40', rng.int(0, 30));
      if (daily && checkedAt <= now) {
        const failing = rng.chance(0.15) ? rng.pick(daily.items.filter((i) => i.severity !== 'critical')) : null;
        rows.records.push(routineRecord(c, 'dailyCheck', d, daily, officer, failing, checkedAt, createdBy));
      }
      const weekly = world.routine.get('weeklyReview');
      const reviewedAt = at(d, '17:10');
      if (weekly && weekday(d) === 5 && reviewedAt <= now) {
        const failing = rng.chance(0.5) ? rng.pick(weekly.items.filter((i) => i.severity !== 'critical')) : null;
        rows.records.push(routineRecord(c, 'weeklyReview', d, weekly, c.row.contactName ?? officer, failing, reviewedAt, createdBy));
      }
    }
  }
  const monthly = world.routine.get('monthlyDispatch');
  if (monthly) {
    const start = periodStart('monthlyDispatch', addDays(today, -10));
    const [y, mo] = start.split('-').map(Number) as [number, number];
    const monthEnd = addDays(mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, '0')}-01`, -1);
    const heldOn = weekdayOnOrBefore(monthEnd < today ? monthEnd : addDays(today, -1));
    const heldAt = at(heldOn >= start ? heldOn : start, '15:00');
    const principalName = cCoord.staff.userId ? cCoord.staff.name : (cCoord.row.contactName ?? '校长');
    const record = routineRecord(cCoord, 'monthlyDispatch', start, monthly, principalName, null, past(heldAt), cCoord.staff.userId);
    record.risks = rng.pick(MONTHLY_RISKS);
    record.findings = '本月日管控、周排查发现问题均已整改；监督检查发现的留样问题正在整改。';
    record.measures = '下月重点：留样称重到位，健康证到期人员提前体检；食品安全员每日检查。';
    rows.records.push(record);
  }

  function routineRecord(
    c: CanteenPlan,
    kind: RoutineKind,
    date: CalendarDate,
    content: TemplateContent,
    person: string,
    failing: TemplateItem | null,
    when: Date,
    createdBy: string | null,
  ): RoutineRecord {
    const results: RoutineItemResult[] = content.items.map((i) => ({
      itemCode: i.code,
      result: failing && i.code === failing.code ? 'fail' : 'pass',
      note: failing && i.code === failing.code ? (kind === 'dailyCheck' ? rng.pick(DAILY_FINDINGS) : rng.pick(WEEKLY_FINDINGS)) : null,
    }));
    const finding = results.find((r) => r.result === 'fail')?.note ?? null;
    markUsed(content.version.id, when);
    return {
      id: newId(),
      canteenId: c.row.id,
      kind,
      periodStart: periodStart(kind, date),
      templateVersionId: content.version.id,
      person,
      results,
      failedCount: results.filter((r) => r.result === 'fail').length,
      findings: finding,
      measures: finding ? '已当场整改，食品安全员跟踪落实' : null,
      risks: null,
      createdBy,
      createdAt: when,
      updatedAt: when,
      version: 1,
    };
  }

  return rows;
}

// ---- results of one inspection -----------------------------------------------------------------

/** The items of an inspection as the scoring rules read them (answered items only). */
function asRules(results: InspectionResult[]): InspectionItemResult[] {
  return results
    .filter((r) => r.result !== null)
    .map((r) => ({
      itemCode: r.itemCode,
      areaCode: r.areaCode,
      result: r.result!,
      severity: r.severity,
      weight: r.weight,
      correctedOnSite: r.correctedOnSite,
    }));
}

function answered(results: InspectionResult[]): { itemCode: string; result: ItemResult; correctedOnSite: boolean }[] {
  return results.filter((r) => r.result !== null).map((r) => ({ itemCode: r.itemCode, result: r.result!, correctedOnSite: r.correctedOnSite }));
}

function leaveOffsOf(results: InspectionResult[]) {
  return results.filter((r) => r.leaveOffReason).map((r) => ({ itemCode: r.itemCode, reason: r.leaveOffReason! }));
}

/**
 * Answers a visit's checklist so that its grade comes out as planned: the forced items fail, then
 * (in a seeded order) more items fail until the score reaches the planned grade; the grade is
 * always computed by scoreInspection with the settings' cut-offs, never assumed.
 */
function planResults(v: Visit, rng: SeedRandom, grading: GradingSettings): void {
  const { content } = v;
  const supplier = v.canteen.row.kind === 'supplier';
  v.results = content.items.map((item, i) => ({
    id: newId(),
    inspectionId: v.id,
    itemCode: item.code,
    areaCode: item.areaCode,
    areaName: content.areas.get(item.areaCode)?.name ?? item.areaCode,
    text: item.text,
    severity: item.severity,
    weight: item.weight,
    defectCode: item.defectCode,
    position: i + 1,
    // delivery items do not apply to a school's own canteen
    result: !supplier && /配送|校外供餐/.test(item.text) ? 'notApplicable' : 'compliant',
    correctedOnSite: false,
    note: null,
    repeatViolation: false,
    leaveOffReason: null,
  }));
  const results = v.results;
  const fail = (r: InspectionResult, corrected = false) => {
    r.result = 'nonCompliant';
    r.correctedOnSite = corrected;
    r.note = r.defectCode ? rng.pick(FINDINGS[r.defectCode as DefectCode] ?? GENERIC_FINDINGS) : rng.pick(GENERIC_FINDINGS);
    if (corrected) r.note = `${r.note}，${rng.pick(CORRECTED_NOTES)}`;
  };
  const forcedIds = new Set<string>();
  for (const f of v.forced) {
    const r = results.find(
      (x) =>
        !forcedIds.has(x.id) &&
        x.result === 'compliant' &&
        (f.code ? x.itemCode === f.code : f.defect ? x.defectCode === f.defect : f.text ? x.text.includes(f.text) : x.severity === f.severity) &&
        (!f.severity || x.severity === f.severity),
    );
    if (!r) continue;
    forcedIds.add(r.id);
    fail(r, f.corrected ?? false);
    if (f.leaveOff) r.leaveOffReason = f.leaveOff;
  }

  if (v.draft === 'blank') {
    for (const r of results) Object.assign(r, { result: null, correctedOnSite: false, note: null, leaveOffReason: null });
    return;
  }
  if (v.draft === 'partial') {
    // the first half answered on site so far, one item failed with a note
    const half = Math.ceil(results.length / 2);
    results.forEach((r, i) => {
      if (i >= half) Object.assign(r, { result: null, correctedOnSite: false, note: null, leaveOffReason: null });
    });
    const minor = results.slice(0, half).find((r) => r.severity === 'minor' && r.result === 'compliant');
    if (minor) fail(minor);
    return;
  }
  if (v.target === 'asIs') return;

  const rank = (g: Grade | null) => (g ? GRADES.indexOf(g) : -1);
  const scored = () => scoreInspection(asRules(results), grading);
  const free = rng.shuffle(results.filter((r) => r.result === 'compliant' && !forcedIds.has(r.id)));
  // now and then an item could not be observed (a record kept elsewhere, a room locked)
  if (rng.chance(0.2)) {
    const r = free.find((x) => x.severity === 'minor');
    if (r) {
      r.result = 'notObserved';
      free.splice(free.indexOf(r), 1);
    }
  }
  if (v.target === 'capped') {
    if (!scored().capped) throw new Error(`demo plan: inspection of ${v.canteen.row.name} was meant to be capped`);
  } else if (v.target === 'excellent') {
    for (const r of free.filter((x) => x.severity === 'minor').slice(0, rng.int(0, 2))) {
      fail(r);
      if (scored().grade !== 'excellent') Object.assign(r, { result: 'compliant', note: null });
    }
  } else {
    const target = v.target;
    const candidates = free.filter((r) => target === 'fail' || r.severity !== 'critical');
    while (rank(scored().grade) < rank(target) && candidates.length > 0) fail(candidates.shift()!);
  }
  const final = scored();
  const expected = v.target === 'capped' ? grading.criticalCap : v.target;
  if (final.grade !== expected) throw new Error(`demo plan: inspection of ${v.canteen.row.name} came out ${final.grade}, not ${expected}`);
  if (v.allCorrected) {
    for (const r of results) {
      if (r.result !== 'nonCompliant' || r.severity === 'critical') continue;
      r.correctedOnSite = true;
      r.note = `${r.note}，${CORRECTED_NOTES[0]}`;
    }
  }
  // an item put right on the spot (still counted as failed)
  if (v.fate === 'auto' && v.kind !== 'reinspection' && rng.chance(0.4)) {
    const r = results.find((x) => x.result === 'nonCompliant' && !forcedIds.has(x.id) && x.severity !== 'critical' && !x.correctedOnSite);
    if (r) {
      r.correctedOnSite = true;
      r.note = `${r.note}，${rng.pick(CORRECTED_NOTES.slice(0, 2))}`;
    }
  }
}

// ---- letters --------------------------------------------------------------------------------------

function revision(
  letter: OpinionLetter,
  n: number,
  issuedAt: Date,
  issuedOn: string,
  issuedBy: string | null,
  reason: string | null,
  snap: LetterSnapshot,
): LetterRevision {
  return { id: newId(), letterId: letter.id, revision: n, issuedAt, issuedOn, issuedBy, reason, snapshot: snap };
}

/** What LettersService freezes into a revision, from the planned rows. */
function snapshot(input: {
  v: Visit;
  row: Inspection;
  letter: OpinionLetter;
  revision: number;
  issuedOn: string;
  reason: string | null;
  inspectors: InspectionInspector[];
  extras: { onNotice: Set<string>; deadline: { kind: DeadlineKind; on: string | null } | null };
  authority: IssuingAuthority;
  /** A note as the first issue had it, for an amended inspection's first revision. */
  note: { code: string; text: string } | null;
}): LetterSnapshot {
  const { v, row, letter } = input;
  const canteen = v.canteen.row;
  const count = (x: ItemResult) => v.results.filter((r) => r.result === x).length;
  return {
    number: letter.number,
    revision: input.revision,
    issuedOn: input.issuedOn,
    reason: input.reason,
    authority: { id: input.authority.id, name: input.authority.name },
    canteen: {
      id: canteen.id,
      name: canteen.name,
      kind: canteen.kind,
      schoolName: v.canteen.school?.org.name ?? null,
      address: canteen.address,
      operatorName: canteen.operatorName,
    },
    inspection: {
      id: row.id,
      kind: row.kind,
      inspectedOn: row.inspectedOn,
      score: row.score,
      grade: row.grade,
      capped: row.capped,
      followsLetterNumber: v.follows?.letter?.number ?? null,
    },
    inspectors: input.inspectors.map((p) => ({ name: p.name, agency: p.agency })),
    findings: v.results
      .filter((r) => r.result === 'nonCompliant')
      .map((r) => ({
        itemCode: r.itemCode,
        areaName: r.areaName,
        requirement: r.text,
        severity: r.severity,
        result: r.result!,
        note: input.note && input.note.code === r.itemCode ? input.note.text : r.note,
        correctedOnSite: r.correctedOnSite,
        repeat: r.repeatViolation,
        onNotice: input.extras.onNotice.has(r.itemCode),
        leaveOffReason: r.leaveOffReason,
      })),
    counts: {
      compliant: count('compliant'),
      nonCompliant: count('nonCompliant'),
      notApplicable: count('notApplicable'),
      notObserved: count('notObserved'),
      correctedOnSite: v.results.filter((r) => r.result === 'nonCompliant' && r.correctedOnSite).length,
    },
    deadline: input.extras.deadline,
    rectificationOwner: row.rectificationOwner,
    notes: row.notes,
  };
}

function keysOf(name: string): { namePinyin: string; nameInitials: string } {
  const keys = pinyinKeys(name);
  return { namePinyin: keys.full.slice(0, 400), nameInitials: keys.initials.slice(0, 100) };
}
