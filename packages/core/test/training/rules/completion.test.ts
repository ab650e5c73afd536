import { describe, expect, it } from 'vitest';
import { completionOf, creditHandOff, type AttendanceMark } from '../../../src/training/rules/index.js';

const marks = (counts: Partial<Record<AttendanceMark, number>>): AttendanceMark[] =>
  (Object.entries(counts) as [AttendanceMark, number][]).flatMap(([m, n]) => Array<AttendanceMark>(n).fill(m));

describe('completionOf', () => {
  it('completes at exactly 80%: 8 of 10', () => {
    expect(completionOf(marks({ present: 8, absent: 2 }), 10)).toEqual({
      attended: 8,
      excused: 0,
      absent: 2,
      slotCount: 10,
      requiredSlots: 8,
      completed: true,
    });
    expect(completionOf(marks({ present: 7, absent: 3 }), 10)).toMatchObject({ attended: 7, completed: false });
  });

  it('counts late as attended', () => {
    expect(completionOf(marks({ present: 5, late: 3, absent: 2 }), 10)).toMatchObject({ attended: 8, completed: true });
  });

  it('does not count excused slots', () => {
    expect(completionOf(marks({ present: 7, excused: 3 }), 10)).toMatchObject({ attended: 7, excused: 3, completed: false });
    expect(completionOf(marks({ excused: 10 }), 10)).toMatchObject({ attended: 0, excused: 10, completed: false });
  });

  it('counts slots without a mark as not attended', () => {
    expect(completionOf(marks({ present: 7 }), 10)).toMatchObject({ attended: 7, absent: 0, completed: false });
    expect(completionOf([], 10)).toMatchObject({ attended: 0, completed: false });
  });

  it('completes nobody in a session without slots', () => {
    expect(completionOf([], 0)).toEqual({ attended: 0, excused: 0, absent: 0, slotCount: 0, requiredSlots: 0, completed: false });
  });

  it('decides in integers where the share is not a round number', () => {
    // 80% of 7 is 5.6: 6 are needed, 5 are not enough.
    expect(completionOf(marks({ present: 5, absent: 2 }), 7)).toMatchObject({ requiredSlots: 6, completed: false });
    expect(completionOf(marks({ present: 6, absent: 1 }), 7)).toMatchObject({ requiredSlots: 6, completed: true });
    // 14% of 50 is exactly 7, where 0.14 * 50 in floating point is 7.000000000000001.
    expect(completionOf(marks({ present: 7, absent: 43 }), 50, 14)).toMatchObject({ requiredSlots: 7, completed: true });
    expect(completionOf(marks({ present: 6, absent: 44 }), 50, 14)).toMatchObject({ completed: false });
  });

  it('takes the threshold as a parameter', () => {
    expect(completionOf(marks({ present: 10 }), 10, 100)).toMatchObject({ completed: true });
    expect(completionOf(marks({ present: 9, absent: 1 }), 10, 100)).toMatchObject({ completed: false });
    expect(completionOf(marks({ present: 1 }), 10, 10)).toMatchObject({ completed: true });
  });

  it('refuses impossible input', () => {
    expect(() => completionOf(marks({ present: 11 }), 10)).toThrow(RangeError);
    expect(() => completionOf([], -1)).toThrow(RangeError);
    expect(() => completionOf([], 2.5)).toThrow(RangeError);
    expect(() => completionOf([], 10, 0)).toThrow(RangeError);
    expect(() => completionOf([], 10, 101)).toThrow(RangeError);
    expect(() => completionOf([], 10, 79.5)).toThrow(RangeError);
  });
});

describe('creditHandOff', () => {
  it('awards a first completion', () => {
    expect(creditHandOff({ awarded: false }, true)).toBe('award');
  });

  it('never awards twice when completion is re-run', () => {
    expect(creditHandOff({ awarded: true }, true)).toBe('none');
  });

  it('reverses an award when a correction undoes completion', () => {
    expect(creditHandOff({ awarded: true }, false)).toBe('reverse');
  });

  it('does nothing for a teacher who neither had nor has completion', () => {
    expect(creditHandOff({ awarded: false }, false)).toBe('none');
  });

  it('awards again after a reversal, and keeps at most one award standing along the way', () => {
    let awarded = false;
    let standing = 0;
    for (const completed of [true, true, false, false, true, true]) {
      const step = creditHandOff({ awarded }, completed);
      if (step === 'award') standing++;
      if (step === 'reverse') standing--;
      awarded = step === 'award' ? true : step === 'reverse' ? false : awarded;
      expect(standing).toBeLessThanOrEqual(1);
      expect(awarded).toBe(completed);
    }
    expect(standing).toBe(1);
  });
});
