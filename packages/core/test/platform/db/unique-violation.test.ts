import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@schoolbridge/shared';
import { runMigrations } from '../../../src/platform/db/migrate.js';
import { isUniqueViolation } from '../../../src/platform/db/unique-violation.js';
import { DbProbeRow, freshDatabase, PROBE_ENTITIES, PROBE_MIGRATIONS, type FreshDatabase } from './fixtures.js';

describe('isUniqueViolation', () => {
  let db: FreshDatabase;
  beforeAll(async () => {
    db = await freshDatabase(PROBE_ENTITIES, PROBE_MIGRATIONS);
    await runMigrations(db.ds);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('recognises a duplicate key from the running database', async () => {
    const id = newId();
    await db.ds.manager.insert(DbProbeRow, { id, tag: 'a', part: 1 });
    const err = await db.ds.manager.insert(DbProbeRow, { id, tag: 'b', part: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(isUniqueViolation(err)).toBe(true);
  });

  it('does not mistake other errors for one', async () => {
    const notNull = await db.ds.manager.insert(DbProbeRow, { id: newId(), tag: null as unknown as string, part: 1 }).catch((e: unknown) => e);
    expect(notNull).toBeInstanceOf(Error);
    expect(isUniqueViolation(notNull)).toBe(false);
    expect(isUniqueViolation(new Error('boom'))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});
