/**
 * What the enrolment services share: finding a session the caller may enrol into or read the
 * enrolments of, the directory facts eligibility is judged on, the session's lock and seat counters,
 * and the words of refusals.
 */
import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type { Locale } from '@schoolbridge/shared';
import type { Actor } from '../../platform/access/actor.js';
import { ScopeService } from '../../platform/access/scope.service.js';
import { Clock } from '../../platform/clock.js';
import { AppError, problems } from '../../platform/errors/problem.js';
import { problemMessage } from '../../platform/errors/messages.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { SchoolStage } from '../../directory/entities/school-stage.entity.js';
import { Teacher, TeacherSubject } from '../../directory/entities/teacher.entity.js';
import { SCHOOL_STAGE_NAMES, SUBJECT_NAMES, type SchoolStage as SchoolStageCode, type Subject } from '../../directory/rules/vocab.js';
import type { Clash } from '../common/bookings.js';
import { joinSessionParties, sessionScope } from '../common/scope.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { TrainingSession, TrainingSessionSchool, TrainingSessionStage, TrainingSessionSubject } from '../entities/session.entity.js';
import { SessionExpert, TrainingSlot } from '../entities/timetable.entity.js';
import { Expert } from '../entities/expert.entity.js';
import { TrainingProgramme } from '../entities/programme.entity.js';
import { enrolmentOpen, type EligibilityCriteria, type IneligibleReason } from '../rules/waitlist.js';
import { ENROLMENT_STATUS_NAMES, SESSION_STATUS_NAMES, statusOn, type EnrolmentStatus, type HalfDay, type SessionStatus } from '../rules/vocab.js';
import './messages.js';

/** Statuses that hold something (a seat, a waitlist number, a request): a second enrolment is refused while one of them stands. */
export const ACTIVE_STATUSES: readonly EnrolmentStatus[] = ['pending', 'enrolled', 'waitlisted'];

/** What eligibility is judged on, read fresh from the directory. */
export interface TeacherFacts {
  teacher: Teacher;
  schoolId: string;
  schoolName: string;
  schoolPath: string;
  subjects: Subject[];
  stages: SchoolStageCode[];
  /** Archived or not teaching now: never enrolled or promoted. */
  inactive: boolean;
}

export interface SessionCriteria extends EligibilityCriteria {
  schoolIds: string[];
  subjects: Subject[];
  stages: SchoolStageCode[];
}

/** The region or organisation a programme's owner serves: its path without its own id ('/43/4399/439901/<centre>/' → '/43/4399/439901/'). */
export function servedPrefix(ownerPath: string): string {
  return ownerPath.replace(/[^/]+\/$/, '');
}

/**
 * Whether scope prefixes hold a school a session is open to: one of the schools it lists or, when it
 * lists none, any school the programme's owner serves (a county centre's session is not offered to
 * the next county's teachers).
 */
export function audienceCovers(prefixes: readonly string[], listedSchoolPaths: readonly string[], ownerPath: string): boolean {
  if (listedSchoolPaths.length > 0) return listedSchoolPaths.some((p) => prefixes.some((prefix) => p.startsWith(prefix)));
  const served = servedPrefix(ownerPath);
  return prefixes.some((prefix) => prefix.startsWith(served) || served.startsWith(prefix));
}

@Injectable()
export class EnrolmentSupport {
  constructor(
    private readonly scope: ScopeService,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return this.clock.today();
  }

  now(): Date {
    return this.clock.now();
  }

  effectiveStatus(session: TrainingSession): SessionStatus {
    return statusOn(session.status, session.startsOn, session.endsOn, this.today());
  }

  /**
   * The session if the actor reaches it for `permission`: through the session scope (the centre,
   * the venue, the team, the teacher's own enrolments), or, while it is published, because their
   * scope holds a school it is open to (for a teacher, `teacherSchoolPath`: their own school). 404 otherwise.
   */
  async reach(m: EntityManager, actor: Actor, permission: string, sessionId: string, teacherSchoolPath?: string): Promise<TrainingSession> {
    const qb = joinSessionParties(m.getRepository(TrainingSession).createQueryBuilder('s'), 's')
      .where('s.id = :sessionId', { sessionId })
      .andWhere(this.scope.where(actor, permission, sessionScope('s')));
    const inScope = await qb.getOne();
    if (inScope) return inScope;
    const session = await m.findOneBy(TrainingSession, { id: sessionId });
    if (!session) throw problems.notFound('session');
    const status = this.effectiveStatus(session);
    if (status !== 'published' && status !== 'running') throw problems.notFound('session');
    const prefixes = teacherSchoolPath ? [teacherSchoolPath] : this.scope.pathPrefixes(actor, permission);
    if (prefixes.length === 0 || !(await this.audienceCovers(m, session, prefixes))) throw problems.notFound('session');
    return session;
  }

  async audienceCovers(m: EntityManager, session: TrainingSession, prefixes: string[]): Promise<boolean> {
    const ownerPath = await this.ownerPath(m, session);
    const listed = await m.find(TrainingSessionSchool, { where: { sessionId: session.id } });
    const paths = listed.length > 0 ? (await m.find(Organisation, { where: { id: In(listed.map((l) => l.organisationId)) }, select: { id: true, path: true } })).map((o) => o.path) : [];
    if (listed.length > 0 && paths.length === 0) return false;
    return audienceCovers(prefixes, paths, ownerPath);
  }

  async ownerPath(m: EntityManager, session: TrainingSession): Promise<string> {
    const row = await m
      .createQueryBuilder(Organisation, 'o')
      .innerJoin(TrainingProgramme, 'p', 'p.owner_organisation_id = o.id')
      .where('p.id = :programmeId', { programmeId: session.programmeId })
      .select(['o.id', 'o.path'])
      .getOne();
    return row?.path ?? '/';
  }

  /**
   * Whether the actor sees every enrolment of the session (the centre or bureau running it, an
   * expert of its team) rather than only their own school's teachers or their own row.
   */
  async seesAllRows(m: EntityManager, actor: Actor, permission: string, session: TrainingSession): Promise<boolean> {
    if (this.scope.isGlobal(actor, permission)) return true;
    if (this.scope.coversPath(actor, permission, await this.ownerPath(m, session))) return true;
    if (!this.scope.grants(actor, permission).some((a) => a.scopeKind === 'assignments')) return false;
    const onTeam = await m
      .createQueryBuilder(SessionExpert, 'se')
      .innerJoin(Expert, 'x', 'x.id = se.expert_id')
      .where('se.session_id = :sessionId AND x.user_id = :userId', { sessionId: session.id, userId: actor.userId })
      .getCount();
    return onTeam > 0;
  }

  /** The teachers' directory facts: school, subjects taught, the school's stages. */
  async teacherFacts(m: EntityManager, teacherIds: string[]): Promise<Map<string, TeacherFacts>> {
    const ids = [...new Set(teacherIds)];
    const out = new Map<string, TeacherFacts>();
    if (ids.length === 0) return out;
    const teachers = await m.find(Teacher, { where: { id: In(ids) } });
    const schoolIds = [...new Set(teachers.map((t) => t.schoolId))];
    const schools = schoolIds.length ? await m.find(Organisation, { where: { id: In(schoolIds) }, select: { id: true, name: true, path: true } }) : [];
    const subjects = await m.find(TeacherSubject, { where: { teacherId: In(ids) } });
    const stages = schoolIds.length ? await m.find(SchoolStage, { where: { organisationId: In(schoolIds) } }) : [];
    const schoolById = new Map(schools.map((s) => [s.id, s]));
    for (const t of teachers) {
      const school = schoolById.get(t.schoolId);
      out.set(t.id, {
        teacher: t,
        schoolId: t.schoolId,
        schoolName: school?.name ?? '',
        schoolPath: school?.path ?? '',
        subjects: subjects.filter((s) => s.teacherId === t.id).map((s) => s.subject),
        stages: stages.filter((s) => s.organisationId === t.schoolId).map((s) => s.stage),
        inactive: t.archivedAt !== null || t.status !== 'active',
      });
    }
    return out;
  }

  async criteria(m: EntityManager, sessionId: string): Promise<SessionCriteria> {
    // one after the other: a transaction's connection runs one query at a time
    const schools = await m.find(TrainingSessionSchool, { where: { sessionId } });
    const subjects = await m.find(TrainingSessionSubject, { where: { sessionId } });
    const stages = await m.find(TrainingSessionStage, { where: { sessionId } });
    return { schoolIds: schools.map((s) => s.organisationId), subjects: subjects.map((s) => s.subject), stages: stages.map((s) => s.stage) };
  }

  /** The session's participant slots, the half-days a seated teacher is booked on. */
  async participantSlots(m: EntityManager, sessionId: string): Promise<{ date: string; half: HalfDay }[]> {
    const slots = await m.find(TrainingSlot, { where: { sessionId, participantSlot: true }, select: { id: true, date: true, half: true } });
    return slots.map((s) => ({ date: s.date, half: s.half })).sort((a, b) => a.date.localeCompare(b.date) || a.half.localeCompare(b.half));
  }

  /**
   * Takes the session's row lock (PostgreSQL; SQLite's write queue already serialises every
   * transaction) and answers the row as it now is: every change of its seat and waitlist counters
   * happens under it, so capacity never overflows and waitlist numbers are unique and gap-free.
   */
  async lock(m: EntityManager, sessionId: string): Promise<TrainingSession> {
    const qb = m.createQueryBuilder(TrainingSession, 'ls').where('ls.id = :sessionId', { sessionId });
    if (m.connection.options.type === 'postgres') qb.setLock('pessimistic_write');
    const row = await qb.getOne();
    if (!row) throw problems.notFound('session');
    return row;
  }

  /**
   * Takes a free seat: a conditional increment, so even a caller without the lock cannot overbook.
   * The counters are not edits of the session: its version stays, so an editor's form does not go stale.
   */
  async takeSeat(m: EntityManager, sessionId: string): Promise<boolean> {
    const result = await m
      .createQueryBuilder()
      .update(TrainingSession)
      .set({ seatsTaken: () => 'seats_taken + 1', version: () => 'version' })
      .where('id = :sessionId AND seats_taken < capacity', { sessionId })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async freeSeat(m: EntityManager, sessionId: string): Promise<void> {
    await m
      .createQueryBuilder()
      .update(TrainingSession)
      .set({ seatsTaken: () => 'seats_taken - 1', version: () => 'version' })
      .where('id = :sessionId AND seats_taken > 0', { sessionId })
      .execute();
  }

  /** The next waitlist number (call under the session's lock). */
  async nextWaitlistNumber(m: EntityManager, sessionId: string): Promise<number> {
    await m
      .createQueryBuilder()
      .update(TrainingSession)
      .set({ waitlistSeq: () => 'waitlist_seq + 1', version: () => 'version' })
      .where('id = :sessionId', { sessionId })
      .execute();
    const row = await m.findOne(TrainingSession, { where: { id: sessionId }, select: { id: true, waitlistSeq: true } });
    return row!.waitlistSeq;
  }

  /**
   * 409 unless the session takes enrolments today: published, inside its enrolment window, and its
   * participants' first day not passed. A 送培到校 week begins with the team's Sunday, so a teacher
   * may still enrol then, and on the Monday itself (DOMAIN.md §4: participants' slots start Monday).
   */
  async assertEnrolmentOpen(m: EntityManager, session: TrainingSession, locale: Locale): Promise<void> {
    const status = this.effectiveStatus(session);
    const live = session.status === 'published' && (status === 'published' || status === 'running');
    if (!live) throw problems.conflict('training.enrolment.sessionNotOpen', { status: SESSION_STATUS_NAMES[status][locale] }, { sessionStatus: status });
    const firstDay = await this.firstParticipantDay(m, session.id);
    if (firstDay !== null && firstDay < this.today()) throw problems.conflict('training.enrolment.begun', { date: firstDay }, { firstParticipantDay: firstDay });
    const verdict = enrolmentOpen(this.today(), { opens: session.enrolOpensOn, closes: session.enrolClosesOn });
    if (!verdict.open) {
      throw problems.conflict(verdict.reason, { opensOn: session.enrolOpensOn, closesOn: session.enrolClosesOn }, { enrolOpensOn: session.enrolOpensOn, enrolClosesOn: session.enrolClosesOn });
    }
  }

  /** The first date with a participant slot (null: none yet). */
  async firstParticipantDay(m: EntityManager, sessionId: string): Promise<string | null> {
    // through the entity, so the date comes back as 'YYYY-MM-DD' on both databases
    const first = await m.findOne(TrainingSlot, { where: { sessionId, participantSlot: true }, order: { date: 'ASC' }, select: { id: true, date: true } });
    return first?.date ?? null;
  }

  /** 409 unless the session is published or running (approval, withdrawal, promotion). */
  assertSessionLive(session: TrainingSession, locale: Locale): void {
    const status = this.effectiveStatus(session);
    if (status !== 'published' && status !== 'running') throw problems.conflict('training.enrolment.sessionNotOpen', { status: SESSION_STATUS_NAMES[status][locale] }, { sessionStatus: status });
  }

  existsError(name: string, status: EnrolmentStatus, locale: Locale): AppError {
    return problems.conflict('training.enrolment.exists', { name, status: ENROLMENT_STATUS_NAMES[status][locale] }, { enrolmentStatus: status });
  }

  inactiveError(name: string): AppError {
    return new AppError(422, 'training.enrolment.teacherInactive', { name });
  }

  /** 422 naming every eligibility criterion the teacher misses; `code` is the first. */
  ineligibleError(reasons: IneligibleReason[], criteria: SessionCriteria, locale: Locale): AppError {
    const params = this.eligibilityParams(criteria, locale);
    const messages = reasons.map((r) => problemMessage(r, locale, params));
    return new AppError(422, reasons[0]!, { ...params, all: messages.join(locale === 'zh-CN' ? '；' : '; ') }, [], { reasons, messages });
  }

  eligibilityParams(criteria: SessionCriteria, locale: Locale): Record<string, string> {
    const sep = locale === 'zh-CN' ? '、' : ', ';
    return {
      subjects: criteria.subjects.map((s) => SUBJECT_NAMES[s]?.[locale] ?? s).join(sep),
      stages: criteria.stages.map((s) => SCHOOL_STAGE_NAMES[s]?.[locale] ?? s).join(sep),
    };
  }

  /** The message of a refusal in the caller's language (a batch reports it per teacher). */
  messageOf(err: AppError, locale: Locale): string {
    const messages = err.extra.messages as string[] | undefined;
    if (messages && messages.length > 0) return messages.join(locale === 'zh-CN' ? '；' : '; ');
    return problemMessage(err.code, locale, err.params);
  }

  /** Clashes of a `training.conflict` refusal, for the answer. */
  clashesOf(err: AppError): Clash[] | undefined {
    return err.code === 'training.conflict' ? (err.extra.clashes as Clash[] | undefined) : undefined;
  }

  /** The enrolment row (or 404). */
  async enrolment(m: EntityManager, id: string): Promise<Enrolment> {
    const row = await m.findOneBy(Enrolment, { id });
    if (!row) throw problems.notFound('enrolment');
    return row;
  }
}
