/** Pure rules of the daily routine: the sample warnings and the period a record covers. */
import { addDays, weekday, type CalendarDate } from '@schoolbridge/shared';
import type { RoutineKind } from './entities/routine-record.entity.js';

export const SAMPLE_WARNINGS = ['underweight', 'removedEarly'] as const;
export type SampleWarning = (typeof SAMPLE_WARNINGS)[number];

/** Too light (below `minGrams`) or taken out before `minHours` (warnings, never refusals). */
export function sampleWarnings(s: { weightG: number; keptMinutes: number | null }, minGrams: number, minHours: number): SampleWarning[] {
  const warnings: SampleWarning[] = [];
  if (s.weightG < minGrams) warnings.push('underweight');
  if (s.keptMinutes !== null && s.keptMinutes < minHours * 60) warnings.push('removedEarly');
  return warnings;
}

/** Whole minutes from retained to removed (negative when removal is before retention). */
export function keptMinutes(retainedAt: Date, removedAt: Date): number {
  return Math.floor((removedAt.getTime() - retainedAt.getTime()) / 60_000);
}

/** The first day of the period a record on `date` covers: the day, the week's Monday, the month's first. */
export function periodStart(kind: RoutineKind, date: CalendarDate): CalendarDate {
  if (kind === 'dailyCheck') return date;
  if (kind === 'weeklyReview') return addDays(date, -((weekday(date) + 6) % 7));
  return `${date.slice(0, 8)}01`;
}

/** The last day of the period starting on `start`. */
export function periodEnd(kind: RoutineKind, start: CalendarDate): CalendarDate {
  if (kind === 'dailyCheck') return start;
  if (kind === 'weeklyReview') return addDays(start, 6);
  const [y, m] = start.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}
