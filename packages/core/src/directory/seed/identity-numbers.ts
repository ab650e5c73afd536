import { addDays, daysBetween, idChecksum, parseCalendarDate, type CalendarDate } from '@schoolbridge/shared';
import type { Gender } from '../rules/vocab.js';
import type { Random } from './random.js';

/**
 * Hands out resident ID numbers (GB 11643) that are valid and unique within one run: 6-digit
 * division code + birth date + a 3-digit sequence whose last digit is odd for men + the check
 * character. Division codes are always under the fictional prefecture 4399 (DOMAIN.md §2), so no
 * generated number is a real person's. Numbers already in the database can be passed as taken.
 */
export class IdNumberAllocator {
  private readonly used = new Map<string, number>();
  /** The days of each birth-date window asked for, as YYYYMMDD, so drawing a day costs no date arithmetic. */
  private readonly windows = new Map<string, string[]>();

  constructor(private readonly taken: ReadonlySet<string> = new Set()) {}

  /** The next free number for this place, birth date and gender; null when that day is full (500 a gender). */
  next(divisionCode: string, birthDate: CalendarDate, gender: Gender): string | null {
    return this.nextOnDay(divisionCode, birthDate.replaceAll('-', ''), gender);
  }

  private nextOnDay(divisionCode: string, day: string, gender: Gender): string | null {
    const key = `${divisionCode}${day}${gender}`;
    // Start each day at its own offset, so the sequences do not all begin at 001.
    const offset = (Number(day) * 7919 + Number(divisionCode)) % 500;
    for (let n = this.used.get(key) ?? 0; n < 500; n++) {
      const seq = ((offset + n) % 500) * 2 + (gender === 'male' ? 1 : 0);
      const first17 = `${divisionCode}${day}${String(seq).padStart(3, '0')}`;
      const id = first17 + idChecksum(first17);
      if (this.taken.has(id)) continue;
      this.used.set(key, n + 1);
      return id;
    }
    this.used.set(key, 500);
    return null;
  }

  /** A number for someone born between `from` and `to`, moving to another day of the window when one is full. */
  within(rng: Random, divisionCode: string, from: CalendarDate, to: CalendarDate, gender: Gender): string {
    const days = this.days(from, to);
    for (let attempt = 0; attempt < 50; attempt++) {
      const id = this.nextOnDay(divisionCode, days[rng.int(0, days.length - 1)]!, gender);
      if (id) return id;
    }
    for (const day of days) {
      const id = this.nextOnDay(divisionCode, day, gender);
      if (id) return id;
    }
    throw new RangeError(`no free ID numbers left for ${divisionCode} born ${from}…${to}`);
  }

  private days(from: CalendarDate, to: CalendarDate): string[] {
    const key = `${from}/${to}`;
    let days = this.windows.get(key);
    if (!days) {
      days = [];
      for (let d = 0, span = daysBetween(from, to); d <= span; d++) days.push(addDays(from, d).replaceAll('-', ''));
      this.windows.set(key, days);
    }
    return days;
  }
}

/** A random date in [from, to]; `from` when the range is empty. */
export function dateBetween(rng: Random, from: CalendarDate, to: CalendarDate): CalendarDate {
  const span = daysBetween(from, to);
  return span <= 0 ? from : addDays(from, rng.int(0, span));
}

export function yearOf(date: CalendarDate): number {
  return parseCalendarDate(date).year;
}

/**
 * A mobile number of a valid mainland shape in a block reserved for demo data
 * (`139 0000 xxxx` style): prefix 3 digits, then 0000, then 4 digits.
 */
export function demoMobile(prefix: '137' | '138' | '139', n: number): string {
  return `${prefix}0000${String(n % 10000).padStart(4, '0')}`;
}
