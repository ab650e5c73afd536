import type { InspectionItemResult } from '../../../src/shared/rules/index.js';

/** An item result with the usual defaults: compliant, minor, weight 1, not corrected on site. */
export function item(itemCode: string, over: Partial<InspectionItemResult> = {}): InspectionItemResult {
  return { itemCode, areaCode: 'licence', result: 'compliant', severity: 'minor', weight: 1, correctedOnSite: false, ...over };
}

/** `n` items with codes `<prefix>1..n`. */
export function items(prefix: string, n: number, over: Partial<InspectionItemResult> = {}): InspectionItemResult[] {
  return Array.from({ length: n }, (_, i) => item(`${prefix}${i + 1}`, over));
}
