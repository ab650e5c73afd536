import type { Figure } from '../../plugins/extension-points.js';

/** The partition a part belongs to when it names none. */
export const DEFAULT_PARTITION = 'default';

export type CheckReason = 'sum' | 'exceeds' | 'missingTotal' | 'unitMismatch' | 'selfReference';

/** One total check: a partition of a total sums to it, or a "其中" figure does not exceed its total. */
export interface TotalCheck {
  kind: 'partition' | 'subset';
  /** The key of the total figure. */
  total: string;
  /** The partition checked (kind 'partition' only). */
  partition?: string;
  /** The keys of the parts (partition) or of the subset figure (subset). */
  parts: string[];
  /** The total's value; null when the total figure is missing. */
  expected: number | null;
  /** The parts' sum (partition) or the subset figure's value (subset). */
  actual: number;
  ok: boolean;
  /** Why a failing check fails. */
  reason?: CheckReason;
}

export interface TotalsResult {
  checks: TotalCheck[];
  mismatches: TotalCheck[];
}

export class DuplicateFigureKeyError extends Error {
  constructor(readonly keys: string[]) {
    super(`figure keys must be unique in a report; repeated: ${keys.join(', ')}`);
    this.name = 'DuplicateFigureKeyError';
  }
}

/** Keys that occur more than once, each listed once, in order of first repetition. */
export function duplicateFigureKeys(figures: Pick<Figure, 'key'>[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const f of figures) {
    if (seen.has(f.key)) repeated.add(f.key);
    seen.add(f.key);
  }
  return [...repeated];
}

/** Equal as report figures: integers exactly; decimals (percents, hours) up to rounding noise. */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

type CheckedFigure = Pick<Figure, 'key' | 'value' | 'unit' | 'partsOf' | 'partition' | 'subsetOf'>;

/**
 * Checks the totals of a report's figures (ARCHITECTURE §3, Figure):
 * - the parts naming a total and a partition (`partsOf`, `partition`, default 'default') must
 *   add up to the total; a total can be split several ways, each checked on its own;
 * - a "其中" figure (`subsetOf`) must not exceed its total.
 * A part or subset whose total is missing from the report, or whose unit differs from the
 * total's, is itself a mismatch. Figure keys must be unique (DuplicateFigureKeyError otherwise).
 */
export function checkTotals(figures: CheckedFigure[]): TotalsResult {
  const duplicates = duplicateFigureKeys(figures);
  if (duplicates.length > 0) throw new DuplicateFigureKeyError(duplicates);
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const checks: TotalCheck[] = [];

  const groups = new Map<string, { total: string; partition: string; parts: CheckedFigure[] }>();
  for (const f of figures) {
    if (f.partsOf === undefined) continue;
    const partition = f.partition ?? DEFAULT_PARTITION;
    const id = JSON.stringify([f.partsOf, partition]);
    const group = groups.get(id) ?? { total: f.partsOf, partition, parts: [] };
    group.parts.push(f);
    groups.set(id, group);
  }
  for (const g of groups.values()) {
    const total = byKey.get(g.total);
    const actual = g.parts.reduce((sum, p) => sum + p.value, 0);
    const base = { kind: 'partition' as const, total: g.total, partition: g.partition, parts: g.parts.map((p) => p.key), actual };
    if (g.parts.some((p) => p.key === g.total)) checks.push({ ...base, expected: total?.value ?? null, ok: false, reason: 'selfReference' });
    else if (!total) checks.push({ ...base, expected: null, ok: false, reason: 'missingTotal' });
    else if (g.parts.some((p) => p.unit !== total.unit)) checks.push({ ...base, expected: total.value, ok: false, reason: 'unitMismatch' });
    else if (!same(actual, total.value)) checks.push({ ...base, expected: total.value, ok: false, reason: 'sum' });
    else checks.push({ ...base, expected: total.value, ok: true });
  }

  for (const f of figures) {
    if (f.subsetOf === undefined) continue;
    const total = byKey.get(f.subsetOf);
    const base = { kind: 'subset' as const, total: f.subsetOf, parts: [f.key], actual: f.value };
    if (f.subsetOf === f.key) checks.push({ ...base, expected: f.value, ok: false, reason: 'selfReference' });
    else if (!total) checks.push({ ...base, expected: null, ok: false, reason: 'missingTotal' });
    else if (f.unit !== total.unit) checks.push({ ...base, expected: total.value, ok: false, reason: 'unitMismatch' });
    else if (f.value > total.value && !same(f.value, total.value)) checks.push({ ...base, expected: total.value, ok: false, reason: 'exceeds' });
    else checks.push({ ...base, expected: total.value, ok: true });
  }

  const order = (c: TotalCheck) => `${c.total}\u0000${c.kind}\u0000${c.partition ?? c.parts[0]}`;
  checks.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  return { checks, mismatches: checks.filter((c) => !c.ok) };
}
