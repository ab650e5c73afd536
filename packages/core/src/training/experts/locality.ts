import { In, type EntityManager } from 'typeorm';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { Region } from '../../platform/regions/region.entity.js';
import type { ExpertOrigin } from '../rules/experts.js';

/** A county (县/区) as locality reads it: the region's id and path. */
export interface County {
  id: string;
  path: string;
}

function codesOf(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/**
 * The county each organisation is in (its own region or, lacking one, the region managing it),
 * found on the region's path of codes; null where no county is above it.
 */
export async function countiesOf(m: EntityManager, organisationIds: string[]): Promise<Map<string, County | null>> {
  const out = new Map<string, County | null>();
  const ids = [...new Set(organisationIds)];
  if (ids.length === 0) return out;
  const orgs = await m.find(Organisation, { where: { id: In(ids) }, select: { id: true, regionId: true, managerRegionId: true } });
  const regionIds = [...new Set(orgs.map((o) => o.regionId ?? o.managerRegionId).filter((x): x is string => !!x))];
  const regions = new Map(
    regionIds.length ? (await m.find(Region, { where: { id: In(regionIds) }, select: { id: true, path: true } })).map((r) => [r.id, r]) : [],
  );
  const codes = [...new Set([...regions.values()].flatMap((r) => codesOf(r.path)))];
  const counties = new Map(
    codes.length
      ? (await m.find(Region, { where: { code: In(codes), kind: 'county' }, select: { id: true, code: true, path: true } })).map((r) => [r.code, r])
      : [],
  );
  for (const o of orgs) {
    const region = regions.get(o.regionId ?? o.managerRegionId ?? '');
    const county = region
      ? codesOf(region.path)
          .reverse()
          .map((c) => counties.get(c))
          .find((c) => c !== undefined)
      : undefined;
    out.set(o.id, county ? { id: county.id, path: county.path } : null);
  }
  return out;
}

/** Where an organisation is, for `isLocalExpert`: itself and its county. */
export function originOf(organisationId: string | null, counties: Map<string, County | null>): ExpertOrigin {
  return { schoolId: organisationId, countyId: organisationId ? (counties.get(organisationId)?.id ?? null) : null };
}
