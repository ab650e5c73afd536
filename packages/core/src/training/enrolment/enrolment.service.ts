import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { newId, type Locale } from '@schoolbridge/shared';
import type { Actor } from '../../platform/access/actor.js';
import { PermissionRegistry } from '../../platform/access/permission-registry.js';
import { ROLE_CODES } from '../../platform/access/roles.js';
import { ScopeService } from '../../platform/access/scope.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { AppError, problems, type FieldError } from '../../platform/errors/problem.js';
import { NotificationService, type NotificationInput } from '../../platform/notifications/notification.service.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { Teacher } from '../../directory/entities/teacher.entity.js';
import { bookTeacher, conflictError, releaseTeacher, teacherClashes } from '../common/bookings.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { TrainingSession } from '../entities/session.entity.js';
import { TRAINING_ENROL, TRAINING_ENROL_APPROVE, TRAINING_ENROL_SELF } from '../permissions.js';
import { eligibility, nextToPromote, withdrawalOpen, type WaitlistEntry } from '../rules/waitlist.js';
import { ENROLMENT_STATUS_NAMES, type EnrolmentSource, type EnrolmentStatus } from '../rules/vocab.js';
import type { EnrolBatchResultDto, EnrolmentDto, EnrolmentResultDto, EnrolTeachersDto, RejectEnrolmentDto, WithdrawEnrolmentDto, WithdrawResultDto } from './dto/enrolment.dto.js';
import { EnrolmentQueries } from './enrolment-queries.service.js';
import { ACTIVE_STATUSES, EnrolmentSupport, type SessionCriteria, type TeacherFacts } from './enrolment-support.js';

/** Refusals a batch reports per teacher instead of failing the whole request. */
const PER_TEACHER_REFUSALS = new Set([
  'training.conflict',
  'training.enrolment.exists',
  'training.enrolment.teacherInactive',
  'training.eligibility.school',
  'training.eligibility.subject',
  'training.eligibility.stage',
]);

/** Where a teacher landed: a seat, the waitlist with its number, or a request awaiting approval. */
interface Placement {
  status: Extract<EnrolmentStatus, 'enrolled' | 'waitlisted' | 'pending'>;
  waitlistSeq: number | null;
}

export interface PromotionOutcome {
  promoted: { enrolmentId: string; teacherId: string }[];
  /** Waitlisted teachers passed over, with the codes kept on their rows for the admin. */
  skipped: { enrolmentId: string; teacherId: string; reasons: string[] }[];
}

const MY_PAGE = '/training/my';

/**
 * Enrolment (报名): by a school's coordinator for their teachers, or by a teacher (with the school's
 * approval where the session asks for it); the waitlist (候补) with automatic promotion; withdrawal.
 * Every seat is taken in one transaction under the session's row lock, so capacity holds and waitlist
 * numbers are unique and gap-free however many requests arrive at once.
 */
@Injectable()
export class EnrolmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly registry: PermissionRegistry,
    private readonly support: EnrolmentSupport,
    private readonly queries: EnrolmentQueries,
  ) {}

  /** A coordinator enrols teachers of schools in their scope; each teacher gets a result of their own. */
  async enrol(actor: Actor, sessionId: string, dto: EnrolTeachersDto): Promise<EnrolBatchResultDto> {
    const m0 = this.dataSource.manager;
    const session = await this.support.reach(m0, actor, TRAINING_ENROL, sessionId);
    await this.support.assertEnrolmentOpen(m0, session, actor.locale);
    const facts = await this.support.teacherFacts(m0, dto.teacherIds);
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    dto.teacherIds.forEach((id, i) => {
      const f = facts.get(id);
      if (seen.has(id)) errors.push({ field: `teacherIds.${i}`, code: 'training.enrolment.duplicateTeacher' });
      else if (!f || !this.scope.coversPath(actor, TRAINING_ENROL, f.schoolPath)) errors.push({ field: `teacherIds.${i}`, code: 'training.enrolment.teacherOutOfScope' });
      seen.add(id);
    });
    if (errors.length > 0) throw problems.validation(errors);
    const results: EnrolmentResultDto[] = [];
    // one transaction per teacher: a refusal of one never undoes another's seat
    for (const id of dto.teacherIds) results.push(await this.refusalAsResult(this.enrolOne(actor, sessionId, facts.get(id)!, 'coordinator'), facts.get(id)!, actor.locale));
    const count = (s: EnrolmentResultDto['status']) => results.filter((r) => r.status === s).length;
    return { results, counts: { enrolled: count('enrolled'), waitlisted: count('waitlisted'), refused: count('refused') } };
  }

  /** The caller's own enrolment: a request for the school's approval when the session asks for it. */
  async enrolMe(actor: Actor, sessionId: string): Promise<EnrolmentResultDto> {
    const m0 = this.dataSource.manager;
    const teacher = await this.ownTeacher(m0, actor);
    const facts = (await this.support.teacherFacts(m0, [teacher.id])).get(teacher.id)!;
    const session = await this.support.reach(m0, actor, TRAINING_ENROL_SELF, sessionId, facts.schoolPath);
    await this.support.assertEnrolmentOpen(m0, session, actor.locale);
    return this.enrolOne(actor, sessionId, facts, 'self');
  }

  /** A teacher's own request is approved: a seat or the waitlist as it stands now. */
  async approve(actor: Actor, enrolmentId: string): Promise<EnrolmentDto> {
    const { facts } = await this.forSchool(actor, TRAINING_ENROL_APPROVE, enrolmentId);
    const locale = actor.locale;
    await this.dataSource.transaction(async (m) => {
      const found = await this.support.enrolment(m, enrolmentId);
      const session = await this.support.lock(m, found.sessionId);
      const row = await this.support.enrolment(m, enrolmentId);
      if (row.status !== 'pending') throw this.notPending(row.status, locale);
      this.support.assertSessionLive(session, locale);
      const placed = await this.admit(m, session, facts, locale, false);
      const now = this.support.now();
      const changes: Partial<Enrolment> = {
        status: placed.status,
        waitlistSeq: placed.waitlistSeq,
        decidedBy: actor.userId,
        decidedAt: now,
        enrolledAt: placed.status === 'enrolled' ? now : null,
        updatedAt: now,
      };
      await m.update(Enrolment, { id: row.id }, changes);
      await this.audit.record({ action: 'training.enrolment.approved', entityType: 'training.enrolment', entityId: row.id, before: auditView(row), after: auditView({ ...row, ...changes }), scopePath: facts.schoolPath }, m);
      const seat = placed.status === 'enrolled';
      await this.tellTeacher(m, facts, {
        type: 'training.enrolmentApproved',
        title: { 'zh-CN': `报名已通过审核：${session.title}`, en: `Enrolment approved: ${session.title}` },
        body: seat
          ? { 'zh-CN': `${session.startsOn} 至 ${session.endsOn}，请按时参训。`, en: `${session.startsOn} to ${session.endsOn}; please attend on time.` }
          : { 'zh-CN': `名额已满，您在候补名单第 ${placed.waitlistSeq} 号，有名额时自动递补并通知您。`, en: `The session is full: you are number ${placed.waitlistSeq} on the waitlist and will be told when a seat frees up.` },
        link: MY_PAGE,
        data: { sessionId: session.id, enrolmentId: row.id, status: placed.status },
      });
    });
    return this.queries.byId(enrolmentId, actor.locale);
  }

  /** A teacher's own request is not approved; they are told why. */
  async reject(actor: Actor, enrolmentId: string, dto: RejectEnrolmentDto): Promise<EnrolmentDto> {
    const reason = dto.reason.trim();
    if (!reason) throw problems.field('reason', 'training.enrolment.rejectReasonRequired');
    const { facts } = await this.forSchool(actor, TRAINING_ENROL_APPROVE, enrolmentId);
    await this.dataSource.transaction(async (m) => {
      const found = await this.support.enrolment(m, enrolmentId);
      const session = await this.support.lock(m, found.sessionId);
      const row = await this.support.enrolment(m, enrolmentId);
      if (row.status !== 'pending') throw this.notPending(row.status, actor.locale);
      const now = this.support.now();
      const changes: Partial<Enrolment> = { status: 'rejected', decidedBy: actor.userId, decidedAt: now, reason, updatedAt: now };
      await m.update(Enrolment, { id: row.id }, changes);
      await this.audit.record({ action: 'training.enrolment.rejected', entityType: 'training.enrolment', entityId: row.id, before: auditView(row), after: auditView({ ...row, ...changes }), scopePath: facts.schoolPath }, m);
      await this.tellTeacher(m, facts, {
        type: 'training.enrolmentRejected',
        title: { 'zh-CN': `报名未通过审核：${session.title}`, en: `Enrolment not approved: ${session.title}` },
        body: { 'zh-CN': `原因：${reason}`, en: `Reason: ${reason}` },
        link: MY_PAGE,
        data: { sessionId: session.id, enrolmentId: row.id },
      });
    });
    return this.queries.byId(enrolmentId, actor.locale);
  }

  /**
   * Withdrawal (退出): the teacher up to the session's deadline, or a coordinator of the teacher's
   * school (after the deadline with a reason). A freed seat goes to the waitlist in the same transaction.
   */
  async withdraw(actor: Actor, enrolmentId: string, dto: WithdrawEnrolmentDto): Promise<WithdrawResultDto> {
    const m0 = this.dataSource.manager;
    const found = await this.support.enrolment(m0, enrolmentId);
    const facts = (await this.support.teacherFacts(m0, [found.teacherId])).get(found.teacherId)!;
    const self = actor.permissions.has(TRAINING_ENROL_SELF) && facts.teacher.userId === actor.userId;
    const coordinator = actor.permissions.has(TRAINING_ENROL) && this.scope.coversPath(actor, TRAINING_ENROL, facts.schoolPath);
    if (!self && !coordinator) {
      if (!actor.permissions.has(TRAINING_ENROL_SELF) && !actor.permissions.has(TRAINING_ENROL)) throw problems.forbidden(TRAINING_ENROL);
      throw problems.notFound('enrolment');
    }
    const locale = actor.locale;
    const reason = dto.reason?.trim() || null;
    const promoted = await this.dataSource.transaction(async (m) => {
      const session = await this.support.lock(m, found.sessionId);
      const row = await this.support.enrolment(m, enrolmentId);
      if (!ACTIVE_STATUSES.includes(row.status)) throw problems.conflict('training.enrolment.notActive', { status: statusWord(row.status, locale) }, { enrolmentStatus: row.status });
      this.support.assertSessionLive(session, locale);
      const deadline = withdrawalOpen(this.support.today(), session.withdrawUntil);
      if (!deadline.open) {
        if (!coordinator) throw problems.conflict('training.withdrawal.closed', { date: session.withdrawUntil }, { withdrawUntil: session.withdrawUntil });
        if (!reason) throw problems.field('reason', 'training.withdrawal.reasonRequired', { date: session.withdrawUntil });
      }
      const now = this.support.now();
      const changes: Partial<Enrolment> = { status: 'withdrawn', withdrawnAt: now, reason, updatedAt: now };
      await m.update(Enrolment, { id: row.id }, changes);
      const heldSeat = row.status === 'enrolled' && row.source !== 'walkIn';
      if (row.status === 'enrolled') await releaseTeacher(m, session.id, row.teacherId);
      if (heldSeat) await this.support.freeSeat(m, session.id);
      await this.audit.record(
        { action: 'training.enrolment.withdrawn', entityType: 'training.enrolment', entityId: row.id, before: auditView(row), after: { ...auditView({ ...row, ...changes }), by: self && !coordinator ? 'teacher' : 'coordinator' }, scopePath: facts.schoolPath },
        m,
      );
      return heldSeat ? (await this.fillFreeSeats(m, session.id, locale)).promoted.length : 0;
    });
    return { enrolment: await this.queries.byId(enrolmentId, locale), promoted };
  }

  /**
   * Gives the session's free seats to its waitlist, in number order, re-checking each teacher's
   * eligibility (directory data may have changed) and that they are not booked elsewhere at the same
   * time; those passed over stay waitlisted with the reason kept. Each promoted teacher is booked and
   * told in the inbox. Call it inside the transaction that freed or added seats (a withdrawal; the
   * sessions part after raising the capacity): it takes the session's lock itself.
   */
  async fillFreeSeats(m: EntityManager, sessionId: string, locale: Locale): Promise<PromotionOutcome> {
    const outcome: PromotionOutcome = { promoted: [], skipped: [] };
    const session = await this.support.lock(m, sessionId);
    const status = this.support.effectiveStatus(session);
    if (status !== 'published' && status !== 'running') return outcome;
    let free = session.capacity - session.seatsTaken;
    if (free <= 0) return outcome;
    const waitlist = await m.find(Enrolment, { where: { sessionId, status: 'waitlisted' }, order: { waitlistSeq: 'ASC' } });
    if (waitlist.length === 0) return outcome;
    const facts = await this.support.teacherFacts(m, waitlist.map((e) => e.teacherId));
    const criteria = await this.support.criteria(m, sessionId);
    const slots = await this.support.participantSlots(m, sessionId);
    type Entry = WaitlistEntry & { enrolment: Enrolment };
    let remaining: Entry[] = waitlist.map((enrolment) => ({ teacherId: enrolment.teacherId, sequence: enrolment.waitlistSeq ?? Number.MAX_SAFE_INTEGER, enrolment }));
    const skip = (e: Entry, reasons: string[]) => outcome.skipped.push({ enrolmentId: e.enrolment.id, teacherId: e.teacherId, reasons });
    while (free > 0 && remaining.length > 0) {
      const pick = nextToPromote(remaining, (e) => eligibility(facts.get(e.teacherId) ?? { schoolId: '', subjects: [], stages: [] }, criteria));
      for (const s of pick.skipped) skip(s.entry, s.reasons);
      const next = pick.next;
      if (!next) break;
      remaining = remaining.filter((e) => e.sequence > next.sequence);
      const f = facts.get(next.teacherId)!;
      if (f.inactive) {
        skip(next, ['training.enrolment.teacherInactive']);
        continue;
      }
      if ((await teacherClashes(m, sessionId, next.teacherId, slots)).length > 0) {
        skip(next, ['training.conflict']);
        continue;
      }
      if (!(await this.support.takeSeat(m, sessionId))) break;
      await bookTeacher(m, sessionId, next.teacherId, slots, locale);
      const now = this.support.now();
      const row = next.enrolment;
      const changes: Partial<Enrolment> = { status: 'enrolled', enrolledAt: now, reason: null, updatedAt: now };
      await m.update(Enrolment, { id: row.id, status: 'waitlisted' }, changes);
      await this.audit.record({ action: 'training.enrolment.promoted', entityType: 'training.enrolment', entityId: row.id, before: auditView(row), after: auditView({ ...row, ...changes }), scopePath: f.schoolPath }, m);
      await this.tellTeacher(m, f, {
        type: 'training.waitlistPromoted',
        title: { 'zh-CN': `候补转为正式报名：${session.title}`, en: `You have a seat: ${session.title}` },
        body: {
          'zh-CN': `有学员退出，您已从候补（第 ${row.waitlistSeq} 号）转为正式报名。培训时间 ${session.startsOn} 至 ${session.endsOn}，请按时参训。`,
          en: `A seat was freed: you moved from the waitlist (number ${row.waitlistSeq}) to enrolled. The session runs ${session.startsOn} to ${session.endsOn}.`,
        },
        link: MY_PAGE,
        data: { sessionId, enrolmentId: row.id },
      });
      outcome.promoted.push({ enrolmentId: row.id, teacherId: row.teacherId });
      free--;
    }
    // the admin sees why someone further up the list was passed over
    for (const s of outcome.skipped) {
      const row = waitlist.find((w) => w.id === s.enrolmentId)!;
      const reason = s.reasons.join(',');
      if (row.reason === reason) continue;
      await m.update(Enrolment, { id: row.id, status: 'waitlisted' }, { reason, updatedAt: this.support.now() });
      await this.audit.record(
        { action: 'training.enrolment.passedOver', entityType: 'training.enrolment', entityId: row.id, before: { reason: row.reason }, after: { reason }, scopePath: facts.get(row.teacherId)?.schoolPath ?? null },
        m,
      );
    }
    return outcome;
  }

  /** One teacher into the session, in its own transaction under the session's lock. */
  private async enrolOne(actor: Actor, sessionId: string, facts: TeacherFacts, source: EnrolmentSource): Promise<EnrolmentResultDto> {
    const locale = actor.locale;
    const teacherId = facts.teacher.id;
    return this.dataSource.transaction(async (m) => {
      const session = await this.support.lock(m, sessionId);
      await this.support.assertEnrolmentOpen(m, session, locale);
      const existing = await m.findOneBy(Enrolment, { sessionId, teacherId });
      if (existing && ACTIVE_STATUSES.includes(existing.status)) throw this.support.existsError(facts.teacher.name, existing.status, locale);
      const pending = source === 'self' && session.approvalRequired;
      const placed = await this.admit(m, session, facts, locale, pending);
      const now = this.support.now();
      const fields = {
        status: placed.status,
        source,
        waitlistSeq: placed.waitlistSeq,
        requestedBy: actor.userId,
        decidedBy: null,
        decidedAt: null,
        reason: null,
        enrolledAt: placed.status === 'enrolled' ? now : null,
        withdrawnAt: null,
        // the row stands for the current request: a withdrawn or rejected teacher enrolling again reuses it
        createdAt: now,
        updatedAt: now,
      } satisfies Partial<Enrolment>;
      let id: string;
      if (existing) {
        id = existing.id;
        await m.update(Enrolment, { id }, fields);
      } else {
        id = newId();
        try {
          await m.insert(Enrolment, m.create(Enrolment, { id, sessionId, teacherId, creditAwarded: false, ...fields }));
        } catch (err) {
          // the session's lock makes this unreachable; the unique index still has the last word
          if (!isUniqueViolation(err)) throw err;
          const current = await m.connection.manager.findOneBy(Enrolment, { sessionId, teacherId }).catch(() => null);
          throw this.support.existsError(facts.teacher.name, current?.status ?? 'enrolled', locale);
        }
      }
      await this.audit.record(
        { action: `training.enrolment.${placed.status === 'pending' ? 'requested' : placed.status}`, entityType: 'training.enrolment', entityId: id, before: existing ? auditView(existing) : null, after: auditView({ sessionId, teacherId, ...fields }), scopePath: facts.schoolPath },
        m,
      );
      if (placed.status === 'pending') await this.tellApprovers(m, session, facts);
      return { teacherId, teacherName: facts.teacher.name, status: placed.status, enrolmentId: id, waitlistSeq: placed.waitlistSeq };
    });
  }

  /**
   * Checks the teacher may take part (in post, eligible, not booked elsewhere at the same time),
   * then gives a seat or the next waitlist number; a request awaiting approval takes neither.
   */
  private async admit(m: EntityManager, session: TrainingSession, facts: TeacherFacts, locale: Locale, pending: boolean): Promise<Placement> {
    if (facts.inactive) throw this.support.inactiveError(facts.teacher.name);
    const criteria: SessionCriteria = await this.support.criteria(m, session.id);
    const verdict = eligibility(facts, criteria);
    if (!verdict.ok) throw this.support.ineligibleError(verdict.reasons, criteria, locale);
    const slots = await this.support.participantSlots(m, session.id);
    const clashes = await teacherClashes(m, session.id, facts.teacher.id, slots);
    if (clashes.length > 0) throw conflictError(clashes, locale);
    if (pending) return { status: 'pending', waitlistSeq: null };
    if (await this.support.takeSeat(m, session.id)) {
      await bookTeacher(m, session.id, facts.teacher.id, slots, locale);
      return { status: 'enrolled', waitlistSeq: null };
    }
    return { status: 'waitlisted', waitlistSeq: await this.support.nextWaitlistNumber(m, session.id) };
  }

  private async refusalAsResult(work: Promise<EnrolmentResultDto>, facts: TeacherFacts, locale: Locale): Promise<EnrolmentResultDto> {
    try {
      return await work;
    } catch (err) {
      if (!(err instanceof AppError) || !PER_TEACHER_REFUSALS.has(err.code)) throw err;
      const reasons = err.extra.reasons as string[] | undefined;
      const clashes = this.support.clashesOf(err);
      return {
        teacherId: facts.teacher.id,
        teacherName: facts.teacher.name,
        status: 'refused',
        enrolmentId: null,
        code: err.code,
        message: this.support.messageOf(err, locale),
        ...(reasons ? { reasons } : {}),
        ...(clashes ? { clashes } : {}),
      };
    }
  }

  /** The enrolment and its teacher, when the teacher's school is in the actor's scope for the permission (404 otherwise). */
  private async forSchool(actor: Actor, permission: string, enrolmentId: string): Promise<{ row: Enrolment; facts: TeacherFacts }> {
    const m = this.dataSource.manager;
    const row = await this.support.enrolment(m, enrolmentId);
    const facts = (await this.support.teacherFacts(m, [row.teacherId])).get(row.teacherId)!;
    if (!this.scope.coversPath(actor, permission, facts.schoolPath)) throw problems.notFound('enrolment');
    return { row, facts };
  }

  private async ownTeacher(m: EntityManager, actor: Actor): Promise<Teacher> {
    const rows = await m.find(Teacher, { where: { userId: actor.userId } });
    const teacher = rows.find((t) => t.archivedAt === null) ?? rows[0];
    if (!teacher) throw new AppError(422, 'training.enrolment.noTeacherRecord');
    return teacher;
  }

  private notPending(status: EnrolmentStatus, locale: Locale): AppError {
    return problems.conflict('training.enrolment.notPending', { status: statusWord(status, locale) }, { enrolmentStatus: status });
  }

  private async tellTeacher(m: EntityManager, facts: TeacherFacts, input: NotificationInput): Promise<void> {
    if (facts.teacher.userId) await this.notifications.notify(facts.teacher.userId, input, m);
  }

  /** The people who approve the teacher's request: holders of the approval permission whose organisation or region holds the school. */
  private async tellApprovers(m: EntityManager, session: TrainingSession, facts: TeacherFacts): Promise<void> {
    const roles = ROLE_CODES.filter((r) => r !== 'admin' && this.registry.rolePermissions(r).has(TRAINING_ENROL_APPROVE));
    if (roles.length === 0) return;
    const rows = await m
      .createQueryBuilder()
      .select('DISTINCT ra.user_id', 'userId')
      .from('platform_role_assignment', 'ra')
      .innerJoin('platform_user', 'u', "u.id = ra.user_id AND u.status = 'active'")
      .leftJoin(Organisation, 'o', "o.id = ra.organisation_id AND ra.scope_kind = 'organisation'")
      .leftJoin('platform_region', 'r', "r.id = ra.region_id AND ra.scope_kind = 'region'")
      .where('ra.role IN (:...roles)', { roles })
      .andWhere('(o.path = SUBSTR(:schoolPath, 1, LENGTH(o.path)) OR r.path = SUBSTR(:schoolPath, 1, LENGTH(r.path)))', { schoolPath: facts.schoolPath })
      .getRawMany<{ userId: string }>();
    const userIds = rows.map((r) => r.userId).filter((id) => id !== facts.teacher.userId);
    if (userIds.length === 0) return;
    await this.notifications.notify(
      userIds,
      {
        type: 'training.enrolmentRequested',
        title: { 'zh-CN': `待审核报名：${facts.teacher.name}（${session.title}）`, en: `Enrolment to approve: ${facts.teacher.name} (${session.title})` },
        body: {
          'zh-CN': `${facts.schoolName} ${facts.teacher.name} 申请参加 ${session.startsOn} 至 ${session.endsOn} 的培训，请审核。`,
          en: `${facts.teacher.name} of ${facts.schoolName} asks to attend the session of ${session.startsOn} to ${session.endsOn}; please approve or reject.`,
        },
        link: `/training/sessions/${session.id}/enrolments?status=pending`,
        data: { sessionId: session.id, teacherId: facts.teacher.id },
      },
      m,
    );
  }
}

function statusWord(status: EnrolmentStatus, locale: Locale): string {
  return ENROLMENT_STATUS_NAMES[status][locale];
}

/** What the audit log keeps of an enrolment (no personal numbers: ids only). */
function auditView(e: Partial<Enrolment>): Record<string, unknown> {
  return {
    sessionId: e.sessionId,
    teacherId: e.teacherId,
    status: e.status,
    source: e.source,
    waitlistSeq: e.waitlistSeq ?? null,
    reason: e.reason ?? null,
    decidedBy: e.decidedBy ?? null,
  };
}
