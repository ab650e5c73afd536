import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../platform/access/actor.js';
import type { ScopeService, ScopeSpec } from '../../platform/access/scope.service.js';
import { prefixUpperBound } from '../../platform/access/scope.service.js';
import { problems } from '../../platform/errors/problem.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { Region } from '../../platform/regions/region.entity.js';

/** Rows of people (teachers, students) follow their school: `school` is the joined platform_organisation. */
export const PERSON_SCOPE: ScopeSpec = { paths: ['school.path'] };

/**
 * The school a write points at, checked to be a current school within the caller's scope for the
 * permission; anything else is a field error on `field` (as if the school did not exist).
 */
export async function schoolInScope(
  manager: EntityManager | DataSource,
  scope: ScopeService,
  actor: Actor,
  permission: string,
  schoolId: string,
  field = 'schoolId',
): Promise<Organisation> {
  const school = await manager
    .getRepository(Organisation)
    .createQueryBuilder('o')
    .where('o.id = :id', { id: schoolId })
    .andWhere(scope.where(actor, permission, { paths: ['o.path'] }))
    .getOne();
  if (!school) throw problems.field(field, 'directory.schoolNotFound');
  if (school.kind !== 'school') throw problems.field(field, 'directory.notASchool');
  if (school.archivedAt) throw problems.field(field, 'directory.archived');
  return school;
}

/** Staff members follow their organisation (any kind): `org` is the joined platform_organisation. */
export const STAFF_SCOPE: ScopeSpec = { paths: ['org.path'] };

/**
 * The organisation (of any kind: bureau, centre, school, donor) a write points at, checked to be a
 * current one within the caller's scope for the permission; anything else is a field error on
 * `field` (as if it did not exist).
 */
export async function organisationInScope(
  manager: EntityManager | DataSource,
  scope: ScopeService,
  actor: Actor,
  permission: string,
  organisationId: string,
  field = 'organisationId',
): Promise<Organisation> {
  const org = await manager
    .getRepository(Organisation)
    .createQueryBuilder('o')
    .where('o.id = :id', { id: organisationId })
    .andWhere(scope.where(actor, permission, { paths: ['o.path'] }))
    .getOne();
  if (!org) throw problems.field(field, 'directory.organisationNotFound');
  if (org.archivedAt) throw problems.field(field, 'directory.archived');
  return org;
}

/** `regionId` filter: rows whose school is located in the region (a township, a county) or below it. */
export async function regionPathOf(manager: EntityManager | DataSource, regionId: string): Promise<{ lo: string; hi: string }> {
  const region = await manager.getRepository(Region).findOneBy({ id: regionId });
  // An unknown region filters everything out rather than failing the list.
  const path = region?.path ?? '/\u0000none/';
  return { lo: path, hi: prefixUpperBound(path) };
}
