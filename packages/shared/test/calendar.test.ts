import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TERMS,
  isDateInRange,
  isValidRange,
  rangesOverlap,
  schoolYearLabel,
  schoolYearOf,
  schoolYearOfTerm,
  schoolYearRange,
  termLabel,
  termOf,
  termRange,
} from '../src/calendar.js';

describe('school years', () => {
  it('run 1 September – 31 August and are named by their first year', () => {
    expect(schoolYearOf('2026-08-31')).toBe(2025);
    expect(schoolYearOf('2026-09-01')).toBe(2026);
    expect(schoolYearOf('2027-01-15')).toBe(2026);
    expect(schoolYearOf('2027-08-31')).toBe(2026);
    expect(schoolYearRange(2026)).toEqual({ from: '2026-09-01', to: '2027-08-31' });
    expect(schoolYearLabel(2026)).toBe('2026-2027学年');
    expect(schoolYearLabel(2026, 'en')).toBe('School year 2026–2027');
  });
});

describe('terms', () => {
  it('has autumn running into the next calendar year and spring within one', () => {
    expect(termRange(2026, 'autumn')).toEqual({ from: '2026-09-01', to: '2027-01-31' });
    expect(termRange(2027, 'spring')).toEqual({ from: '2027-02-01', to: '2027-07-31' });
  });

  it('finds the term of a date', () => {
    expect(termOf('2027-01-15')).toEqual({ year: 2026, term: 'autumn' });
    expect(termOf('2026-09-01')).toEqual({ year: 2026, term: 'autumn' });
    expect(termOf('2027-01-31')).toEqual({ year: 2026, term: 'autumn' });
    expect(termOf('2027-02-01')).toEqual({ year: 2027, term: 'spring' });
    expect(termOf('2027-07-31')).toEqual({ year: 2027, term: 'spring' });
  });

  it('puts August between terms', () => {
    expect(termOf('2026-08-01')).toBeNull();
    expect(termOf('2026-08-31')).toBeNull();
  });

  it('follows a region’s own boundaries', () => {
    const bounds = { ...DEFAULT_TERMS, autumnStart: '08-25', autumnEnd: '01-20', springStart: '02-20', springEnd: '07-10' };
    expect(termOf('2026-08-26', bounds)).toEqual({ year: 2026, term: 'autumn' });
    expect(termOf('2027-02-01', bounds)).toBeNull();
    expect(termOf('2027-07-15', bounds)).toBeNull();
    expect(termRange(2026, 'autumn', bounds)).toEqual({ from: '2026-08-25', to: '2027-01-20' });
  });

  it('labels terms and places them in their school year', () => {
    expect(termLabel(2026, 'autumn')).toBe('2026年秋季学期');
    expect(termLabel(2027, 'spring')).toBe('2027年春季学期');
    expect(termLabel(2026, 'autumn', 'en')).toBe('Autumn term 2026');
    expect(schoolYearOfTerm(2026, 'autumn')).toBe(2026);
    expect(schoolYearOfTerm(2027, 'spring')).toBe(2026);
  });
});

describe('ranges', () => {
  it('checks membership, overlap and validity inclusively', () => {
    const r = { from: '2026-09-01', to: '2026-09-30' };
    expect(isDateInRange('2026-09-01', r)).toBe(true);
    expect(isDateInRange('2026-09-30', r)).toBe(true);
    expect(isDateInRange('2026-10-01', r)).toBe(false);
    expect(rangesOverlap(r, { from: '2026-09-30', to: '2026-10-05' })).toBe(true);
    expect(rangesOverlap(r, { from: '2026-10-01', to: '2026-10-05' })).toBe(false);
    expect(isValidRange(r)).toBe(true);
    expect(isValidRange({ from: '2026-10-01', to: '2026-09-01' })).toBe(false);
    expect(isValidRange({ from: '2026-02-30', to: '2026-03-01' })).toBe(false);
  });
});
