import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { newId, type Locale } from '@schoolbridge/shared';
import type { Actor } from '../../platform/access/actor.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { SIGNING_SECRET } from '../../platform/auth/auth.tokens.js';
import { RateLimiter } from '../../platform/auth/rate-limiter.service.js';
import { Clock } from '../../platform/clock.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { AppError, problems } from '../../platform/errors/problem.js';
import { Teacher } from '../../directory/entities/teacher.entity.js';
import { Attendance } from '../entities/attendance.entity.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { TrainingSlot } from '../entities/timetable.entity.js';
import { TRAINING_CHECK_IN } from '../permissions.js';
import { checkInMark, wallClock } from '../rules/attendance.js';
import { verifyCheckInCode } from '../rules/check-in-code.js';
import { parseSlotKey, slotKey } from '../rules/timetable.js';
import { ATTENDANCE_MARK_NAMES, ENROLMENT_STATUS_NAMES } from '../rules/vocab.js';
import type { CheckInDto, CheckInResultDto } from './dto/attendance.dto.js';
import { SessionAccess, assertOpenForAttendance, assertParticipantSlot } from './session-access.js';
import './messages.js';

/** Check-in attempts a teacher may make per session and minute. */
export const CHECK_IN_ATTEMPTS_PER_MINUTE = 10;

/**
 * A teacher checks themselves in with the code the trainer shows (DOMAIN.md §4). The code is
 * verified against the deployment's secret and the clock (this window or the one before), so any
 * API instance accepts it; once per teacher and slot is the unique index on (slot, teacher).
 */
@Injectable()
export class CheckInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SessionAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly rateLimiter: RateLimiter,
    @Inject(SIGNING_SECRET) private readonly secret: string,
  ) {}

  async checkIn(actor: Actor, dto: CheckInDto): Promise<CheckInResultDto> {
    if (!dto.slot && !dto.slotId) throw problems.field('slot', 'training.checkIn.slotRequired');
    const m = this.dataSource.manager;
    const teacher = await m.findOneBy(Teacher, { userId: actor.userId });
    if (!teacher) throw new AppError(422, 'training.checkIn.noTeacherRecord');
    const session = await this.access.find(m, actor, TRAINING_CHECK_IN, dto.sessionId);
    const slot = await this.findSlot(session.id, dto);
    assertParticipantSlot(slot, actor.locale);
    const now = this.clock.now();
    assertOpenForAttendance(session, this.clock.today(), actor.locale);
    const enrolment = await m.findOneBy(Enrolment, { sessionId: session.id, teacherId: teacher.id });
    if (enrolment?.status !== 'enrolled') throw notEnrolled(enrolment, actor.locale);
    const key = slotKey(slot);
    // A code is 6 digits: attempts are counted before the code is looked at, so guessing through
    // the million codes of a window is out of reach while a teacher who mistypes twice is not held up.
    const attempts = await this.rateLimiter.hit(`checkIn:${teacher.id}:${session.id}`, CHECK_IN_ATTEMPTS_PER_MINUTE, 60);
    if (!attempts.allowed) throw new AppError(429, 'training.checkIn.rateLimited', { seconds: attempts.retryAfterSeconds }, [], { retryAfterSeconds: attempts.retryAfterSeconds });
    const verdict = verifyCheckInCode(this.secret, session.id, key, dto.code, now.getTime());
    if (!verdict.ok) throw new AppError(422, verdict.reason, {}, [{ field: 'code', code: verdict.reason }]);
    const record = m.create(Attendance, {
      id: newId(),
      sessionId: session.id,
      slotId: slot.id,
      enrolmentId: enrolment.id,
      teacherId: teacher.id,
      mark: checkInMark(slot, now, this.clock.timeZone),
      source: 'code',
      reason: null,
      recordedBy: actor.userId,
      recordedAt: now,
      confirmedBy: null,
      confirmedAt: null,
      version: 1,
    });
    try {
      await this.dataSource.transaction(async (tx) => {
        // Under the session's lock (shared: check-ins do not wait for each other) the checks above are
        // made again as things now stand: a completion, withdrawal or timetable edit that held the lock
        // meanwhile is seen, so no mark lands after the credits were handed off or on a withdrawn teacher.
        const current = await this.access.lock(tx, session.id, 'pessimistic_read');
        assertOpenForAttendance(current, this.clock.today(), actor.locale);
        const still = await tx.findOneBy(Enrolment, { id: enrolment.id });
        if (still?.status !== 'enrolled') throw notEnrolled(still, actor.locale);
        if (!(await tx.existsBy(TrainingSlot, { id: slot.id, sessionId: session.id }))) throw problems.notFound('slot');
        await tx.insert(Attendance, record);
        await this.audit.record(
          {
            action: 'training.attendance.checkedIn',
            entityType: 'training.attendance',
            entityId: record.id,
            after: { sessionId: session.id, slotKey: key, teacherId: teacher.id, mark: record.mark, source: 'code', windowIndex: verdict.windowIndex },
            scopePath: await this.access.venuePath(tx, session),
          },
          tx,
        );
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const first = await m.findOneByOrFail(Attendance, { slotId: slot.id, teacherId: teacher.id });
      throw problems.conflict(
        'training.checkIn.already',
        { time: wallClock(first.recordedAt, this.clock.timeZone).time, mark: ATTENDANCE_MARK_NAMES[first.mark][actor.locale] },
        { recordedAt: first.recordedAt.toISOString(), mark: first.mark, source: first.source },
      );
    }
    return {
      attendanceId: record.id,
      sessionId: session.id,
      sessionTitle: session.title,
      slotId: slot.id,
      slotKey: key,
      mark: record.mark,
      recordedAt: now.toISOString(),
      recordedTime: wallClock(now, this.clock.timeZone).time,
    };
  }

  /** The slot by id, or by the key the QR carries ('2026-12-07.am'); both given must agree. */
  private async findSlot(sessionId: string, dto: CheckInDto): Promise<TrainingSlot> {
    const m = this.dataSource.manager;
    const byKey = dto.slot ? parseSlotKey(dto.slot) : null;
    if (dto.slot && !byKey) throw problems.field('slot', 'validation.matches');
    const slot = dto.slotId ? await m.findOneBy(TrainingSlot, { id: dto.slotId, sessionId }) : await m.findOneBy(TrainingSlot, { sessionId, date: byKey!.date, half: byKey!.half });
    if (!slot) throw problems.notFound('slot');
    if (byKey && (slot.date !== byKey.date || slot.half !== byKey.half)) throw problems.field('slot', 'validation.invalid');
    return slot;
  }
}

function notEnrolled(enrolment: Enrolment | null, locale: Locale): AppError {
  const status = enrolment?.status ?? null;
  return problems.conflict('training.checkIn.notEnrolled', { status: status ? ENROLMENT_STATUS_NAMES[status][locale] : '—' }, { enrolmentStatus: status });
}
