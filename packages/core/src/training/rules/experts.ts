/**
 * The expert team's make-up (DOMAIN.md §4; seed 000 part I: 本地和本校名师不超过60%, 外地专家不少于40%,
 * to avoid "蘿卜煮蘿卜", locals training locals).
 */
import type { ExpertTier } from './vocab.js';

export interface TeamExpert {
  id: string;
  tier: ExpertTier;
  /** From the receiving school itself or its county (本地/本校). */
  local: boolean;
}

export interface LocalShare {
  local: number;
  total: number;
  /** local ÷ total, for display only; the decision is `exceedsLimit`. */
  share: number;
  exceedsLimit: boolean;
}

/** Where an expert comes from, and the school the session is delivered at. */
export interface ExpertOrigin {
  schoolId: string | null;
  countyId: string | null;
}

/** Local means the receiving school itself or another school of its county (本地/本校). */
export function isLocalExpert(expert: ExpertOrigin, receivingSchool: ExpertOrigin): boolean {
  if (expert.schoolId !== null && expert.schoolId === receivingSchool.schoolId) return true;
  return expert.countyId !== null && expert.countyId === receivingSchool.countyId;
}

/**
 * The local share of a team, counted per head (an expert listed twice counts once); more than
 * `limitPercent` local is flagged, exactly the limit is allowed. Integer comparison: 3 of 5 is 60%
 * and passes, 2 of 3 is flagged. An empty team exceeds nothing.
 */
export function localShare(experts: readonly TeamExpert[], limitPercent = 60): LocalShare {
  if (!Number.isInteger(limitPercent) || limitPercent < 0 || limitPercent > 100)
    throw new RangeError(`limitPercent must be a whole number 0–100, got ${limitPercent}`);
  const byId = new Map(experts.map((e) => [e.id, e]));
  const total = byId.size;
  const local = [...byId.values()].filter((e) => e.local).length;
  return { local, total, share: total === 0 ? 0 : local / total, exceedsLimit: local * 100 > limitPercent * total };
}
