import { describe, expect, it } from 'vitest';
import { instantRange, isDateOrInstant, startOfDayInZone } from '../../../src/platform/audit/rules/time-range.js';

describe('time range of audit filters', () => {
  it('finds midnight of a calendar date in a time zone', () => {
    expect(startOfDayInZone('2026-11-20', 'Asia/Shanghai').toISOString()).toBe('2026-11-19T16:00:00.000Z');
    expect(startOfDayInZone('2026-11-20', 'UTC').toISOString()).toBe('2026-11-20T00:00:00.000Z');
    // the day summer time starts (02:00) and the day after
    expect(startOfDayInZone('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDayInZone('2026-03-30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('reads dates as whole days and an instant "to" as included', () => {
    const days = instantRange('2026-11-20', '2026-11-21', 'Asia/Shanghai');
    expect(days.from?.toISOString()).toBe('2026-11-19T16:00:00.000Z');
    expect(days.toExclusive?.toISOString()).toBe('2026-11-21T16:00:00.000Z');
    const instants = instantRange('2026-11-20T08:00:00Z', '2026-11-20T09:00:00+08:00', 'Asia/Shanghai');
    expect(instants.from?.toISOString()).toBe('2026-11-20T08:00:00.000Z');
    expect(instants.toExclusive?.toISOString()).toBe('2026-11-20T01:00:00.001Z');
    expect(instantRange(undefined, undefined, 'Asia/Shanghai')).toEqual({ from: null, toExclusive: null });
  });

  it('accepts a calendar date or an ISO instant, nothing else', () => {
    expect(isDateOrInstant('2026-02-28')).toBe(true);
    expect(isDateOrInstant('2026-02-30')).toBe(false);
    expect(isDateOrInstant('2026-11-20T08:00:00Z')).toBe(true);
    expect(isDateOrInstant('yesterday')).toBe(false);
    expect(isDateOrInstant(20261120)).toBe(false);
  });
});
