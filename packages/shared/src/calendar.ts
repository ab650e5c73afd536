import { addDays, calendarDate, compareDates, isCalendarDate, parseCalendarDate, type CalendarDate } from './dates.js';

/**
 * School years run 1 Sep – 31 Aug and are named by the year they start in: school year 2026 is
 * 2026-09-01 … 2027-08-31 ("2026-2027学年"). Terms are autumn (Sep – Jan, running into the next
 * calendar year) and spring (Feb – Jul); a region may configure other boundaries.
 */
export type TermName = 'autumn' | 'spring';

export interface TermBoundaries {
  /** month-day the autumn term starts, e.g. '09-01' */
  autumnStart: string;
  /** month-day the autumn term ends in the following calendar year, e.g. '01-31' */
  autumnEnd: string;
  springStart: string;
  springEnd: string;
}

export const DEFAULT_TERMS: TermBoundaries = {
  autumnStart: '09-01',
  autumnEnd: '01-31',
  springStart: '02-01',
  springEnd: '07-31',
};

export interface DateRange {
  from: CalendarDate;
  to: CalendarDate;
}

export function schoolYearOf(date: CalendarDate): number {
  const { year, month } = parseCalendarDate(date);
  return month >= 9 ? year : year - 1;
}

export function schoolYearRange(startYear: number): DateRange {
  return { from: calendarDate(startYear, 9, 1), to: calendarDate(startYear + 1, 8, 31) };
}

export function schoolYearLabel(startYear: number, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  return locale === 'zh-CN' ? `${startYear}-${startYear + 1}学年` : `School year ${startYear}–${startYear + 1}`;
}

/**
 * The date range of a term. Terms are named by the calendar year they start in:
 * autumn 2026 is 2026-09-01 … 2027-01-31, spring 2027 is 2027-02-01 … 2027-07-31.
 */
export function termRange(year: number, term: TermName, bounds: TermBoundaries = DEFAULT_TERMS): DateRange {
  if (term === 'autumn') {
    const endYear = bounds.autumnEnd < bounds.autumnStart ? year + 1 : year;
    return { from: `${year}-${bounds.autumnStart}`, to: `${endYear}-${bounds.autumnEnd}` };
  }
  return { from: `${year}-${bounds.springStart}`, to: `${year}-${bounds.springEnd}` };
}

/** The term a date falls in, or null in a holiday between terms (e.g. August). */
export function termOf(date: CalendarDate, bounds: TermBoundaries = DEFAULT_TERMS): { year: number; term: TermName } | null {
  const { year } = parseCalendarDate(date);
  for (const candidate of [
    { year, term: 'spring' as const },
    { year, term: 'autumn' as const },
    { year: year - 1, term: 'autumn' as const },
  ]) {
    const r = termRange(candidate.year, candidate.term, bounds);
    if (compareDates(r.from, date) <= 0 && compareDates(date, r.to) <= 0) return candidate;
  }
  return null;
}

/** "2026年秋季学期" / "Autumn term 2026". */
export function termLabel(year: number, term: TermName, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  if (locale === 'zh-CN') return `${year}年${term === 'autumn' ? '秋季' : '春季'}学期`;
  return `${term === 'autumn' ? 'Autumn' : 'Spring'} term ${year}`;
}

/** The school year a term belongs to: autumn 2026 and spring 2027 both belong to 2026. */
export function schoolYearOfTerm(year: number, term: TermName): number {
  return term === 'autumn' ? year : year - 1;
}

export function isDateInRange(date: CalendarDate, range: DateRange): boolean {
  return compareDates(range.from, date) <= 0 && compareDates(date, range.to) <= 0;
}

export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  return compareDates(a.from, b.to) <= 0 && compareDates(b.from, a.to) <= 0;
}

export function isValidRange(range: DateRange): boolean {
  return isCalendarDate(range.from) && isCalendarDate(range.to) && compareDates(range.from, range.to) <= 0;
}

export { addDays };
