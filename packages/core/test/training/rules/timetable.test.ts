import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HALF_DAY_TIMES,
  parseSlotKey,
  participantSlots,
  slotInterval,
  slotKey,
  toSchoolTemplate,
  TrainingRuleError,
  validateTimetable,
  type TimetableDay,
} from '../../../src/training/rules/index.js';

const SUNDAY = '2026-11-08';

describe('toSchoolTemplate', () => {
  const days = toSchoolTemplate(SUNDAY);

  it('lays out six days, Sunday to Friday', () => {
    expect(days.map((d) => d.date)).toEqual(['2026-11-08', '2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13']);
  });

  it('gives participants exactly ten slots, the half-days Monday to Friday', () => {
    const slots = participantSlots(days);
    expect(slots).toHaveLength(10);
    expect(slots[0]).toEqual({ date: '2026-11-09', half: 'am' });
    expect(slots[9]).toEqual({ date: '2026-11-13', half: 'pm' });
    expect(slots.some((s) => s.date === SUNDAY)).toBe(false);
  });

  it('keeps the Sunday for the team’s arrival and preparation, not an attendance slot', () => {
    expect(days[0]!.halves).toEqual([{ half: 'pm', participantSlot: false, modules: [{ kind: 'arrival' }] }]);
  });

  it('opens with a local teacher’s demonstration lesson and polishes it through Thursday', () => {
    expect(days[1]!.halves[0]!.modules).toEqual([{ kind: 'demonstrationLesson', lessonTeacherId: null }]);
    const polishing = days
      .slice(1, 5)
      .flatMap((d) => d.halves.flatMap((h) => h.modules.filter((m) => m.kind === 'polishing').map(() => `${d.date}.${h.half}`)));
    expect(polishing).toHaveLength(7);
    const kinds = new Set(days.flatMap((d) => d.halves.flatMap((h) => h.modules.map((m) => m.kind))));
    for (const k of ['ethics', 'professionalDevelopment', 'efficientClassroom', 'teachingMethods', 'jointPlanning'] as const) expect(kinds).toContain(k);
  });

  it('ends on Friday with two feedback lessons awaiting their designated teachers, and the summary', () => {
    const friday = days[5]!.halves.flatMap((h) => h.modules);
    expect(friday.filter((m) => m.kind === 'feedbackLesson')).toEqual([
      { kind: 'feedbackLesson', lessonTeacherId: null },
      { kind: 'feedbackLesson', lessonTeacherId: null },
    ]);
    expect(friday.at(-1)).toEqual({ kind: 'summary' });
  });

  it('is a valid timetable', () => {
    expect(validateTimetable(days)).toEqual([]);
  });

  it('returns fresh objects the coordinator can edit', () => {
    const a = toSchoolTemplate(SUNDAY);
    a[1]!.halves[0]!.modules[0]!.lessonTeacherId = 't1';
    expect(toSchoolTemplate(SUNDAY)[1]!.halves[0]!.modules[0]!.lessonTeacherId).toBeNull();
  });

  it('refuses a start that is not a Sunday, with an error code', () => {
    expect(() => toSchoolTemplate('2026-11-09')).toThrow(TrainingRuleError);
    expect(() => toSchoolTemplate('2026-11-09')).toThrow(
      expect.objectContaining({ code: 'training.timetable.templateNeedsSunday', params: { date: '2026-11-09', weekday: 1 } }),
    );
    expect(() => toSchoolTemplate('2026-11-14')).toThrow(TrainingRuleError);
  });

  it('refuses a string that is not a date', () => {
    expect(() => toSchoolTemplate('2026-02-30')).toThrow(RangeError);
  });

  it('works across a month and a year end', () => {
    expect(
      toSchoolTemplate('2026-12-27')
        .map((d) => d.date)
        .at(-1),
    ).toBe('2027-01-01');
  });
});

describe('slots', () => {
  it('have a stable key that reads back', () => {
    expect(slotKey({ date: '2026-11-09', half: 'pm' })).toBe('2026-11-09.pm');
    expect(parseSlotKey('2026-11-09.pm')).toEqual({ date: '2026-11-09', half: 'pm' });
    for (const bad of ['2026-11-09', '2026-11-09.noon', '2026-13-01.am', ' 2026-11-09.am']) expect(parseSlotKey(bad)).toBeNull();
  });

  it('have local times, by default 08:30–12:00 and 14:00–17:30', () => {
    expect(slotInterval('2026-11-09', 'am')).toEqual({ date: '2026-11-09', half: 'am', start: '08:30', end: '12:00' });
    expect(slotInterval('2026-11-09', 'pm')).toEqual({ date: '2026-11-09', half: 'pm', start: '14:00', end: '17:30' });
    expect(slotInterval('2026-11-09', 'pm', { ...DEFAULT_HALF_DAY_TIMES, pm: { start: '14:30', end: '18:00' } })).toMatchObject({
      start: '14:30',
      end: '18:00',
    });
    expect(() => slotInterval('9 Nov', 'am')).toThrow(RangeError);
  });

  it('are listed in time order whatever the order of the halves', () => {
    const days: TimetableDay[] = [
      {
        date: '2026-11-09',
        halves: [
          { half: 'pm', participantSlot: true, modules: [] },
          { half: 'am', participantSlot: true, modules: [] },
        ],
      },
    ];
    expect(participantSlots(days).map(slotKey)).toEqual(['2026-11-09.am', '2026-11-09.pm']);
  });
});

describe('validateTimetable', () => {
  const day = (date: string, participantSlot = true): TimetableDay => ({ date, halves: [{ half: 'am', participantSlot, modules: [{ kind: 'ethics' }] }] });

  it('wants the days in order', () => {
    expect(validateTimetable([day('2026-11-10'), day('2026-11-09')])).toEqual([
      { field: 'days[1].date', code: 'training.timetable.datesOutOfOrder', params: { date: '2026-11-09', previous: '2026-11-10' } },
    ]);
  });

  it('wants each day once', () => {
    expect(validateTimetable([day('2026-11-09'), day('2026-11-09')])).toEqual([
      { field: 'days[1].date', code: 'training.timetable.duplicateDay', params: { date: '2026-11-09' } },
    ]);
  });

  it('wants real dates', () => {
    expect(validateTimetable([day('2026-11-31'), day('2026-11-09')])).toEqual([{ field: 'days[0].date', code: 'validation.isCalendarDate' }]);
  });

  it('wants known module kinds and half-days, each half once a day', () => {
    const days = [
      {
        date: '2026-11-09',
        halves: [
          { half: 'am', participantSlot: true, modules: [{ kind: 'ethics' }, { kind: 'karaoke' }] },
          { half: 'am', participantSlot: true, modules: [] },
          { half: 'evening', participantSlot: false, modules: [] },
        ],
      },
    ] as unknown as TimetableDay[];
    expect(validateTimetable(days).map((e) => [e.field, e.code])).toEqual([
      ['days[0].halves[0].modules[1].kind', 'validation.isIn'],
      ['days[0].halves[1].half', 'training.timetable.duplicateHalf'],
      ['days[0].halves[2].half', 'validation.isIn'],
    ]);
  });

  it('wants at least one participant slot', () => {
    expect(validateTimetable([day('2026-11-08', false)])).toEqual([{ field: 'days', code: 'training.timetable.noParticipantSlot' }]);
    expect(validateTimetable([])).toEqual([{ field: 'days', code: 'training.timetable.noParticipantSlot' }]);
  });

  it('accepts days that are not consecutive', () => {
    expect(validateTimetable([day('2026-11-09'), day('2026-11-16')])).toEqual([]);
  });
});
