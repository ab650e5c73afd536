import dayjs, { type Dayjs } from 'dayjs';
import { serverToday } from '@schoolbridge/ui';

/** A DatePicker's value as the API's calendar date, or null. */
export const toDate = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);
/** The API's calendar date as a DatePicker's value. */
export const fromDate = (s: string | null | undefined): Dayjs | undefined => (s ? dayjs(s) : undefined);

/** A number the API gives in hundredths (4.33 from 433), or the empty mark. */
export function hundredths(value: number | null | undefined, empty = '—'): string {
  if (value === null || value === undefined) return empty;
  return (value / 100).toFixed(2);
}

/** 0 (Sunday) … 6 (Saturday) of a calendar date. */
export function weekdayOf(date: string): number {
  return dayjs(date).day();
}

/** The i18n key of a date's weekday: training.weekday.0 … 6. */
export function weekdayKey(date: string): string {
  return `training.weekday.${weekdayOf(date)}`;
}

export function addDays(date: string, n: number): string {
  return dayjs(date).add(n, 'day').format('YYYY-MM-DD');
}

/** Today as a calendar date on this device. */
export function today(): string {
  return serverToday();
}
