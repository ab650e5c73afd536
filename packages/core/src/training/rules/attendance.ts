/**
 * Attendance marks in time (DOMAIN.md §4): when a check-in counts as late, and which marks a slot
 * can carry before it has happened. Slot times are local wall-clock times ('HH:MM') of the
 * deployment's time zone; instants are turned into that wall clock, never the other way round.
 */
import { compareDates, dateInZone, type CalendarDate } from '@schoolbridge/shared';
import type { AttendanceMark } from './vocab.js';

/** A check-in more than this many minutes after the slot starts is late (the centres' usual 15 minutes). */
export const LATE_GRACE_MINUTES = 15;

/** An instant as a wall clock of a time zone: the date and 'HH:MM'. */
export function wallClock(instant: Date, timeZone: string): { date: CalendarDate; time: string; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? '0');
  const minute = Number(parts.find((p) => p.type === 'minute')?.value ?? '0');
  return { date: dateInZone(instant, timeZone), time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, minutes: hour * 60 + minute };
}

function minutesOf(hhmm: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) throw new RangeError(`not a wall-clock time (HH:MM): ${JSON.stringify(hhmm)}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * The mark a check-in recorded at `recordedAt` earns for a slot starting at `slot.startsAt` on
 * `slot.date`: present up to and including the grace, late after it (late still counts as
 * attended for completion). Seconds count: 08:45:30 is more than 15 minutes after 08:30.
 */
export function checkInMark(
  slot: { date: CalendarDate; startsAt: string },
  recordedAt: Date,
  timeZone: string,
  graceMinutes = LATE_GRACE_MINUTES,
): Extract<AttendanceMark, 'present' | 'late'> {
  if (!Number.isInteger(graceMinutes) || graceMinutes < 0) throw new RangeError(`graceMinutes must be a whole number ≥ 0, got ${graceMinutes}`);
  const start = minutesOf(slot.startsAt);
  const local = wallClock(recordedAt, timeZone);
  const byDate = compareDates(local.date, slot.date);
  if (byDate !== 0) return byDate > 0 ? 'late' : 'present';
  const secondsLate = (local.minutes - start) * 60 + recordedAt.getUTCSeconds();
  return secondsLate > graceMinutes * 60 ? 'late' : 'present';
}

/**
 * Whether a slot on `slotDate` can carry `mark` on `today`: present, late and absent are facts
 * about a half-day that has come (an auditor would not accept them ahead of time); excused is
 * leave, which can be granted in advance.
 */
export function markAllowedOn(mark: AttendanceMark, slotDate: CalendarDate, today: CalendarDate): boolean {
  return mark === 'excused' || compareDates(slotDate, today) <= 0;
}
