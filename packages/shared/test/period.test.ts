import { describe, expect, it } from 'vitest';
import { formatPeriod, parsePeriod, periodLabel, periodRange, type Period } from '../src/period.js';

describe('parsePeriod', () => {
  it('reads a calendar year', () => {
    expect(parsePeriod('2026')).toEqual({ kind: 'calendarYear', year: 2026 });
    expect(periodRange(parsePeriod('2026')!)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('reads a school year as sy2026 or 2026-2027', () => {
    expect(parsePeriod('sy2026')).toEqual({ kind: 'schoolYear', year: 2026 });
    expect(parsePeriod('SY2026')).toEqual({ kind: 'schoolYear', year: 2026 });
    expect(parsePeriod('2026-2027')).toEqual({ kind: 'schoolYear', year: 2026 });
    expect(periodRange(parsePeriod('2026-2027')!)).toEqual({ from: '2026-09-01', to: '2027-08-31' });
  });

  it('reads a term', () => {
    expect(parsePeriod('2026-autumn')).toEqual({ kind: 'term', year: 2026, term: 'autumn' });
    expect(parsePeriod('2027-Spring')).toEqual({ kind: 'term', year: 2027, term: 'spring' });
    expect(periodRange(parsePeriod('2026-autumn')!)).toEqual({ from: '2026-09-01', to: '2027-01-31' });
  });

  it('reads an inclusive date range', () => {
    expect(parsePeriod('2026-03-01..2026-06-30')).toEqual({ kind: 'range', from: '2026-03-01', to: '2026-06-30' });
    expect(parsePeriod(' 2026-03-01..2026-03-01 ')).toEqual({ kind: 'range', from: '2026-03-01', to: '2026-03-01' });
  });

  it('refuses what is not a period', () => {
    for (const bad of [
      '2026-2028',
      '2026-2026',
      '2027-2026',
      '2026-06-30..2026-03-01',
      '2026-02-30..2026-03-01',
      '2026-03-01..',
      '2026-winter',
      'sy26',
      '26',
      '',
      'last year',
    ]) {
      expect(parsePeriod(bad), bad).toBeNull();
    }
  });

  it('writes every period back in the form it reads', () => {
    const periods: Period[] = [
      { kind: 'calendarYear', year: 2026 },
      { kind: 'schoolYear', year: 2026 },
      { kind: 'term', year: 2027, term: 'spring' },
      { kind: 'range', from: '2026-03-01', to: '2026-06-30' },
    ];
    for (const p of periods) expect(parsePeriod(formatPeriod(p))).toEqual(p);
  });

  it('labels periods in both languages', () => {
    expect(periodLabel({ kind: 'calendarYear', year: 2026 })).toBe('2026年');
    expect(periodLabel({ kind: 'schoolYear', year: 2026 })).toBe('2026-2027学年');
    expect(periodLabel({ kind: 'term', year: 2026, term: 'autumn' })).toBe('2026年秋季学期');
    expect(periodLabel({ kind: 'range', from: '2026-03-01', to: '2026-06-30' }, 'en')).toBe('2026-03-01 – 2026-06-30');
  });
});
