import { dateInZone, type CalendarDate } from '@schoolbridge/shared';

/**
 * The one source of "now" and "today". Inject `Clock`; never call `new Date()` or `Date.now()`
 * for domain time. Tests pass `createTestApp({ now })`; browser journeys set SCHOOLBRIDGE_FAKE_NOW.
 */
export class Clock {
  private offsetMs = 0;
  private frozen: Date | null = null;

  constructor(readonly timeZone: string) {}

  /** Start the clock at a given instant and let it run on from there. */
  static startingAt(start: Date, timeZone: string): Clock {
    const c = new Clock(timeZone);
    c.offsetMs = start.getTime() - Date.now();
    return c;
  }

  /** A clock that stands still (tests move it with `set` / `advance`). */
  static fixed(at: Date, timeZone: string): Clock {
    const c = new Clock(timeZone);
    c.frozen = new Date(at);
    return c;
  }

  now(): Date {
    return this.frozen ? new Date(this.frozen) : new Date(Date.now() + this.offsetMs);
  }

  today(): CalendarDate {
    return dateInZone(this.now(), this.timeZone);
  }

  /** Test use: move a fixed clock to an instant. */
  set(at: Date | string): void {
    this.frozen = new Date(at);
  }

  /** Test use: move the clock forward. */
  advance(ms: number): void {
    if (this.frozen) this.frozen = new Date(this.frozen.getTime() + ms);
    else this.offsetMs += ms;
  }
}
