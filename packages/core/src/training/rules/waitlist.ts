/**
 * Enrolment rules (DOMAIN.md §4): eligibility by schools, subjects and stages, the waitlist's order,
 * and the enrolment and withdrawal dates.
 */
import { compareDates, parseCalendarDate, type CalendarDate } from '@schoolbridge/shared';

export type IneligibleReason = 'training.eligibility.school' | 'training.eligibility.subject' | 'training.eligibility.stage';

export interface Eligibility {
  ok: boolean;
  reasons: IneligibleReason[];
}

export interface EligibleTeacher {
  schoolId: string;
  subjects: readonly string[];
  stages: readonly string[];
}

/** A session's eligibility criteria; a missing or empty list admits anyone on that criterion. */
export interface EligibilityCriteria {
  schoolIds?: readonly string[] | null;
  subjects?: readonly string[] | null;
  stages?: readonly string[] | null;
}

/** Eligible when each criterion the session sets is met: the school listed, and one subject and one stage in common. */
export function eligibility(teacher: EligibleTeacher, session: EligibilityCriteria): Eligibility {
  const reasons: IneligibleReason[] = [];
  const { schoolIds, subjects, stages } = session;
  if (schoolIds?.length && !schoolIds.includes(teacher.schoolId)) reasons.push('training.eligibility.school');
  if (subjects?.length && !teacher.subjects.some((s) => subjects.includes(s))) reasons.push('training.eligibility.subject');
  if (stages?.length && !teacher.stages.some((s) => stages.includes(s))) reasons.push('training.eligibility.stage');
  return { ok: reasons.length === 0, reasons };
}

export interface WaitlistEntry {
  teacherId: string;
  /** Given in the transaction that refused a seat; lower waited longer. */
  sequence: number;
}

export interface Promotion<E extends WaitlistEntry> {
  /** Who takes the freed seat; null when nobody on the waitlist is eligible. */
  next: E | null;
  /** Entries passed over before `next` (or all of them), in order, with why. */
  skipped: { entry: E; reasons: IneligibleReason[] }[];
}

/**
 * The waitlisted teacher a freed seat goes to: the lowest sequence number whose teacher is still
 * eligible (eligibility is re-checked, as a teacher may have changed school or subjects meanwhile).
 */
export function nextToPromote<E extends WaitlistEntry>(waitlist: readonly E[], isEligible: (entry: E) => Eligibility): Promotion<E> {
  const skipped: Promotion<E>['skipped'] = [];
  for (const entry of [...waitlist].sort((a, b) => a.sequence - b.sequence)) {
    const e = isEligible(entry);
    if (e.ok) return { next: entry, skipped };
    skipped.push({ entry, reasons: e.reasons });
  }
  return { next: null, skipped };
}

export type DateWindowVerdict<R extends string> = { open: true } | { open: false; reason: R };

/** Withdrawal is open up to and including the deadline; no deadline means open. */
export function withdrawalOpen(today: CalendarDate, deadline: CalendarDate | null): DateWindowVerdict<'training.withdrawal.closed'> {
  checkDates(today, deadline);
  if (deadline !== null && compareDates(today, deadline) > 0) return { open: false, reason: 'training.withdrawal.closed' };
  return { open: true };
}

export interface EnrolmentWindow {
  opens: CalendarDate | null;
  closes: CalendarDate | null;
}

/** Enrolment is open from `opens` to `closes`, both included; a missing end leaves that side open. */
export function enrolmentOpen(today: CalendarDate, window: EnrolmentWindow): DateWindowVerdict<'training.enrolment.notYetOpen' | 'training.enrolment.closed'> {
  checkDates(today, window.opens, window.closes);
  if (window.opens !== null && compareDates(today, window.opens) < 0) return { open: false, reason: 'training.enrolment.notYetOpen' };
  if (window.closes !== null && compareDates(today, window.closes) > 0) return { open: false, reason: 'training.enrolment.closed' };
  return { open: true };
}

/** Compared as strings, so each must really be YYYY-MM-DD (RangeError otherwise). */
function checkDates(...dates: (CalendarDate | null)[]): void {
  for (const d of dates) if (d !== null) parseCalendarDate(d);
}
