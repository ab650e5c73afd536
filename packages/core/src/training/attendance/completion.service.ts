import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { newId, type Locale } from '@schoolbridge/shared';
import type { Actor } from '../../platform/access/actor.js';
import { ScopeService } from '../../platform/access/scope.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { Clock } from '../../platform/clock.js';
import { problems } from '../../platform/errors/problem.js';
import type { PageRequest } from '../../platform/http/paging.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { Teacher } from '../../directory/entities/teacher.entity.js';
import { joinSessionParties, sessionScope } from '../common/scope.js';
import { Attendance, CreditOutbox } from '../entities/attendance.entity.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { TrainingSession } from '../entities/session.entity.js';
import { TRAINING_MANAGE, TRAINING_READ } from '../permissions.js';
import { completionOf, creditHandOff, type Completion } from '../rules/completion.js';
import { TrainingRuleError } from '../rules/errors.js';
import { assertTransition, type AttendanceMark, type SessionStatus } from '../rules/vocab.js';
import type { TeacherCompletionDto } from './dto/attendance.dto.js';
import type { CompletionRunDto, CreditOutboxPageDto, CreditOutboxQueryDto, SessionCompletionDto } from './dto/completion.dto.js';
import { sessionRoster, type RosterEntry } from './roster.js';
import { SessionAccess, effectiveStatus, statusWord } from './session-access.js';
import './messages.js';

/** What one recompute did for a teacher in the credit outbox. */
export type HandOffDone = 'award' | 'reversal' | 'none';

type OutboxFilters = Omit<CreditOutboxQueryDto, 'page' | 'pageSize'>;

/**
 * Completion of a session (DOMAIN.md §4) and the exactly-once hand-off of credit hours to the
 * credits module through the outbox (§5). The enrolment's `creditAwarded` flag says whether an
 * award stands unreversed; it is flipped only by a conditional UPDATE (false → true, true → false)
 * and an outbox row is written only when that UPDATE changed a row, in the same transaction. So
 * re-running completion never awards twice, whatever runs at the same time; on PostgreSQL the
 * session's row lock also makes completions and corrections of one session take turns, so each
 * reads the marks the previous one left.
 */
@Injectable()
export class CompletionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SessionAccess,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Completes a running session (or a published one whose last day has passed) and hands off the credits. */
  async complete(actor: Actor, id: string): Promise<CompletionRunDto> {
    return this.dataSource.transaction(async (m) => {
      await this.access.find(m, actor, TRAINING_MANAGE, id, { own: false });
      const session = await this.access.lock(m, id);
      const today = this.clock.today();
      const shown = effectiveStatus(session, today);
      // A published session whose days are over has run: nothing flipped it, since the status is derived on read.
      const from: SessionStatus = shown === 'published' && session.endsOn < today ? 'running' : shown;
      this.assertTransition(id, from, 'completed', actor.locale);
      const now = this.clock.now();
      await m.update(TrainingSession, { id }, { status: 'completed', updatedAt: now, version: () => 'version + 1' } as never);
      const completed = { ...session, status: 'completed' as const };
      const run = await this.recomputeSession(m, completed);
      await this.audit.record(
        {
          action: 'training.session.completed',
          entityType: 'training.session',
          entityId: id,
          before: { status: session.status },
          after: { status: 'completed', completed: run.counts.completed, awards: run.handedOff.awards, reversals: run.handedOff.reversals },
          scopePath: await this.access.venuePath(m, session),
        },
        m,
      );
      return run;
    });
  }

  /** Computes every teacher's completion of a completed session again and hands off the differences (idempotent). */
  async recompute(actor: Actor, id: string): Promise<CompletionRunDto> {
    return this.dataSource.transaction(async (m) => {
      await this.access.find(m, actor, TRAINING_MANAGE, id, { own: false });
      const session = await this.access.lock(m, id);
      if (session.status !== 'completed') {
        const shown = effectiveStatus(session, this.clock.today());
        throw problems.conflict('training.completion.notCompleted', { status: statusWord(shown, actor.locale) }, { sessionStatus: shown });
      }
      const run = await this.recomputeSession(m, session);
      await this.audit.record(
        {
          action: 'training.completion.recomputed',
          entityType: 'training.session',
          entityId: id,
          after: { completed: run.counts.completed, awards: run.handedOff.awards, reversals: run.handedOff.reversals },
          scopePath: await this.access.venuePath(m, session),
        },
        m,
      );
      return run;
    });
  }

  /**
   * Each enrolled teacher's completion. Whoever reaches the session through its parties or team sees
   * everyone; a teacher who reaches it through their own enrolment sees their own line.
   */
  async get(actor: Actor, id: string): Promise<SessionCompletionDto> {
    const m = this.dataSource.manager;
    const session = await this.access.find(m, actor, TRAINING_READ, id);
    const all = await this.access.seesAll(m, actor, TRAINING_READ, id);
    let onlyTeacherIds: string[] | undefined;
    if (!all) onlyTeacherIds = (await m.find(Teacher, { where: { userId: actor.userId }, select: { id: true } })).map((t) => t.id);
    const roster = await sessionRoster(m, session.id, onlyTeacherIds);
    return this.summary(m, session, roster, this.clock.today());
  }

  /**
   * One teacher's completion recomputed inside the caller's transaction (an attendance correction
   * on a completed session), with its hand-off. The caller holds the session's lock.
   */
  async recomputeTeacher(m: EntityManager, session: TrainingSession, enrolmentId: string): Promise<{ completion: TeacherCompletionDto; handOff: HandOffDone }> {
    const enrolment = await m.findOneByOrFail(Enrolment, { id: enrolmentId });
    const [entry] = await sessionRoster(m, session.id, [enrolment.teacherId]);
    if (!entry) throw problems.notFound('enrolment');
    const slotIds = (await this.access.participantSlots(m, session.id)).map((s) => s.id);
    const marks = await this.marksBy(m, session.id, slotIds, [entry.teacher.id]);
    const completion = completionOf(marks.get(entry.teacher.id) ?? [], slotIds.length, session.completionThreshold);
    const handOff = await this.handOff(m, session, entry.enrolment, completion.completed);
    const creditAwarded = handOff === 'award' ? true : handOff === 'reversal' ? false : entry.enrolment.creditAwarded;
    return { completion: this.line(entry, completion, creditAwarded), handOff };
  }

  /** The credit outbox for the administrator: read-only, newest first, in the caller's scope. */
  async outbox(actor: Actor, f: OutboxFilters, page: PageRequest): Promise<CreditOutboxPageDto> {
    const qb = joinSessionParties(this.dataSource.manager.getRepository(CreditOutbox).createQueryBuilder('o').innerJoin(TrainingSession, 's', 's.id = o.sessionId'), 's').andWhere(
      this.scope.where(actor, TRAINING_MANAGE, sessionScope('s')),
    );
    if (f.sessionId) qb.andWhere('o.sessionId = :sessionId', { sessionId: f.sessionId });
    if (f.teacherId) qb.andWhere('o.teacherId = :teacherId', { teacherId: f.teacherId });
    if (f.kind) qb.andWhere('o.kind = :kind', { kind: f.kind });
    qb.orderBy('o.createdAt', 'DESC').addOrderBy('o.id', 'DESC');
    const [rows, total] = await qb.skip(page.skip).take(page.pageSize).getManyAndCount();
    const m = this.dataSource.manager;
    const sessions = rows.length ? new Map((await m.find(TrainingSession, { where: { id: In([...new Set(rows.map((r) => r.sessionId))]) }, select: { id: true, title: true } })).map((s) => [s.id, s.title])) : new Map<string, string>();
    const teachers = rows.length ? new Map((await m.findBy(Teacher, { id: In([...new Set(rows.map((r) => r.teacherId))]) })).map((t) => [t.id, t])) : new Map<string, Teacher>();
    const schoolIds = [...new Set([...teachers.values()].map((t) => t.schoolId))];
    const schools = schoolIds.length ? new Map((await m.find(Organisation, { where: { id: In(schoolIds) }, select: { id: true, name: true } })).map((o) => [o.id, o.name])) : new Map<string, string>();
    return {
      items: rows.map((r) => {
        const teacher = teachers.get(r.teacherId);
        return {
          id: r.id,
          kind: r.kind,
          hours: r.hours,
          sessionId: r.sessionId,
          sessionTitle: sessions.get(r.sessionId) ?? '',
          teacherId: r.teacherId,
          teacherName: teacher?.name ?? '',
          schoolName: teacher ? (schools.get(teacher.schoolId) ?? '') : '',
          enrolmentId: r.enrolmentId,
          reversesId: r.reversesId,
          createdAt: r.createdAt.toISOString(),
          consumedAt: r.consumedAt ? r.consumedAt.toISOString() : null,
        };
      }),
      total,
      page: page.page,
      pageSize: page.pageSize,
    };
  }

  /** The sessions part's refusal, in the same words: the allowed statuses named in the caller's language. */
  private assertTransition(sessionId: string, from: SessionStatus, to: SessionStatus, locale: Locale): void {
    try {
      assertTransition(from, to);
    } catch (err) {
      if (!(err instanceof TrainingRuleError)) throw err;
      const allowed = (err.params.allowed as SessionStatus[] | undefined) ?? [];
      const zh = locale === 'zh-CN';
      const allowedText = allowed.length
        ? (zh ? '可改为：' : 'it can become: ') + allowed.map((s) => statusWord(s, locale)).join(zh ? '、' : ', ')
        : zh
          ? '该状态不能再改变'
          : 'this status is final';
      throw problems.conflict(err.code, { from: statusWord(from, locale), to: statusWord(to, locale), allowedText }, { from, to, allowed, sessionId });
    }
  }

  private async recomputeSession(m: EntityManager, session: TrainingSession): Promise<CompletionRunDto> {
    const roster = await sessionRoster(m, session.id);
    const slotIds = (await this.access.participantSlots(m, session.id)).map((s) => s.id);
    const marks = await this.marksBy(m, session.id, slotIds, roster.map((r) => r.teacher.id));
    const handedOff = { awards: 0, reversals: 0 };
    for (const entry of roster) {
      const completion = completionOf(marks.get(entry.teacher.id) ?? [], slotIds.length, session.completionThreshold);
      const done = await this.handOff(m, session, entry.enrolment, completion.completed);
      if (done === 'award') {
        handedOff.awards++;
        entry.enrolment.creditAwarded = true;
      } else if (done === 'reversal') {
        handedOff.reversals++;
        entry.enrolment.creditAwarded = false;
      }
    }
    return { ...(await this.summary(m, session, roster, this.clock.today(), marks, slotIds.length)), handedOff };
  }

  /**
   * Writes what the outbox needs for one teacher: an award when they complete and none stands, the
   * reversal of the standing award when they no longer complete. The flag is flipped by a
   * conditional UPDATE and the row is written only when it changed a row, so a concurrent run that
   * got there first makes this one a no-op.
   */
  private async handOff(m: EntityManager, session: TrainingSession, enrolment: Enrolment, completed: boolean): Promise<HandOffDone> {
    const decision = creditHandOff({ awarded: enrolment.creditAwarded }, completed);
    if (decision === 'none') return 'none';
    const award = decision === 'award';
    const now = this.clock.now();
    const flipped = await m
      .createQueryBuilder()
      .update(Enrolment)
      .set({ creditAwarded: award, updatedAt: now })
      .where({ id: enrolment.id, creditAwarded: !award })
      .execute();
    if (!flipped.affected) return 'none';
    if (award) {
      await m.insert(
        CreditOutbox,
        m.create(CreditOutbox, { id: newId(), sessionId: session.id, teacherId: enrolment.teacherId, enrolmentId: enrolment.id, kind: 'award', hours: session.creditHours, reversesId: null, createdAt: now, consumedAt: null }),
      );
      return 'award';
    }
    const standing = await m
      .getRepository(CreditOutbox)
      .createQueryBuilder('a')
      .where('a.sessionId = :sessionId AND a.teacherId = :teacherId AND a.kind = :award', { sessionId: session.id, teacherId: enrolment.teacherId, award: 'award' })
      .andWhere('NOT EXISTS (SELECT 1 FROM training_credit_outbox r WHERE r.reverses_id = a.id)')
      .orderBy('a.createdAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .getOne();
    // The flag said an award stands: one without its outbox row is broken data, never silently passed on.
    if (!standing) throw new Error(`enrolment ${enrolment.id} is marked as credited but no unreversed award is in the outbox`);
    await m.insert(
      CreditOutbox,
      m.create(CreditOutbox, { id: newId(), sessionId: session.id, teacherId: enrolment.teacherId, enrolmentId: enrolment.id, kind: 'reversal', hours: -standing.hours, reversesId: standing.id, createdAt: now, consumedAt: null }),
    );
    return 'reversal';
  }

  /** The marks of participant slots, per teacher. */
  private async marksBy(m: EntityManager, sessionId: string, slotIds: string[], teacherIds: string[]): Promise<Map<string, AttendanceMark[]>> {
    const out = new Map<string, AttendanceMark[]>();
    if (slotIds.length === 0 || teacherIds.length === 0) return out;
    const rows = await m.find(Attendance, { where: { sessionId, slotId: In(slotIds), teacherId: In(teacherIds) }, select: { id: true, teacherId: true, mark: true } });
    for (const r of rows) out.set(r.teacherId, [...(out.get(r.teacherId) ?? []), r.mark]);
    return out;
  }

  private line(entry: RosterEntry, c: Completion, creditAwarded: boolean): TeacherCompletionDto {
    return {
      teacherId: entry.teacher.id,
      name: entry.teacher.name,
      schoolId: entry.teacher.schoolId,
      schoolName: entry.schoolName,
      enrolmentId: entry.enrolment.id,
      walkIn: entry.walkIn,
      attended: c.attended,
      excused: c.excused,
      absent: c.absent,
      slotCount: c.slotCount,
      requiredSlots: c.requiredSlots,
      completed: c.completed,
      creditAwarded,
    };
  }

  private async summary(m: EntityManager, session: TrainingSession, roster: RosterEntry[], today: string, marks?: Map<string, AttendanceMark[]>, slotCount?: number): Promise<SessionCompletionDto> {
    let count = slotCount;
    let byTeacher = marks;
    if (count === undefined || byTeacher === undefined) {
      const slotIds = (await this.access.participantSlots(m, session.id)).map((s) => s.id);
      count = slotIds.length;
      byTeacher = await this.marksBy(m, session.id, slotIds, roster.map((r) => r.teacher.id));
    }
    const items = roster.map((entry) => this.line(entry, completionOf(byTeacher.get(entry.teacher.id) ?? [], count, session.completionThreshold), entry.enrolment.creditAwarded));
    return {
      sessionId: session.id,
      status: effectiveStatus(session, today),
      slotCount: count,
      completionThreshold: session.completionThreshold,
      requiredSlots: completionOf([], count, session.completionThreshold).requiredSlots,
      creditHours: session.creditHours,
      items,
      counts: { teachers: items.length, completed: items.filter((i) => i.completed).length, creditAwarded: items.filter((i) => i.creditAwarded).length },
    };
  }
}
