/**
 * The pure arithmetic of the training report section: satisfaction from the post-training
 * questionnaires' `overall` ratings, the local experts' share, counts by code.
 */
import { ratioRounded, satisfactionOf, type RatingTotals } from '../rules/evaluation.js';
import { localShare, type TeamExpert } from '../rules/experts.js';

/**
 * Satisfaction in percent points: the average `overall` rating (1–5) of the sessions' post-training
 * questionnaires ÷ 5 × 100, every rating weighing alike (as the programme evaluation weighs them,
 * rules/evaluation.ts `satisfactionOf`), rounded half up to a whole percent; null when nobody rated
 * (a report shows no figure rather than a made-up 0).
 */
export function satisfactionPercent(sessions: readonly RatingTotals[]): number | null {
  const { count } = satisfactionOf(sessions);
  const sum = sessions.reduce((a, s) => a + s.sum, 0);
  // sum / count / 5 × 100 = sum × 20 / count
  return ratioRounded(sum, count, 20);
}

/**
 * The local experts' share of the team places of the sessions (percent, whole): each session's
 * team counted per head as the 60% rule counts it (rules/experts.ts), added over the sessions; null
 * when no session had a team.
 */
export function localPlacesPercent(places: readonly TeamExpert[]): number | null {
  const share = localShare(places);
  return ratioRounded(share.local, share.total, 100);
}

/** Counts by key, every key of `keys` present (0 when absent), in the order of `keys`. */
export function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Map<K, number> {
  const out = new Map<K, number>(keys.map((k) => [k, 0]));
  for (const v of values) if (out.has(v)) out.set(v, out.get(v)! + 1);
  return out;
}
