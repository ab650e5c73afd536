import { addDays, isCalendarDate, isInstantString, parseCalendarDate, type CalendarDate } from '@schoolbridge/shared';

/** The offset of a time zone from UTC at an instant, in milliseconds (+8 h for Asia/Shanghai). */
function zoneOffsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - (instant.getTime() - instant.getMilliseconds());
}

/** The instant a calendar date begins in a time zone (midnight there). */
export function startOfDayInZone(date: CalendarDate, timeZone: string): Date {
  const { year, month, day } = parseCalendarDate(date);
  const guess = Date.UTC(year, month - 1, day);
  let t = guess - zoneOffsetMs(new Date(guess), timeZone);
  // A zone whose offset changes that day (summer time) needs one more step.
  const again = guess - zoneOffsetMs(new Date(t), timeZone);
  if (again !== t) t = again;
  return new Date(t);
}

/** A bound given as a calendar date (in the deployment's zone) or an instant. */
export function isDateOrInstant(value: unknown): value is string {
  return isCalendarDate(value) || isInstantString(value);
}

/**
 * The half-open instant range [from, to) a pair of bounds means. A calendar date as `from` starts
 * at its midnight; as `to` it includes the whole day (up to the next midnight). An instant as `to`
 * is included.
 */
export function instantRange(from: string | undefined, to: string | undefined, timeZone: string): { from: Date | null; toExclusive: Date | null } {
  const start = from === undefined ? null : isCalendarDate(from) ? startOfDayInZone(from, timeZone) : new Date(from);
  const end = to === undefined ? null : isCalendarDate(to) ? startOfDayInZone(addDays(to, 1), timeZone) : new Date(new Date(to).getTime() + 1);
  return { from: start, toExclusive: end };
}
