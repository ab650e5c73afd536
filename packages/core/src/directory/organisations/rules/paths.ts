import type { RegionKind } from '../../../platform/regions/region.entity.js';

/**
 * An organisation's path is its manager's path plus its own id (ARCHITECTURE §5): a county school
 * sits under the county, a city-run school under the city, a teaching point under its township
 * central school. Scopes are prefix matches on these paths.
 */
export function organisationPath(managerPath: string, id: string): string {
  return `${managerPath}${id}/`;
}

/**
 * The region that manages an organisation nobody named a manager for: the county (kind 'county')
 * at or above where it is, the usual owner of a school (县管); failing one, the region itself.
 * `chain` is the region's ancestors and itself, outermost first.
 */
export function defaultManagerRegion<R extends { kind: RegionKind }>(chain: R[]): R | null {
  for (let i = chain.length - 1; i >= 0; i--) if (chain[i]!.kind === 'county') return chain[i]!;
  return chain[chain.length - 1] ?? null;
}

/** Managing by an organisation that lies under the managed one (or is it) would make a cycle. */
export function isManagerCycle(organisationPath: string, managerPath: string): boolean {
  return managerPath.startsWith(organisationPath);
}

/** The nearest township (乡镇) in a region chain, outermost first: the 'township' a school list shows. */
export function townshipOf<R extends { kind: RegionKind }>(chain: R[]): R | null {
  for (let i = chain.length - 1; i >= 0; i--) if (chain[i]!.kind === 'township') return chain[i]!;
  return null;
}
