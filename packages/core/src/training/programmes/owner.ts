import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../platform/access/actor.js';
import type { ScopeService } from '../../platform/access/scope.service.js';
import { problems } from '../../platform/errors/problem.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { TRAINING_MANAGE } from '../permissions.js';
import './messages.js';

/** Who may run programmes and keep an expert pool (DOMAIN.md §1: centres and bureaus). */
const OWNER_KINDS = ['training_centre', 'bureau'];

/**
 * The centre or bureau a programme or pool entry belongs to: a current organisation of that kind
 * within the caller's training.manage scope; anything else is a field error on `field`.
 */
export async function ownerInScope(
  manager: EntityManager | DataSource,
  scope: ScopeService,
  actor: Actor,
  id: string,
  field = 'ownerOrganisationId',
): Promise<Organisation> {
  const org = await manager
    .getRepository(Organisation)
    .createQueryBuilder('o')
    .where('o.id = :id', { id })
    .andWhere(scope.where(actor, TRAINING_MANAGE, { paths: ['o.path'] }))
    .getOne();
  if (!org) throw problems.field(field, 'training.ownerNotFound');
  if (!OWNER_KINDS.includes(org.kind)) throw problems.field(field, 'training.ownerKind');
  if (org.archivedAt) throw problems.field(field, 'training.archived');
  return org;
}

/** Any current organisation of the directory (a host institution may be outside the caller's region). */
export async function existingOrganisation(manager: EntityManager | DataSource, id: string, field: string): Promise<Organisation> {
  const org = await manager.getRepository(Organisation).findOneBy({ id });
  if (!org) throw problems.field(field, 'training.organisationNotFound');
  if (org.archivedAt) throw problems.field(field, 'training.archived');
  return org;
}

/** Programme and pool writes are audited under the owner's path. */
export async function ownerPath(manager: EntityManager, ownerOrganisationId: string): Promise<string | null> {
  return (await manager.findOne(Organisation, { where: { id: ownerOrganisationId }, select: { id: true, path: true } }))?.path ?? null;
}
