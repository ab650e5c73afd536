import { describe, expect, it } from 'vitest';
import { LATE_GRACE_MINUTES, checkInMark, markAllowedOn, wallClock } from '../../src/training/rules/attendance.js';

const SHANGHAI = 'Asia/Shanghai';
const monday = { date: '2026-12-07', startsAt: '08:30' };

describe('checkInMark: late after the grace', () => {
  it('grants 15 minutes', () => {
    expect(LATE_GRACE_MINUTES).toBe(15);
  });

  it('is present up to and including 15 minutes after the start, in the deployment’s time zone', () => {
    expect(checkInMark(monday, new Date('2026-12-07T00:20:00Z'), SHANGHAI)).toBe('present'); // 08:20, early
    expect(checkInMark(monday, new Date('2026-12-07T00:30:00Z'), SHANGHAI)).toBe('present'); // 08:30
    expect(checkInMark(monday, new Date('2026-12-07T00:45:00Z'), SHANGHAI)).toBe('present'); // 08:45:00
  });

  it('is late from the first second after the grace', () => {
    expect(checkInMark(monday, new Date('2026-12-07T00:45:01Z'), SHANGHAI)).toBe('late');
    expect(checkInMark(monday, new Date('2026-12-07T01:10:00Z'), SHANGHAI)).toBe('late');
  });

  it('reads the wall clock of the time zone given, not UTC', () => {
    // 08:40 in UTC is 16:40 in Shanghai: hours after a 08:30 start there, 10 minutes after it in UTC
    expect(checkInMark(monday, new Date('2026-12-07T08:40:00Z'), SHANGHAI)).toBe('late');
    expect(checkInMark(monday, new Date('2026-12-07T08:40:00Z'), 'UTC')).toBe('present');
  });

  it('compares dates: a later day is late, an earlier one is not', () => {
    // 2026-12-06 23:50 in Shanghai is before the slot's day
    expect(checkInMark(monday, new Date('2026-12-06T15:50:00Z'), SHANGHAI)).toBe('present');
    // 2026-12-08 00:10 in Shanghai is after it, even though the clock reads earlier than 08:30
    expect(checkInMark(monday, new Date('2026-12-07T16:10:00Z'), SHANGHAI)).toBe('late');
  });

  it('takes another grace as a parameter and refuses nonsense', () => {
    expect(checkInMark(monday, new Date('2026-12-07T00:35:00Z'), SHANGHAI, 0)).toBe('late');
    expect(checkInMark({ date: '2026-12-07', startsAt: '14:00' }, new Date('2026-12-07T06:29:59Z'), SHANGHAI, 30)).toBe('present');
    expect(() => checkInMark(monday, new Date('2026-12-07T00:35:00Z'), SHANGHAI, -1)).toThrow(RangeError);
    expect(() => checkInMark({ date: '2026-12-07', startsAt: '8:30' }, new Date('2026-12-07T00:35:00Z'), SHANGHAI)).toThrow(RangeError);
    expect(() => checkInMark({ date: '2026-12-07', startsAt: '24:00' }, new Date('2026-12-07T00:35:00Z'), SHANGHAI)).toThrow(RangeError);
  });
});

describe('wallClock', () => {
  it('gives the date and HH:MM of an instant in a time zone, midnight as 00:00', () => {
    expect(wallClock(new Date('2026-12-06T16:00:00Z'), SHANGHAI)).toEqual({ date: '2026-12-07', time: '00:00', minutes: 0 });
    expect(wallClock(new Date('2026-12-07T06:05:59Z'), SHANGHAI)).toEqual({ date: '2026-12-07', time: '14:05', minutes: 14 * 60 + 5 });
  });
});

describe('markAllowedOn', () => {
  it('allows every mark on the slot’s day and after', () => {
    for (const mark of ['present', 'late', 'absent', 'excused'] as const) {
      expect(markAllowedOn(mark, '2026-12-07', '2026-12-07')).toBe(true);
      expect(markAllowedOn(mark, '2026-12-07', '2027-01-15')).toBe(true);
    }
  });

  it('allows only leave (excused) ahead of the slot', () => {
    expect(markAllowedOn('excused', '2026-12-08', '2026-12-07')).toBe(true);
    for (const mark of ['present', 'late', 'absent'] as const) expect(markAllowedOn(mark, '2026-12-08', '2026-12-07')).toBe(false);
  });
});
