import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { In } from 'typeorm';
import { genderFromIdNumber, pinyinKeys, validateIdNumber, validateRegistryNumber } from '@schoolbridge/shared';
import {
  AuditEntry,
  DirectoryOrganisation,
  generateDirectory,
  GenerateInputError,
  Organisation,
  Region,
  SchoolStage,
  Student,
  Teacher,
  TeacherSubject,
  TeachingAssignment,
} from '../../src/index.js';
import { IdNumberAllocator } from '../../src/directory/seed/identity-numbers.js';
import { personNameParts } from '../../src/directory/seed/names.js';
import { birthWindow, gradesOf, PeoplePlanner } from '../../src/directory/seed/people.js';
import { apportion, Random } from '../../src/directory/seed/random.js';
import { createTestApp, type TestApp } from '../../src/testing/index.js';

describe('the benchmark data generator', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ plugins: [] });
  });
  afterAll(async () => {
    await app?.close();
  });

  const run = (extra: Partial<Parameters<typeof generateDirectory>[1]> = {}, lines: string[] = []) =>
    generateDirectory(app.dataSource, {
      schools: 24,
      teachers: 300,
      students: 3000,
      today: app.clock.today(),
      now: app.clock.now(),
      log: (l) => lines.push(l),
      ...extra,
    });

  it('creates a fresh county under 示范市 with townships, schools, teachers and students, and prints progress', async () => {
    const audits = await app.dataSource.manager.count(AuditEntry);
    const lines: string[] = [];
    const result = await run({ progressEvery: 1000 }, lines);
    expect(result).toMatchObject({
      county: { code: '439902', created: true, path: '/43/4399/439902/' },
      townships: 3,
      schools: 24,
      teachers: 300,
      students: 3000,
    });
    expect(lines[0]).toBe('新建县 / Created county 439902 基准测试县02');
    expect(lines.filter((l) => / 行 \/ rows, [\d.]+ s, [\d,]+ 行\/秒 rows\/s$/.test(l)).length).toBeGreaterThanOrEqual(3);
    expect(lines[lines.length - 1]).toMatch(/^完成 \/ Done: 3 个乡镇 townships, 24 所学校 schools, 300 名教师 teachers, 3000 名学生 students; 共 \d+ 行 rows/);
    // The benchmark generator writes no audit records (ARCHITECTURE §4).
    expect(await app.dataSource.manager.count(AuditEntry)).toBe(audits);

    const m = app.dataSource.manager;
    const county = await m.findOneByOrFail(Region, { code: '439902' });
    const city = await m.findOneByOrFail(Region, { code: '4399' });
    expect(county).toMatchObject({ kind: 'county', parentId: city.id });
    const townships = await m.find(Region, { where: { parentId: county.id }, order: { code: 'ASC' } });
    expect(townships.map((t) => [t.code, t.kind, t.path])).toEqual(['100', '101', '102'].map((c) => [`439902${c}`, 'township', `/43/4399/439902/439902${c}/`]));
    expect(new Set(townships.map((t) => t.name)).size).toBe(3);

    const schools = await m.find(Organisation, {
      where: { kind: 'school', code: In(Array.from({ length: 24 }, (_, i) => `439902${String(i + 1).padStart(4, '0')}`)) },
    });
    expect(schools).toHaveLength(24);
    const byId = new Map(schools.map((s) => [s.id, s]));
    for (const s of schools) {
      if (s.managerOrganisationId) {
        const manager = byId.get(s.managerOrganisationId)!;
        expect(s.path).toBe(`${manager.path}${s.id}/`);
      } else {
        expect(s).toMatchObject({ managerRegionId: county.id, path: `/43/4399/439902/${s.id}/` });
      }
      expect(townships.map((t) => t.id)).toContain(s.regionId);
    }

    // Counts: every school's totals match its rows; teachers each have a subject and a regular assignment.
    const teachers = await m.findBy(Teacher, { schoolId: In(schools.map((s) => s.id)) });
    const students = await m.findBy(Student, { schoolId: In(schools.map((s) => s.id)) });
    expect([teachers.length, students.length]).toEqual([300, 3000]);
    const details = await m.findBy(DirectoryOrganisation, { organisationId: In(schools.map((s) => s.id)) });
    expect(details.reduce((a, d) => a + d.studentCount!, 0)).toBe(3000);
    expect(details.reduce((a, d) => a + d.teacherCount!, 0)).toBe(300);
    for (const d of details) expect(d.namePinyin).toBe(pinyinKeys(byId.get(d.organisationId)!.name).full);
    expect(new Set((await m.findBy(TeacherSubject, { teacherId: In(teachers.map((t) => t.id)) })).map((s) => s.teacherId)).size).toBe(300);
    expect(await m.countBy(TeachingAssignment, { teacherId: In(teachers.map((t) => t.id)), kind: 'regular' })).toBe(300);

    // Valid, unique ID numbers under the county's code; birth dates that fit the grade.
    const year = Number(app.clock.today().slice(0, 4)) - (app.clock.today().slice(5) < '09-01' ? 1 : 0);
    const stages = await m.findBy(SchoolStage, { organisationId: In(schools.map((s) => s.id)) });
    const problems: string[] = [];
    for (const p of [...teachers, ...students]) {
      if (validateIdNumber('resident_id', p.idNumber) !== null || !p.idNumber.startsWith('439902') || genderFromIdNumber(p.idNumber) !== p.gender)
        problems.push(p.idNumber);
    }
    for (const s of students) {
      if (s.registryNumber !== `G${s.idNumber}` || validateRegistryNumber(s.registryNumber) !== null) problems.push(`registry ${s.registryNumber}`);
      const [from, to] = birthWindow(s.grade, year);
      const born = `${s.idNumber.slice(6, 10)}-${s.idNumber.slice(10, 12)}-${s.idNumber.slice(12, 14)}`;
      if (born < from || born > to) problems.push(`${s.grade} born ${born}`);
      if (!gradesOf(stages.filter((x) => x.organisationId === s.schoolId).map((x) => x.stage)).includes(s.grade))
        problems.push(`${s.grade} at ${byId.get(s.schoolId)!.name}`);
    }
    expect(problems).toEqual([]);
    expect(new Set(students.map((s) => s.idNumber)).size).toBe(3000);
  });

  it('runs again without clashes: a second fresh county, or more schools and people in an existing one', async () => {
    const second = await run();
    expect(second.county).toMatchObject({ code: '439903', created: true });
    const again = await run({ regionCode: '439902', schools: 10, teachers: 50, students: 500 });
    expect(again).toMatchObject({ county: { code: '439902', created: false }, townships: 2, schools: 10, teachers: 50, students: 500 });
    const m = app.dataSource.manager;
    const county = await m.findOneByOrFail(Region, { code: '439902' });
    // The new schools continue the county's numbering; their people's ID numbers avoid the first run's.
    const added = await m.find(Organisation, { where: { code: In(Array.from({ length: 10 }, (_, i) => `439902${String(25 + i).padStart(4, '0')}`)) } });
    expect(added).toHaveLength(10);
    for (const s of added) expect(s.path.startsWith(county.path)).toBe(true);
    const inCounty = await m
      .createQueryBuilder(Student, 's')
      .innerJoin(Organisation, 'o', 'o.id = s.school_id')
      .where('o.path LIKE :p', { p: '/43/4399/439902/%' })
      .getCount();
    expect(inCounty).toBe(3500);
    expect(await m.count(Teacher)).toBe(650);
    expect(await m.count(Student)).toBe(6500);
  });

  it('refuses what it cannot do, in both languages', async () => {
    await expect(run({ regionCode: '430102' })).rejects.toThrow(GenerateInputError);
    await expect(run({ regionCode: '430102' })).rejects.toThrow('under the fictional city 4399');
    await expect(run({ regionCode: '4399021' })).rejects.toThrow('Region code "4399021" is not valid');
    const city = await app.dataSource.manager.findOneByOrFail(Region, { code: '4399' });
    await app.createRegion({ code: '439950', kind: 'other', name: '示范市经济开发区', parent: city });
    await expect(run({ regionCode: '439950' })).rejects.toThrow('Region code 439950 is used by "示范市经济开发区", which is not a county');
    await expect(run({ schools: 0 })).rejects.toMatchObject({ zh: '教师和学生需要学校：--schools 至少为 1' });
    await expect(run({ students: -1 })).rejects.toThrow('--students must be a whole number');
  });
});

describe('the names, ID numbers and shares the demo and the generator use', () => {
  it('reads names with the same pinyin keys the API computes', () => {
    const rng = new Random(7);
    const planner = new PeoplePlanner('2026-11-23', new Date('2026-11-23T02:00:00Z'), new IdNumberAllocator(), ['439902']);
    const differ: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const [surname, given] = personNameParts(rng, i % 2 ? 'male' : 'female', [1968, 1985, 2016][i % 3]!);
      const keys = planner.keys(surname, given);
      const direct = pinyinKeys(surname + given);
      if (keys.full !== direct.full || keys.initials !== direct.initials) differ.push(surname + given);
    }
    expect(differ).toEqual([]);
  });

  it('hands out valid ID numbers without repeats, skipping numbers already taken, with the gender in the 17th digit', () => {
    const first = new IdNumberAllocator();
    const men = Array.from({ length: 600 }, () => first.next('439902', '2015-03-01', 'male'));
    expect(men.filter((x) => x === null)).toHaveLength(100); // 500 a day for each gender
    const issued = men.filter((x): x is string => x !== null);
    const women = Array.from({ length: 10 }, () => first.next('439902', '2015-03-01', 'female')!);
    expect(new Set([...issued, ...women]).size).toBe(510);
    for (const id of issued) expect([validateIdNumber('resident_id', id), genderFromIdNumber(id), id.slice(6, 14)]).toEqual([null, 'male', '20150301']);
    for (const id of women) expect([validateIdNumber('resident_id', id), genderFromIdNumber(id)]).toEqual([null, 'female']);
    const second = new IdNumberAllocator(new Set(women.slice(0, 5)));
    const next = Array.from({ length: 5 }, () => second.next('439902', '2015-03-01', 'female'));
    expect(next).toEqual(women.slice(5));
  });

  it('shares a total out exactly, with a minimum each when it allows one', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(100, [2000, 15, 12], 1).reduce((a, b) => a + b, 0)).toBe(100);
    expect(apportion(100, [2000, 15, 12], 1)).toEqual([97, 2, 1]);
    expect(apportion(2, [5, 5, 5], 1)).toEqual([1, 1, 0]);
  });
});
