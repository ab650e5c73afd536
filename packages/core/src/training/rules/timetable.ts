/**
 * A session's timetable (课程安排表): days, each with modules per half-day, and which half-days are
 * participants' attendance slots.
 */
import { addDays, compareDates, isCalendarDate, weekday, type CalendarDate } from '@schoolbridge/shared';
import type { FieldError } from '../../platform/errors/problem.js';
import { TrainingRuleError } from './errors.js';
import { HALF_DAYS, MODULE_KINDS, type HalfDay, type ModuleKind } from './vocab.js';

export interface TimetableModule {
  kind: ModuleKind;
  /** The local teacher giving a demonstration or feedback lesson; null while not yet designated. */
  lessonTeacherId?: string | null;
}

export interface TimetableHalfDay {
  half: HalfDay;
  /** An attendance slot for participants; false for what only the team attends (the Sunday). */
  participantSlot: boolean;
  modules: TimetableModule[];
}

export interface TimetableDay {
  date: CalendarDate;
  halves: TimetableHalfDay[];
}

/** One half-day of one date: the unit of attendance and of conflicts. */
export interface Slot {
  date: CalendarDate;
  half: HalfDay;
}

const HALF_ORDER: Record<HalfDay, number> = { am: 0, pm: 1 };

export function compareSlots(a: Slot, b: Slot): number {
  return compareDates(a.date, b.date) || HALF_ORDER[a.half] - HALF_ORDER[b.half];
}

/** The stable text key of a slot, `2026-11-09.am`: used in check-in codes and URLs. */
export function slotKey(slot: Slot): string {
  return `${slot.date}.${slot.half}`;
}

export function parseSlotKey(key: string): Slot | null {
  const m = /^(\d{4}-\d{2}-\d{2})\.(am|pm)$/.exec(key);
  if (!m || !isCalendarDate(m[1])) return null;
  return { date: m[1], half: m[2] as HalfDay };
}

const modules = (...kinds: ModuleKind[]): TimetableModule[] => kinds.map((kind) => ({ kind }));
const lesson = (kind: 'demonstrationLesson' | 'feedbackLesson'): TimetableModule => ({ kind, lessonTeacherId: null });

/**
 * The "送培到校 6 days" plan (DOMAIN.md §4; seed 000 part I): the team arrives on the Sunday; on
 * Monday morning the experts watch a local teacher's demonstration lesson; four days of polishing
 * with the modules around it; on Friday the 2 designated local teachers each give a feedback lesson,
 * then the summary. Participants' slots are the ten half-days Monday to Friday. A starting point the
 * coordinator edits, so every call returns fresh objects.
 */
export function toSchoolTemplate(sunday: CalendarDate): TimetableDay[] {
  if (weekday(sunday) !== 0) throw new TrainingRuleError('training.timetable.templateNeedsSunday', { date: sunday, weekday: weekday(sunday) });
  const plan: [TimetableModule[], TimetableModule[]][] = [
    [[lesson('demonstrationLesson')], modules('polishing', 'ethics')],
    [modules('professionalDevelopment', 'polishing'), modules('polishing', 'jointPlanning')],
    [modules('efficientClassroom', 'polishing'), modules('polishing', 'jointPlanning')],
    [modules('teachingMethods', 'polishing'), modules('polishing')],
    [[lesson('feedbackLesson')], [lesson('feedbackLesson'), ...modules('summary')]],
  ];
  return [
    { date: sunday, halves: [{ half: 'pm', participantSlot: false, modules: modules('arrival') }] },
    ...plan.map(([am, pm], i) => ({
      date: addDays(sunday, i + 1),
      halves: [
        { half: 'am' as const, participantSlot: true, modules: am },
        { half: 'pm' as const, participantSlot: true, modules: pm },
      ],
    })),
  ];
}

/** The participants' attendance slots, in time order. */
export function participantSlots(days: readonly TimetableDay[]): Slot[] {
  return days.flatMap((d) => d.halves.filter((h) => h.participantSlot).map((h) => ({ date: d.date, half: h.half }))).sort(compareSlots);
}

/** Local wall-clock times ('HH:MM') of the half-days. */
export type HalfDayTimes = Record<HalfDay, { start: string; end: string }>;

/** Usual school hours; a session may set its own. */
export const DEFAULT_HALF_DAY_TIMES: HalfDayTimes = {
  am: { start: '08:30', end: '12:00' },
  pm: { start: '14:00', end: '17:30' },
};

/**
 * A slot's local start and end, free of any instant: the deployment's time zone turns them into
 * instants where one is needed (ARCHITECTURE §4).
 */
export function slotInterval(date: CalendarDate, half: HalfDay, times: HalfDayTimes = DEFAULT_HALF_DAY_TIMES): Slot & { start: string; end: string } {
  if (!isCalendarDate(date)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return { date, half, start: times[half].start, end: times[half].end };
}

/**
 * Field errors of a timetable, with paths like `days[2].halves[0].modules[1].kind`: dates valid,
 * in order and each once; half-days and module kinds known, each half once a day; at least one
 * participant slot (a session without one can never be completed).
 */
export function validateTimetable(days: readonly TimetableDay[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  let previous: CalendarDate | null = null;
  days.forEach((day, i) => {
    const at = `days[${i}]`;
    if (!isCalendarDate(day.date)) errors.push({ field: `${at}.date`, code: 'validation.isCalendarDate' });
    else if (seen.has(day.date)) errors.push({ field: `${at}.date`, code: 'training.timetable.duplicateDay', params: { date: day.date } });
    else {
      if (previous !== null && compareDates(day.date, previous) < 0)
        errors.push({ field: `${at}.date`, code: 'training.timetable.datesOutOfOrder', params: { date: day.date, previous } });
      seen.add(day.date);
      previous = day.date;
    }
    const halves = new Set<string>();
    day.halves.forEach((h, j) => {
      const hat = `${at}.halves[${j}]`;
      if (!(HALF_DAYS as string[]).includes(h.half)) errors.push({ field: `${hat}.half`, code: 'validation.isIn', params: { allowed: HALF_DAYS } });
      else if (halves.has(h.half)) errors.push({ field: `${hat}.half`, code: 'training.timetable.duplicateHalf', params: { date: day.date, half: h.half } });
      halves.add(h.half);
      h.modules.forEach((m, k) => {
        if (!(MODULE_KINDS as string[]).includes(m.kind))
          errors.push({ field: `${hat}.modules[${k}].kind`, code: 'validation.isIn', params: { allowed: MODULE_KINDS } });
      });
    });
  });
  if (!days.some((d) => d.halves.some((h) => h.participantSlot))) errors.push({ field: 'days', code: 'training.timetable.noParticipantSlot' });
  return errors;
}
