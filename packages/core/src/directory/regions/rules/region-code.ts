import type { RegionKind } from '../../../platform/regions/region.entity.js';

/**
 * The administrative levels, top down (DOMAIN.md §1). Levels may be skipped (a county directly
 * under a province, 仙桃); 'other' (a nature-reserve management bureau) is no level at all.
 */
const LEVELS: Record<Exclude<RegionKind, 'other'>, number> = { province: 1, city: 2, county: 3, township: 4, village: 5 };

export interface RegionRuleProblem {
  field: 'code' | 'kind' | 'parentId';
  code: string;
  params?: Record<string, unknown>;
}

/**
 * What is wrong with a region's code under its parent, or null. Administrative codes are
 * statistical division codes (统计用区划代码): 2–12 digits, each level extending its parent's
 * code. A unit of kind 'other' may carry any code of letters and digits up to 12, under any
 * parent, and its own children are not held to its code.
 */
export function regionCodeProblem(code: string, kind: RegionKind, parent: { code: string; kind: RegionKind } | null): RegionRuleProblem | null {
  if (kind === 'other') return /^[A-Za-z0-9]{1,12}$/.test(code) ? null : { field: 'code', code: 'directory.region.otherCodeFormat' };
  if (!/^\d{2,12}$/.test(code)) return { field: 'code', code: 'directory.region.codeFormat' };
  if (!parent || parent.kind === 'other') return null;
  if (code.length <= parent.code.length || !code.startsWith(parent.code)) {
    return { field: 'code', code: 'directory.region.codePrefix', params: { parentCode: parent.code } };
  }
  return null;
}

/**
 * Whether an administrative kind may sit under its parent and above its children: each level lies
 * below the one above it (levels may be skipped); 'other' fits anywhere.
 */
export function regionKindProblem(kind: RegionKind, parentKind: RegionKind | null, childKinds: RegionKind[] = []): RegionRuleProblem | null {
  if (kind === 'other') return null;
  const level = LEVELS[kind];
  if (parentKind && parentKind !== 'other' && LEVELS[parentKind] >= level) {
    return { field: 'kind', code: 'directory.region.kindOrder', params: { kind, parentKind } };
  }
  if (childKinds.some((c) => c !== 'other' && LEVELS[c] <= level)) return { field: 'kind', code: 'directory.region.kindAboveChildren', params: { kind } };
  return null;
}

/** A region's materialised path: its parent's path plus its own code ('/43/4399/439901/'). */
export function regionPath(parentPath: string | null, code: string): string {
  return `${parentPath ?? '/'}${code}/`;
}

/** The codes a region path is made of, outermost first. */
export function pathCodes(path: string): string[] {
  return path.split('/').filter(Boolean);
}
