import { DEFAULT_TERMS, schoolYearLabel, schoolYearRange, termLabel, termRange, type DateRange, type TermBoundaries, type TermName } from './calendar.js';
import { calendarDate, isCalendarDate } from './dates.js';

/**
 * A reporting period: a calendar year (year-end summaries are by calendar year), a school year,
 * a term, or a date range. Written in URLs as:
 *   `2026`                     calendar year 2026
 *   `sy2026`                   school year 2026-2027
 *   `2026-autumn`, `2027-spring`  a term
 *   `2026-03-01..2026-06-30`   a date range (inclusive)
 */
export type Period =
  | { kind: 'calendarYear'; year: number }
  | { kind: 'schoolYear'; year: number }
  | { kind: 'term'; year: number; term: TermName }
  | { kind: 'range'; from: string; to: string };

export function parsePeriod(text: string): Period | null {
  const s = text.trim();
  let m = /^(\d{4})$/.exec(s);
  if (m) return { kind: 'calendarYear', year: Number(m[1]) };
  m = /^sy(\d{4})$/i.exec(s) ?? /^(\d{4})-(\d{4})$/.exec(s);
  if (m && (m[2] === undefined || Number(m[2]) === Number(m[1]) + 1)) return { kind: 'schoolYear', year: Number(m[1]) };
  m = /^(\d{4})-(autumn|spring)$/i.exec(s);
  if (m) return { kind: 'term', year: Number(m[1]), term: m[2]!.toLowerCase() as TermName };
  m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(s);
  if (m && isCalendarDate(m[1]) && isCalendarDate(m[2]) && m[1]! <= m[2]!) return { kind: 'range', from: m[1]!, to: m[2]! };
  return null;
}

export function formatPeriod(p: Period): string {
  switch (p.kind) {
    case 'calendarYear':
      return String(p.year);
    case 'schoolYear':
      return `sy${p.year}`;
    case 'term':
      return `${p.year}-${p.term}`;
    case 'range':
      return `${p.from}..${p.to}`;
  }
}

export function periodRange(p: Period, terms: TermBoundaries = DEFAULT_TERMS): DateRange {
  switch (p.kind) {
    case 'calendarYear':
      return { from: calendarDate(p.year, 1, 1), to: calendarDate(p.year, 12, 31) };
    case 'schoolYear':
      return schoolYearRange(p.year);
    case 'term':
      return termRange(p.year, p.term, terms);
    case 'range':
      return { from: p.from, to: p.to };
  }
}

export function periodLabel(p: Period, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  switch (p.kind) {
    case 'calendarYear':
      return locale === 'zh-CN' ? `${p.year}年` : String(p.year);
    case 'schoolYear':
      return schoolYearLabel(p.year, locale);
    case 'term':
      return termLabel(p.year, p.term, locale);
    case 'range':
      return locale === 'zh-CN' ? `${p.from} 至 ${p.to}` : `${p.from} – ${p.to}`;
  }
}
