/**
 * The words of an inspection's checklist (DOMAIN §8, GLOSSARY): what an item's result and severity may
 * be, and the grades. Shared by the server and the admin, so both spell them the same way.
 */

/** An item's result: 符合 / 不符合 / 合理缺项 (not applicable) / 未检查 (not observed). */
export const ITEM_RESULTS = ['compliant', 'nonCompliant', 'notApplicable', 'notObserved'] as const;
export type ItemResult = (typeof ITEM_RESULTS)[number];

/** An item's severity if it fails: 关键项 / 重点项 / 一般项. */
export const SEVERITIES = ['critical', 'major', 'minor'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The grade of one inspection (量化分级 动态等级), best first: 优秀 / 良好 / 一般 / 不合格. */
export const GRADES = ['excellent', 'good', 'fair', 'fail'] as const;
export type Grade = (typeof GRADES)[number];

/** The face printed beside a grade's word (colour and face are never the only signal). */
export const FACES = ['bigSmile', 'smile', 'flat', 'frown'] as const;
export type Face = (typeof FACES)[number];

/** A canteen's yearly grade (年度等级), best first. */
export const YEARLY_GRADES = ['A', 'B', 'C'] as const;
export type YearlyGrade = (typeof YEARLY_GRADES)[number];

/** One checklist item's result in an inspection, as the scoring rules read it. */
export interface InspectionItemResult {
  /** Stable across template versions, so repeats can be found. */
  itemCode: string;
  areaCode: string;
  result: ItemResult;
  severity: Severity;
  /** A whole number ≥ 1 (ITEM_WEIGHT_MIN..ITEM_WEIGHT_MAX). */
  weight: number;
  /** 当场整改: still non-compliant for the score and the critical cap; only keeps the item off the notice. */
  correctedOnSite: boolean;
}

export const ITEM_WEIGHT_MIN = 1;
export const ITEM_WEIGHT_MAX = 1000;

/** A field error of a rule: the server turns a list of them into a 400 problem document, the admin shows them under fields. */
export interface RuleFieldError {
  field: string;
  code: string;
  params?: Record<string, unknown>;
}

/** Whether `grade` is worse than `than` (further down GRADES). */
export function isWorseGrade(grade: Grade, than: Grade): boolean {
  return GRADES.indexOf(grade) > GRADES.indexOf(than);
}

/** `part / whole × scale`, rounded half up in integers (no float drift); wholes must be > 0. */
export function roundedRatio(part: number, whole: number, scale: number): number {
  const numerator = 2 * part * scale + whole;
  if (!Number.isSafeInteger(numerator)) throw new RangeError(`ratio out of safe integer range: ${part}/${whole}`);
  return Math.floor(numerator / (2 * whole));
}
