import { describe, expect, it } from 'vitest';
import { DEFAULT_GRADING, scoreInspection, type GradingSettings, type InspectionItemResult } from '../../../src/shared/rules/index.js';
import { item, items } from './helpers.js';

describe('scoreInspection', () => {
  it('divides compliant weights by applicable weights, in hundredths', () => {
    // 7 of 8 items compliant, equal weights: 87.50
    const r = scoreInspection([...items('c', 7), item('x', { result: 'nonCompliant' })]);
    expect(r).toMatchObject({ score: 8750, grade: 'good', uncappedGrade: 'good', capped: false, reason: null, compliantWeight: 7, applicableWeight: 8 });
  });

  it('weights items by their weight, not their number', () => {
    // compliant 3 + 5 = 8 of 8 + 2 = 10
    const r = scoreInspection([item('a', { weight: 3 }), item('b', { weight: 5 }), item('c', { weight: 2, result: 'nonCompliant' })]);
    expect(r).toMatchObject({ score: 8000, grade: 'good', compliantWeight: 8, applicableWeight: 10 });
  });

  it('leaves not-applicable and not-observed items out of the denominator', () => {
    const r = scoreInspection([
      ...items('c', 9),
      item('x', { result: 'nonCompliant' }),
      item('na', { result: 'notApplicable', weight: 50 }),
      item('no', { result: 'notObserved', weight: 50 }),
    ]);
    expect(r).toMatchObject({ score: 9000, grade: 'excellent', applicableWeight: 10 });
    expect(r.counts).toMatchObject({ compliant: 9, nonCompliant: 1, notApplicable: 1, notObserved: 1 });
  });

  it('rounds half up in integers, without float drift', () => {
    // 2 of 3 = 66.666… → 66.67; 1 of 3 = 33.333… → 33.33
    expect(scoreInspection([...items('c', 2), item('x', { result: 'nonCompliant' })]).score).toBe(6667);
    expect(scoreInspection([item('c'), ...items('x', 2, { result: 'nonCompliant' })]).score).toBe(3333);
    // 1 of 32 = 3.125 → 3.13 (half up); 1 of 16 = 6.25 exactly
    expect(scoreInspection([item('c'), ...items('x', 31, { result: 'nonCompliant' })]).score).toBe(313);
    expect(scoreInspection([item('c'), ...items('x', 15, { result: 'nonCompliant' })]).score).toBe(625);
    // 29 of 100: 0.29 * 100 is 28.999999999999996 in floating point
    expect(scoreInspection([item('c', { weight: 29 }), item('x', { weight: 71, result: 'nonCompliant' })]).score).toBe(2900);
    // 1 of 1000 = 0.10
    expect(scoreInspection([item('c', { weight: 1 }), item('x', { weight: 999, result: 'nonCompliant' })]).score).toBe(10);
  });

  it('gives 100.00 when every applicable item complies and 0.00 when none does', () => {
    expect(scoreInspection(items('c', 5))).toMatchObject({ score: 10000, grade: 'excellent' });
    expect(scoreInspection(items('x', 5, { result: 'nonCompliant' }))).toMatchObject({ score: 0, grade: 'fail' });
  });

  it('grades at the cut-offs exactly', () => {
    // weights summing to 10000 (at most 1000 an item), so one unit of weight is one hundredth of a point
    const wide = (compliant: number) => {
      const list: InspectionItemResult[] = [];
      let left = compliant;
      for (let i = 0; left > 0; i++, left -= Math.min(1000, left)) list.push(item(`c${i}`, { weight: Math.min(1000, left) }));
      let failed = 10000 - compliant;
      for (let i = 0; failed > 0; i++, failed -= Math.min(1000, failed)) list.push(item(`x${i}`, { weight: Math.min(1000, failed), result: 'nonCompliant' }));
      return scoreInspection(list);
    };
    expect(wide(9000)).toMatchObject({ score: 9000, grade: 'excellent' });
    expect(wide(8999)).toMatchObject({ score: 8999, grade: 'good' });
    expect(wide(7500)).toMatchObject({ score: 7500, grade: 'good' });
    expect(wide(7499)).toMatchObject({ score: 7499, grade: 'fair' });
    expect(wide(6000)).toMatchObject({ score: 6000, grade: 'fair' });
    expect(wide(5999)).toMatchObject({ score: 5999, grade: 'fail' });
  });

  it('caps the grade at 一般 when a critical item failed, however high the score', () => {
    const r = scoreInspection([...items('c', 19), item('k', { result: 'nonCompliant', severity: 'critical' })]);
    expect(r).toMatchObject({ score: 9500, uncappedGrade: 'excellent', grade: 'fair', capped: true });
    expect(r.counts).toMatchObject({ failedCritical: 1, failedMajor: 0, failedMinor: 0 });
  });

  it('does not mark as capped a grade already at or below the cap', () => {
    // 2 of 3: 66.67, fair anyway
    const fair = scoreInspection([...items('c', 2), item('k', { result: 'nonCompliant', severity: 'critical' })]);
    expect(fair).toMatchObject({ grade: 'fair', capped: false });
    const fail = scoreInspection([item('c'), ...items('k', 2, { result: 'nonCompliant', severity: 'critical' })]);
    expect(fail).toMatchObject({ grade: 'fail', capped: false });
  });

  it('counts an item corrected on site as failed, for the score and the cap', () => {
    const r = scoreInspection([...items('c', 19), item('k', { result: 'nonCompliant', severity: 'critical', correctedOnSite: true })]);
    expect(r).toMatchObject({ score: 9500, grade: 'fair', capped: true });
    expect(r.counts).toMatchObject({ nonCompliant: 1, failedCritical: 1, correctedOnSite: 1 });
  });

  it('does not cap for failed major or minor items, nor for a critical item that complied or was not applicable', () => {
    const r = scoreInspection([
      ...items('c', 16),
      item('k', { severity: 'critical' }),
      item('kna', { severity: 'critical', result: 'notApplicable' }),
      item('kno', { severity: 'critical', result: 'notObserved' }),
      item('m', { result: 'nonCompliant', severity: 'major' }),
      item('n', { result: 'nonCompliant', severity: 'minor', correctedOnSite: true }),
    ]);
    expect(r).toMatchObject({ score: 8947, grade: 'good', capped: false });
    expect(r.counts).toEqual({
      compliant: 17,
      nonCompliant: 2,
      notApplicable: 1,
      notObserved: 1,
      failedCritical: 0,
      failedMajor: 1,
      failedMinor: 1,
      correctedOnSite: 1,
    });
  });

  it('has no score and no grade when nothing was applicable, and says why', () => {
    const none = { score: null, grade: null, uncappedGrade: null, capped: false, reason: 'noApplicableItems', compliantWeight: 0, applicableWeight: 0 };
    expect(scoreInspection([])).toMatchObject(none);
    const r = scoreInspection([item('a', { result: 'notApplicable' }), item('b', { result: 'notObserved', severity: 'critical' })]);
    expect(r).toMatchObject(none);
    expect(r.counts).toMatchObject({ notApplicable: 1, notObserved: 1 });
  });

  it('tallies each area in the order it first appears', () => {
    const r = scoreInspection([
      item('s1', { areaCode: 'storage', weight: 2 }),
      item('l1', { areaCode: 'licence', result: 'nonCompliant' }),
      item('s2', { areaCode: 'storage', result: 'nonCompliant', weight: 3 }),
      item('s3', { areaCode: 'storage', result: 'notApplicable' }),
    ]);
    expect(r.areas).toEqual([
      { areaCode: 'storage', compliantWeight: 2, applicableWeight: 5, nonCompliant: 1 },
      { areaCode: 'licence', compliantWeight: 0, applicableWeight: 1, nonCompliant: 1 },
    ]);
  });

  it('takes its cut-offs and cap from the settings', () => {
    const strict: GradingSettings = { ...DEFAULT_GRADING, excellentMin: 9500, goodMin: 8500, fairMin: 7000, criticalCap: 'fail' };
    expect(scoreInspection([...items('c', 9), item('x', { result: 'nonCompliant' })], strict)).toMatchObject({ score: 9000, grade: 'good' });
    expect(scoreInspection([...items('c', 19), item('k', { result: 'nonCompliant', severity: 'critical' })], strict)).toMatchObject({
      score: 9500,
      uncappedGrade: 'excellent',
      grade: 'fail',
      capped: true,
    });
    const lenient: GradingSettings = { ...DEFAULT_GRADING, criticalCap: 'good' };
    expect(scoreInspection([...items('c', 19), item('k', { result: 'nonCompliant', severity: 'critical' })], lenient)).toMatchObject({
      grade: 'good',
      capped: true,
    });
  });

  it('refuses input no form can produce', () => {
    expect(() => scoreInspection([item('a', { weight: 0 })])).toThrow(RangeError);
    expect(() => scoreInspection([item('a', { weight: 1.5 })])).toThrow(RangeError);
    expect(() => scoreInspection([item('a', { weight: 1001 })])).toThrow(RangeError);
    expect(() => scoreInspection([item('a'), item('a')])).toThrow(/twice/);
    expect(() => scoreInspection([item('a', { result: 'passed' as never })])).toThrow(RangeError);
    expect(() => scoreInspection([item('a', { severity: 'high' as never })])).toThrow(RangeError);
    expect(() => scoreInspection([item('a')], { ...DEFAULT_GRADING, goodMin: 9500 })).toThrow(/grading settings/);
  });
});
