import { describe, expect, it } from 'vitest';
import { eligibility, enrolmentOpen, nextToPromote, withdrawalOpen, type Eligibility, type EligibleTeacher } from '../../../src/training/rules/index.js';

const teacher: EligibleTeacher = { schoolId: 's1', subjects: ['chinese', 'math'], stages: ['primary'] };

describe('eligibility', () => {
  it('admits anyone when the session sets no criteria, empty or missing', () => {
    expect(eligibility(teacher, {})).toEqual({ ok: true, reasons: [] });
    expect(eligibility(teacher, { schoolIds: [], subjects: [], stages: [] })).toEqual({ ok: true, reasons: [] });
    expect(eligibility(teacher, { schoolIds: null, subjects: null, stages: null })).toEqual({ ok: true, reasons: [] });
  });

  it('admits a teacher who meets each criterion set, one subject and one stage in common being enough', () => {
    expect(eligibility(teacher, { schoolIds: ['s1', 's2'], subjects: ['math'], stages: ['primary', 'junior'] })).toEqual({ ok: true, reasons: [] });
  });

  it('gives every reason a teacher is not eligible', () => {
    expect(eligibility(teacher, { schoolIds: ['s2'], subjects: ['english'], stages: ['junior'] })).toEqual({
      ok: false,
      reasons: ['training.eligibility.school', 'training.eligibility.subject', 'training.eligibility.stage'],
    });
    expect(eligibility(teacher, { subjects: ['english'] })).toEqual({ ok: false, reasons: ['training.eligibility.subject'] });
  });

  it('refuses a teacher without subjects or stages where the session asks for them', () => {
    expect(eligibility({ schoolId: 's1', subjects: [], stages: [] }, { subjects: ['math'], stages: ['primary'] }).reasons).toEqual([
      'training.eligibility.subject',
      'training.eligibility.stage',
    ]);
  });
});

describe('nextToPromote', () => {
  const entries = [
    { teacherId: 't3', sequence: 3 },
    { teacherId: 't1', sequence: 1 },
    { teacherId: 't2', sequence: 2 },
  ];
  const ok: Eligibility = { ok: true, reasons: [] };
  const movedSchool: Eligibility = { ok: false, reasons: ['training.eligibility.school'] };

  it('promotes the lowest sequence number, whatever the order given', () => {
    expect(nextToPromote(entries, () => ok)).toEqual({ next: { teacherId: 't1', sequence: 1 }, skipped: [] });
  });

  it('skips teachers no longer eligible and says why', () => {
    const result = nextToPromote(entries, (e) => (e.teacherId === 't1' ? movedSchool : ok));
    expect(result).toEqual({
      next: { teacherId: 't2', sequence: 2 },
      skipped: [{ entry: { teacherId: 't1', sequence: 1 }, reasons: ['training.eligibility.school'] }],
    });
  });

  it('promotes nobody when nobody is eligible, listing all in order', () => {
    const result = nextToPromote(entries, () => movedSchool);
    expect(result.next).toBeNull();
    expect(result.skipped.map((s) => s.entry.teacherId)).toEqual(['t1', 't2', 't3']);
  });

  it('promotes nobody from an empty waitlist', () => {
    expect(nextToPromote([], () => ok)).toEqual({ next: null, skipped: [] });
  });

  it('checks no one after the teacher it promotes', () => {
    const checked: string[] = [];
    nextToPromote(entries, (e) => (checked.push(e.teacherId), ok));
    expect(checked).toEqual(['t1']);
  });

  it('hands back the caller’s own entries', () => {
    const rich = [{ teacherId: 't1', sequence: 7, enrolmentId: 'e7' }];
    expect(nextToPromote(rich, () => ok).next?.enrolmentId).toBe('e7');
  });
});

describe('enrolment and withdrawal dates', () => {
  it('opens enrolment from the first to the last day, both included', () => {
    const window = { opens: '2026-10-01', closes: '2026-10-31' };
    expect(enrolmentOpen('2026-09-30', window)).toEqual({ open: false, reason: 'training.enrolment.notYetOpen' });
    expect(enrolmentOpen('2026-10-01', window)).toEqual({ open: true });
    expect(enrolmentOpen('2026-10-31', window)).toEqual({ open: true });
    expect(enrolmentOpen('2026-11-01', window)).toEqual({ open: false, reason: 'training.enrolment.closed' });
  });

  it('leaves a side without a date open', () => {
    expect(enrolmentOpen('2000-01-01', { opens: null, closes: '2026-10-31' })).toEqual({ open: true });
    expect(enrolmentOpen('2099-01-01', { opens: '2026-10-01', closes: null })).toEqual({ open: true });
    expect(enrolmentOpen('2026-10-01', { opens: null, closes: null })).toEqual({ open: true });
  });

  it('allows withdrawal up to and including the deadline', () => {
    expect(withdrawalOpen('2026-11-01', '2026-11-01')).toEqual({ open: true });
    expect(withdrawalOpen('2026-11-02', '2026-11-01')).toEqual({ open: false, reason: 'training.withdrawal.closed' });
    expect(withdrawalOpen('2026-11-02', null)).toEqual({ open: true });
  });

  it('refuses strings that are not dates rather than compare them as text', () => {
    expect(() => enrolmentOpen('2026-10-1', { opens: '2026-10-01', closes: null })).toThrow(RangeError);
    expect(() => withdrawalOpen('2026-10-01', '2026/11/01')).toThrow(RangeError);
  });
});
