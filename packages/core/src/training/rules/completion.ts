/**
 * Completion of a session by one teacher, and what it means for credits (DOMAIN.md §4, §5).
 */
import type { AttendanceMark } from './vocab.js';

export const DEFAULT_COMPLETION_THRESHOLD_PERCENT = 80;

export interface Completion {
  /** Slots marked present or late: late counts as present, excused does not (DOMAIN.md §4). */
  attended: number;
  excused: number;
  absent: number;
  slotCount: number;
  /** The fewest attended slots that complete. */
  requiredSlots: number;
  completed: boolean;
}

/**
 * One teacher's completion from their marks (one per slot; slots without a mark count as not
 * attended). Completes when attended × 100 ≥ threshold × slots, in integers so that exactly 80%
 * completes. A session without slots completes nobody: no credit without evidence (绝不送1分, §5).
 */
export function completionOf(marks: readonly AttendanceMark[], slotCount: number, thresholdPercent = DEFAULT_COMPLETION_THRESHOLD_PERCENT): Completion {
  if (!Number.isInteger(slotCount) || slotCount < 0) throw new RangeError(`slotCount must be a whole number ≥ 0, got ${slotCount}`);
  if (!Number.isInteger(thresholdPercent) || thresholdPercent < 1 || thresholdPercent > 100)
    throw new RangeError(`thresholdPercent must be a whole number 1–100, got ${thresholdPercent}`);
  if (marks.length > slotCount) throw new RangeError(`${marks.length} marks for ${slotCount} slots: one mark per slot at most`);
  const count = (m: AttendanceMark) => marks.filter((x) => x === m).length;
  const attended = count('present') + count('late');
  const requiredSlots = Math.ceil((thresholdPercent * slotCount) / 100);
  return {
    attended,
    excused: count('excused'),
    absent: count('absent'),
    slotCount,
    requiredSlots,
    completed: slotCount > 0 && attended * 100 >= thresholdPercent * slotCount,
  };
}

export type CreditHandOff = 'award' | 'reverse' | 'none';

/**
 * What the credits outbox gets for one (session, teacher) when completion is (re)computed. At most
 * one award stands unreversed: re-running awards nothing twice, a correction that undoes completion
 * writes a reversal (never an edit, §5), and completing again after a reversal awards again.
 */
export function creditHandOff(previous: { awarded: boolean }, nowCompleted: boolean): CreditHandOff {
  if (nowCompleted && !previous.awarded) return 'award';
  if (!nowCompleted && previous.awarded) return 'reverse';
  return 'none';
}
