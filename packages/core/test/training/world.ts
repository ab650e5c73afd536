/**
 * A small county for training tests: a centre, two schools (one a teaching point's central school),
 * teachers with accounts, coordinators, experts in the centre's pool, and a programme. Sessions are
 * written straight through the entities (`insertSession`), so each part's tests stand on their own
 * whatever the sessions API does.
 */
import { newId, pinyinKeys, type CalendarDate } from '@schoolbridge/shared';
import type { Organisation, Region } from '../../src/index.js';
import { Teacher, TeacherSubject } from '../../src/directory/entities/teacher.entity.js';
import { DirectoryOrganisation } from '../../src/directory/entities/directory-organisation.entity.js';
import { SchoolStage } from '../../src/directory/entities/school-stage.entity.js';
import { Expert } from '../../src/training/entities/expert.entity.js';
import { TrainingProgramme } from '../../src/training/entities/programme.entity.js';
import { TrainingSession } from '../../src/training/entities/session.entity.js';
import { SessionExpert, TimetableItem, TrainingBooking, TrainingSlot } from '../../src/training/entities/timetable.entity.js';
import { toSchoolTemplate, type TimetableDay } from '../../src/training/rules/timetable.js';
import type { SessionStatus } from '../../src/training/rules/vocab.js';
import type { TestApp, TestClient, TestUser } from '../../src/testing/index.js';
import { idNumber } from '../directory/helpers.js';

export interface WorldTeacher {
  id: string;
  name: string;
  schoolId: string;
  user: TestUser;
}

export interface WorldExpert {
  id: string;
  name: string;
  user: TestUser | null;
}

export interface TrainingWorld {
  county: Region;
  otherCounty: Region;
  township: Region;
  centre: Organisation;
  schoolA: Organisation;
  schoolB: Organisation;
  otherSchool: Organisation;
  /** Teachers of school A (teachersA) and B (teachersB), each with an account (role teacher, own). */
  teachersA: WorldTeacher[];
  teachersB: WorldTeacher[];
  experts: WorldExpert[];
  programmeId: string;
  admin: TestClient;
  centreCoordinator: TestClient;
  coordinatorA: TestClient;
  coordinatorB: TestClient;
  bureauOfficer: TestClient;
}

let seq = 0;

async function insertTeacher(app: TestApp, school: Organisation, name: string, subjects: string[]): Promise<WorldTeacher> {
  const n = ++seq;
  const user = await app.createUser({ username: `teacher.${n}.${Math.random().toString(36).slice(2, 7)}`, displayName: name, roles: ['teacher'] });
  const keys = pinyinKeys(name);
  const now = app.clock.now();
  const id = newId();
  const birth = `1985${String((n % 12) + 1).padStart(2, '0')}${String((n % 27) + 1).padStart(2, '0')}`;
  await app.dataSource.manager.insert(Teacher, {
    id,
    name,
    namePinyin: keys.full,
    nameInitials: keys.initials,
    gender: 'female',
    idType: 'resident_id',
    idNumber: idNumber(birth, String(n % 1000).padStart(3, '0')),
    mobile: null,
    schoolId: school.id,
    gradesTaught: null,
    title: null,
    backboneLevel: null,
    backboneSince: null,
    rural: true,
    hireProgramme: null,
    hiredOn: null,
    status: 'active',
    userId: user.id,
    archivedAt: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  } as never);
  for (const subject of subjects) await app.dataSource.manager.insert(TeacherSubject, { teacherId: id, subject } as never);
  return { id, name, schoolId: school.id, user };
}

async function schoolDetails(app: TestApp, school: Organisation, stages: string[]): Promise<void> {
  const keys = pinyinKeys(school.name);
  await app.dataSource.manager.insert(DirectoryOrganisation, { organisationId: school.id, namePinyin: keys.full, nameInitials: keys.initials } as never);
  for (const stage of stages) await app.dataSource.manager.insert(SchoolStage, { organisationId: school.id, stage } as never);
}

/** Builds the county. `teachersPerSchool` teachers in each of A and B (default 6). */
export async function createTrainingWorld(app: TestApp, options: { teachersPerSchool?: number } = {}): Promise<TrainingWorld> {
  const province = await app.createRegion({ code: '43', kind: 'province', name: '湖南省' });
  const city = await app.createRegion({ code: '4399', kind: 'city', parent: province, name: '示范市' });
  const county = await app.createRegion({ code: '439901', kind: 'county', parent: city, name: '示范县' });
  const otherCounty = await app.createRegion({ code: '439902', kind: 'county', parent: city, name: '邻县' });
  const township = await app.createRegion({ code: '439901100', kind: 'township', parent: county, name: '城关镇' });
  const centre = await app.createOrganisation({ code: 'CENTRE', name: '示范县教师发展中心', kind: 'training_centre', region: county, managerRegion: county });
  const schoolA = await app.createOrganisation({ code: '4399010001', name: '示范县城关小学', region: township, managerRegion: county });
  const schoolB = await app.createOrganisation({ code: '4399010002', name: '示范县青山中学', region: township, managerRegion: county });
  const otherSchool = await app.createOrganisation({ code: '4399020001', name: '邻县第一中学', region: otherCounty, managerRegion: otherCounty });
  await schoolDetails(app, schoolA, ['primary']);
  await schoolDetails(app, schoolB, ['junior']);
  await schoolDetails(app, otherSchool, ['junior']);

  const perSchool = options.teachersPerSchool ?? 6;
  const surnames = '张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗';
  const given = '芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚';
  const nameOf = (i: number) => `${surnames[i % surnames.length]}${given[(i * 7) % given.length]}${given[(i * 3 + 1) % given.length]}`;
  const teachersA: WorldTeacher[] = [];
  const teachersB: WorldTeacher[] = [];
  for (let i = 0; i < perSchool; i++) teachersA.push(await insertTeacher(app, schoolA, nameOf(i), i % 2 === 0 ? ['chinese'] : ['math']));
  for (let i = 0; i < perSchool; i++) teachersB.push(await insertTeacher(app, schoolB, nameOf(i + perSchool), i % 2 === 0 ? ['chinese'] : ['math']));

  const now = app.clock.now();
  const experts: WorldExpert[] = [];
  const expertSpecs: { name: string; tier: 'province' | 'city' | 'county'; organisationId: string | null; unitName: string | null; account: boolean }[] = [
    { name: '欧阳明', tier: 'province', organisationId: null, unitName: '湖南第一师范学院', account: true },
    { name: '钱文华', tier: 'city', organisationId: null, unitName: '示范市教科院', account: true },
    { name: '孙丽', tier: 'county', organisationId: centre.id, unitName: null, account: false },
    { name: '周建国', tier: 'county', organisationId: schoolA.id, unitName: null, account: false },
    { name: '吴海燕', tier: 'province', organisationId: null, unitName: '湖南师范大学', account: false },
  ];
  for (const spec of expertSpecs) {
    const user = spec.account ? await app.createUser({ username: `expert.${++seq}`, displayName: spec.name, roles: [{ role: 'expert', scopeKind: 'assignments' }] }) : null;
    const keys = pinyinKeys(spec.name);
    const id = newId();
    await app.dataSource.manager.insert(Expert, {
      id,
      name: spec.name,
      namePinyin: keys.full,
      nameInitials: keys.initials,
      tier: spec.tier,
      ownerOrganisationId: centre.id,
      organisationId: spec.organisationId,
      unitName: spec.unitName,
      title: null,
      specialty: null,
      mobile: null,
      userId: user?.id ?? null,
      archivedAt: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    } as never);
    experts.push({ id, name: spec.name, user });
  }

  const programmeId = newId();
  await app.dataSource.manager.insert(TrainingProgramme, {
    id: programmeId,
    name: '2026年示范县送培到校项目',
    level: 'county',
    type: 'toSchool',
    ownerOrganisationId: centre.id,
    hostOrganisationId: null,
    hostName: '湖南第一师范学院',
    budget: 12_000_000,
    startsOn: '2026-09-01',
    endsOn: '2027-01-31',
    description: null,
    archivedAt: null,
    createdBy: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  } as never);

  return {
    county,
    otherCounty,
    township,
    centre,
    schoolA,
    schoolB,
    otherSchool,
    teachersA,
    teachersB,
    experts,
    programmeId,
    admin: await app.signInAs(['admin']),
    centreCoordinator: await app.signInAs([{ role: 'centre_coordinator', scopeKind: 'organisation', organisationId: centre.id }]),
    coordinatorA: await app.signInAs([{ role: 'school_coordinator', organisationId: schoolA.id }]),
    coordinatorB: await app.signInAs([{ role: 'school_coordinator', organisationId: schoolB.id }]),
    bureauOfficer: await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]),
  };
}

export interface InsertSessionOptions {
  /** The Sunday a 送培到校 week starts (default 2026-12-06), or explicit days. */
  sunday?: CalendarDate;
  days?: TimetableDay[];
  venueId?: string;
  status?: SessionStatus;
  capacity?: number;
  creditHours?: number;
  approvalRequired?: boolean;
  enrolOpensOn?: string | null;
  enrolClosesOn?: string | null;
  withdrawUntil?: string | null;
  /** Experts of the team, the first the team leader (default: the world's first two). */
  expertIds?: string[];
  title?: string;
}

export interface InsertedSession {
  id: string;
  slots: { id: string; date: string; half: 'am' | 'pm'; participantSlot: boolean }[];
}

/**
 * Writes a session with its slots, timetable, team and bookings (experts and venue on every
 * half-day), as the sessions API would leave a published one.
 */
export async function insertSession(app: TestApp, world: TrainingWorld, options: InsertSessionOptions = {}): Promise<InsertedSession> {
  const days = options.days ?? toSchoolTemplate(options.sunday ?? '2026-12-06');
  const now = app.clock.now();
  const id = newId();
  const m = app.dataSource.manager;
  const dates = days.map((d) => d.date).sort();
  await m.insert(TrainingSession, {
    id,
    programmeId: world.programmeId,
    title: options.title ?? '送培到校·城关小学语文数学',
    venueOrganisationId: options.venueId ?? world.schoolA.id,
    startsOn: dates[0]!,
    endsOn: dates[dates.length - 1]!,
    status: options.status ?? 'published',
    cancelReason: null,
    creditHours: options.creditHours ?? 30,
    completionThreshold: 80,
    capacity: options.capacity ?? 30,
    seatsTaken: 0,
    waitlistSeq: 0,
    approvalRequired: options.approvalRequired ?? false,
    enrolOpensOn: options.enrolOpensOn === undefined ? '2026-11-01' : options.enrolOpensOn,
    enrolClosesOn: options.enrolClosesOn === undefined ? '2026-12-05' : options.enrolClosesOn,
    withdrawUntil: options.withdrawUntil === undefined ? '2026-12-03' : options.withdrawUntil,
    localShareConfirmed: false,
    notes: null,
    createdBy: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  } as never);
  const slots: InsertedSession['slots'] = [];
  for (const day of days) {
    for (const half of day.halves) {
      const slotId = newId();
      await m.insert(TrainingSlot, { id: slotId, sessionId: id, date: day.date, half: half.half, participantSlot: half.participantSlot, startsAt: half.half === 'am' ? '08:30' : '14:00', endsAt: half.half === 'am' ? '12:00' : '17:30' } as never);
      slots.push({ id: slotId, date: day.date, half: half.half, participantSlot: half.participantSlot });
      for (const [position, module] of half.modules.entries()) {
        await m.insert(TimetableItem, { id: newId(), sessionId: id, slotId, position, kind: module.kind, title: null, expertId: null, lessonTeacherId: module.lessonTeacherId ?? null } as never);
      }
    }
  }
  const expertIds = options.expertIds ?? world.experts.slice(0, 2).map((e) => e.id);
  for (const [i, expertId] of expertIds.entries()) {
    await m.insert(SessionExpert, { id: newId(), sessionId: id, expertId, role: i === 0 ? 'leader' : 'expert', local: false } as never);
  }
  if (options.status !== 'cancelled') {
    for (const date of dates) {
      for (const half of ['am', 'pm'] as const) {
        for (const expertId of expertIds) await m.insert(TrainingBooking, { id: newId(), sessionId: id, resource: 'expert', resourceId: expertId, date, half } as never);
        await m.insert(TrainingBooking, { id: newId(), sessionId: id, resource: 'venue', resourceId: options.venueId ?? world.schoolA.id, date, half } as never);
      }
    }
  }
  return { id, slots };
}
