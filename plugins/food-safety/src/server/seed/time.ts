/** Dates and instants of the demo, in the deployment's time zone. */
import { addDays, weekday, type CalendarDate } from '@schoolbridge/shared';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in milliseconds (+8 h for Asia/Shanghai). */
function zoneOffsetMs(utcMs: number, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(new Date(utcMs));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - utcMs;
}

/** Makes instants from local wall-clock times of calendar dates in one zone. */
export class LocalTime {
  private readonly cache = new Map<CalendarDate, number>();

  constructor(readonly timeZone: string) {}

  /** `date` at `hh:mm` local time, plus some minutes. */
  at(date: CalendarDate, hhmm: string, plusMinutes = 0): Date {
    let midnight = this.cache.get(date);
    if (midnight === undefined) {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      const guess = Date.UTC(y, m - 1, d);
      midnight = guess - zoneOffsetMs(guess, this.timeZone);
      this.cache.set(date, midnight);
    }
    const [h, mi] = hhmm.split(':').map(Number) as [number, number];
    return new Date(midnight + (h * 60 + mi + plusMinutes) * 60_000);
  }
}

/** The date itself when a weekday, else the Friday before. */
export function weekdayOnOrBefore(date: CalendarDate): CalendarDate {
  const w = weekday(date);
  return w === 0 ? addDays(date, -2) : w === 6 ? addDays(date, -1) : date;
}

/** The date itself when a weekday, else the Monday after. */
export function weekdayOnOrAfter(date: CalendarDate): CalendarDate {
  const w = weekday(date);
  return w === 0 ? addDays(date, 1) : w === 6 ? addDays(date, 2) : date;
}

export function isWeekday(date: CalendarDate): boolean {
  const w = weekday(date);
  return w !== 0 && w !== 6;
}

/** The spring term's campaign period of a year: the first Monday of March to the last Friday of May. */
export function springCampaignPeriod(year: number): { startsOn: CalendarDate; endsOn: CalendarDate } {
  let startsOn = `${year}-03-01`;
  while (weekday(startsOn) !== 1) startsOn = addDays(startsOn, 1);
  let endsOn = `${year}-05-31`;
  while (weekday(endsOn) !== 5) endsOn = addDays(endsOn, -1);
  return { startsOn, endsOn };
}
