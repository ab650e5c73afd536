import { addDays, calendarDate, newId, pinyinKeys, type CalendarDate, type PinyinKeys } from '@schoolbridge/shared';
import {
  GRADE_NAMES,
  type BackboneLevel,
  type DifficultyCategory,
  type Gender,
  type Grade,
  type HireProgramme,
  type RegistrationOrigin,
  type SchoolKind,
  type SchoolSetting,
  type SchoolStage,
  type SchoolTier,
  type Subject,
  type TeacherTitle,
} from '../rules/vocab.js';
import { dateBetween, demoMobile, type IdNumberAllocator, yearOf } from './identity-numbers.js';
import { personNameParts } from './names.js';
import type { Random } from './random.js';

/**
 * Teachers and students of one school, planned in memory as plain rows for bulk inserts. The demo
 * county (DirectoryDemoSeed) and the benchmark generator both use these, so generated data looks
 * like the demo: names by era and gender, valid ID numbers under the fictional prefecture 4399,
 * subjects that fit the stage, grades and birth dates that fit each other.
 */

/** What the planner needs to know about a school. */
export interface SchoolProfile {
  id: string;
  kind: SchoolKind;
  stages: SchoolStage[];
  setting: SchoolSetting;
  tier: SchoolTier;
  boarding: boolean;
  /** Subjects the school has no teacher for (短缺学科): nobody there is planned to teach them. */
  shortage: Subject[];
  /** The county's division code: most people's ID numbers start with it. */
  divisionCode: string;
}

export interface TeacherRow {
  id: string;
  name: string;
  namePinyin: string;
  nameInitials: string;
  gender: Gender;
  idType: 'resident_id';
  idNumber: string;
  mobile: string | null;
  schoolId: string;
  gradesTaught: string | null;
  title: TeacherTitle | null;
  backboneLevel: BackboneLevel | null;
  backboneSince: CalendarDate | null;
  rural: boolean;
  hireProgramme: HireProgramme | null;
  hiredOn: CalendarDate | null;
  status: 'active' | 'leave';
  userId: string | null;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface TeacherSubjectRow {
  teacherId: string;
  subject: Subject;
}

export interface AssignmentRow {
  id: string;
  teacherId: string;
  schoolId: string;
  kind: 'regular' | 'rotation' | 'itinerant' | 'stint';
  startDate: CalendarDate;
  endDate: CalendarDate | null;
  note: string | null;
  createdAt: Date;
}

export interface StudentRow {
  id: string;
  name: string;
  namePinyin: string;
  nameInitials: string;
  gender: Gender;
  idType: 'resident_id';
  idNumber: string;
  registryNumber: string;
  schoolId: string;
  grade: Grade;
  className: string;
  boarding: boolean;
  disability: boolean;
  registrationOrigin: RegistrationOrigin;
  guardianMobile: string | null;
  status: 'enrolled' | 'suspended';
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DifficultyRow {
  id: string;
  studentId: string;
  category: DifficultyCategory;
  source: string;
  startDate: CalendarDate;
  endDate: CalendarDate | null;
  note: string | null;
  createdAt: Date;
}

export interface PlannedTeacher {
  teacher: TeacherRow;
  subjects: TeacherSubjectRow[];
  /** The 'regular' assignment at the employing school from hiredOn. */
  regular: AssignmentRow;
  /** The stage the teacher teaches (for a nine-year school: primary or junior). */
  stage: SchoolStage;
}

export interface PlannedStudent {
  student: StudentRow;
  difficulties: DifficultyRow[];
}

/** Shared state of one planning run: the clock, the ID allocator, counters and a pinyin cache. */
export class PeoplePlanner {
  private readonly pinyinCache = new Map<string, PinyinKeys>();
  private teacherMobiles = 0;
  private guardianMobiles = 0;
  /** The school year running on `today` starts on 1 September of this year. */
  readonly schoolYear: number;

  constructor(
    readonly today: CalendarDate,
    readonly now: Date,
    readonly ids: IdNumberAllocator,
    /** Other fictional division codes (4399xx) some people come from. */
    readonly otherDivisionCodes: string[],
  ) {
    const y = yearOf(today);
    this.schoolYear = today >= calendarDate(y, 9, 1) ? y : y - 1;
  }

  /**
   * Pinyin keys of a name from its parts, each part's keys cached: what `pinyinKeys(surname +
   * given)` answers (a test holds them equal), at a fraction of the cost for a million names.
   */
  keys(surname: string, given: string): PinyinKeys {
    const s = this.cached(`s:${surname}`, () => pinyinKeys(surname));
    // The given name is read as it is after a surname: behind 王, whose keys are cut off again.
    const g = this.cached(`g:${given}`, () => {
      const k = pinyinKeys(`王${given}`);
      return { full: k.full.slice(4), initials: k.initials.slice(1) };
    });
    return { full: s.full + g.full, initials: s.initials + g.initials };
  }

  private cached(key: string, make: () => PinyinKeys): PinyinKeys {
    let k = this.pinyinCache.get(key);
    if (!k) {
      k = make();
      this.pinyinCache.set(key, k);
    }
    return k;
  }

  /** A name for someone of this gender born in this year, with its pinyin keys. */
  name(rng: Random, gender: Gender, birthYear: number): { name: string } & PinyinKeys {
    const [surname, given] = personNameParts(rng, gender, birthYear);
    return { name: surname + given, ...this.keys(surname, given) };
  }

  planTeacher(rng: Random, school: SchoolProfile): PlannedTeacher {
    const stage = teacherStage(rng, school.stages);
    const gender: Gender = rng.chance(FEMALE_SHARE[school.kind === 'teaching_point' ? 'teaching_point' : stage]) ? 'female' : 'male';
    const thisYear = yearOf(this.today);
    // Working ages: 25 to retirement (60 for men, 55 for women).
    const age = rng.int(25, gender === 'male' ? 59 : 54);
    const birthYear = thisYear - age - 1;
    const division = rng.chance(0.85) ? school.divisionCode : rng.pick(this.otherDivisionCodes);
    const idNumber = this.ids.within(rng, division, calendarDate(birthYear, 1, 1), calendarDate(birthYear, 12, 31), gender);
    const { name, ...k } = this.name(rng, gender, birthYear);
    let hiredYear = birthYear + rng.int(21, 24);
    if (calendarDate(hiredYear, 9, 1) > this.today) hiredYear = yearOf(this.today) - 1;
    const hiredOn = calendarDate(hiredYear, 9, 1);
    const service = yearOf(this.today) - hiredYear;
    const rural = school.setting !== 'urban';
    const id = newId();
    const subjects = teacherSubjects(rng, stage, school);
    const teacher: TeacherRow = {
      id,
      name,
      namePinyin: k.full,
      nameInitials: k.initials,
      gender,
      idType: 'resident_id',
      idNumber,
      mobile: rng.chance(0.95) ? demoMobile('139', this.teacherMobiles++) : null,
      schoolId: school.id,
      gradesTaught: gradesTaught(rng, stage),
      title: teacherTitle(rng, service, school),
      ...backbone(rng, service, school.tier, hiredOn, this.today),
      rural,
      hireProgramme: hireProgramme(rng, rural, hiredYear),
      hiredOn,
      status: rng.chance(0.02) ? 'leave' : 'active',
      userId: null,
      archivedAt: null,
      createdAt: this.now,
      updatedAt: this.now,
    };
    return {
      teacher,
      subjects: subjects.map((subject) => ({ teacherId: id, subject })),
      regular: this.assignment(id, school.id, 'regular', hiredOn, null),
      stage,
    };
  }

  assignment(
    teacherId: string,
    schoolId: string,
    kind: AssignmentRow['kind'],
    startDate: CalendarDate,
    endDate: CalendarDate | null,
    note: string | null = null,
  ): AssignmentRow {
    return { id: newId(), teacherId, schoolId, kind, startDate, endDate, note, createdAt: this.now };
  }

  /** `count` students spread over the school's grades and classes. */
  planStudents(rng: Random, school: SchoolProfile, count: number): PlannedStudent[] {
    const grades = gradesOf(school.stages);
    if (grades.length === 0 || count <= 0) return [];
    // Lower grades are a little fuller in the countryside (pupils leave for town schools later).
    const weights = grades.map((_, i) => (school.setting === 'urban' ? 1 : 1.15 - (0.3 * i) / grades.length) * (0.9 + rng.next() * 0.2));
    const perGrade = splitByWeights(count, weights);
    const out: PlannedStudent[] = [];
    for (const [i, grade] of grades.entries()) {
      const n = perGrade[i]!;
      const classes = Math.max(1, Math.ceil(n / classSize(school)));
      const window = birthWindow(grade, this.schoolYear);
      for (let j = 0; j < n; j++) out.push(this.planStudent(rng, school, grade, window, `${(j % classes) + 1}班`));
    }
    return out;
  }

  private planStudent(rng: Random, school: SchoolProfile, grade: Grade, [from, to]: [CalendarDate, CalendarDate], className: string): PlannedStudent {
    const gender: Gender = rng.chance(0.52) ? 'male' : 'female';
    const origin = rng.weighted<RegistrationOrigin>([
      ['local', 93],
      ['other_county', 5],
      ['other_province', 2],
    ]);
    // An ID number keeps the code of the place that first issued it, whatever the registration is now.
    const division = origin === 'local' ? school.divisionCode : rng.pick(this.otherDivisionCodes);
    const idNumber = this.ids.within(rng, division, from, to, gender);
    const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
    const { name, ...k } = this.name(rng, gender, Number(idNumber.slice(6, 10)));
    const disability = school.kind === 'special' || rng.chance(0.004);
    const id = newId();
    const student: StudentRow = {
      id,
      name,
      namePinyin: k.full,
      nameInitials: k.initials,
      gender,
      idType: 'resident_id',
      idNumber,
      registryNumber: `G${idNumber}`,
      schoolId: school.id,
      grade,
      className,
      boarding: school.boarding && rng.chance(boardingShare(grade, school.kind)),
      disability,
      registrationOrigin: origin,
      guardianMobile: rng.chance(0.97) ? demoMobile(rng.chance(0.5) ? '138' : '137', this.guardianMobiles++) : null,
      status: rng.chance(0.003) ? 'suspended' : 'enrolled',
      archivedAt: null,
      createdAt: this.now,
      updatedAt: this.now,
    };
    return { student, difficulties: this.difficulties(rng, school.setting, id, birthDate, disability) };
  }

  /** Difficulty categories (DOMAIN.md §6), dated, with the office that certified them; some have ended. */
  private difficulties(rng: Random, setting: SchoolSetting, studentId: string, birthDate: CalendarDate, disability: boolean): DifficultyRow[] {
    const rows: DifficultyRow[] = [];
    const t = this.today;
    const add = (category: DifficultyCategory, start: CalendarDate, end: CalendarDate | null, note: string | null = null) => {
      const startDate = start < birthDate ? birthDate : start;
      if (startDate > t || (end !== null && end < startDate)) return;
      rows.push({ id: newId(), studentId, category, source: DIFFICULTY_SOURCES[category], startDate, endDate: end, note, createdAt: this.now });
    };
    const ago = (days: number) => addDays(t, -days);
    if (disability) add('disabled', dateBetween(rng, ago(6 * 365), ago(60)), null, '持残疾证');
    if (!rng.chance(setting === 'rural' ? 0.18 : setting === 'town' ? 0.12 : 0.05)) return rows;
    const category = rng.weighted<DifficultyCategory>([
      ['former_registered_poor', 30],
      ['rural_min_allowance', setting === 'urban' ? 5 : 25],
      ['monitored_household', 10],
      ['disabled_parent', 8],
      ['extreme_poverty', 5],
      ['orphan', 3],
      ['martyr_child', 1],
    ]);
    switch (category) {
      case 'former_registered_poor': {
        // 建档立卡 became 原建档立卡 when the poverty campaign ended with 2020.
        const renamed = '2021-01-01';
        if (birthDate < '2016-01-01' && rng.chance(0.6) && t >= renamed) {
          add('registered_poor', dateBetween(rng, '2016-03-01', '2019-09-30'), '2020-12-31');
        }
        if (t >= renamed) add('former_registered_poor', renamed, null);
        else add('registered_poor', dateBetween(rng, ago(4 * 365), ago(30)), null);
        break;
      }
      case 'rural_min_allowance':
      case 'monitored_household': {
        const start = dateBetween(rng, ago(4 * 365), ago(30));
        const ended = rng.chance(category === 'monitored_household' ? 0.3 : 0.2);
        add(category, start, ended ? dateBetween(rng, addDays(start, 180), ago(1)) : null, ended && category === 'monitored_household' ? '风险已消除' : null);
        break;
      }
      default:
        add(category, dateBetween(rng, ago(6 * 365), ago(30)), null);
    }
    return rows;
  }
}

export const DIFFICULTY_SOURCES: Record<DifficultyCategory, string> = {
  registered_poor: '乡村振兴部门',
  former_registered_poor: '乡村振兴部门',
  monitored_household: '乡村振兴部门',
  rural_min_allowance: '民政部门',
  extreme_poverty: '民政部门',
  orphan: '民政部门',
  disabled: '残联',
  disabled_parent: '残联',
  martyr_child: '退役军人事务部门',
};

const STAGE_GRADES: Record<SchoolStage, Grade[]> = {
  preschool: ['k1', 'k2', 'k3'],
  primary: ['g1', 'g2', 'g3', 'g4', 'g5', 'g6'],
  junior: ['g7', 'g8', 'g9'],
  senior: ['g10', 'g11', 'g12'],
  vocational: ['g10', 'g11', 'g12'],
  special: ['g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'g7', 'g8', 'g9'],
};

/** The grades a school with these stages teaches, youngest first. */
export function gradesOf(stages: readonly SchoolStage[]): Grade[] {
  const set = new Set<Grade>();
  for (const s of stages) for (const g of STAGE_GRADES[s]) set.add(g);
  return GRADE_ORDER.filter((g) => set.has(g));
}

const GRADE_ORDER: Grade[] = ['k1', 'k2', 'k3', 'g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'g7', 'g8', 'g9', 'g10', 'g11', 'g12'];

/** k1 = -2, k2 = -1, k3 = 0, g1 = 1 … g12 = 12. */
export function gradeIndex(grade: Grade): number {
  return grade.startsWith('k') ? Number(grade.slice(1)) - 3 : Number(grade.slice(1));
}

/**
 * Birth dates of a grade in the school year starting 1 September of `schoolYear`: first grade
 * takes children who are six by 31 August (born 1 Sep seven years before … 31 Aug six years before).
 */
export function birthWindow(grade: Grade, schoolYear: number): [CalendarDate, CalendarDate] {
  const i = gradeIndex(grade);
  return [calendarDate(schoolYear - 6 - i, 9, 1), calendarDate(schoolYear - 5 - i, 8, 31)];
}

function classSize(school: SchoolProfile): number {
  if (school.kind === 'special') return 12;
  if (school.kind === 'kindergarten') return school.setting === 'urban' ? 35 : 30;
  if (school.kind === 'teaching_point') return 40;
  return school.setting === 'urban' ? 50 : school.setting === 'town' ? 45 : 40;
}

function boardingShare(grade: Grade, kind: SchoolKind): number {
  const i = gradeIndex(grade);
  if (i <= 0) return 0;
  if (kind === 'special') return 0.6;
  if (i >= 7) return 0.75;
  return i >= 4 ? 0.5 : 0.15;
}

/** Whole numbers adding up to `total`, in proportion to the weights. */
function splitByWeights(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k++, left--) parts[order[k % order.length]![1]]! += 1;
  return parts;
}

const FEMALE_SHARE: Record<SchoolStage | 'teaching_point', number> = {
  preschool: 0.97,
  primary: 0.72,
  junior: 0.56,
  senior: 0.48,
  vocational: 0.5,
  special: 0.75,
  teaching_point: 0.4,
};

function teacherStage(rng: Random, stages: readonly SchoolStage[]): SchoolStage {
  if (stages.length === 1) return stages[0]!;
  return rng.weighted(stages.map((s) => [s, STAGE_GRADES[s].length] as const));
}

/** How often each subject is a teacher's main one, by stage (语文 and 数学 need the most teachers). */
const STAGE_SUBJECTS: Record<SchoolStage, readonly (readonly [Subject, number])[]> = {
  preschool: [
    ['preschool', 92],
    ['music', 4],
    ['art', 4],
  ],
  primary: [
    ['chinese', 30],
    ['math', 26],
    ['english', 8],
    ['science', 5],
    ['politics', 3],
    ['music', 5],
    ['art', 5],
    ['pe', 6],
    ['it', 3],
    ['comprehensive', 2],
    ['psychology', 1],
    ['labour', 1],
  ],
  junior: [
    ['chinese', 16],
    ['math', 16],
    ['english', 14],
    ['physics', 7],
    ['chemistry', 5],
    ['biology', 5],
    ['history', 6],
    ['geography', 5],
    ['politics', 6],
    ['music', 3],
    ['art', 3],
    ['pe', 6],
    ['it', 3],
    ['psychology', 1],
  ],
  senior: [
    ['chinese', 14],
    ['math', 15],
    ['english', 14],
    ['physics', 9],
    ['chemistry', 8],
    ['biology', 7],
    ['history', 6],
    ['geography', 6],
    ['politics', 6],
    ['music', 2],
    ['art', 2],
    ['pe', 5],
    ['it', 3],
    ['psychology', 2],
  ],
  vocational: [
    ['chinese', 10],
    ['math', 10],
    ['english', 8],
    ['it', 20],
    ['politics', 5],
    ['pe', 5],
    ['other', 30],
  ],
  special: [
    ['special', 70],
    ['chinese', 10],
    ['math', 10],
    ['pe', 5],
    ['art', 5],
  ],
};

/** A second subject small schools ask of a teacher: maths with science, Chinese with music or ethics. */
const SECOND_SUBJECTS: Partial<Record<Subject, Subject[]>> = {
  chinese: ['music', 'art', 'politics'],
  math: ['science', 'it', 'pe'],
  english: ['music'],
  physics: ['it'],
  biology: ['geography'],
  history: ['politics'],
};

function teacherSubjects(rng: Random, stage: SchoolStage, school: SchoolProfile): Subject[] {
  const table = STAGE_SUBJECTS[stage].filter(([s]) => !school.shortage.includes(s));
  const main = rng.weighted(table.length > 0 ? table : STAGE_SUBJECTS[stage]);
  const seconds = (SECOND_SUBJECTS[main] ?? []).filter((s) => !school.shortage.includes(s));
  const small = school.setting !== 'urban';
  if (seconds.length > 0 && stage !== 'preschool' && rng.chance(small ? 0.22 : 0.06)) return [main, rng.pick(seconds)];
  return [main];
}

function gradesTaught(rng: Random, stage: SchoolStage): string {
  const grades = STAGE_GRADES[stage];
  const first = rng.int(0, grades.length - 1);
  const two = (stage === 'primary' || stage === 'special') && first < grades.length - 1 && rng.chance(0.35);
  return (two ? [grades[first]!, grades[first + 1]!] : [grades[first]!]).map((g) => GRADE_NAMES[g]['zh-CN']).join('、');
}

function teacherTitle(rng: Random, service: number, school: SchoolProfile): TeacherTitle {
  if (service < 1) return 'unranked';
  if (service < 3) return rng.chance(0.2) ? 'third' : 'second';
  if (service < 8) return rng.chance(0.6) ? 'second' : 'first';
  if (service < 15) return rng.chance(0.7) ? 'first' : 'second';
  const professor = school.tier === 'strong' && (school.stages.includes('senior') || school.stages.includes('junior')) && rng.chance(0.03);
  return professor ? 'professor' : rng.chance(0.55) ? 'first' : 'senior';
}

function backbone(
  rng: Random,
  service: number,
  tier: SchoolTier,
  hiredOn: CalendarDate,
  today: CalendarDate,
): { backboneLevel: BackboneLevel | null; backboneSince: CalendarDate | null } {
  const p = tier === 'strong' ? 0.2 : tier === 'ordinary' ? 0.12 : 0.06;
  if (service < 6 || !rng.chance(p)) return { backboneLevel: null, backboneSince: null };
  const level = rng.weighted<BackboneLevel>([
    ['school', 45],
    ['county', 35],
    ['city', 15],
    ['province', 5],
  ]);
  return { backboneLevel: level, backboneSince: dateBetween(rng, addDays(hiredOn, 5 * 365), addDays(today, -30)) };
}

function hireProgramme(rng: Random, rural: boolean, hiredYear: number): HireProgramme {
  // 特岗计划 since 2006: rural posts; 公费师范生 from 2007, locally placed from about 2012.
  if (rural && hiredYear >= 2009 && rng.chance(0.3)) return 'special_post';
  if (hiredYear >= 2012 && rng.chance(0.08)) return 'funded_normal';
  if (hiredYear >= 2018 && rng.chance(0.05)) return 'county_managed';
  if (rural && rng.chance(0.03)) return 'contract';
  return 'regular';
}
