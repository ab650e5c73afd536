/**
 * Double bookings (DOMAIN.md §4: an expert, a venue or a teacher cannot be in two sessions at once).
 * Times are half-day slots. The team (leader and experts) is on site every day of a session, the
 * Sunday included, and so is the venue; participants only in their attendance slots.
 */
import type { CalendarDate } from '@schoolbridge/shared';
import { compareSlots, slotKey, type Slot } from './timetable.js';
import { HALF_DAYS, type HalfDay, type SessionStatus } from './vocab.js';

/** A session's days, each with the half-days that are participants' attendance slots. */
export interface OccupiedDay {
  date: CalendarDate;
  participantHalves: readonly HalfDay[];
}

export interface SessionBooking {
  id: string;
  /** Cancelled sessions book nobody; omitted means not cancelled. */
  status?: SessionStatus;
  days: readonly OccupiedDay[];
  venueId: string | null;
  teamLeaderId: string | null;
  expertIds: readonly string[];
  /** Enrolled teachers (waitlisted ones hold no seat and book no time). */
  teacherIds: readonly string[];
}

export type PersonRole = 'teamLeader' | 'expert' | 'teacher';
export type ConflictKind = PersonRole | 'venue';

export interface Conflict {
  /** The candidate's side of the clash: the role the person has in the candidate, or its venue. */
  kind: ConflictKind;
  personOrVenueId: string;
  otherSessionId: string;
  /** The role the same person has in the other session (absent for a venue). */
  otherRole?: PersonRole;
  date: CalendarDate;
  half: HalfDay;
}

/** The slots a role takes: the whole of every day for the team, the attendance slots for a teacher. */
function slotsOf(days: readonly OccupiedDay[], role: PersonRole | 'venue'): Slot[] {
  return days.flatMap((d) => (role === 'teacher' ? d.participantHalves : HALF_DAYS).map((half) => ({ date: d.date, half })));
}

const ROLE_ORDER: readonly PersonRole[] = ['teamLeader', 'expert', 'teacher'];
const KIND_ORDER: readonly ConflictKind[] = ['venue', ...ROLE_ORDER];

/** Each person of a session once, with their strongest role: a leader also listed as an expert is the leader. */
function peopleOf(s: SessionBooking): Map<string, PersonRole> {
  const people = new Map<string, PersonRole>();
  const add = (id: string | null, role: PersonRole) => {
    if (id === null) return;
    const had = people.get(id);
    if (had === undefined || ROLE_ORDER.indexOf(role) < ROLE_ORDER.indexOf(had)) people.set(id, role);
  };
  add(s.teamLeaderId, 'teamLeader');
  s.expertIds.forEach((id) => add(id, 'expert'));
  s.teacherIds.forEach((id) => add(id, 'teacher'));
  return people;
}

function overlap(a: Slot[], b: Slot[]): Slot[] {
  const inB = new Set(b.map(slotKey));
  const seen = new Set<string>();
  return a.filter((s) => {
    const k = slotKey(s);
    if (!inB.has(k) || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Every clash of a candidate session with other sessions, one entry per person (or venue), other
 * session and half-day, in time order, so a service can name each. A person clashes whatever their
 * role in each session (an expert here may be enrolled as a teacher there). The candidate itself
 * (same id) and cancelled sessions are ignored.
 */
export function findConflicts(candidate: SessionBooking, others: readonly SessionBooking[]): Conflict[] {
  const conflicts: Conflict[] = [];
  const mine = peopleOf(candidate);
  for (const other of others) {
    if (other.id === candidate.id || other.status === 'cancelled') continue;
    if (candidate.venueId !== null && candidate.venueId === other.venueId) {
      for (const s of overlap(slotsOf(candidate.days, 'venue'), slotsOf(other.days, 'venue'))) {
        conflicts.push({ kind: 'venue', personOrVenueId: candidate.venueId, otherSessionId: other.id, ...s });
      }
    }
    const theirs = peopleOf(other);
    for (const [id, role] of mine) {
      const otherRole = theirs.get(id);
      if (otherRole === undefined) continue;
      for (const s of overlap(slotsOf(candidate.days, role), slotsOf(other.days, otherRole))) {
        conflicts.push({ kind: role, personOrVenueId: id, otherSessionId: other.id, otherRole, ...s });
      }
    }
  }
  return conflicts.sort(
    (a, b) =>
      compareSlots(a, b) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      cmp(a.personOrVenueId, b.personOrVenueId) ||
      cmp(a.otherSessionId, b.otherSessionId),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A session one teacher is already booked in, with their role there (teacher when omitted). */
export interface TeacherBooking {
  id: string;
  status?: SessionStatus;
  days: readonly OccupiedDay[];
  role?: PersonRole;
}

/**
 * The slots among `teacherSlots` (e.g. the attendance slots of the session a teacher enrols in) that
 * one teacher already spends in other sessions, in time order.
 */
export function teacherClashes(teacherSlots: readonly Slot[], sessions: readonly TeacherBooking[]): (Slot & { sessionId: string })[] {
  const clashes: (Slot & { sessionId: string })[] = [];
  for (const s of sessions) {
    if (s.status === 'cancelled') continue;
    for (const slot of overlap([...teacherSlots], slotsOf(s.days, s.role ?? 'teacher'))) clashes.push({ ...slot, sessionId: s.id });
  }
  return clashes.sort((a, b) => compareSlots(a, b) || cmp(a.sessionId, b.sessionId));
}

/** A timetable's days as bookings: every day of the session, with its participant half-days. */
export function occupiedDays(days: readonly { date: CalendarDate; halves: readonly { half: HalfDay; participantSlot: boolean }[] }[]): OccupiedDay[] {
  return days.map((d) => ({ date: d.date, participantHalves: d.halves.filter((h) => h.participantSlot).map((h) => h.half) }));
}
