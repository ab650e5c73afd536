import { Injectable } from '@nestjs/common';
import { Brackets, type EntityManager } from 'typeorm';
import type { Locale } from '@schoolbridge/shared';
import type { Actor } from '../../platform/access/actor.js';
import { ScopeService, type ScopeSpec } from '../../platform/access/scope.service.js';
import { AppError, problems } from '../../platform/errors/problem.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { joinSessionParties, sessionScope } from '../common/scope.js';
import { TrainingSession } from '../entities/session.entity.js';
import { TrainingSlot } from '../entities/timetable.entity.js';
import { HALF_DAY_NAMES, SESSION_STATUS_NAMES, statusOn, type SessionStatus } from '../rules/vocab.js';
import { slotKey } from '../rules/timetable.js';
import './messages.js';

export interface SessionLookup {
  /** Also reach the session through the caller's own enrolments (scope "own", a teacher); default true. */
  own?: boolean;
}

/**
 * How the attendance part finds a session and its slots: in the caller's scope for a permission
 * (or any of several), 404 outside it (ARCHITECTURE §5). On PostgreSQL `lock` takes the session's
 * row lock, which every write that can change credits takes first, so completions and corrections
 * of one session run one after the other; SQLite's write queue already does that.
 */
@Injectable()
export class SessionAccess {
  constructor(private readonly scope: ScopeService) {}

  /**
   * The session if the actor reaches it through any of `permissions` they hold. Holding none of them
   * is a 403 naming the first (the route's guard normally answers that before).
   */
  async find(m: EntityManager, actor: Actor, permissions: string | string[], id: string, lookup: SessionLookup = {}): Promise<TrainingSession> {
    const list = (Array.isArray(permissions) ? permissions : [permissions]).filter((p) => actor.permissions.has(p));
    if (list.length === 0) throw problems.forbidden(Array.isArray(permissions) ? permissions[0]! : permissions);
    const spec = this.spec(lookup);
    const qb = joinSessionParties(m.getRepository(TrainingSession).createQueryBuilder('s'), 's').where('s.id = :sessionId', { sessionId: id });
    qb.andWhere(new Brackets((w) => list.forEach((p, i) => (i === 0 ? w.where(this.scope.where(actor, p, spec)) : w.orWhere(this.scope.where(actor, p, spec))))));
    const row = await qb.getOne();
    if (!row) throw problems.notFound('session');
    return row;
  }

  /** Whether the actor reaches the session other than through their own enrolment (a full view of its teachers). */
  async seesAll(m: EntityManager, actor: Actor, permission: string, id: string): Promise<boolean> {
    const qb = joinSessionParties(m.getRepository(TrainingSession).createQueryBuilder('s'), 's')
      .where('s.id = :sessionId', { sessionId: id })
      .andWhere(this.scope.where(actor, permission, this.spec({ own: false })));
    return (await qb.getCount()) > 0;
  }

  private spec(lookup: SessionLookup): ScopeSpec {
    const full = sessionScope('s');
    if (lookup.own !== false) return full;
    const { own: _own, ...rest } = full;
    return rest;
  }

  /** A slot of the session, 404 when it belongs to another. */
  async slot(m: EntityManager, session: TrainingSession, slotId: string): Promise<TrainingSlot> {
    const slot = await m.findOneBy(TrainingSlot, { id: slotId, sessionId: session.id });
    if (!slot) throw problems.notFound('slot');
    return slot;
  }

  /** The session's participant slots (the units of attendance), in time order. */
  async participantSlots(m: EntityManager, sessionId: string): Promise<TrainingSlot[]> {
    const slots = await m.find(TrainingSlot, { where: { sessionId, participantSlot: true } });
    return slots.sort((a, b) => a.date.localeCompare(b.date) || a.half.localeCompare(b.half));
  }

  /**
   * Takes the session's row lock on PostgreSQL (a plain query on the one table, so nothing else is
   * locked) and answers the row as it now is. `pessimistic_read` (a check-in) waits for the writers
   * but not for other readers, so teachers checking in at once do not queue behind each other.
   */
  async lock(m: EntityManager, id: string, mode: 'pessimistic_write' | 'pessimistic_read' = 'pessimistic_write'): Promise<TrainingSession> {
    const qb = m.createQueryBuilder(TrainingSession, 'ls').where('ls.id = :id', { id });
    if (m.connection.options.type === 'postgres') qb.setLock(mode);
    const row = await qb.getOne();
    if (!row) throw problems.notFound('session');
    return row;
  }

  /** The venue's path, which audit records of the session carry for scoped reading. */
  async venuePath(m: EntityManager, session: TrainingSession): Promise<string | null> {
    return (await m.findOne(Organisation, { where: { id: session.venueOrganisationId }, select: { id: true, path: true } }))?.path ?? null;
  }
}

/** The status a session shows today (a published session is running on its days). */
export function effectiveStatus(session: TrainingSession, today: string): SessionStatus {
  return statusOn(session.status, session.startsOn, session.endsOn, today);
}

/** Words of a status in the caller's language, for messages. */
export function statusWord(status: SessionStatus, locale: Locale): string {
  return SESSION_STATUS_NAMES[status][locale];
}

/** Attendance can be taken (codes, check-ins, confirmation, walk-ins) while a session is published or running. */
export function assertOpenForAttendance(session: TrainingSession, today: string, locale: Locale): void {
  const status = effectiveStatus(session, today);
  if (status !== 'published' && status !== 'running') throw problems.conflict('training.attendance.sessionNotOpen', { status: statusWord(status, locale) }, { sessionStatus: status });
}

/** Only participant slots take attendance. */
export function assertParticipantSlot(slot: TrainingSlot, locale: Locale): void {
  if (!slot.participantSlot) throw new AppError(422, 'training.attendance.notParticipantSlot', { date: slot.date, half: HALF_DAY_NAMES[slot.half][locale] }, [], { slotKey: slotKey(slot) });
}
