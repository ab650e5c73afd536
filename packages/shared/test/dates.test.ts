import { describe, expect, it } from 'vitest';
import {
  addDays,
  calendarDate,
  compareDates,
  dateInZone,
  daysBetween,
  daysInMonth,
  isCalendarDate,
  isInstantString,
  parseCalendarDate,
  toInstantString,
  weekday,
} from '../src/dates.js';

describe('dateInZone', () => {
  it('gives the Shanghai date, which turns over at 16:00 UTC', () => {
    expect(dateInZone(new Date('2026-11-22T15:59:59.999Z'), 'Asia/Shanghai')).toBe('2026-11-22');
    expect(dateInZone(new Date('2026-11-22T16:00:00.000Z'), 'Asia/Shanghai')).toBe('2026-11-23');
    expect(dateInZone(new Date('2026-11-22T16:00:00.000Z'), 'UTC')).toBe('2026-11-22');
    expect(dateInZone(new Date('2026-12-31T16:30:00Z'), 'Asia/Shanghai')).toBe('2027-01-01');
    expect(dateInZone(new Date('2026-12-31T16:30:00Z'), 'UTC')).toBe('2026-12-31');
  });

  it('defaults to Asia/Shanghai', () => {
    expect(dateInZone(new Date('2026-11-22T16:30:00Z'))).toBe('2026-11-23');
  });
});

describe('calendar dates', () => {
  it('validates real dates only', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    for (const bad of [
      '2026-02-30',
      '2026-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-1-1',
      '20260101',
      '2026-01-01T00:00:00Z',
      '',
      12,
      null,
    ]) {
      expect(isCalendarDate(bad), String(bad)).toBe(false);
    }
  });

  it('keeps years below 100 as they are', () => {
    expect(daysInMonth(4, 2)).toBe(29);
    expect(daysInMonth(0, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 12)).toBe(31);
    expect(daysInMonth(100, 2)).toBe(28);
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-09-01', 365)).toBe('2027-09-01');
    expect(addDays('2027-09-01', 366)).toBe('2028-09-01');
    expect(addDays('2026-05-05', 0)).toBe('2026-05-05');
  });

  it('refuses to add to a non-date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => parseCalendarDate('tomorrow')).toThrow(/YYYY-MM-DD/);
  });

  it('counts days between dates, across a daylight-saving change elsewhere too', () => {
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
  });

  it('knows the weekday (0 = Sunday)', () => {
    expect(weekday('2026-11-23')).toBe(1);
    expect(weekday('2026-11-22')).toBe(0);
    expect(weekday('2028-02-29')).toBe(2);
    expect(weekday('2026-10-01')).toBe(4);
  });

  it('builds, parses and compares dates', () => {
    expect(calendarDate(2026, 3, 7)).toBe('2026-03-07');
    expect(parseCalendarDate('2026-03-07')).toEqual({ year: 2026, month: 3, day: 7 });
    expect(compareDates('2026-03-07', '2026-03-10')).toBe(-1);
    expect(compareDates('2026-12-01', '2026-03-10')).toBe(1);
    expect(compareDates('2026-03-07', '2026-03-07')).toBe(0);
  });
});

describe('instants', () => {
  it('writes UTC ISO strings with milliseconds', () => {
    expect(toInstantString(new Date(Date.UTC(2026, 10, 23, 2, 0, 0, 5)))).toBe('2026-11-23T02:00:00.005Z');
  });

  it('recognises ISO instants with a zone only', () => {
    expect(isInstantString('2026-11-23T02:00:00.005Z')).toBe(true);
    expect(isInstantString('2026-11-23T10:00+08:00')).toBe(true);
    expect(isInstantString('2026-11-23T02:00:00')).toBe(false);
    expect(isInstantString('2026-11-23')).toBe(false);
    expect(isInstantString('2026-13-23T02:00:00Z')).toBe(false);
    expect(isInstantString(1)).toBe(false);
  });
});
