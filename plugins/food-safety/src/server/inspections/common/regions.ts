import type { EntityManager } from 'typeorm';
import { problems, Region, type Actor, type ScopeService } from '@schoolbridge/core';

/** A region the actor holds the permission in (its path under one of theirs); else a field error on `field`. */
export async function regionInScope(
  m: EntityManager,
  scope: ScopeService,
  actor: Actor,
  permission: string,
  regionId: string,
  field = 'regionId',
): Promise<Region> {
  const region = await m.findOneBy(Region, { id: regionId });
  if (!region || !scope.coversPath(actor, permission, region.path)) throw problems.field(field, 'access.scope.unknownRegion');
  return region;
}

/** Region names by id. */
export async function regionNames(m: EntityManager, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((x): x is string => !!x))];
  if (unique.length === 0) return new Map();
  const rows = await m.createQueryBuilder(Region, 'r').select(['r.id', 'r.name']).where('r.id IN (:...ids)', { ids: unique }).getMany();
  return new Map(rows.map((r) => [r.id, r.name]));
}
