import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GRADING,
  GRADE_FACES,
  GRADES,
  YEARLY_GRADE_WORDS,
  formatScore,
  gradeOfScore,
  validateGradingSettings,
} from '../../../src/shared/rules/index.js';

describe('DEFAULT_GRADING', () => {
  it('holds the national cut-offs in hundredths and is valid', () => {
    expect(DEFAULT_GRADING).toMatchObject({ excellentMin: 9000, goodMin: 7500, fairMin: 6000, criticalCap: 'fair' });
    expect(validateGradingSettings(DEFAULT_GRADING)).toEqual([]);
    expect(Object.isFrozen(DEFAULT_GRADING)).toBe(true);
  });
});

describe('validateGradingSettings', () => {
  it('wants the cut-offs strictly descending', () => {
    expect(validateGradingSettings({ ...DEFAULT_GRADING, goodMin: 9000 })).toEqual([
      { field: 'goodMin', code: 'foodSafety.grading.notDescending', params: { above: 'excellentMin', aboveValue: 9000 } },
    ]);
    expect(validateGradingSettings({ ...DEFAULT_GRADING, fairMin: 8000 })).toEqual([
      { field: 'fairMin', code: 'foodSafety.grading.notDescending', params: { above: 'goodMin', aboveValue: 7500 } },
    ]);
    expect(validateGradingSettings({ ...DEFAULT_GRADING, yearlyBMin: 9500 })).toEqual([
      { field: 'yearlyBMin', code: 'foodSafety.grading.notDescending', params: { above: 'yearlyAMin', aboveValue: 9000 } },
    ]);
  });

  it('wants whole numbers from 0 to 10000', () => {
    expect(validateGradingSettings({ ...DEFAULT_GRADING, excellentMin: 10001 })).toEqual([
      { field: 'excellentMin', code: 'validation.max', params: { max: 10000 } },
    ]);
    expect(validateGradingSettings({ ...DEFAULT_GRADING, fairMin: -1 })).toEqual([{ field: 'fairMin', code: 'validation.min', params: { min: 0 } }]);
    expect(validateGradingSettings({ ...DEFAULT_GRADING, goodMin: 75.5 })).toEqual([{ field: 'goodMin', code: 'validation.isInt' }]);
    expect(validateGradingSettings({ ...DEFAULT_GRADING, goodMin: '7500' })).toEqual([{ field: 'goodMin', code: 'validation.isInt' }]);
    expect(validateGradingSettings({ ...DEFAULT_GRADING, excellentMin: 10000, goodMin: 1, fairMin: 0 })).toEqual([]);
  });

  it('wants every field and known caps', () => {
    const { fairMin: _f, ...noFair } = DEFAULT_GRADING;
    expect(validateGradingSettings(noFair)).toEqual([{ field: 'fairMin', code: 'validation.required' }]);
    expect(validateGradingSettings({ ...DEFAULT_GRADING, criticalCap: 'ok' })).toEqual([
      { field: 'criticalCap', code: 'validation.isIn', params: { allowed: GRADES } },
    ]);
    expect(validateGradingSettings({ ...DEFAULT_GRADING, yearlyCriticalCap: 'D' })).toMatchObject([{ field: 'yearlyCriticalCap', code: 'validation.isIn' }]);
    expect(validateGradingSettings({ ...DEFAULT_GRADING, criticalCap: null })).toEqual([{ field: 'criticalCap', code: 'validation.required' }]);
    expect(validateGradingSettings(null)).toEqual([{ field: '', code: 'validation.isObject' }]);
    expect(validateGradingSettings([])).toEqual([{ field: '', code: 'validation.isObject' }]);
  });

  it('reports every fault at once', () => {
    const errors = validateGradingSettings({
      excellentMin: 7000,
      goodMin: 7000,
      fairMin: 20000,
      criticalCap: 'x',
      yearlyAMin: 1,
      yearlyBMin: 1,
      yearlyCriticalCap: 'A',
    });
    expect(errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'goodMin:foodSafety.grading.notDescending',
      'fairMin:validation.max',
      'yearlyBMin:foodSafety.grading.notDescending',
      'criticalCap:validation.isIn',
    ]);
  });
});

describe('gradeOfScore', () => {
  it('grades at the cut-offs', () => {
    expect([10000, 9000, 8999, 7500, 7499, 6000, 5999, 0].map((s) => gradeOfScore(s))).toEqual([
      'excellent',
      'excellent',
      'good',
      'good',
      'fair',
      'fair',
      'fail',
      'fail',
    ]);
  });

  it('refuses scores that are not hundredths from 0 to 10000', () => {
    expect(() => gradeOfScore(89.5)).toThrow(RangeError);
    expect(() => gradeOfScore(-1)).toThrow(RangeError);
    expect(() => gradeOfScore(10001)).toThrow(RangeError);
  });
});

describe('GRADE_FACES', () => {
  it('gives every grade its face and its words in both languages', () => {
    expect(GRADE_FACES).toEqual({
      excellent: { face: 'bigSmile', words: { 'zh-CN': '优秀', en: 'Excellent' } },
      good: { face: 'smile', words: { 'zh-CN': '良好', en: 'Good' } },
      fair: { face: 'flat', words: { 'zh-CN': '一般', en: 'Fair' } },
      fail: { face: 'frown', words: { 'zh-CN': '不合格', en: 'Fail' } },
    });
    expect(Object.keys(YEARLY_GRADE_WORDS)).toEqual(['A', 'B', 'C']);
    expect(YEARLY_GRADE_WORDS.A['zh-CN']).toBe('A级（优秀）');
  });
});

describe('formatScore', () => {
  it('prints hundredths with two decimals', () => {
    expect([8750, 10000, 0, 6667, 5].map(formatScore)).toEqual(['87.50', '100.00', '0.00', '66.67', '0.05']);
    expect(() => formatScore(1.5)).toThrow(RangeError);
  });
});
