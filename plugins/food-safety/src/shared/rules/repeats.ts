/**
 * Repeat violations (DOMAIN §8): items failed now that were failed in the canteen's previous submitted
 * inspection too. Items are matched by their stable code, so a repeat is found across template versions.
 */
import type { InspectionItemResult } from './vocab.js';

type Compared = Pick<InspectionItemResult, 'itemCode' | 'result'>;

/** Codes of the items non-compliant in both, in the current inspection's order; none without a previous inspection. */
export function repeatViolations(current: readonly Compared[], previous: readonly Compared[] | null | undefined): string[] {
  if (!previous || previous.length === 0) return [];
  const failedBefore = new Set(previous.filter((r) => r.result === 'nonCompliant').map((r) => r.itemCode));
  const repeats: string[] = [];
  for (const r of current) {
    if (r.result === 'nonCompliant' && failedBefore.has(r.itemCode) && !repeats.includes(r.itemCode)) repeats.push(r.itemCode);
  }
  return repeats;
}
