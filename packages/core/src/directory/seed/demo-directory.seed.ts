import { Injectable } from '@nestjs/common';
import { In, IsNull, type EntityManager } from 'typeorm';
import { addDays, calendarDate, newId, pinyinKeys } from '@schoolbridge/shared';
import type { DemoSeed, SeedContext } from '../../platform/plugins/extension-points.js';
import { Organisation, type OrganisationKind } from '../../platform/regions/organisation.entity.js';
import { Region } from '../../platform/regions/region.entity.js';
import { DEMO_BUREAU, DEMO_COUNTY_CODE } from '../../platform/seed/demo-county.seed.js';
import { DirectoryOrganisation } from '../entities/directory-organisation.entity.js';
import { SchoolShortage, SchoolStage } from '../entities/school-stage.entity.js';
import { Student, StudentDifficulty } from '../entities/student.entity.js';
import { Teacher, TeacherSubject } from '../entities/teacher.entity.js';
import { TeachingAssignment } from '../entities/teaching-assignment.entity.js';
import type { Subject } from '../rules/vocab.js';
import { insertRows, yieldToOthers } from './bulk.js';
import {
  DEMO_CENTRE,
  DEMO_CITY_CODE,
  DEMO_DONORS,
  DEMO_OTHER_UNITS,
  DEMO_SCHOOLS,
  DEMO_TOWNSHIPS,
  DEMO_USER_SCHOOLS,
  DEMO_VILLAGES,
  NEIGHBOUR_DIVISION_CODES,
  pupilsPerTeacher,
  type DemoRegion,
  type DemoSchool,
} from './demo-county-data.js';
import { dateBetween, demoMobile, IdNumberAllocator, yearOf } from './identity-numbers.js';
import { personName } from './names.js';
import { PeoplePlanner, type AssignmentRow, type PlannedStudent, type PlannedTeacher, type SchoolProfile } from './people.js';
import { apportion, Random } from './random.js';
import { refreshSchoolCounts } from './school-counts.js';
import { seedDemoStaff } from './demo-staff.js';

/** The demo's size at scale 1: 1,500 teachers and 15,000 students over 60 schools. */
export const DEMO_TEACHERS = 1500;
export const DEMO_STUDENTS = 15_000;
/** The PRNG seed: the same demo county on every install. */
const DEMO_RANDOM_SEED = 439901;

export interface DemoDirectoryOptions {
  /** 1 (default) seeds 1,500 teachers and 15,000 students; tests may seed a fraction of that. */
  scale?: number;
}

export interface DemoDirectoryResult {
  summary: string;
  created: { regions: number; organisations: number; teachers: number; students: number; assignments: number; difficulties: number; staff: number };
}

interface PlannedSchool {
  def: DemoSchool;
  profile: SchoolProfile;
  teachers: PlannedTeacher[];
  students: PlannedStudent[];
  /** Assignments beyond the regular ones (moves, rotations, itinerant teaching, stints) of this school's teachers. */
  history: AssignmentRow[];
}

/**
 * The directory's part of the demo (ARCHITECTURE §4): the demo county's townships, villages and
 * forest farm, its training centre, two donors and 60 schools with their teachers (dated teaching
 * assignments included) and students (difficulty categories included), and one demo user per
 * role. Runs after the platform's seed, which makes the county and its bureau.
 *
 * Idempotent: regions and organisations are matched by code and kept as they are; a school's
 * people are written only while the school has none. Deterministic: a seeded PRNG, so the demo
 * looks the same every time (for the same "today"). Fast: multi-row inserts, one short
 * transaction per school, yielding between them so the SQLite queue is never held for long.
 */
@Injectable()
export class DirectoryDemoSeed implements DemoSeed {
  readonly module = 'directory';
  readonly order = 10;

  async run(ctx: SeedContext): Promise<{ summary: string }> {
    const { summary } = await seedDemoDirectory(ctx);
    return { summary };
  }
}

export async function seedDemoDirectory(ctx: SeedContext, options: DemoDirectoryOptions = {}): Promise<DemoDirectoryResult> {
  const scale = options.scale ?? 1;
  const ds = ctx.dataSource;
  const created = { regions: 0, organisations: 0, teachers: 0, students: 0, assignments: 0, difficulties: 0, staff: 0 };

  const { regionsByCode, orgsByCode } = await ds.transaction(async (m) => {
    const regions = await ensureRegions(m, ctx, created);
    const orgs = await ensureOrganisations(m, ctx, regions, created);
    return { regionsByCode: regions, orgsByCode: orgs };
  });

  const plans = planPeople(ctx, scale, orgsByCode);

  // A school's people are written only while it has none, so a second run adds nothing.
  const schoolIds = plans.map((p) => p.profile.id);
  const occupied = new Set([
    ...(await schoolsWith(ds.manager, 'directory_teacher', schoolIds)),
    ...(await schoolsWith(ds.manager, 'directory_student', schoolIds)),
  ]);
  const todo = plans.filter((p) => !occupied.has(p.profile.id));
  const takenIds = await existingIdNumbers(
    ds.manager,
    todo.flatMap((p) => p.teachers.map((t) => t.teacher.idNumber)),
    todo.flatMap((p) => p.students.map((s) => s.student.idNumber)),
  );

  for (const plan of todo) {
    const teachers = plan.teachers.filter((t) => !takenIds.teachers.has(t.teacher.idNumber));
    const students = plan.students.filter((s) => !takenIds.students.has(s.student.idNumber));
    const teacherIds = new Set(teachers.map((t) => t.teacher.id));
    await ds.transaction(async (m) => {
      created.teachers += await insertRows(
        m,
        Teacher,
        teachers.map((t) => t.teacher),
      );
      await insertRows(
        m,
        TeacherSubject,
        teachers.flatMap((t) => t.subjects),
      );
      created.assignments += await insertRows(m, TeachingAssignment, [
        ...teachers.map((t) => t.regular),
        ...plan.history.filter((a) => teacherIds.has(a.teacherId)),
      ]);
      created.students += await insertRows(
        m,
        Student,
        students.map((s) => s.student),
      );
      created.difficulties += await insertRows(
        m,
        StudentDifficulty,
        students.flatMap((s) => s.difficulties),
      );
      await refreshSchoolCounts(m, { ids: [plan.profile.id] });
    });
    await yieldToOthers();
  }

  const userIds = await createDemoUsers(ctx, regionsByCode, orgsByCode, plans);
  created.staff = await seedDemoStaff(ds, ctx.now, orgsByCode, userIds);

  const summary = `${created.regions} regions, ${created.organisations} organisations, ${created.teachers} teachers, ${created.students} students`;
  ctx.log(`directory: ${summary}, ${created.assignments} teaching assignments, ${created.difficulties} difficulty records, ${created.staff} staff members`);
  return { summary, created };
}

async function ensureRegions(m: EntityManager, ctx: SeedContext, created: { regions: number }): Promise<Map<string, Region>> {
  const wanted: DemoRegion[] = [...DEMO_TOWNSHIPS, ...DEMO_OTHER_UNITS, ...DEMO_VILLAGES];
  const codes = [DEMO_CITY_CODE, DEMO_COUNTY_CODE, ...wanted.map((r) => r.code)];
  const byCode = new Map((await m.findBy(Region, { code: In(codes) })).map((r) => [r.code, r]));
  if (!byCode.has(DEMO_COUNTY_CODE) || !byCode.has(DEMO_CITY_CODE)) {
    throw new Error(`the directory's demo data needs the demo county ${DEMO_COUNTY_CODE}: run the platform's seed first (seed-demo --only platform)`);
  }
  const rows: Region[] = [];
  for (const def of wanted) {
    if (byCode.has(def.code)) continue;
    const parent = byCode.get(def.parent)!;
    const row = m.create(Region, {
      id: newId(),
      code: def.code,
      name: def.name,
      kind: def.kind,
      parentId: parent.id,
      path: `${parent.path}${def.code}/`,
      archivedAt: null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      version: 1,
    });
    byCode.set(def.code, row);
    rows.push(row);
  }
  created.regions += await insertRows(m, Region, rows);
  return byCode;
}

interface OrgDef {
  code: string;
  name: string;
  kind: OrganisationKind;
  region: Region | null;
  managerRegion: Region | null;
  /** The code of the organisation that manages it (a teaching point's central school). */
  managerCode: string | null;
  details: Partial<DirectoryOrganisation>;
  stages?: string[];
  shortage?: Subject[];
}

async function ensureOrganisations(
  m: EntityManager,
  ctx: SeedContext,
  regions: Map<string, Region>,
  created: { organisations: number },
): Promise<Map<string, Organisation>> {
  const county = regions.get(DEMO_COUNTY_CODE)!;
  const city = regions.get(DEMO_CITY_CODE)!;
  const codes = [DEMO_BUREAU.code, DEMO_CENTRE.code, ...DEMO_DONORS.map((d) => d.code), ...DEMO_SCHOOLS.map((s) => s.code)];
  const byCode = new Map((await m.findBy(Organisation, { code: In(codes) })).map((o) => [o.code, o]));
  const rng = new Random(DEMO_RANDOM_SEED + 1);
  const defs: OrgDef[] = [
    {
      code: DEMO_CENTRE.code,
      name: DEMO_CENTRE.name,
      kind: 'training_centre',
      region: county,
      managerRegion: county,
      managerCode: null,
      details: {
        shortName: DEMO_CENTRE.shortName,
        address: DEMO_CENTRE.address,
        contactName: personName(rng, 'female', 1978),
        contactPhone: demoMobile('137', 9001),
      },
    },
    ...DEMO_DONORS.map((d, i): OrgDef => ({
      code: d.code,
      name: d.name,
      kind: 'donor',
      region: d.withRegion ? city : null,
      managerRegion: city,
      managerCode: null,
      details: { shortName: d.shortName, contactName: personName(rng, i === 0 ? 'male' : 'female', 1970), contactPhone: demoMobile('137', 9002 + i) },
    })),
  ];
  for (const [i, s] of DEMO_SCHOOLS.entries()) {
    const region = regions.get(s.region)!;
    const township = region.kind === 'village' ? regions.get(region.code.slice(0, 9))! : region;
    const manager = s.manager;
    const shortage = s.shortage ?? [];
    defs.push({
      code: s.code,
      name: s.name,
      kind: 'school',
      region,
      managerRegion: manager === 'city' ? city : typeof manager === 'object' ? null : county,
      managerCode: typeof manager === 'object' ? manager.school : null,
      details: {
        shortName: null,
        address: `示范县${township.name}${region === township ? '' : region.name}${s.setting === 'urban' ? `${['教育路', '文昌路', '学府路', '建设路'][i % 4]}${10 + i}号` : ''}`,
        contactName: personName(rng, rng.chance(0.5) ? 'male' : 'female', 1975),
        contactPhone: demoMobile('137', 9100 + i),
        schoolKind: s.kind,
        setting: s.setting,
        tier: s.tier,
        boarding: s.boarding,
        fullCurriculum: s.kind === 'kindergarten' ? null : (s.fullCurriculum ?? shortage.length === 0),
      },
      stages: s.stages,
      shortage,
    });
  }

  const orgs: Organisation[] = [];
  const details: DirectoryOrganisation[] = [];
  const stages: SchoolStage[] = [];
  const shortages: SchoolShortage[] = [];
  for (const def of defs) {
    if (byCode.has(def.code)) continue;
    const id = newId();
    // Central schools come before their teaching points, so a manager is always known by now.
    const managerOrganisation = def.managerCode ? byCode.get(def.managerCode)! : null;
    const managerPath = managerOrganisation?.path ?? def.managerRegion?.path ?? '/';
    const org = m.create(Organisation, {
      id,
      code: def.code,
      name: def.name,
      kind: def.kind,
      regionId: def.region?.id ?? null,
      managerRegionId: managerOrganisation ? null : (def.managerRegion?.id ?? null),
      managerOrganisationId: managerOrganisation?.id ?? null,
      path: `${managerPath}${id}/`,
      archivedAt: null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      version: 1,
    });
    byCode.set(def.code, org);
    orgs.push(org);
    details.push(directoryRow(id, def.name, def.details));
    for (const stage of def.stages ?? []) stages.push(m.create(SchoolStage, { organisationId: id, stage: stage as SchoolStage['stage'] }));
    for (const subject of def.shortage ?? []) shortages.push(m.create(SchoolShortage, { organisationId: id, subject }));
  }
  created.organisations += await insertRows(m, Organisation, orgs);
  // The platform's seed makes the bureau without the directory's details: add them once.
  const bureau = byCode.get(DEMO_BUREAU.code);
  if (bureau && !(await m.existsBy(DirectoryOrganisation, { organisationId: bureau.id }))) {
    details.push(directoryRow(bureau.id, bureau.name, { shortName: '县教育局', address: '示范县城关镇人民路 1 号' }));
  }
  await insertRows(m, DirectoryOrganisation, details);
  await insertRows(m, SchoolStage, stages);
  await insertRows(m, SchoolShortage, shortages);
  return byCode;
}

function directoryRow(organisationId: string, name: string, fields: Partial<DirectoryOrganisation>): DirectoryOrganisation {
  const k = pinyinKeys(name);
  return {
    organisationId,
    namePinyin: k.full,
    nameInitials: k.initials,
    shortName: null,
    address: null,
    contactName: null,
    contactPhone: null,
    schoolKind: null,
    setting: null,
    tier: null,
    boarding: null,
    studentCount: null,
    classCount: null,
    teacherCount: null,
    subjectTeacherCount: null,
    fullCurriculum: null,
    ...fields,
  };
}

/** Every school's teachers and students, planned in a fixed order from one seeded generator. */
function planPeople(ctx: SeedContext, scale: number, orgs: Map<string, Organisation>): PlannedSchool[] {
  const rng = new Random(DEMO_RANDOM_SEED);
  const planner = new PeoplePlanner(ctx.today, ctx.now, new IdNumberAllocator(), NEIGHBOUR_DIVISION_CODES);
  const studentCounts = apportion(
    Math.round(DEMO_STUDENTS * scale),
    DEMO_SCHOOLS.map((s) => s.size),
    1,
  );
  const teacherCounts = apportion(
    Math.round(DEMO_TEACHERS * scale),
    DEMO_SCHOOLS.map((s) => s.size / pupilsPerTeacher(s)),
    1,
  );
  const plans: PlannedSchool[] = DEMO_SCHOOLS.map((def, i) => {
    const schoolRng = rng.fork();
    const profile: SchoolProfile = {
      id: orgs.get(def.code)!.id,
      kind: def.kind,
      stages: def.stages,
      setting: def.setting,
      tier: def.tier,
      boarding: def.boarding,
      shortage: def.shortage ?? [],
      divisionCode: DEMO_COUNTY_CODE,
    };
    const teachers = Array.from({ length: teacherCounts[i]! }, () => planner.planTeacher(schoolRng, profile));
    const students = planner.planStudents(schoolRng, profile, studentCounts[i]!);
    return { def, profile, teachers, students, history: [] };
  });
  planHistory(new Random(DEMO_RANDOM_SEED + 2), planner, plans);
  return plans;
}

/**
 * Where teachers worked besides their post (任教学校), so detail pages show a history: earlier posts
 * of teachers who moved to town, one-year rotations 轮岗 and one-term stints 支教 from strong
 * schools at weak ones, and teachers of a central school teaching at its teaching points (走教).
 */
function planHistory(rng: Random, planner: PeoplePlanner, plans: PlannedSchool[]): void {
  const today = planner.today;
  const year = planner.schoolYear;
  const weakWith = (stage: string, not: string) =>
    plans.filter((p) => p.def.tier === 'weak' && p.def.kind !== 'teaching_point' && p.def.stages.includes(stage as never) && p.profile.id !== not);
  for (const plan of plans) {
    for (const t of plan.teachers) {
      const hired = t.teacher.hiredOn!;
      const service = yearOf(today) - yearOf(hired);
      const elsewhere = weakWith(t.stage, plan.profile.id);
      if (elsewhere.length === 0 || service < 6) continue;
      if (plan.def.setting !== 'rural' && rng.chance(0.08)) {
        // Moved to this school: the earlier regular post ends the day before the move.
        const moved = calendarDate(yearOf(hired) + rng.int(3, service - 1), 9, 1);
        const before = rng.pick(elsewhere);
        plan.history.push(planner.assignment(t.teacher.id, before.profile.id, 'regular', hired, addDays(moved, -1), '调动前任教学校'));
        t.regular.startDate = moved;
        continue;
      }
      if (plan.def.tier === 'weak') continue;
      const roll = rng.next();
      if (roll < 0.05) {
        const y = rng.int(year - 3, year);
        plan.history.push(
          planner.assignment(t.teacher.id, rng.pick(elsewhere).profile.id, 'rotation', calendarDate(y, 9, 1), calendarDate(y + 1, 7, 15), '县域内教师交流轮岗'),
        );
      } else if (roll < 0.05 + (plan.def.tier === 'strong' ? 0.04 : 0.01)) {
        const y = rng.int(year - 2, year);
        const autumn = rng.chance(0.5);
        const [start, end] = autumn ? [calendarDate(y, 9, 1), calendarDate(y + 1, 1, 20)] : [calendarDate(y + 1, 2, 20), calendarDate(y + 1, 7, 10)];
        if (start <= today)
          plan.history.push(planner.assignment(t.teacher.id, rng.pick(elsewhere).profile.id, 'stint', start, end, '城区学校教师到薄弱学校支教一学期'));
      }
    }
  }
  // 走教: one or two teachers of each central school also teach at each of its teaching points.
  const itinerantSubjects: Subject[] = ['pe', 'science', 'music', 'art', 'english', 'it', 'politics', 'comprehensive'];
  for (const point of plans.filter((p) => typeof p.def.manager === 'object')) {
    const central = plans.find((p) => p.def.code === (point.def.manager as { school: string }).school)!;
    const candidates = central.teachers.filter((t) => t.stage === 'primary' && t.subjects.some((s) => itinerantSubjects.includes(s.subject)));
    for (const t of rng.sample(candidates.length > 0 ? candidates : central.teachers, rng.int(1, 2))) {
      const start = dateBetween(rng, calendarDate(year - 1, 9, 1), calendarDate(year, 9, 1));
      central.history.push(
        planner.assignment(t.teacher.id, point.profile.id, 'itinerant', start <= today ? start : calendarDate(year - 1, 9, 1), null, '走教：每周两个半天'),
      );
    }
  }
}

/** The schools among `ids` that already have rows in the table. */
async function schoolsWith(m: EntityManager, table: 'directory_teacher' | 'directory_student', ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await m
    .createQueryBuilder()
    .select('x.school_id', 'schoolId')
    .from(table, 'x')
    .where('x.school_id IN (:...ids)', { ids })
    .groupBy('x.school_id')
    .getRawMany<{ schoolId: string }>();
  return rows.map((r) => r.schoolId);
}

/** ID numbers (and 学籍号 "G" + ID) among the planned ones that someone already holds. */
async function existingIdNumbers(m: EntityManager, teacherIds: string[], studentIds: string[]): Promise<{ teachers: Set<string>; students: Set<string> }> {
  const teachers = new Set<string>();
  const students = new Set<string>();
  for (let i = 0; i < teacherIds.length; i += 500) {
    const found = await m.find(Teacher, { select: { idNumber: true }, where: { idType: 'resident_id', idNumber: In(teacherIds.slice(i, i + 500)) } });
    for (const t of found) teachers.add(t.idNumber);
  }
  for (let i = 0; i < studentIds.length; i += 500) {
    const part = studentIds.slice(i, i + 500);
    const found = await m.find(Student, {
      select: { idNumber: true, registryNumber: true },
      where: [{ idType: 'resident_id', idNumber: In(part) }, { registryNumber: In(part.map((n) => `G${n}`)) }],
    });
    for (const s of found) {
      students.add(s.idNumber);
      if (s.registryNumber?.startsWith('G')) students.add(s.registryNumber.slice(1));
    }
  }
  return { teachers, students };
}

/**
 * One demo user per role (the administrator comes from the first start), each with the scope its
 * role takes: a region, an organisation, its own records, or assignments. The teacher is linked to
 * a teacher record of 示范县实验小学; the others' staff records come with the staff (demo-staff.ts).
 * Returns each demo user's id by username.
 */
async function createDemoUsers(ctx: SeedContext, regions: Map<string, Region>, orgs: Map<string, Organisation>, plans: PlannedSchool[]): Promise<Map<string, string>> {
  const county = regions.get(DEMO_COUNTY_CODE)!;
  const centre = orgs.get(DEMO_CENTRE.code)!;
  const coordinatorSchool = orgs.get(DEMO_USER_SCHOOLS.coordinator)!;
  const principalSchool = orgs.get(DEMO_USER_SCHOOLS.principal)!;
  const teacherSchool = orgs.get(DEMO_USER_SCHOOLS.teacher)!;
  const m = ctx.dataSource.manager;

  const planned = plans.find((p) => p.def.code === DEMO_USER_SCHOOLS.teacher)?.teachers.find((t) => t.teacher.status === 'active');
  const teacher =
    (planned && (await m.findOneBy(Teacher, { idType: 'resident_id', idNumber: planned.teacher.idNumber, schoolId: teacherSchool.id }))) ??
    (await m.findOne(Teacher, { where: { schoolId: teacherSchool.id, userId: IsNull(), archivedAt: IsNull() }, order: { namePinyin: 'ASC', id: 'ASC' } }));

  const rng = new Random(DEMO_RANDOM_SEED + 3);
  const name = (gender: 'male' | 'female', year: number) => personName(rng, gender, year);
  const ids = new Map<string, string>();
  const create = async (input: Parameters<SeedContext['createUser']>[0]): Promise<string> => {
    const id = await ctx.createUser(input);
    ids.set(input.username, id);
    return id;
  };
  await create({
    username: 'bureau',
    displayName: name('male', 1976),
    assignments: [{ role: 'bureau_officer', scopeKind: 'region', regionId: county.id }],
  });
  await create({
    username: 'centre',
    displayName: name('female', 1980),
    assignments: [
      { role: 'centre_coordinator', scopeKind: 'organisation', organisationId: centre.id },
      { role: 'centre_coordinator', scopeKind: 'region', regionId: county.id },
    ],
  });
  await create({
    username: 'school',
    displayName: name('male', 1985),
    assignments: [{ role: 'school_coordinator', scopeKind: 'organisation', organisationId: coordinatorSchool.id }],
  });
  await create({
    username: 'principal',
    displayName: name('female', 1972),
    assignments: [{ role: 'principal', scopeKind: 'organisation', organisationId: principalSchool.id }],
  });
  const teacherUserId = await create({
    username: 'teacher',
    displayName: teacher?.name ?? name('female', 1990),
    assignments: [{ role: 'teacher', scopeKind: 'own' }],
  });
  await create({ username: 'expert', displayName: name('male', 1968), assignments: [{ role: 'expert', scopeKind: 'assignments' }] });
  await create({
    username: 'inspector',
    displayName: name('male', 1979),
    assignments: [{ role: 'inspector', scopeKind: 'region', regionId: county.id }],
  });
  await create({ username: 'donor', displayName: name('female', 1974), assignments: [{ role: 'donor', scopeKind: 'assignments' }] });

  // Link the teacher account to its record once (a user may hold one teacher record only).
  if (teacher && teacher.userId === null && !(await m.existsBy(Teacher, { userId: teacherUserId }))) {
    await m.update(Teacher, { id: teacher.id, userId: IsNull() }, { userId: teacherUserId, updatedAt: ctx.now });
  }
  return ids;
}
