import { Inject, Injectable } from '@nestjs/common';
import { Brackets, DataSource, In, type EntityManager } from 'typeorm';
import { newId } from '@schoolbridge/shared';
import type { Actor } from '../../platform/access/actor.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { SIGNING_SECRET } from '../../platform/auth/auth.tokens.js';
import { Clock } from '../../platform/clock.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import { problems, type FieldError } from '../../platform/errors/problem.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { Teacher, TeacherSubject } from '../../directory/entities/teacher.entity.js';
import { applyNameSearch } from '../../directory/common/list-query.js';
import { prefixUpperBound } from '../../platform/access/scope.service.js';
import { bookTeacher } from '../common/bookings.js';
import { servedPrefix } from '../enrolment/enrolment-support.js';
import { Attendance } from '../entities/attendance.entity.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { TrainingProgramme } from '../entities/programme.entity.js';
import { TrainingSession, TrainingSessionSchool } from '../entities/session.entity.js';
import { TrainingSlot } from '../entities/timetable.entity.js';
import { TRAINING_ATTENDANCE_MARK, TRAINING_ATTENDANCE_RUN, TRAINING_READ } from '../permissions.js';
import { markAllowedOn } from '../rules/attendance.js';
import { CHECK_IN_WINDOW_SECONDS, checkInUrl, currentCheckInCode } from '../rules/check-in-code.js';
import { slotKey } from '../rules/timetable.js';
import type { AttendanceMark } from '../rules/vocab.js';
import { CompletionService } from './completion.service.js';
import type { AttendanceRowDto, CheckInCodeDto, ConfirmAttendanceDto, MarkAttendanceDto, MarkResultDto, SignInSheetDto, SlotAttendanceDto, WalkInCandidatePageDto, WalkInDto } from './dto/attendance.dto.js';
import { sessionRoster, subjectsOf, type RosterEntry } from './roster.js';
import { SessionAccess, assertOpenForAttendance, assertParticipantSlot, effectiveStatus, statusWord } from './session-access.js';
import './messages.js';

/**
 * Attendance of a session's participant slots (DOMAIN.md §4): the trainer's rotating code, the
 * slot's sheet, the trainer's confirmation and walk-ins, the coordinator's marks with a reason.
 * Writes that change marks take the session's lock first (see SessionAccess.lock), so a correction
 * on a completed session and its credit hand-off are one step.
 */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SessionAccess,
    private readonly completion: CompletionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(SIGNING_SECRET) private readonly secret: string,
  ) {}

  /**
   * The code the trainer shows for a participant slot, on the slot's day, while the session takes
   * attendance. Derived from the deployment's secret and the time window: nothing is stored, so
   * any API instance shows and accepts the same code.
   */
  async checkInCode(actor: Actor, sessionId: string, slotId: string, origin: string | null): Promise<CheckInCodeDto> {
    const m = this.dataSource.manager;
    const session = await this.access.find(m, actor, TRAINING_ATTENDANCE_RUN, sessionId);
    const slot = await this.access.slot(m, session, slotId);
    assertParticipantSlot(slot, actor.locale);
    const today = this.clock.today();
    assertOpenForAttendance(session, today, actor.locale);
    if (slot.date !== today) throw problems.conflict('training.attendance.notToday', { date: slot.date }, { date: slot.date, today });
    const key = slotKey(slot);
    const now = this.clock.now();
    const current = currentCheckInCode(this.secret, session.id, key, now.getTime(), CHECK_IN_WINDOW_SECONDS);
    return {
      sessionId: session.id,
      slotId: slot.id,
      slotKey: key,
      code: current.code,
      url: origin ? checkInUrl(origin, session.id, key, current.code) : `/check-in?${new URLSearchParams({ session: session.id, slot: key, code: current.code }).toString()}`,
      windowSeconds: CHECK_IN_WINDOW_SECONDS,
      rotatesAt: new Date(current.rotatesAtMs).toISOString(),
    };
  }

  /** A slot's sheet: every enrolled teacher (walk-ins flagged) with their record, or none yet. */
  async slotAttendance(actor: Actor, sessionId: string, slotId: string): Promise<SlotAttendanceDto> {
    const m = this.dataSource.manager;
    const session = await this.access.find(m, actor, [TRAINING_ATTENDANCE_RUN, TRAINING_ATTENDANCE_MARK], sessionId);
    const slot = await this.access.slot(m, session, slotId);
    return this.sheet(m, session, slot);
  }

  /**
   * The trainer confirms the slot's records. Teachers named without a record are marked present
   * (the trainer saw them); a record that appears meanwhile (the teacher's own check-in) is kept
   * and confirmed instead, through INSERT … ON CONFLICT DO NOTHING on the (slot, teacher) index.
   */
  async confirm(actor: Actor, sessionId: string, slotId: string, dto: ConfirmAttendanceDto): Promise<SlotAttendanceDto> {
    return this.dataSource.transaction(async (m) => {
      const visible = await this.access.find(m, actor, TRAINING_ATTENDANCE_RUN, sessionId);
      const session = await this.access.lock(m, visible.id);
      const slot = await this.access.slot(m, session, slotId);
      assertParticipantSlot(slot, actor.locale);
      const today = this.clock.today();
      assertOpenForAttendance(session, today, actor.locale);
      if (!markAllowedOn('present', slot.date, today)) throw problems.conflict('training.attendance.slotInFuture', { date: slot.date }, { date: slot.date });
      const requested = dto.teacherIds ? [...new Set(dto.teacherIds)] : undefined;
      const roster = await sessionRoster(m, session.id, requested);
      if (requested) {
        const enrolled = new Set(roster.map((r) => r.teacher.id));
        const errors: FieldError[] = dto.teacherIds!.flatMap((id, i) => (enrolled.has(id) ? [] : [{ field: `teacherIds[${i}]`, code: 'training.attendance.notEnrolled' }]));
        if (errors.length > 0) throw problems.validation(errors);
      }
      const existing = await m.find(Attendance, { where: { slotId: slot.id } });
      const recorded = new Set(existing.map((a) => a.teacherId));
      const targets = requested ?? existing.map((a) => a.teacherId);
      const now = this.clock.now();
      const added = requested ? roster.filter((r) => !recorded.has(r.teacher.id)) : [];
      if (added.length > 0) {
        await m
          .createQueryBuilder()
          .insert()
          .into(Attendance)
          .values(added.map((r) => this.newRecord(m, session, slot, r.enrolment, 'present', 'trainer', actor.userId, now, null)))
          .orIgnore()
          .execute();
      }
      const toConfirm = targets.length ? await m.find(Attendance, { where: { slotId: slot.id, teacherId: In(targets) } }) : [];
      const confirmed = toConfirm.filter((a) => a.confirmedBy === null).map((a) => a.id);
      if (confirmed.length > 0) {
        await m
          .createQueryBuilder()
          .update(Attendance)
          .set({ confirmedBy: actor.userId, confirmedAt: now, version: () => 'version + 1' } as never)
          .where({ id: In(confirmed) })
          .andWhere('confirmed_by IS NULL')
          .execute();
      }
      await this.audit.record(
        {
          action: 'training.attendance.confirmed',
          entityType: 'training.slot',
          entityId: slot.id,
          after: { sessionId: session.id, slotKey: slotKey(slot), confirmed: toConfirm.filter((a) => confirmed.includes(a.id)).map((a) => a.teacherId), markedPresent: added.map((r) => r.teacher.id) },
          scopePath: await this.access.venuePath(m, session),
        },
        m,
      );
      return this.sheet(m, session, slot);
    });
  }

  /**
   * A teacher of the directory who joins on the day (现场加入): an enrolment with source walkIn that
   * takes no seat (seatsTaken is left alone), present in the slot, booked from that slot on so they
   * are not double-booked elsewhere. A teacher waiting or withdrawn keeps their one enrolment row,
   * which becomes the walk-in.
   */
  async walkIn(actor: Actor, sessionId: string, dto: WalkInDto): Promise<SlotAttendanceDto> {
    return this.dataSource.transaction(async (m) => {
      const visible = await this.access.find(m, actor, TRAINING_ATTENDANCE_RUN, sessionId);
      const session = await this.access.lock(m, visible.id);
      const slot = await this.access.slot(m, session, dto.slotId);
      assertParticipantSlot(slot, actor.locale);
      const today = this.clock.today();
      assertOpenForAttendance(session, today, actor.locale);
      if (!markAllowedOn('present', slot.date, today)) throw problems.conflict('training.attendance.slotInFuture', { date: slot.date }, { date: slot.date });
      const teacher = await m.findOneBy(Teacher, { id: dto.teacherId });
      // a walk-in is a nearby teacher, not a teacher of anywhere: one the session is open to is found, any other is not
      if (!teacher || !(await this.openTo(m, session, teacher))) throw problems.field('teacherId', 'training.attendance.teacherNotFound');
      if (teacher.archivedAt || teacher.status !== 'active') throw problems.conflict('training.walkIn.teacherInactive', { name: teacher.name });
      const now = this.clock.now();
      const previous = await m.findOneBy(Enrolment, { sessionId: session.id, teacherId: teacher.id });
      if (previous?.status === 'enrolled') throw problems.conflict('training.walkIn.alreadyEnrolled', { name: teacher.name }, { enrolmentId: previous.id });
      let enrolment: Enrolment;
      if (previous) {
        await m.update(Enrolment, { id: previous.id }, { status: 'enrolled', source: 'walkIn', waitlistSeq: null, requestedBy: actor.userId, enrolledAt: now, withdrawnAt: null, updatedAt: now, version: () => 'version + 1' } as never);
        enrolment = await m.findOneByOrFail(Enrolment, { id: previous.id });
      } else {
        enrolment = m.create(Enrolment, {
          id: newId(),
          sessionId: session.id,
          teacherId: teacher.id,
          status: 'enrolled',
          source: 'walkIn',
          waitlistSeq: null,
          requestedBy: actor.userId,
          decidedBy: null,
          decidedAt: null,
          reason: null,
          enrolledAt: now,
          withdrawnAt: null,
          creditAwarded: false,
          createdAt: now,
          updatedAt: now,
          version: 1,
        });
        try {
          await m.insert(Enrolment, enrolment);
        } catch (err) {
          if (isUniqueViolation(err)) throw problems.conflict('training.walkIn.alreadyEnrolled', { name: teacher.name });
          throw err;
        }
      }
      const later = (await this.access.participantSlots(m, session.id)).filter((s) => s.date > slot.date || (s.date === slot.date && s.half >= slot.half));
      await bookTeacher(m, session.id, teacher.id, later.map((s) => ({ date: s.date, half: s.half })), actor.locale);
      const record = this.newRecord(m, session, slot, enrolment, 'present', 'walkIn', actor.userId, now, null);
      // A record of an earlier enrolment in this slot (a coordinator's mark before a withdrawal) stays as it was.
      await m.createQueryBuilder().insert().into(Attendance).values(record).orIgnore().execute();
      await this.audit.record(
        {
          action: 'training.attendance.walkIn',
          entityType: 'training.enrolment',
          entityId: enrolment.id,
          before: previous ? { status: previous.status, source: previous.source, waitlistSeq: previous.waitlistSeq } : null,
          after: { sessionId: session.id, teacherId: teacher.id, status: 'enrolled', source: 'walkIn', slotKey: slotKey(slot), attendanceId: record.id, mark: 'present' },
          scopePath: await this.access.venuePath(m, session),
        },
        m,
      );
      return this.sheet(m, session, slot);
    });
  }

  /**
   * A coordinator's mark or correction, with a reason (upsert: a new record, or the edit of the
   * one there with its version). On a completed session the teacher's completion is recomputed in
   * the same transaction: an award or a reversal goes to the credit outbox when it changes.
   */
  async mark(actor: Actor, sessionId: string, slotId: string, teacherId: string, dto: MarkAttendanceDto): Promise<MarkResultDto> {
    return this.dataSource.transaction(async (m) => {
      const visible = await this.access.find(m, actor, TRAINING_ATTENDANCE_MARK, sessionId);
      const session = await this.access.lock(m, visible.id);
      const slot = await this.access.slot(m, session, slotId);
      assertParticipantSlot(slot, actor.locale);
      const today = this.clock.today();
      const status = effectiveStatus(session, today);
      if (status === 'draft' || status === 'cancelled') throw problems.conflict('training.attendance.sessionNotOpen', { status: statusWord(status, actor.locale) }, { sessionStatus: status });
      if (!markAllowedOn(dto.mark, slot.date, today)) throw problems.field('mark', 'training.attendance.slotInFuture', { date: slot.date });
      const enrolment = await m.findOneBy(Enrolment, { sessionId: session.id, teacherId, status: 'enrolled' });
      if (!enrolment) throw problems.notFound('enrolment');
      const now = this.clock.now();
      const before = await m.findOneBy(Attendance, { slotId: slot.id, teacherId });
      const changes = { mark: dto.mark, source: 'coordinator' as const, reason: dto.reason, recordedBy: actor.userId, recordedAt: now, confirmedBy: actor.userId, confirmedAt: now };
      let after: Attendance;
      if (before) {
        if (dto.version === undefined) throw problems.field('version', 'validation.required');
        after = await updateVersioned(m, Attendance, before.id, dto.version, changes, 'attendance');
      } else {
        after = this.newRecord(m, session, slot, enrolment, dto.mark, 'coordinator', actor.userId, now, dto.reason);
        try {
          await m.insert(Attendance, after);
        } catch (err) {
          // Someone recorded this slot for the teacher meanwhile (a check-in): reload and correct that one.
          if (isUniqueViolation(err)) throw problems.staleVersion(1);
          throw err;
        }
      }
      const recomputed = session.status === 'completed' ? await this.completion.recomputeTeacher(m, session, enrolment.id) : null;
      await this.audit.record(
        {
          action: before ? 'training.attendance.corrected' : 'training.attendance.marked',
          entityType: 'training.attendance',
          entityId: after.id,
          before: before ? this.auditView(before) : null,
          after: { ...this.auditView(after), ...(recomputed ? { completed: recomputed.completion.completed, creditHandOff: recomputed.handOff } : {}) },
          scopePath: await this.access.venuePath(m, session),
        },
        m,
      );
      const [entry] = await sessionRoster(m, session.id, [teacherId]);
      return { attendance: this.row(entry!, after), completion: recomputed?.completion ?? null };
    });
  }

  /** The printable sign-in sheet's data (签到表): the rows of every participant slot. */
  async signInSheet(actor: Actor, sessionId: string): Promise<SignInSheetDto> {
    const m = this.dataSource.manager;
    const session = await this.access.find(m, actor, TRAINING_READ, sessionId, { own: false });
    const programme = await m.findOneBy(TrainingProgramme, { id: session.programmeId });
    const venue = await m.findOneBy(Organisation, { id: session.venueOrganisationId });
    const dates = [...new Set((await m.find(TrainingSlot, { where: { sessionId: session.id }, select: { id: true, date: true } })).map((s) => s.date))].sort();
    const roster = await sessionRoster(m, session.id);
    const subjects = await subjectsOf(m, roster.map((r) => r.teacher.id));
    const rows = roster.map((r, i) => ({ no: i + 1, teacherId: r.teacher.id, name: r.teacher.name, schoolName: r.schoolName, subjects: subjects.get(r.teacher.id) ?? [], walkIn: r.walkIn }));
    const slots = await this.access.participantSlots(m, session.id);
    return {
      sessionId: session.id,
      title: session.title,
      programmeName: programme?.name ?? '',
      venueName: venue?.name ?? '',
      startsOn: session.startsOn,
      endsOn: session.endsOn,
      dates,
      creditHours: session.creditHours,
      slots: slots.map((s) => ({ slotId: s.id, slotKey: slotKey(s), date: s.date, half: s.half, startsAt: s.startsAt, endsAt: s.endsAt, rows })),
    };
  }

  /**
   * Whether a teacher's school is one the session is open to: a school it lists, or a school of the
   * area its programme's owner serves (the county of a county centre), as enrolment reads it.
   */
  /**
   * The trainer's walk-in picker: active teachers the session is open to (its listed schools, or
   * the area its programme's owner serves) who are not enrolled yet, found by name or pinyin. An
   * expert trainer has no directory scope of their own, so the picker cannot use the directory.
   */
  async walkInCandidates(actor: Actor, sessionId: string, q: string): Promise<WalkInCandidatePageDto> {
    const m = this.dataSource.manager;
    const session = await this.access.find(m, actor, TRAINING_ATTENDANCE_RUN, sessionId);
    const owner = await m
      .createQueryBuilder(Organisation, 'o')
      .innerJoin(TrainingProgramme, 'p', 'p.owner_organisation_id = o.id')
      .where('p.id = :programmeId', { programmeId: session.programmeId })
      .select(['o.id', 'o.path'])
      .getOneOrFail();
    const served = servedPrefix(owner.path);
    const qb = m
      .getRepository(Teacher)
      .createQueryBuilder('t')
      .innerJoin(Organisation, 'school', 'school.id = t.school_id')
      .where("t.archived_at IS NULL AND t.status = 'active'")
      .andWhere(
        new Brackets((w) => {
          w.where('EXISTS (SELECT 1 FROM training_session_school ss WHERE ss.session_id = :sessionId AND ss.organisation_id = t.school_id)', { sessionId: session.id });
          w.orWhere('(school.path >= :servedLo AND school.path < :servedHi)', { servedLo: served, servedHi: prefixUpperBound(served) });
        }),
      )
      .andWhere("NOT EXISTS (SELECT 1 FROM training_enrolment ce WHERE ce.session_id = :sessionId AND ce.teacher_id = t.id AND ce.status = 'enrolled')", { sessionId: session.id });
    applyNameSearch(qb, q, { name: 't.name', pinyin: 't.name_pinyin', initials: 't.name_initials' });
    const [rows, total] = await qb.orderBy('t.name_pinyin', 'ASC').addOrderBy('t.id', 'ASC').take(20).getManyAndCount();
    const schools = rows.length ? await m.find(Organisation, { where: { id: In([...new Set(rows.map((r) => r.schoolId))]) }, select: { id: true, name: true } }) : [];
    const names = new Map(schools.map((o) => [o.id, o.name]));
    const subjects = rows.length ? await m.find(TeacherSubject, { where: { teacherId: In(rows.map((r) => r.id)) } }) : [];
    return {
      items: rows.map((t) => ({ id: t.id, name: t.name, schoolId: t.schoolId, schoolName: names.get(t.schoolId) ?? '', subjects: subjects.filter((x) => x.teacherId === t.id).map((x) => x.subject) })),
      total,
      page: 1,
      pageSize: 20,
    };
  }

  private async openTo(m: EntityManager, session: TrainingSession, teacher: Teacher): Promise<boolean> {
    if (await m.existsBy(TrainingSessionSchool, { sessionId: session.id, organisationId: teacher.schoolId })) return true;
    const school = await m.findOne(Organisation, { where: { id: teacher.schoolId }, select: { id: true, path: true } });
    const owner = await m
      .createQueryBuilder(Organisation, 'o')
      .innerJoin(TrainingProgramme, 'p', 'p.owner_organisation_id = o.id')
      .where('p.id = :programmeId', { programmeId: session.programmeId })
      .select(['o.id', 'o.path'])
      .getOne();
    return !!school && !!owner && school.path.startsWith(servedPrefix(owner.path));
  }

  private newRecord(
    m: EntityManager,
    session: TrainingSession,
    slot: TrainingSlot,
    enrolment: Enrolment,
    mark: AttendanceMark,
    source: Attendance['source'],
    by: string,
    at: Date,
    reason: string | null,
  ): Attendance {
    // A trainer's, coordinator's or walk-in record is confirmed by whoever made it; a check-in waits for the trainer.
    return m.create(Attendance, {
      id: newId(),
      sessionId: session.id,
      slotId: slot.id,
      enrolmentId: enrolment.id,
      teacherId: enrolment.teacherId,
      mark,
      source,
      reason,
      recordedBy: by,
      recordedAt: at,
      confirmedBy: by,
      confirmedAt: at,
      version: 1,
    });
  }

  private auditView(a: Attendance): Record<string, unknown> {
    return { teacherId: a.teacherId, slotId: a.slotId, mark: a.mark, source: a.source, reason: a.reason, recordedAt: a.recordedAt, confirmedBy: a.confirmedBy, version: a.version };
  }

  private async sheet(m: EntityManager, session: TrainingSession, slot: TrainingSlot): Promise<SlotAttendanceDto> {
    const roster = await sessionRoster(m, session.id);
    const records = new Map((await m.find(Attendance, { where: { slotId: slot.id } })).map((a) => [a.teacherId, a]));
    const items = roster.map((entry) => this.row(entry, records.get(entry.teacher.id) ?? null));
    const count = (mark: AttendanceMark) => items.filter((i) => i.mark === mark).length;
    return {
      sessionId: session.id,
      slotId: slot.id,
      slotKey: slotKey(slot),
      date: slot.date,
      half: slot.half,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      items,
      counts: {
        teachers: items.length,
        walkIns: items.filter((i) => i.walkIn).length,
        present: count('present'),
        late: count('late'),
        absent: count('absent'),
        excused: count('excused'),
        unmarked: items.filter((i) => i.mark === null).length,
        confirmed: items.filter((i) => i.confirmed).length,
      },
    };
  }

  private row(entry: RosterEntry, a: Attendance | null): AttendanceRowDto {
    return {
      teacherId: entry.teacher.id,
      name: entry.teacher.name,
      schoolId: entry.teacher.schoolId,
      schoolName: entry.schoolName,
      enrolmentId: entry.enrolment.id,
      walkIn: entry.walkIn,
      attendanceId: a?.id ?? null,
      mark: a?.mark ?? null,
      source: a?.source ?? null,
      reason: a?.reason ?? null,
      recordedAt: a ? a.recordedAt.toISOString() : null,
      confirmed: !!a?.confirmedBy,
      confirmedAt: a?.confirmedAt ? a.confirmedAt.toISOString() : null,
      version: a?.version ?? null,
    };
  }
}
