import { describe, expect, it } from 'vitest';
import { DEFAULT_GRADING, scoreInspection, yearlyGrade, type YearlyInput } from '../../../src/shared/rules/index.js';
import { item, items } from './helpers.js';

const ins = (score: number | null, over: Partial<YearlyInput> = {}): YearlyInput => ({
  score,
  grade: score === null ? null : score >= 9000 ? 'excellent' : score >= 7500 ? 'good' : score >= 6000 ? 'fair' : 'fail',
  failedCritical: 0,
  ...over,
});

describe('yearlyGrade', () => {
  it('grades the year by the mean score: ≥ 90 A, ≥ 75 B, else C', () => {
    expect(yearlyGrade([ins(9500), ins(8500)])).toMatchObject({ grade: 'A', meanScore: 9000, cappedBy: null, scored: 2 });
    expect(yearlyGrade([ins(9500), ins(8498)])).toMatchObject({ grade: 'B', meanScore: 8999 });
    expect(yearlyGrade([ins(8000), ins(7000)])).toMatchObject({ grade: 'B', meanScore: 7500 });
    expect(yearlyGrade([ins(8000), ins(6998)])).toMatchObject({ grade: 'C', meanScore: 7499 });
    expect(yearlyGrade([ins(7000), ins(6999)])).toMatchObject({ grade: 'C', meanScore: 7000 });
  });

  it('rounds the mean half up in integers', () => {
    expect(yearlyGrade([ins(9000), ins(8999)]).meanScore).toBe(9000); // 8999.5 → 9000
    expect(yearlyGrade([ins(9000), ins(8999), ins(8999)]).meanScore).toBe(8999); // 8999.33
    expect(yearlyGrade([ins(9000), ins(9000), ins(8999)])).toMatchObject({ meanScore: 9000, grade: 'A' }); // 8999.67
  });

  it('makes the year C when any inspection was graded 不合格, whatever the mean', () => {
    const r = yearlyGrade([ins(10000), ins(10000), ins(10000), ins(5500)]);
    expect(r).toMatchObject({ meanScore: 8875, uncappedGrade: 'B', grade: 'C', cappedBy: 'failedInspection', failedInspections: 1 });
  });

  it('caps the year at B when a critical item failed in any inspection, even if corrected on site', () => {
    // scored 95 but capped at 一般 itself; the mean stays high
    const capped = scoreInspection([...items('c', 19), item('k', { result: 'nonCompliant', severity: 'critical', correctedOnSite: true })]);
    const r = yearlyGrade([ins(10000), { score: capped.score, grade: capped.grade, failedCritical: capped.counts.failedCritical }]);
    expect(r).toMatchObject({ meanScore: 9750, uncappedGrade: 'A', grade: 'B', cappedBy: 'failedCritical', withFailedCritical: 1, failedInspections: 0 });
    // already B or C: nothing to cap
    expect(yearlyGrade([ins(8000, { failedCritical: 2 })])).toMatchObject({ grade: 'B', cappedBy: null, withFailedCritical: 1 });
  });

  it('leaves inspections without a score out of the mean', () => {
    expect(yearlyGrade([ins(9200), ins(null), ins(null)])).toMatchObject({ grade: 'A', meanScore: 9200, scored: 1, unscored: 2 });
  });

  it('has no grade without a scored inspection, and says why', () => {
    const none = { grade: null, reason: 'noScoredInspections', meanScore: null, uncappedGrade: null, cappedBy: null };
    expect(yearlyGrade([])).toMatchObject({ ...none, scored: 0, unscored: 0 });
    expect(yearlyGrade([ins(null)])).toMatchObject({ ...none, scored: 0, unscored: 1 });
  });

  it('takes its cut-offs and cap from the settings', () => {
    const strict = { ...DEFAULT_GRADING, yearlyAMin: 9500, yearlyBMin: 8500, yearlyCriticalCap: 'C' as const };
    expect(yearlyGrade([ins(9200)], strict)).toMatchObject({ grade: 'B' });
    expect(yearlyGrade([ins(8400)], strict)).toMatchObject({ grade: 'C' });
    expect(yearlyGrade([ins(9800, { failedCritical: 1 })], strict)).toMatchObject({ uncappedGrade: 'A', grade: 'C', cappedBy: 'failedCritical' });
    const lenient = { ...DEFAULT_GRADING, yearlyCriticalCap: 'A' as const };
    expect(yearlyGrade([ins(9800, { failedCritical: 1 })], lenient)).toMatchObject({ grade: 'A', cappedBy: null });
  });

  it('refuses impossible input', () => {
    expect(() => yearlyGrade([ins(90.5)])).toThrow(RangeError);
    expect(() => yearlyGrade([ins(10001)])).toThrow(RangeError);
    expect(() => yearlyGrade([ins(9000, { failedCritical: -1 })])).toThrow(RangeError);
    expect(() => yearlyGrade([ins(9000)], { ...DEFAULT_GRADING, yearlyBMin: 9000 })).toThrow(/grading settings/);
  });
});
