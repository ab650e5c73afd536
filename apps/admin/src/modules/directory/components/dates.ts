import dayjs, { type Dayjs } from 'dayjs';

/** A DatePicker's value as the API's calendar date, or null. */
export const toDate = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);
/** The API's calendar date as a DatePicker's value. */
export const fromDate = (s: string | null | undefined): Dayjs | undefined => (s ? dayjs(s) : undefined);
