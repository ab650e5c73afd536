import { describe, expect, it } from 'vitest';
import { findConflicts, occupiedDays, teacherClashes, toSchoolTemplate, type OccupiedDay, type SessionBooking } from '../../../src/training/rules/index.js';

/** A 送培到校 week from its Sunday: the Sunday is the team's, Monday–Friday have both half-days as slots. */
const week = (sunday: string): OccupiedDay[] => occupiedDays(toSchoolTemplate(sunday));

const session = (id: string, extra: Partial<SessionBooking> = {}): SessionBooking => ({
  id,
  days: week('2026-11-08'),
  venueId: `venue-${id}`,
  teamLeaderId: null,
  expertIds: [],
  teacherIds: [],
  ...extra,
});

describe('findConflicts', () => {
  it('finds nothing between sessions that share nobody and no venue', () => {
    expect(findConflicts(session('a', { expertIds: ['e1'], teacherIds: ['t1'] }), [session('b', { expertIds: ['e2'], teacherIds: ['t2'] })])).toEqual([]);
  });

  it('books an expert on both half-days of every day, the Sunday included', () => {
    const clashes = findConflicts(session('a', { expertIds: ['e1'] }), [session('b', { expertIds: ['e1'] })]);
    expect(clashes).toHaveLength(12);
    expect(clashes[0]).toEqual({ kind: 'expert', personOrVenueId: 'e1', otherSessionId: 'b', otherRole: 'expert', date: '2026-11-08', half: 'am' });
  });

  it('flags a team leader on the Sunday but not a participant', () => {
    // A one-day lecture on the Sunday of a's week, with both half-days as attendance slots.
    const sundayLecture = (extra: Partial<SessionBooking>) =>
      session('b', { days: [{ date: '2026-11-08', participantHalves: ['am', 'pm'] }], venueId: null, ...extra });
    expect(findConflicts(session('a', { teamLeaderId: 'p1', venueId: null }), [sundayLecture({ teacherIds: ['p1'] })])).toEqual([
      { kind: 'teamLeader', personOrVenueId: 'p1', otherSessionId: 'b', otherRole: 'teacher', date: '2026-11-08', half: 'am' },
      { kind: 'teamLeader', personOrVenueId: 'p1', otherSessionId: 'b', otherRole: 'teacher', date: '2026-11-08', half: 'pm' },
    ]);
    expect(findConflicts(session('a', { teacherIds: ['p2'], venueId: null }), [sundayLecture({ teacherIds: ['p2'] })])).toEqual([]);
  });

  it('finds a teacher enrolled in two sessions on the same half-day only', () => {
    const other = session('b', { days: [{ date: '2026-11-10', participantHalves: ['pm'] }], teacherIds: ['t1'] });
    expect(findConflicts(session('a', { teacherIds: ['t1'] }), [other])).toEqual([
      { kind: 'teacher', personOrVenueId: 't1', otherSessionId: 'b', otherRole: 'teacher', date: '2026-11-10', half: 'pm' },
    ]);
    const morningOnly = session('a', { days: [{ date: '2026-11-10', participantHalves: ['am'] }], teacherIds: ['t1'] });
    expect(findConflicts(morningOnly, [other])).toEqual([]);
  });

  it('finds a venue busy on every day of a session, even for a day without slots', () => {
    const sundayPrep = session('b', { days: [{ date: '2026-11-08', participantHalves: [] }], venueId: 'school-1' });
    expect(findConflicts(session('a', { venueId: 'school-1' }), [sundayPrep])).toEqual([
      { kind: 'venue', personOrVenueId: 'school-1', otherSessionId: 'b', date: '2026-11-08', half: 'am' },
      { kind: 'venue', personOrVenueId: 'school-1', otherSessionId: 'b', date: '2026-11-08', half: 'pm' },
    ]);
  });

  it('does not take two sessions without a venue for a venue clash', () => {
    expect(findConflicts(session('a', { venueId: null }), [session('b', { venueId: null })])).toEqual([]);
  });

  it('counts a team leader who is also listed as an expert once, as the leader', () => {
    const clashes = findConflicts(session('a', { teamLeaderId: 'p1', expertIds: ['p1', 'p1'], venueId: null }), [
      session('b', { expertIds: ['p1'], venueId: null }),
    ]);
    expect(clashes).toHaveLength(12);
    expect(new Set(clashes.map((c) => `${c.kind}/${c.otherRole}`))).toEqual(new Set(['teamLeader/expert']));
  });

  it('finds a person in different roles: an expert here, enrolled as a teacher there', () => {
    const other = session('b', { days: [{ date: '2026-11-12', participantHalves: ['am'] }], teacherIds: ['p1'], venueId: null });
    expect(findConflicts(session('a', { expertIds: ['p1'], venueId: null }), [other])).toEqual([
      { kind: 'expert', personOrVenueId: 'p1', otherSessionId: 'b', otherRole: 'teacher', date: '2026-11-12', half: 'am' },
    ]);
  });

  it('ignores cancelled sessions and the candidate itself', () => {
    const same = session('a', { expertIds: ['e1'] });
    expect(findConflicts(same, [same, session('b', { expertIds: ['e1'], status: 'cancelled' })])).toEqual([]);
    expect(findConflicts(same, [session('c', { expertIds: ['e1'], status: 'draft' })])).toHaveLength(12);
  });

  it('finds nothing between back-to-back weeks', () => {
    expect(
      findConflicts(session('a', { expertIds: ['e1'], venueId: 'v' }), [session('b', { days: week('2026-11-15'), expertIds: ['e1'], venueId: 'v' })]),
    ).toEqual([]);
  });

  it('lists every clash in time order, venue first, then by person and other session', () => {
    const day: OccupiedDay[] = [{ date: '2026-11-09', participantHalves: ['am'] }];
    const clashes = findConflicts(session('a', { days: day, venueId: 'v', expertIds: ['e2', 'e1'], teacherIds: ['t1'] }), [
      session('c', { days: day, venueId: 'v', expertIds: ['e1'] }),
      session('b', { days: day, venueId: 'v', expertIds: ['e2', 'e1'], teacherIds: ['t1'] }),
    ]);
    expect(clashes.map((c) => [c.half, c.kind, c.personOrVenueId, c.otherSessionId])).toEqual([
      ['am', 'venue', 'v', 'b'],
      ['am', 'venue', 'v', 'c'],
      ['am', 'expert', 'e1', 'b'],
      ['am', 'expert', 'e1', 'c'],
      ['am', 'expert', 'e2', 'b'],
      ['am', 'teacher', 't1', 'b'],
      ['pm', 'venue', 'v', 'b'],
      ['pm', 'venue', 'v', 'c'],
      ['pm', 'expert', 'e1', 'b'],
      ['pm', 'expert', 'e1', 'c'],
      ['pm', 'expert', 'e2', 'b'],
    ]);
  });
});

describe('teacherClashes', () => {
  const slots = [
    { date: '2026-11-09', half: 'am' as const },
    { date: '2026-11-09', half: 'pm' as const },
    { date: '2026-11-10', half: 'am' as const },
  ];

  it('lists the slots a teacher already spends in other sessions', () => {
    expect(
      teacherClashes(slots, [
        {
          id: 'b',
          days: [
            { date: '2026-11-09', participantHalves: ['pm'] },
            { date: '2026-11-10', participantHalves: ['am'] },
          ],
        },
      ]),
    ).toEqual([
      { date: '2026-11-09', half: 'pm', sessionId: 'b' },
      { date: '2026-11-10', half: 'am', sessionId: 'b' },
    ]);
  });

  it('books the whole day where the teacher is on the team of the other session', () => {
    const sunday = [{ date: '2026-11-09', participantHalves: [] }];
    expect(teacherClashes(slots, [{ id: 'b', days: sunday }])).toEqual([]);
    expect(teacherClashes(slots, [{ id: 'b', days: sunday, role: 'expert' }])).toEqual([
      { date: '2026-11-09', half: 'am', sessionId: 'b' },
      { date: '2026-11-09', half: 'pm', sessionId: 'b' },
    ]);
  });

  it('ignores cancelled sessions and finds nothing for no slots', () => {
    const b = { id: 'b', days: [{ date: '2026-11-09', participantHalves: ['am' as const] }] };
    expect(teacherClashes(slots, [{ ...b, status: 'cancelled' }])).toEqual([]);
    expect(teacherClashes([], [b])).toEqual([]);
  });
});
