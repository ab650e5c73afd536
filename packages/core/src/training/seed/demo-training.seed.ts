import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { In, IsNull, type EntityManager } from 'typeorm';
import { addDays, compareDates, newId, pinyinKeys, termLabel, termOf, termRange, weekday, type CalendarDate } from '@schoolbridge/shared';
import { RoleAssignment } from '../../platform/access/role-assignment.entity.js';
import { SIGNING_SECRET } from '../../platform/auth/auth.tokens.js';
import { User } from '../../platform/auth/user.entity.js';
import { startOfDayInZone } from '../../platform/audit/rules/time-range.js';
import { Clock } from '../../platform/clock.js';
import type { DemoSeed, SeedContext } from '../../platform/plugins/extension-points.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { Region } from '../../platform/regions/region.entity.js';
import { DEMO_COUNTY_CODE } from '../../platform/seed/demo-county.seed.js';
import { SchoolStage } from '../../directory/entities/school-stage.entity.js';
import { Teacher, TeacherSubject } from '../../directory/entities/teacher.entity.js';
import type { SchoolStage as SchoolStageCode, Subject } from '../../directory/rules/vocab.js';
import { insertRows } from '../../directory/seed/bulk.js';
import { DEMO_CENTRE, DEMO_SCHOOLS } from '../../directory/seed/demo-county-data.js';
import { demoMobile } from '../../directory/seed/identity-numbers.js';
import { personName } from '../../directory/seed/names.js';
import { Random } from '../../directory/seed/random.js';
import { Attendance, CreditOutbox } from '../entities/attendance.entity.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { FeedbackLesson, FeedbackRating, Questionnaire, QuestionnaireResponse, type Question } from '../entities/evaluation.entity.js';
import { Expert } from '../entities/expert.entity.js';
import { TrainingProgramme, TrainingProgrammeAudience } from '../entities/programme.entity.js';
import { TrainingSession, TrainingSessionSchool, TrainingSessionStage, TrainingSessionSubject } from '../entities/session.entity.js';
import { SessionExpert, TimetableItem, TrainingBooking, TrainingSlot, type BookingResource } from '../entities/timetable.entity.js';
import { completionOf, DEFAULT_COMPLETION_THRESHOLD_PERCENT } from '../rules/completion.js';
import { isLocalExpert, localShare, type ExpertOrigin } from '../rules/experts.js';
import { DEFAULT_HALF_DAY_TIMES, participantSlots, toSchoolTemplate, validateTimetable, type Slot, type TimetableDay } from '../rules/timetable.js';
import type { AttendanceMark, AttendanceSource, EnrolmentSource, EnrolmentStatus, HalfDay, SessionStatus } from '../rules/vocab.js';
import { shippedQuestions, shippedTemplate } from '../rules/question-templates.js';
import { eligibility } from '../rules/waitlist.js';
import {
  ABSENCE_REASONS,
  DEMO_EXPERTS,
  DEMO_PROGRAMMES,
  DEMO_SESSIONS,
  DIFFICULTY_TEXTS,
  IMPROVE_TEXTS,
  LESSON_TITLES,
  NEEDS_TEXTS,
  RATING_COMMENTS,
  type DemoProgrammeKey,
  type DemoSessionPlan,
} from './demo-training-data.js';

/** The PRNG seed: the same term on every install (for the same "today"). */
const DEMO_RANDOM_SEED = 439901 + 50;
const TO_SCHOOL_HOURS = 30;
/** The shipped templates' questions (rules/question-templates.ts), as a questionnaire made in zh-CN stores them. */
const NEEDS_SURVEY: Question[] = shippedQuestions(shippedTemplate('shipped-needs-survey')!, 'zh-CN');
const POST_QUESTIONNAIRE: Question[] = shippedQuestions(shippedTemplate('shipped-questionnaire')!, 'zh-CN');
const LECTURE_HOURS = 6;

export interface DemoTrainingOptions {
  /** The deployment's signing secret: questionnaire answers are keyed by an HMAC under it (one answer per teacher). */
  secret: string;
  /** The deployment's time zone, for the instants of check-ins and answers. */
  timeZone: string;
}

export interface DemoTrainingResult {
  summary: string;
  created: { experts: number; programmes: number; sessions: number; enrolments: number; attendance: number; awards: number; responses: number };
}

/**
 * Training's part of the demo (issue 5 §8): the centre's pool of 24 experts (province, city and
 * county tiers; the demo user `expert` is one of them), two programmes of the term (a county
 * 送培到校 programme with its budget, a city lecture series) and a term of sessions at ten schools
 * of the demo county around "today": six done (attendance, completion with its credit awards,
 * needs surveys and questionnaires answered, feedback lessons rated), one under way, three
 * upcoming with enrolments (one full, with a waitlist), one cancelled and one draft. The demo user
 * `teacher` completed one and is enrolled in one to come.
 *
 * Rows are written straight through the entities in one short transaction, keeping what the
 * services keep: seats taken = enrolled teachers who are not walk-ins, waitlist numbers 1..n,
 * bookings of team and venue on every half-day and of seated teachers on their slots, never two
 * on one half-day; one award in the credit outbox per completer. Deterministic (seeded PRNG);
 * runs only while the centre has no programme, so a second run adds nothing.
 */
@Injectable()
export class TrainingDemoSeed implements DemoSeed {
  readonly module = 'training';
  /** After the directory (10), whose schools, teachers and demo users it uses. */
  readonly order = 20;

  constructor(
    @Inject(SIGNING_SECRET) private readonly secret: string,
    private readonly clock: Clock,
  ) {}

  async run(ctx: SeedContext): Promise<{ summary: string }> {
    const { summary } = await seedDemoTraining(ctx, { secret: this.secret, timeZone: this.clock.timeZone });
    return { summary };
  }
}

interface SchoolInfo {
  org: Organisation;
  /** The township's division code (a village school's township). */
  township: string;
  stages: SchoolStageCode[];
}

interface TeacherInfo {
  id: string;
  name: string;
  schoolId: string;
  userId: string | null;
  subjects: Subject[];
}

interface ExpertInfo {
  row: Expert;
  origin: ExpertOrigin;
  outside: boolean;
}

interface Rows {
  experts: Expert[];
  programmes: TrainingProgramme[];
  audiences: TrainingProgrammeAudience[];
  sessions: TrainingSession[];
  sessionSchools: TrainingSessionSchool[];
  sessionSubjects: TrainingSessionSubject[];
  sessionStages: TrainingSessionStage[];
  slots: TrainingSlot[];
  items: TimetableItem[];
  team: SessionExpert[];
  bookings: TrainingBooking[];
  enrolments: Enrolment[];
  attendance: Attendance[];
  outbox: CreditOutbox[];
  questionnaires: Questionnaire[];
  responses: QuestionnaireResponse[];
  lessons: FeedbackLesson[];
  ratings: FeedbackRating[];
}

export async function seedDemoTraining(ctx: SeedContext, options: DemoTrainingOptions): Promise<DemoTrainingResult> {
  const m = ctx.dataSource.manager;
  const none: DemoTrainingResult['created'] = { experts: 0, programmes: 0, sessions: 0, enrolments: 0, attendance: 0, awards: 0, responses: 0 };
  const county = await m.findOneBy(Region, { code: DEMO_COUNTY_CODE });
  const centre = await m.findOneBy(Organisation, { code: DEMO_CENTRE.code });
  if (!county || !centre)
    throw new Error(
      `the training demo needs the directory's demo county ${DEMO_COUNTY_CODE} and its centre: run the directory's seed first (seed-demo --only directory)`,
    );
  if (await m.existsBy(TrainingProgramme, { ownerOrganisationId: centre.id })) {
    const summary = 'nothing to add: the centre already has programmes';
    ctx.log(`training: ${summary}`);
    return { summary, created: none };
  }
  const world = await loadWorld(m, centre, county);
  const rows = planTerm(ctx, options, world);
  await ctx.dataSource.transaction(async (t) => {
    await insertRows(t, Expert, rows.experts);
    await insertRows(t, TrainingProgramme, rows.programmes);
    await insertRows(t, TrainingProgrammeAudience, rows.audiences);
    await insertRows(t, TrainingSession, rows.sessions);
    await insertRows(t, TrainingSessionSchool, rows.sessionSchools);
    await insertRows(t, TrainingSessionSubject, rows.sessionSubjects);
    await insertRows(t, TrainingSessionStage, rows.sessionStages);
    await insertRows(t, TrainingSlot, rows.slots);
    await insertRows(t, TimetableItem, rows.items);
    await insertRows(t, SessionExpert, rows.team);
    await insertRows(t, TrainingBooking, rows.bookings);
    await insertRows(t, Enrolment, rows.enrolments);
    await insertRows(t, Attendance, rows.attendance);
    await insertRows(t, CreditOutbox, rows.outbox);
    await insertRows(t, Questionnaire, rows.questionnaires);
    await insertRows(t, QuestionnaireResponse, rows.responses);
    await insertRows(t, FeedbackLesson, rows.lessons);
    await insertRows(t, FeedbackRating, rows.ratings);
  });
  const created = {
    experts: rows.experts.length,
    programmes: rows.programmes.length,
    sessions: rows.sessions.length,
    enrolments: rows.enrolments.length,
    attendance: rows.attendance.length,
    awards: rows.outbox.length,
    responses: rows.responses.length,
  };
  const summary = `${created.experts} experts, ${created.programmes} programmes, ${created.sessions} sessions, ${created.enrolments} enrolments`;
  ctx.log(`training: ${summary}, ${created.attendance} attendance marks, ${created.awards} credit awards, ${created.responses} questionnaire answers`);
  return { summary, created };
}

interface World {
  centre: Organisation;
  county: Region;
  schools: Map<string, SchoolInfo>;
  schoolById: Map<string, SchoolInfo>;
  teachers: TeacherInfo[];
  users: { centre: string | null; school: string | null; schoolOrgId: string | null; teacher: string | null; expert: User | null };
  demoTeacher: TeacherInfo | null;
}

/** What the plan needs from the directory: the county's schools with their stages and townships, active teachers, demo users. */
async function loadWorld(m: EntityManager, centre: Organisation, county: Region): Promise<World> {
  const orgs = await m.findBy(Organisation, { code: In(DEMO_SCHOOLS.map((s) => s.code)), archivedAt: IsNull() });
  const regions = new Map(
    (await m.findBy(Region, { id: In([...new Set(orgs.map((o) => o.regionId).filter((id): id is string => id !== null))]) })).map((r) => [r.id, r]),
  );
  const stages = await m.findBy(SchoolStage, { organisationId: In(orgs.map((o) => o.id)) });
  const schools = new Map<string, SchoolInfo>();
  for (const org of orgs.sort((a, b) => a.code.localeCompare(b.code))) {
    const region = org.regionId ? regions.get(org.regionId) : undefined;
    schools.set(org.code, {
      org,
      township: (region?.code ?? '').slice(0, 9),
      stages: stages.filter((s) => s.organisationId === org.id).map((s) => s.stage),
    });
  }
  const schoolById = new Map([...schools.values()].map((s) => [s.org.id, s]));
  const teacherRows = await m.find(Teacher, {
    select: { id: true, name: true, schoolId: true, userId: true },
    where: { schoolId: In([...schoolById.keys()]), status: 'active', archivedAt: IsNull() },
    order: { namePinyin: 'ASC', id: 'ASC' },
  });
  const subjects = new Map<string, Subject[]>();
  for (let i = 0; i < teacherRows.length; i += 500) {
    for (const s of await m.findBy(TeacherSubject, { teacherId: In(teacherRows.slice(i, i + 500).map((t) => t.id)) })) {
      subjects.set(s.teacherId, [...(subjects.get(s.teacherId) ?? []), s.subject]);
    }
  }
  const teachers = teacherRows.map((t) => ({ id: t.id, name: t.name, schoolId: t.schoolId, userId: t.userId, subjects: (subjects.get(t.id) ?? []).sort() }));
  const byName = new Map((await m.findBy(User, { username: In(['centre', 'school', 'teacher', 'expert']) })).map((u) => [u.username, u]));
  const teacherUser = byName.get('teacher')?.id ?? null;
  const school = byName.get('school') ?? null;
  const schoolScope = school
    ? await m.findOne(RoleAssignment, {
        where: { userId: school.id, role: 'school_coordinator', scopeKind: 'organisation' },
        order: { createdAt: 'ASC', id: 'ASC' },
      })
    : null;
  let expert = byName.get('expert') ?? null;
  // The expert account can be an expert of one pool entry only.
  if (expert && (await m.existsBy(Expert, { userId: expert.id }))) expert = null;
  return {
    centre,
    county,
    schools,
    schoolById,
    teachers,
    users: {
      centre: byName.get('centre')?.id ?? null,
      school: school?.id ?? null,
      schoolOrgId: schoolScope?.organisationId ?? null,
      teacher: teacherUser,
      expert,
    },
    demoTeacher: teachers.find((t) => t.userId !== null && t.userId === teacherUser) ?? null,
  };
}

/** Who holds what on which half-day: the no-double-booking rule, kept while planning. */
class Calendar {
  private readonly taken = new Map<string, string>();

  private static key(resource: BookingResource, id: string, date: string, half: HalfDay): string {
    return `${resource}|${id}|${date}|${half}`;
  }

  free(resource: BookingResource, id: string, slots: readonly Slot[]): boolean {
    return slots.every((s) => !this.taken.has(Calendar.key(resource, id, s.date, s.half)));
  }

  book(rows: TrainingBooking[], sessionId: string, resource: BookingResource, id: string, slots: readonly Slot[]): void {
    for (const s of slots) {
      const key = Calendar.key(resource, id, s.date, s.half);
      const other = this.taken.get(key);
      if (other !== undefined) throw new Error(`demo plan double-books ${key} (sessions ${other} and ${sessionId})`);
      this.taken.set(key, sessionId);
      rows.push({ id: newId(), sessionId, resource, resourceId: id, date: s.date, half: s.half });
    }
  }
}

/** A lecture day: the topic in the morning, workshop and summary in the afternoon, both participant slots. */
function lectureDay(date: CalendarDate): TimetableDay[] {
  return [
    {
      date,
      halves: [
        { half: 'am', participantSlot: true, modules: [{ kind: 'professionalDevelopment' }] },
        { half: 'pm', participantSlot: true, modules: [{ kind: 'teachingMethods' }, { kind: 'summary' }] },
      ],
    },
  ];
}

function planTerm(ctx: SeedContext, options: DemoTrainingOptions, world: World): Rows {
  const rng = new Random(DEMO_RANDOM_SEED);
  const { now, today } = ctx;
  const tz = options.timeZone;
  // Midnights are looked up once per date: the zone's offset takes an Intl formatter each time.
  const midnights = new Map<CalendarDate, number>();
  /** An instant: a calendar date's local wall-clock time in the deployment's zone. */
  const at = (date: CalendarDate, hhmm: string, plusMinutes = 0): Date => {
    const [h, mi] = hhmm.split(':').map(Number) as [number, number];
    let midnight = midnights.get(date);
    if (midnight === undefined) midnights.set(date, (midnight = startOfDayInZone(date, tz).getTime()));
    return new Date(midnight + (h * 60 + mi + plusMinutes) * 60_000);
  };
  /** Something that has happened: never after now. */
  const past = (d: Date, minutesBefore = 5): Date => (d.getTime() < now.getTime() ? d : new Date(now.getTime() - minutesBefore * 60_000));
  const hasHappened = (d: Date) => d.getTime() <= now.getTime();
  const rows: Rows = {
    experts: [],
    programmes: [],
    audiences: [],
    sessions: [],
    sessionSchools: [],
    sessionSubjects: [],
    sessionStages: [],
    slots: [],
    items: [],
    team: [],
    bookings: [],
    enrolments: [],
    attendance: [],
    outbox: [],
    questionnaires: [],
    responses: [],
    lessons: [],
    ratings: [],
  };
  const calendar = new Calendar();
  const sunday0 = addDays(today, -weekday(today));
  const weekSunday = (week: number) => addDays(sunday0, 7 * week);
  const staff = world.users.centre;

  // The expert pool.
  const experts: ExpertInfo[] = [];
  const names = new Set<string>();
  let demoExpert: ExpertInfo | null = null;
  for (const [i, def] of DEMO_EXPERTS.entries()) {
    let name = def.demoUser && world.users.expert ? world.users.expert.displayName : personName(rng, def.gender, def.birthYear);
    while (names.has(name)) name = personName(rng, def.gender, def.birthYear);
    names.add(name);
    const org = def.organisation === 'centre' ? world.centre : def.organisation ? (world.schools.get(def.organisation)?.org ?? null) : null;
    const keys = pinyinKeys(name);
    const created = at(addDays(today, -400 + i * 3), '10:00');
    const row: Expert = {
      id: newId(),
      name,
      namePinyin: keys.full,
      nameInitials: keys.initials,
      tier: def.tier,
      ownerOrganisationId: world.centre.id,
      organisationId: org?.id ?? null,
      unitName: org ? null : (def.unitName ?? null),
      title: def.title,
      specialty: def.specialty,
      mobile: demoMobile('139', 7000 + i),
      userId: def.demoUser ? (world.users.expert?.id ?? null) : null,
      archivedAt: null,
      createdAt: created,
      updatedAt: created,
      version: 1,
    };
    rows.experts.push(row);
    // Everyone at a unit of the demo county is local to its schools (本地); outside units are not.
    const info: ExpertInfo = { row, origin: { schoolId: org?.id ?? null, countyId: org ? world.county.id : null }, outside: org === null };
    experts.push(info);
    if (def.demoUser) demoExpert = info;
  }

  // The programmes of the term around today (in August: the coming autumn term).
  const term = termOf(today) ?? { year: Number(today.slice(0, 4)), term: 'autumn' as const };
  const termDates = termRange(term.year, term.term);
  const firstDay = weekSunday(Math.min(...DEMO_SESSIONS.map((s) => s.week)));
  const lastDay = addDays(weekSunday(Math.max(...DEMO_SESSIONS.map((s) => s.week))), 6);
  const programmeIds = new Map<DemoProgrammeKey, { id: string; hours: number }>();
  for (const def of DEMO_PROGRAMMES) {
    const id = newId();
    const created = past(at(addDays(firstDay, -45), '10:00'));
    rows.programmes.push({
      id,
      name: `${termLabel(term.year, term.term)}${def.name}`,
      level: def.level,
      type: def.type,
      ownerOrganisationId: world.centre.id,
      hostOrganisationId: def.hostName === null ? world.centre.id : null,
      hostName: def.hostName,
      budget: def.budget,
      startsOn: compareDates(firstDay, termDates.from) < 0 ? firstDay : termDates.from,
      endsOn: compareDates(lastDay, termDates.to) > 0 ? lastDay : termDates.to,
      description: def.description,
      archivedAt: null,
      createdBy: staff,
      createdAt: created,
      updatedAt: created,
      version: 1,
    });
    for (const audience of def.audiences) rows.audiences.push({ programmeId: id, audience });
    programmeIds.set(def.key, { id, hours: def.type === 'lecture' ? LECTURE_HOURS : TO_SCHOOL_HOURS });
  }

  for (const plan of DEMO_SESSIONS) {
    planSession(plan);
  }
  return rows;

  function planSession(plan: DemoSessionPlan): void {
    const lecture = plan.programme === 'lecture';
    const sunday = weekSunday(plan.week);
    const days = lecture ? lectureDay(addDays(sunday, 6)) : toSchoolTemplate(sunday);
    const invalid = validateTimetable(days);
    if (invalid.length > 0) throw new Error(`demo timetable of ${plan.key} is invalid: ${JSON.stringify(invalid)}`);
    const dates = days.map((d) => d.date);
    const allHalves: Slot[] = dates.flatMap((date) => (['am', 'pm'] as const).map((half) => ({ date, half })));
    const seats = participantSlots(days);
    const venue = plan.venue === 'centre' ? { org: world.centre, township: '', stages: [] as SchoolStageCode[] } : world.schools.get(plan.venue);
    if (!venue) return; // a school of the demo county that is not there (an edited install): leave its session out
    const status: SessionStatus = plan.status === 'upcoming' ? 'published' : plan.status;
    const live = status !== 'cancelled';
    const id = newId();
    const programme = programmeIds.get(plan.programme)!;
    const first = dates[0]!;
    const last = dates[dates.length - 1]!;
    const enrolOpensOn = addDays(first, -28);
    const enrolClosesOn = addDays(first, lecture ? -1 : -2);
    const withdrawUntil = addDays(first, -4);

    // The team: a leader from outside, then outside experts and the plan's number of local ones,
    // each free on every half-day of the session.
    const receiving: ExpertOrigin = { schoolId: venue.org.id, countyId: world.county.id };
    const freeExperts = (list: ExpertInfo[]) => list.filter((e) => !live || calendar.free('expert', e.row.id, allHalves));
    const chosen: ExpertInfo[] = [];
    const outside = experts.filter((e) => e.outside && e !== demoExpert);
    const locals = experts.filter((e) => !e.outside);
    const leader = plan.demoExpert === 'leader' && demoExpert ? demoExpert : rng.pick(freeExperts(outside).length > 0 ? freeExperts(outside) : outside);
    chosen.push(leader);
    if (plan.demoExpert === 'member' && demoExpert && freeExperts([demoExpert]).length === 1) chosen.push(demoExpert);
    const size = lecture ? 1 + plan.localExperts : 5;
    chosen.push(...rng.sample(freeExperts(outside.filter((e) => !chosen.includes(e))), size - plan.localExperts - chosen.length));
    chosen.push(...rng.sample(freeExperts(locals), plan.localExperts));
    const team = chosen.map((e) => ({ e, local: isLocalExpert(e.origin, receiving) }));
    const share = localShare(team.map((t) => ({ id: t.e.row.id, tier: t.e.row.tier, local: t.local })));
    const leaderUser = leader.row.userId ?? staff;

    // Who may come: teachers of the venue's township (the venue's first) for a school week, of
    // any school for a lecture; eligible by the session's schools, subjects and stages.
    const candidateSchools = lecture
      ? [...world.schools.values()].filter((s) => s.stages.some((st) => plan.stages.includes(st)))
      : [...world.schools.values()].filter((s) => s.township === venue.township && s.stages.some((st) => plan.stages.includes(st)));
    const schoolIds = lecture ? [] : candidateSchools.map((s) => s.org.id).sort((a, b) => (a === venue.org.id ? -1 : b === venue.org.id ? 1 : 0));
    const criteria = { schoolIds, subjects: plan.subjects, stages: plan.stages };
    const inSchools = new Set(candidateSchools.map((s) => s.org.id));
    const eligible = world.teachers.filter(
      (t) =>
        inSchools.has(t.schoolId) &&
        eligibility({ schoolId: t.schoolId, subjects: t.subjects, stages: world.schoolById.get(t.schoolId)?.stages ?? [] }, criteria).ok &&
        (!live || calendar.free('teacher', t.id, seats)),
    );
    const atVenue = rng.sample(
      eligible.filter((t) => t.schoolId === venue.org.id),
      eligible.length,
    );
    const others = rng.sample(
      eligible.filter((t) => t.schoolId !== venue.org.id && t !== world.demoTeacher),
      eligible.length,
    );
    let pool = [...atVenue.filter((t) => t !== world.demoTeacher), ...others];
    if (plan.demoTeacher && world.demoTeacher && eligible.includes(world.demoTeacher)) pool = [world.demoTeacher, ...pool];
    let capacity = plan.capacity;
    let seated: TeacherInfo[];
    let waitlisted: TeacherInfo[] = [];
    if (plan.waitlist) {
      // Full: every seat taken, the rest waiting in order.
      capacity = Math.min(plan.capacity, Math.max(1, pool.length - plan.waitlist));
      seated = pool.slice(0, capacity);
      waitlisted = pool.slice(capacity, capacity + plan.waitlist);
    } else {
      seated = pool.slice(0, Math.min(plan.enrol, capacity));
    }
    let rest = pool.slice(seated.length + waitlisted.length);
    const pending = plan.approvalRequired ? rest.slice(0, 1) : [];
    const withdrawn = plan.approvalRequired ? rest.slice(1, 2) : [];
    rest = rest.slice(pending.length + withdrawn.length);
    const walkIn = plan.walkIn && status === 'completed' ? (rest.find((t) => t.schoolId === venue.org.id) ?? rest[0] ?? null) : null;

    const created = past(at(addDays(enrolOpensOn, -7), '09:30'), 60 * 24 * 2);
    const completedAt = past(at(last, '18:30'));
    const cancelledAt = past(at(addDays(today, -1), '16:20'));
    rows.sessions.push({
      id,
      programmeId: programme.id,
      title: plan.title,
      venueOrganisationId: venue.org.id,
      startsOn: first,
      endsOn: last,
      status,
      cancelReason: plan.cancelReason ?? null,
      creditHours: programme.hours,
      completionThreshold: DEFAULT_COMPLETION_THRESHOLD_PERCENT,
      capacity,
      seatsTaken: status === 'cancelled' ? 0 : seated.length,
      waitlistSeq: waitlisted.length,
      approvalRequired: plan.approvalRequired ?? false,
      enrolOpensOn,
      enrolClosesOn,
      withdrawUntil,
      localShareConfirmed: share.exceedsLimit,
      notes: null,
      createdBy: staff,
      createdAt: created,
      updatedAt: status === 'completed' ? completedAt : status === 'cancelled' ? cancelledAt : created,
      version: status === 'draft' ? 1 : 2,
    });
    for (const s of schoolIds) rows.sessionSchools.push({ sessionId: id, organisationId: s });
    for (const s of plan.subjects ?? []) rows.sessionSubjects.push({ sessionId: id, subject: s });
    for (const s of plan.stages) rows.sessionStages.push({ sessionId: id, stage: s });
    for (const [i, t] of team.entries())
      rows.team.push({ id: newId(), sessionId: id, expertId: t.e.row.id, role: i === 0 ? 'leader' : 'expert', local: t.local });

    // Timetable: slots and modules; the lessons by designated teachers of the venue (not yet for a draft).
    const lessonTeachers = status === 'draft' || status === 'cancelled' ? [] : seated.filter((t) => t.schoolId === venue.org.id).slice(0, 3);
    const slotIds = new Map<string, string>();
    let feedbackIndex = 0;
    let rotate = 0;
    const members = team.length > 1 ? team.slice(1) : team;
    for (const day of days) {
      for (const half of day.halves) {
        const slotId = newId();
        slotIds.set(`${day.date}.${half.half}`, slotId);
        const times = DEFAULT_HALF_DAY_TIMES[half.half];
        rows.slots.push({
          id: slotId,
          sessionId: id,
          date: day.date,
          half: half.half,
          participantSlot: half.participantSlot,
          startsAt: times.start,
          endsAt: times.end,
        });
        for (const [position, mod] of half.modules.entries()) {
          let lessonTeacherId: string | null = null;
          let expertId: string | null = null;
          let title: string | null = null;
          if (mod.kind === 'demonstrationLesson') lessonTeacherId = lessonTeachers[0]?.id ?? null;
          else if (mod.kind === 'feedbackLesson') lessonTeacherId = lessonTeachers[1 + feedbackIndex++]?.id ?? lessonTeachers[0]?.id ?? null;
          else if (mod.kind === 'ethics' || mod.kind === 'summary') expertId = leader.row.id;
          else if (mod.kind !== 'arrival') expertId = members[rotate++ % members.length]!.e.row.id;
          if (lecture && mod.kind === 'professionalDevelopment') title = plan.topic ?? null;
          rows.items.push({ id: newId(), sessionId: id, slotId, position, kind: mod.kind, title, expertId, lessonTeacherId });
        }
      }
    }

    // Bookings: the team and the venue on every half-day, seated teachers (walk-ins too) on the participant slots.
    if (live) {
      for (const t of team) calendar.book(rows.bookings, id, 'expert', t.e.row.id, allHalves);
      calendar.book(rows.bookings, id, 'venue', venue.org.id, allHalves);
      for (const t of walkIn ? [...seated, walkIn] : seated) calendar.book(rows.bookings, id, 'teacher', t.id, seats);
    }

    // Enrolments, in the order they came.
    const enrolmentOf = new Map<string, Enrolment>();
    const enrolAt = (n: number) =>
      past(new Date(Math.min(at(addDays(enrolOpensOn, Math.min(n, 20)), '09:00', rng.int(0, 480)).getTime(), at(enrolClosesOn, '17:00').getTime())), 30);
    const enrolment = (t: TeacherInfo, st: EnrolmentStatus, source: EnrolmentSource, when: Date, extra: Partial<Enrolment> = {}): Enrolment => {
      const row: Enrolment = {
        id: newId(),
        sessionId: id,
        teacherId: t.id,
        status: st,
        source,
        waitlistSeq: null,
        requestedBy: source === 'self' ? t.userId : world.users.schoolOrgId !== null && t.schoolId === world.users.schoolOrgId ? world.users.school : staff,
        decidedBy: null,
        decidedAt: null,
        reason: null,
        enrolledAt: st === 'enrolled' || st === 'cancelled' || st === 'withdrawn' ? when : null,
        withdrawnAt: null,
        creditAwarded: false,
        createdAt: when,
        updatedAt: when,
        version: 1,
        ...extra,
      };
      rows.enrolments.push(row);
      enrolmentOf.set(t.id, row);
      return row;
    };
    for (const [n, t] of seated.entries()) {
      const when = enrolAt(Math.floor(n / 3));
      const self = t.userId !== null && t === world.demoTeacher;
      if (status === 'cancelled') enrolment(t, 'cancelled', 'coordinator', when, { reason: plan.cancelReason ?? null, updatedAt: cancelledAt, version: 2 });
      else enrolment(t, 'enrolled', self ? 'self' : 'coordinator', when);
    }
    for (const [n, t] of waitlisted.entries()) enrolment(t, 'waitlisted', 'coordinator', enrolAt(8 + n), { waitlistSeq: n + 1 });
    for (const t of pending) enrolment(t, 'pending', t.userId ? 'self' : 'coordinator', past(at(addDays(today, -1), '20:15')));
    for (const t of withdrawn) {
      const when = enrolAt(2);
      const out = past(new Date(when.getTime() + 2 * 86_400_000));
      enrolment(t, 'withdrawn', 'coordinator', when, { withdrawnAt: out, updatedAt: out, reason: '学校同期有教学视导，无法参加', version: 2 });
    }

    // Attendance for what has happened: every participant slot of a finished session; the slots
    // of a running one that have begun.
    if (status !== 'completed' && status !== 'running') {
      planQuestionnaires();
      return;
    }
    const below = plan.belowThreshold ? (seated.filter((t) => t !== world.demoTeacher).at(-1) ?? null) : null;
    const marksOf = new Map<string, AttendanceMark[]>();
    const mark = (t: TeacherInfo, slot: Slot, index: number, m: AttendanceMark, source: AttendanceSource, reasonList?: string[]) => {
      const start = at(slot.date, DEFAULT_HALF_DAY_TIMES[slot.half].start);
      const end = at(slot.date, DEFAULT_HALF_DAY_TIMES[slot.half].end);
      const coordinator = source === 'coordinator';
      const recordedAt = coordinator
        ? at(last, '18:00', index)
        : m === 'late'
          ? new Date(start.getTime() + rng.int(16, 45) * 60_000)
          : new Date(start.getTime() - rng.int(3, 20) * 60_000);
      if (!hasHappened(recordedAt)) return;
      const confirmedAt = new Date(end.getTime() - 10 * 60_000);
      const confirmed = !coordinator && hasHappened(confirmedAt);
      rows.attendance.push({
        id: newId(),
        sessionId: id,
        slotId: slotIds.get(`${slot.date}.${slot.half}`)!,
        enrolmentId: enrolmentOf.get(t.id)!.id,
        teacherId: t.id,
        mark: m,
        source,
        reason: reasonList ? rng.pick(reasonList) : null,
        recordedBy: coordinator ? staff : source === 'code' ? t.userId : leaderUser,
        recordedAt,
        confirmedBy: confirmed ? leaderUser : null,
        confirmedAt: confirmed ? confirmedAt : null,
        version: 1,
      });
      marksOf.set(t.id, [...(marksOf.get(t.id) ?? []), m]);
    };
    for (const t of seated) {
      const checkIn: AttendanceSource = t.userId ? 'code' : 'trainer';
      let misses = 0;
      for (const [i, slot] of seats.entries()) {
        if (t === below) {
          // Away two half-days with leave and missing the Friday: 6 of 10, below the 80% threshold.
          if (i === 3 || i === 4) mark(t, slot, i, 'excused', 'coordinator', ABSENCE_REASONS.excused);
          else if (i >= seats.length - 2) mark(t, slot, i, 'absent', 'coordinator', ABSENCE_REASONS.absent);
          else mark(t, slot, i, 'present', checkIn);
          continue;
        }
        const r = rng.next();
        // At most two half-days missed (8 of 10 still completes); a lecture's two are both needed.
        const canMiss = !lecture && t !== world.demoTeacher && misses < 2;
        if (canMiss && r < 0.025) {
          misses++;
          mark(t, slot, i, 'excused', 'coordinator', ABSENCE_REASONS.excused);
        } else if (canMiss && r < 0.035) {
          misses++;
          mark(t, slot, i, 'absent', 'coordinator', ABSENCE_REASONS.absent);
        } else mark(t, slot, i, r < 0.09 ? 'late' : 'present', checkIn);
      }
    }
    if (walkIn) {
      // Joined on the Tuesday morning, added by the trainer; checked in with the others afterwards.
      enrolment(walkIn, 'enrolled', 'walkIn', past(at(seats[2]!.date, '08:05')), { requestedBy: leaderUser });
      for (const [i, slot] of seats.entries()) if (i >= 2) mark(walkIn, slot, i, 'present', i === 2 ? 'walkIn' : 'trainer');
    }

    // Completion: one award per completer in the credit outbox, written with the completion.
    if (status === 'completed') {
      for (const t of walkIn ? [...seated, walkIn] : seated) {
        const done = completionOf(marksOf.get(t.id) ?? [], seats.length, DEFAULT_COMPLETION_THRESHOLD_PERCENT);
        if (!done.completed) continue;
        const e = enrolmentOf.get(t.id)!;
        e.creditAwarded = true;
        e.updatedAt = completedAt;
        e.version = 2;
        rows.outbox.push({
          id: newId(),
          sessionId: id,
          teacherId: t.id,
          enrolmentId: e.id,
          kind: 'award',
          hours: programme.hours,
          reversesId: null,
          createdAt: completedAt,
          consumedAt: null,
        });
      }
    }

    // Feedback lessons on the Friday, rated by each expert of the team.
    if (status === 'completed' && !lecture) {
      for (const t of lessonTeachers.slice(1, 3)) {
        const subject = (t.subjects.find((s) => LESSON_TITLES[s]) ?? 'chinese') as Subject;
        const lessonId = newId();
        const givenAt = at(last, '11:30');
        rows.lessons.push({
          id: lessonId,
          sessionId: id,
          teacherId: t.id,
          givenOn: last,
          title: rng.pick(LESSON_TITLES[subject]!),
          subject,
          notes: null,
          createdAt: givenAt,
          version: 1,
        });
        for (const member of team) {
          const ratedAt = at(last, '16:00', rng.int(0, 60));
          rows.ratings.push({
            id: newId(),
            lessonId,
            expertId: member.e.row.id,
            score: rng.int(80, 96),
            comment: rng.chance(0.7) ? rng.pick(RATING_COMMENTS) : null,
            createdAt: ratedAt,
            updatedAt: ratedAt,
          });
        }
      }
    }
    planQuestionnaires();

    /** A needs survey a month ahead (answered by about two thirds) and, from the last day, the questionnaire. */
    function planQuestionnaires(): void {
      if (status === 'draft' || status === 'cancelled') return;
      const questionnaire = (
        kind: 'needsSurvey' | 'questionnaire',
        questions: Question[],
        opensOn: CalendarDate,
        closesOn: CalendarDate,
        anonymous: boolean,
      ) => {
        const qid = newId();
        const made = past(at(addDays(opensOn, -1), '15:00'), 60 * 24);
        rows.questionnaires.push({
          id: qid,
          sessionId: id,
          kind,
          title: kind === 'needsSurvey' ? `训前调研：${plan.title}` : `训后问卷：${plan.title}`,
          anonymous,
          questions,
          opensOn,
          closesOn,
          createdAt: made,
          updatedAt: made,
          version: 1,
        });
        return qid;
      };
      const respond = (qid: string, t: TeacherInfo, anonymous: boolean, when: Date, answers: QuestionnaireResponse['answers']) => {
        if (!hasHappened(when)) return;
        rows.responses.push({
          id: newId(),
          questionnaireId: qid,
          respondentKey: createHmac('sha256', options.secret).update(`questionnaire\0${qid}\0${t.id}`).digest('hex'),
          teacherId: anonymous ? null : t.id,
          answers,
          submittedAt: when,
        });
      };
      const rating = () =>
        rng.weighted([
          [5, 55],
          [4, 35],
          [3, 8],
          [2, 2],
        ] as const);
      if (!lecture) {
        const opensOn = addDays(first, -30);
        const qid = questionnaire('needsSurvey', NEEDS_SURVEY, opensOn, addDays(first, -3), false);
        const options = (code: string) => NEEDS_SURVEY.find((q) => q.code === code)?.options ?? [];
        for (const t of [...seated, ...waitlisted]) {
          if (!rng.chance(0.65)) continue;
          // within the survey's days: it opens 30 days ahead and closes 3 days before
          const when = at(addDays(opensOn, rng.int(0, 20)), '19:00', rng.int(0, 180));
          const modules = rng.sample(options('modules'), rng.int(2, 3));
          const formats = rng.sample(options('formats'), rng.int(1, 2));
          respond(qid, t, false, when, {
            difficulties: rng.pick(DIFFICULTY_TEXTS),
            // stored in the questions' order, as the evaluation stores choices
            modules: options('modules').filter((o) => modules.includes(o)),
            ...(formats.length > 0 ? { formats: options('formats').filter((o) => formats.includes(o)) } : {}),
            ...(rng.chance(0.4) ? { suggestions: rng.pick(NEEDS_TEXTS) } : {}),
          });
        }
      }
      if (status !== 'completed' && status !== 'running') return;
      const qid = questionnaire('questionnaire', POST_QUESTIONNAIRE, last, addDays(last, 14), true);
      if (status !== 'completed') return;
      for (const t of walkIn ? [...seated, walkIn] : seated) {
        if (!enrolmentOf.get(t.id)!.creditAwarded || (t !== world.demoTeacher && !rng.chance(0.8))) continue;
        const when = at(addDays(last, rng.int(0, 3)), '17:30', rng.int(0, 240));
        const overall = rating();
        respond(qid, t, true, when, {
          overall,
          content: Math.max(1, Math.min(5, overall + rng.int(-1, 0))),
          experts: rating(),
          organisation: rating(),
          usefulness: Math.max(1, Math.min(5, overall + rng.int(-1, 0))),
          ...(rng.chance(0.35) ? { improve: rng.pick(IMPROVE_TEXTS) } : {}),
        });
      }
    }
  }
}
