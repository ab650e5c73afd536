import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { problems } from '../errors/problem.js';

/**
 * An edit that carries the version the editor saw: the row is updated only if it still has that
 * version (one conditional UPDATE, safe under concurrency), and its version goes up by one.
 * A stale version answers 409 with the current version; a missing row answers 404.
 */
export async function updateVersioned<T extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  changes: Partial<T>,
  entityName: string,
): Promise<T> {
  const { version: _ignored, id: _id, ...rest } = changes as Record<string, unknown>;
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...rest, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :version', { id, version: expectedVersion })
    .execute();
  if (!result.affected) {
    const current = await manager.findOne(target, { where: { id } as never });
    if (!current) throw problems.notFound(entityName);
    throw problems.staleVersion(current.version);
  }
  return manager.findOneOrFail(target, { where: { id } as never });
}
