/**
 * The score and grade of one inspection (DOMAIN §8):
 * score = weights of compliant items ÷ weights of applicable items × 100, where applicable means
 * compliant or non-compliant (not-applicable and not-observed items leave the denominator). The score
 * is in hundredths, rounded half up in integers, so 7 of 8 is 8750 on every machine. A failed critical
 * item caps the grade (at 一般 by default) however high the score; an item corrected on site still
 * counts as failed for both.
 */
import { DEFAULT_GRADING, gradeOfScore, SCORE_MAX, type GradingSettings } from './grading.js';
import { ITEM_RESULTS, ITEM_WEIGHT_MAX, ITEM_WEIGHT_MIN, SEVERITIES, isWorseGrade, roundedRatio, type Grade, type InspectionItemResult } from './vocab.js';

export interface InspectionCounts {
  compliant: number;
  nonCompliant: number;
  notApplicable: number;
  notObserved: number;
  failedCritical: number;
  failedMajor: number;
  failedMinor: number;
  /** Failed items corrected on site (当场整改). */
  correctedOnSite: number;
}

export interface AreaTally {
  areaCode: string;
  compliantWeight: number;
  applicableWeight: number;
  nonCompliant: number;
}

export interface InspectionScore {
  /** Hundredths of a point (8750 = 87.50); null when no item was applicable. */
  score: number | null;
  /** After the critical cap; null when there is no score. */
  grade: Grade | null;
  /** The grade the score alone would give. */
  uncappedGrade: Grade | null;
  /** Whether a failed critical item lowered the grade. */
  capped: boolean;
  /** Why there is no score: 'noApplicableItems' (every item not applicable or not observed, or no items). */
  reason: 'noApplicableItems' | null;
  compliantWeight: number;
  applicableWeight: number;
  counts: InspectionCounts;
  /** Per checklist area, in the order the areas first appear. */
  areas: AreaTally[];
}

/** Refuses input no form can produce: unknown words, weights that are not whole numbers 1..1000, an item twice. */
function checkItems(results: readonly InspectionItemResult[]): void {
  const seen = new Set<string>();
  for (const r of results) {
    if (!(ITEM_RESULTS as readonly string[]).includes(r.result)) throw new RangeError(`unknown result "${r.result}" of item ${r.itemCode}`);
    if (!(SEVERITIES as readonly string[]).includes(r.severity)) throw new RangeError(`unknown severity "${r.severity}" of item ${r.itemCode}`);
    if (!Number.isInteger(r.weight) || r.weight < ITEM_WEIGHT_MIN || r.weight > ITEM_WEIGHT_MAX)
      throw new RangeError(`weight of item ${r.itemCode} must be a whole number ${ITEM_WEIGHT_MIN}..${ITEM_WEIGHT_MAX}, got ${r.weight}`);
    if (seen.has(r.itemCode)) throw new RangeError(`item ${r.itemCode} appears twice`);
    seen.add(r.itemCode);
  }
}

export function scoreInspection(results: readonly InspectionItemResult[], settings: GradingSettings = DEFAULT_GRADING): InspectionScore {
  checkItems(results);
  const counts: InspectionCounts = {
    compliant: 0,
    nonCompliant: 0,
    notApplicable: 0,
    notObserved: 0,
    failedCritical: 0,
    failedMajor: 0,
    failedMinor: 0,
    correctedOnSite: 0,
  };
  const areas = new Map<string, AreaTally>();
  let compliantWeight = 0;
  let applicableWeight = 0;
  for (const r of results) {
    const area = areas.get(r.areaCode) ?? { areaCode: r.areaCode, compliantWeight: 0, applicableWeight: 0, nonCompliant: 0 };
    areas.set(r.areaCode, area);
    counts[r.result] += 1;
    if (r.result === 'compliant') {
      compliantWeight += r.weight;
      applicableWeight += r.weight;
      area.compliantWeight += r.weight;
      area.applicableWeight += r.weight;
    } else if (r.result === 'nonCompliant') {
      applicableWeight += r.weight;
      area.applicableWeight += r.weight;
      area.nonCompliant += 1;
      if (r.severity === 'critical') counts.failedCritical += 1;
      else if (r.severity === 'major') counts.failedMajor += 1;
      else counts.failedMinor += 1;
      if (r.correctedOnSite) counts.correctedOnSite += 1;
    }
  }
  const base = { compliantWeight, applicableWeight, counts, areas: [...areas.values()] };
  if (applicableWeight === 0) return { score: null, grade: null, uncappedGrade: null, capped: false, reason: 'noApplicableItems', ...base };

  const score = roundedRatio(compliantWeight, applicableWeight, SCORE_MAX);
  const uncappedGrade = gradeOfScore(score, settings);
  const capped = counts.failedCritical > 0 && isWorseGrade(settings.criticalCap, uncappedGrade);
  return { score, grade: capped ? settings.criticalCap : uncappedGrade, uncappedGrade, capped, reason: null, ...base };
}
