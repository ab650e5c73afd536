import type { DataSource, EntityManager } from 'typeorm';
import { newId, pinyinKeys, type CalendarDate } from '@schoolbridge/shared';
import { prefixUpperBound } from '../../platform/access/scope.service.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { Region } from '../../platform/regions/region.entity.js';
import { DEMO_REGIONS } from '../../platform/seed/demo-county.seed.js';
import { DirectoryOrganisation } from '../entities/directory-organisation.entity.js';
import { SchoolShortage, SchoolStage } from '../entities/school-stage.entity.js';
import { Student, StudentDifficulty } from '../entities/student.entity.js';
import { Teacher, TeacherSubject } from '../entities/teacher.entity.js';
import { TeachingAssignment } from '../entities/teaching-assignment.entity.js';
import type { Subject } from '../rules/vocab.js';
import { insertRows, yieldToOthers } from '../seed/bulk.js';
import { pupilsPerTeacher } from '../seed/demo-county-data.js';
import { IdNumberAllocator } from '../seed/identity-numbers.js';
import { PeoplePlanner, type SchoolProfile } from '../seed/people.js';
import { apportion, Random } from '../seed/random.js';
import { refreshSchoolCounts } from '../seed/school-counts.js';
import { planGeneratedSchools, townshipNames, type GeneratedSchool } from './school-templates.js';

/**
 * The benchmark data generator (`npm run cli -- generate`): a county of the fictional prefecture
 * 示范市 (4399) with townships, schools, teachers and students, in the demo's likeness (names,
 * valid ID numbers under the county's code, stages, grades, difficulty categories), written with
 * multi-row inserts in short transactions. It writes no audit records (ARCHITECTURE §4) and
 * prints a progress line every 50,000 rows with the rate.
 */

export interface GenerateDirectoryOptions {
  schools: number;
  teachers: number;
  students: number;
  /** A 6-digit county code under 4399 (439901–439999); default: the first such code not used yet. */
  regionCode?: string;
  today: CalendarDate;
  now: Date;
  log?: (line: string) => void;
  /** Rows between two progress lines (default 50,000). */
  progressEvery?: number;
}

export interface GenerateDirectoryResult {
  county: { id: string; code: string; name: string; path: string; created: boolean };
  townships: number;
  schools: number;
  teachers: number;
  students: number;
  /** Every row written, in every table. */
  rows: number;
  seconds: number;
}

/** Something an operator asked for that cannot be done; the CLI prints both languages. */
export class GenerateInputError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'GenerateInputError';
  }
}

const COUNTY_CODE = /^4399(0[1-9]|[1-9]\d)$/;
/** Rows written in one transaction: short enough that the SQLite queue is never held for long. */
const BATCH_ROWS = 5000;

export async function generateDirectory(ds: DataSource, options: GenerateDirectoryOptions): Promise<GenerateDirectoryResult> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  for (const key of ['schools', 'teachers', 'students'] as const) {
    const n = options[key];
    if (!Number.isSafeInteger(n) || n < 0) throw new GenerateInputError(`--${key} 应为非负整数`, `--${key} must be a whole number ≥ 0`);
  }
  if (options.schools === 0 && (options.teachers > 0 || options.students > 0)) {
    throw new GenerateInputError('教师和学生需要学校：--schools 至少为 1', 'Teachers and students need schools: --schools must be at least 1');
  }
  if (options.regionCode !== undefined && !COUNTY_CODE.test(options.regionCode)) {
    throw new GenerateInputError(
      `地区代码“${options.regionCode}”无效：应为虚构的示范市（4399）下的 6 位县级代码，439901–439999`,
      `Region code "${options.regionCode}" is not valid: use a 6-digit county code under the fictional city 4399, 439901–439999`,
    );
  }

  const writer = new BatchWriter(ds, log, options.progressEvery ?? 50_000, started);
  const { county, created } = await ds.transaction((m) => ensureCounty(m, options, writer));
  log(`${created ? '新建' : '沿用'}县 / ${created ? 'Created' : 'Using'} county ${county.code} ${county.name}`);
  const rng = new Random(Number(county.code) * 31 + options.schools);

  // Townships: those the county has, then new ones, about one for every eight schools.
  const wantTownships = options.schools === 0 ? 0 : Math.min(899, Math.max(1, Math.ceil(options.schools / 8)));
  const townships = await ds.transaction((m) => ensureTownships(m, county, wantTownships, rng, options.now, writer));

  // Schools, with codes after the county's highest one.
  const firstSeq = (await highestSchoolSeq(ds.manager, county.code)) + 1;
  const schools = planGeneratedSchools(rng, county, townships, options.schools, firstSeq);
  await writeSchools(schools, options.now, writer);
  log(`学校 / Schools: ${schools.length}`);

  // People, streamed school by school.
  const taken = await takenIdNumbers(ds.manager, county.code);
  const planner = new PeoplePlanner(options.today, options.now, new IdNumberAllocator(taken), [county.code]);
  const teacherCounts = apportion(
    options.teachers,
    schools.map((s) => s.size / pupilsPerTeacher(s)),
    options.teachers >= schools.length ? 1 : 0,
  );
  const studentCounts = apportion(
    options.students,
    schools.map((s) => s.size),
    options.students >= schools.length ? 1 : 0,
  );
  let teachers = 0;
  let students = 0;
  for (const [i, school] of schools.entries()) {
    const schoolRng = rng.fork();
    const profile: SchoolProfile = { ...school, divisionCode: county.code };
    for (let k = 0; k < teacherCounts[i]!; k++) {
      const t = planner.planTeacher(schoolRng, profile);
      writer.add('teachers', t.teacher);
      for (const s of t.subjects) writer.add('subjects', s);
      writer.add('assignments', t.regular);
      teachers++;
    }
    for (const s of planner.planStudents(schoolRng, profile, studentCounts[i]!)) {
      writer.add('students', s.student);
      for (const d of s.difficulties) writer.add('difficulties', d);
      students++;
    }
    await writer.flushIfFull();
  }
  await writer.flush();
  await ds.transaction((m) =>
    refreshSchoolCounts(m, {
      sql: `organisation_id IN (SELECT o.id FROM platform_organisation o WHERE o.kind = 'school' AND o.path >= :lo AND o.path < :hi)`,
      params: { lo: county.path, hi: prefixUpperBound(county.path) },
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  log(
    `完成 / Done: ${townships.length} 个乡镇 townships, ${schools.length} 所学校 schools, ${teachers} 名教师 teachers, ${students} 名学生 students; ` +
      `共 ${writer.rows} 行 rows, ${seconds.toFixed(1)} 秒 s (${Math.round(writer.rows / Math.max(seconds, 0.001))} 行/秒 rows/s)`,
  );
  return {
    county: { id: county.id, code: county.code, name: county.name, path: county.path, created },
    townships: townships.length,
    schools: schools.length,
    teachers,
    students,
    rows: writer.rows,
    seconds,
  };
}

/** The county (and 湖南省 / 示范市 above it when missing): the one asked for, or the first free code. */
async function ensureCounty(m: EntityManager, options: GenerateDirectoryOptions, writer: BatchWriter): Promise<{ county: Region; created: boolean }> {
  const parents: Region[] = [];
  for (const def of DEMO_REGIONS.filter((r) => r.kind !== 'county')) {
    let row = await m.findOneBy(Region, { code: def.code });
    if (!row) {
      const parent = parents[parents.length - 1] ?? null;
      row = regionRow(def.code, def.name, def.kind, parent, options.now);
      writer.count(await insertRows(m, Region, [row]));
    }
    parents.push(row);
  }
  const city = parents[parents.length - 1]!;
  let code = options.regionCode;
  if (code === undefined) {
    // 439901 is the demo county's; generated counties take the next free codes.
    for (let n = 2; n <= 99 && code === undefined; n++) {
      const candidate = `4399${String(n).padStart(2, '0')}`;
      if (!(await m.existsBy(Region, { code: candidate }))) code = candidate;
    }
    if (code === undefined)
      throw new GenerateInputError(
        '示范市下已没有未用的县级代码，请用 --region-code 指定一个已有的县',
        'No county code under 4399 is free; name an existing county with --region-code',
      );
  }
  const found = await m.findOneBy(Region, { code });
  if (found) {
    if (found.kind !== 'county')
      throw new GenerateInputError(
        `地区代码 ${code} 已被「${found.name}」使用，且不是县`,
        `Region code ${code} is used by "${found.name}", which is not a county`,
      );
    return { county: found, created: false };
  }
  const county = regionRow(code, `基准测试县${code.slice(4)}`, 'county', city, options.now);
  writer.count(await insertRows(m, Region, [county]));
  return { county, created: true };
}

function regionRow(code: string, name: string, kind: Region['kind'], parent: Region | null, now: Date): Region {
  return {
    id: newId(),
    code,
    name,
    kind,
    parentId: parent?.id ?? null,
    path: `${parent?.path ?? '/'}${code}/`,
    archivedAt: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
}

async function ensureTownships(m: EntityManager, county: Region, want: number, rng: Random, now: Date, writer: BatchWriter): Promise<Region[]> {
  const have = await m.find(Region, { where: { parentId: county.id, kind: 'township' }, order: { code: 'ASC' } });
  if (have.length >= want) return have.slice(0, Math.max(want, 0));
  const codes = new Set(have.map((r) => r.code));
  const names = townshipNames(rng, want - have.length, new Set(have.map((r) => r.name)));
  const rows: Region[] = [];
  for (let n = 100; n <= 999 && rows.length < names.length; n++) {
    const code = `${county.code}${n}`;
    if (codes.has(code) || (await m.existsBy(Region, { code }))) continue;
    rows.push(regionRow(code, names[rows.length]!, 'township', county, now));
  }
  writer.count(await insertRows(m, Region, rows));
  return [...have, ...rows];
}

/** The highest number after the county code among its schools' codes ('4399020042' → 42). */
async function highestSchoolSeq(m: EntityManager, countyCode: string): Promise<number> {
  const rows = await m
    .createQueryBuilder(Organisation, 'o')
    .select('o.code', 'code')
    .where('o.code >= :lo AND o.code < :hi', { lo: countyCode, hi: prefixUpperBound(countyCode) })
    .getRawMany<{ code: string }>();
  let max = 0;
  for (const { code } of rows) {
    const rest = code.slice(countyCode.length);
    if (/^\d{4,}$/.test(rest)) max = Math.max(max, Number(rest));
  }
  return max;
}

async function writeSchools(schools: GeneratedSchool[], now: Date, writer: BatchWriter): Promise<void> {
  for (const s of schools) {
    writer.add('organisations', {
      id: s.id,
      code: s.code,
      name: s.name,
      kind: 'school',
      regionId: s.regionId,
      managerRegionId: s.managerRegionId,
      managerOrganisationId: s.managerOrganisationId,
      path: s.path,
      archivedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    const k = pinyinKeys(s.name);
    writer.add('details', {
      organisationId: s.id,
      namePinyin: k.full,
      nameInitials: k.initials,
      shortName: null,
      address: s.address,
      contactName: null,
      contactPhone: null,
      schoolKind: s.kind,
      setting: s.setting,
      tier: s.tier,
      boarding: s.boarding,
      studentCount: 0,
      classCount: 0,
      teacherCount: 0,
      subjectTeacherCount: 0,
      fullCurriculum: s.kind === 'kindergarten' ? null : s.shortage.length === 0,
    });
    for (const stage of s.stages) writer.add('stages', { organisationId: s.id, stage });
    for (const subject of s.shortage) writer.add('shortages', { organisationId: s.id, subject: subject as Subject });
    await writer.flushIfFull();
  }
  await writer.flush();
}

/** ID numbers of the county's code already held by teachers or students (also as 学籍号 "G" + ID). */
async function takenIdNumbers(m: EntityManager, code: string): Promise<Set<string>> {
  const taken = new Set<string>();
  const hi = prefixUpperBound(code);
  for (const table of [Teacher, Student]) {
    const rows = await m
      .createQueryBuilder(table, 'p')
      .select('p.idNumber', 'idNumber')
      .where("p.idType = 'resident_id' AND p.idNumber >= :lo AND p.idNumber < :hi", { lo: code, hi })
      .getRawMany<{ idNumber: string }>();
    for (const r of rows) taken.add(r.idNumber);
  }
  const registry = await m
    .createQueryBuilder(Student, 's')
    .select('s.registryNumber', 'registryNumber')
    .where('s.registryNumber >= :lo AND s.registryNumber < :hi', { lo: `G${code}`, hi: `G${hi}` })
    .getRawMany<{ registryNumber: string }>();
  for (const r of registry) taken.add(r.registryNumber.slice(1));
  return taken;
}

/**
 * Buffers generated rows and writes them, parents first, in one short transaction per batch; counts
 * rows and prints a progress line each time another `every` rows are in.
 */
class BatchWriter {
  rows = 0;
  private buffered = 0;
  private nextReport: number;
  private readonly buffers = {
    organisations: [] as Partial<Organisation>[],
    details: [] as Partial<DirectoryOrganisation>[],
    stages: [] as Partial<SchoolStage>[],
    shortages: [] as Partial<SchoolShortage>[],
    teachers: [] as Partial<Teacher>[],
    subjects: [] as Partial<TeacherSubject>[],
    assignments: [] as Partial<TeachingAssignment>[],
    students: [] as Partial<Student>[],
    difficulties: [] as Partial<StudentDifficulty>[],
  };

  constructor(
    private readonly ds: DataSource,
    private readonly log: (line: string) => void,
    private readonly every: number,
    private readonly started: number,
  ) {
    this.nextReport = every;
  }

  add<K extends keyof BatchWriter['buffers']>(kind: K, row: BatchWriter['buffers'][K][number]): void {
    (this.buffers[kind] as unknown[]).push(row);
    this.buffered++;
  }

  /** Rows written outside the buffers (regions). */
  count(n: number): void {
    this.rows += n;
  }

  async flushIfFull(): Promise<void> {
    if (this.buffered >= Math.min(BATCH_ROWS, this.every)) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffered === 0) return;
    const b = this.buffers;
    const written = await this.ds.transaction(async (m) => {
      let n = 0;
      n += await insertRows(m, Organisation, b.organisations.splice(0));
      n += await insertRows(m, DirectoryOrganisation, b.details.splice(0));
      n += await insertRows(m, SchoolStage, b.stages.splice(0));
      n += await insertRows(m, SchoolShortage, b.shortages.splice(0));
      n += await insertRows(m, Teacher, b.teachers.splice(0));
      n += await insertRows(m, TeacherSubject, b.subjects.splice(0));
      n += await insertRows(m, TeachingAssignment, b.assignments.splice(0));
      n += await insertRows(m, Student, b.students.splice(0));
      n += await insertRows(m, StudentDifficulty, b.difficulties.splice(0));
      return n;
    });
    this.buffered = 0;
    this.rows += written;
    if (this.rows >= this.nextReport) {
      const seconds = (performance.now() - this.started) / 1000;
      this.log(
        `  ${this.rows.toLocaleString('en-US')} 行 / rows, ${seconds.toFixed(1)} s, ${Math.round(this.rows / Math.max(seconds, 0.001)).toLocaleString('en-US')} 行/秒 rows/s`,
      );
      this.nextReport = (Math.floor(this.rows / this.every) + 1) * this.every;
    }
    await yieldToOthers();
  }
}
