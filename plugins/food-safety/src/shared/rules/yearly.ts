/**
 * A canteen's yearly grade 年度等级 A/B/C from its submitted inspections of the year (DOMAIN §8 names
 * it; neither DOMAIN nor the seeds give the rule, so this follows the national quantified-grading
 * guideline, which grades the year by the mean score of its inspections: ≥ 90 A, 75–89.99 B, below C).
 * Two caps keep a good average from hiding a bad day:
 * - an inspection graded 不合格 in the year makes the year C;
 * - a failed critical item in any inspection of the year caps it at `yearlyCriticalCap` (B by default),
 *   as one caps a single inspection at 一般.
 * Re-inspections count like any inspection; the caller passes the year's submitted ones. Inspections
 * without a score (nothing applicable) neither raise nor lower the mean.
 */
import { DEFAULT_GRADING, validateGradingSettings, type GradingSettings } from './grading.js';
import { YEARLY_GRADES, roundedRatio, type Grade, type YearlyGrade } from './vocab.js';

export interface YearlyInput {
  /** Hundredths, or null when nothing was applicable. */
  score: number | null;
  /** The inspection's grade after its own cap. */
  grade: Grade | null;
  /** Failed critical items in it (corrected on site or not). */
  failedCritical: number;
}

export interface YearlySummary {
  grade: YearlyGrade | null;
  /** Why there is no grade: no inspection of the year has a score. */
  reason: 'noScoredInspections' | null;
  /** Mean of the scored inspections, hundredths, rounded half up. */
  meanScore: number | null;
  /** The grade the mean alone would give. */
  uncappedGrade: YearlyGrade | null;
  /** What lowered the grade, if anything: 'failedInspection' wins over 'failedCritical'. */
  cappedBy: 'failedInspection' | 'failedCritical' | null;
  scored: number;
  unscored: number;
  /** Inspections graded 不合格. */
  failedInspections: number;
  /** Inspections with a failed critical item. */
  withFailedCritical: number;
}

const worse = (a: YearlyGrade, b: YearlyGrade): YearlyGrade => (YEARLY_GRADES.indexOf(a) >= YEARLY_GRADES.indexOf(b) ? a : b);

export function yearlyGrade(inspections: readonly YearlyInput[], settings: GradingSettings = DEFAULT_GRADING): YearlySummary {
  const errors = validateGradingSettings(settings);
  if (errors.length) throw new RangeError(`invalid grading settings: ${errors.map((e) => `${e.field} ${e.code}`).join(', ')}`);
  const scores: number[] = [];
  let failedInspections = 0;
  let withFailedCritical = 0;
  for (const i of inspections) {
    if (i.score !== null) {
      if (!Number.isInteger(i.score) || i.score < 0 || i.score > 10000) throw new RangeError(`score must be a whole number 0..10000, got ${i.score}`);
      scores.push(i.score);
    }
    if (!Number.isInteger(i.failedCritical) || i.failedCritical < 0) throw new RangeError(`failedCritical must be a whole number ≥ 0, got ${i.failedCritical}`);
    if (i.grade === 'fail') failedInspections += 1;
    if (i.failedCritical > 0) withFailedCritical += 1;
  }
  const tally = { scored: scores.length, unscored: inspections.length - scores.length, failedInspections, withFailedCritical };
  if (scores.length === 0) return { grade: null, reason: 'noScoredInspections', meanScore: null, uncappedGrade: null, cappedBy: null, ...tally };

  const meanScore = roundedRatio(
    scores.reduce((a, b) => a + b, 0),
    scores.length,
    1,
  );
  const uncappedGrade: YearlyGrade = meanScore >= settings.yearlyAMin ? 'A' : meanScore >= settings.yearlyBMin ? 'B' : 'C';
  let grade = uncappedGrade;
  let cappedBy: YearlySummary['cappedBy'] = null;
  if (failedInspections > 0 && grade !== 'C') {
    grade = 'C';
    cappedBy = 'failedInspection';
  } else if (withFailedCritical > 0 && worse(settings.yearlyCriticalCap, grade) !== grade) {
    grade = settings.yearlyCriticalCap;
    cappedBy = 'failedCritical';
  }
  return { grade, reason: null, meanScore, uncappedGrade, cappedBy, ...tally };
}
