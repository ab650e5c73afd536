/**
 * Grading settings and the grade of a score (DOMAIN §8). Scores are in hundredths of a point
 * (8750 = 87.50), so every cut-off is a whole number and a grade is the same on every machine.
 */
import type { LocalizedText } from '@schoolbridge/shared';
import { GRADES, YEARLY_GRADES, type Face, type Grade, type RuleFieldError, type YearlyGrade } from './vocab.js';

export const SCORE_MAX = 10000;

export interface GradingSettings {
  /** Lowest score graded 优秀 (hundredths). */
  excellentMin: number;
  /** Lowest score graded 良好. */
  goodMin: number;
  /** Lowest score graded 一般; below it is 不合格. */
  fairMin: number;
  /** The best grade an inspection with a failed critical item can have. */
  criticalCap: Grade;
  /** Lowest mean score of the year graded A (hundredths). */
  yearlyAMin: number;
  /** Lowest mean score of the year graded B; below it is C. */
  yearlyBMin: number;
  /** The best yearly grade of a canteen with a failed critical item in any inspection of the year. */
  yearlyCriticalCap: YearlyGrade;
}

/**
 * The national quantified-grading defaults: 优秀 ≥ 90, 良好 75–89.99, 一般 60–74.99, 不合格 < 60; a failed
 * critical item caps the grade at 一般. Yearly: mean of the year ≥ 90 → A, ≥ 75 → B, else C
 * (《餐饮服务食品安全监督量化分级管理指南》: 年度等级按过去12个月历次动态等级评定的平均分).
 */
export const DEFAULT_GRADING: Readonly<GradingSettings> = Object.freeze({
  excellentMin: 9000,
  goodMin: 7500,
  fairMin: 6000,
  criticalCap: 'fair',
  yearlyAMin: 9000,
  yearlyBMin: 7500,
  yearlyCriticalCap: 'B',
});

const CUT_OFFS = ['excellentMin', 'goodMin', 'fairMin'] as const;
const YEARLY_CUT_OFFS = ['yearlyAMin', 'yearlyBMin'] as const;

/**
 * Field errors of a settings object (empty when valid): every cut-off a whole number 0..10000, the
 * cut-offs strictly descending (优秀 > 良好 > 一般, A > B), the caps known grades.
 */
export function validateGradingSettings(input: unknown): RuleFieldError[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [{ field: '', code: 'validation.isObject' }];
  const s = input as Record<string, unknown>;
  const errors: RuleFieldError[] = [];
  const checkCutOffs = (fields: readonly string[]) => {
    let previous: { field: string; value: number } | null = null;
    for (const field of fields) {
      const value = s[field];
      if (value === undefined || value === null) errors.push({ field, code: 'validation.required' });
      else if (typeof value !== 'number' || !Number.isInteger(value)) errors.push({ field, code: 'validation.isInt' });
      else if (value < 0) errors.push({ field, code: 'validation.min', params: { min: 0 } });
      else if (value > SCORE_MAX) errors.push({ field, code: 'validation.max', params: { max: SCORE_MAX } });
      else {
        if (previous && value >= previous.value)
          errors.push({ field, code: 'foodSafety.grading.notDescending', params: { above: previous.field, aboveValue: previous.value } });
        previous = { field, value };
      }
    }
  };
  checkCutOffs(CUT_OFFS);
  checkCutOffs(YEARLY_CUT_OFFS);
  if (s.criticalCap === undefined || s.criticalCap === null) errors.push({ field: 'criticalCap', code: 'validation.required' });
  else if (!(GRADES as readonly unknown[]).includes(s.criticalCap)) errors.push({ field: 'criticalCap', code: 'validation.isIn', params: { allowed: GRADES } });
  if (s.yearlyCriticalCap === undefined || s.yearlyCriticalCap === null) errors.push({ field: 'yearlyCriticalCap', code: 'validation.required' });
  else if (!(YEARLY_GRADES as readonly unknown[]).includes(s.yearlyCriticalCap))
    errors.push({ field: 'yearlyCriticalCap', code: 'validation.isIn', params: { allowed: YEARLY_GRADES } });
  return errors;
}

function assertValid(settings: GradingSettings): void {
  const errors = validateGradingSettings(settings);
  if (errors.length) throw new RangeError(`invalid grading settings: ${errors.map((e) => `${e.field} ${e.code}`).join(', ')}`);
}

/** The grade of a score in hundredths, before any cap. */
export function gradeOfScore(score: number, settings: GradingSettings = DEFAULT_GRADING): Grade {
  if (!Number.isInteger(score) || score < 0 || score > SCORE_MAX) throw new RangeError(`score must be a whole number 0..${SCORE_MAX}, got ${score}`);
  assertValid(settings);
  if (score >= settings.excellentMin) return 'excellent';
  if (score >= settings.goodMin) return 'good';
  if (score >= settings.fairMin) return 'fair';
  return 'fail';
}

/** What the admin and printed documents show for a grade: the face and its word, always together. */
export const GRADE_FACES: Readonly<Record<Grade, { face: Face; words: LocalizedText }>> = Object.freeze({
  excellent: { face: 'bigSmile', words: { 'zh-CN': '优秀', en: 'Excellent' } },
  good: { face: 'smile', words: { 'zh-CN': '良好', en: 'Good' } },
  fair: { face: 'flat', words: { 'zh-CN': '一般', en: 'Fair' } },
  fail: { face: 'frown', words: { 'zh-CN': '不合格', en: 'Fail' } },
});

/** The words of a yearly grade (年度等级 A/B/C 即 优秀/良好/一般). */
export const YEARLY_GRADE_WORDS: Readonly<Record<YearlyGrade, LocalizedText>> = Object.freeze({
  A: { 'zh-CN': 'A级（优秀）', en: 'A (excellent)' },
  B: { 'zh-CN': 'B级（良好）', en: 'B (good)' },
  C: { 'zh-CN': 'C级（一般）', en: 'C (fair)' },
});

/** Formats a score in hundredths as the printed figure: 8750 → "87.50". */
export function formatScore(score: number): string {
  if (!Number.isInteger(score) || score < 0) throw new RangeError(`score must be a whole number ≥ 0, got ${score}`);
  return `${Math.floor(score / 100)}.${String(score % 100).padStart(2, '0')}`;
}
