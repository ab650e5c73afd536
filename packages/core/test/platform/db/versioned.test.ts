import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@schoolbridge/shared';
import { updateVersioned } from '../../../src/platform/db/versioned.js';
import { runMigrations } from '../../../src/platform/db/migrate.js';
import { AppError } from '../../../src/platform/errors/problem.js';
import { toProblem } from '../../../src/platform/errors/problem.filter.js';
import { DbProbe, freshDatabase, PROBE_ENTITIES, PROBE_MIGRATIONS, type FreshDatabase } from './fixtures.js';

describe('updateVersioned', () => {
  let db: FreshDatabase;
  beforeAll(async () => {
    db = await freshDatabase(PROBE_ENTITIES, PROBE_MIGRATIONS, { poolSize: 10 });
    await runMigrations(db.ds);
  });
  afterAll(async () => {
    await db?.close();
  });

  async function probe(): Promise<DbProbe> {
    const m = db.ds.manager;
    return m.save(
      DbProbe,
      m.create(DbProbe, {
        id: newId(),
        amount: 100,
        happenedAt: new Date('2026-11-23T02:00:00Z'),
        day: '2026-11-23',
        path: '/1/',
        details: null,
        active: true,
      }),
    );
  }

  it('applies the changes and bumps the version by one', async () => {
    const row = await probe();
    expect(row.version).toBe(1);
    const updated = await updateVersioned(db.ds.manager, DbProbe, row.id, 1, { status: 'open', amount: 3_000_000_000 }, 'probe');
    expect(updated).toMatchObject({ id: row.id, status: 'open', amount: 3_000_000_000, version: 2 });
    const again = await updateVersioned(db.ds.manager, DbProbe, row.id, 2, { status: 'closed' }, 'probe');
    expect(again.version).toBe(3);
    expect(await db.ds.manager.findOneByOrFail(DbProbe, { id: row.id })).toMatchObject({ status: 'closed', amount: 3_000_000_000, version: 3 });
  });

  it('ignores an id or version among the changes', async () => {
    const row = await probe();
    const updated = await updateVersioned(db.ds.manager, DbProbe, row.id, 1, { id: newId(), version: 99, status: 'x' }, 'probe');
    expect(updated).toMatchObject({ id: row.id, version: 2, status: 'x' });
  });

  it('answers 409 conflict.staleVersion with the current version to a stale edit, and changes nothing', async () => {
    const row = await probe();
    await updateVersioned(db.ds.manager, DbProbe, row.id, 1, { status: 'first' }, 'probe');
    const err = await updateVersioned(db.ds.manager, DbProbe, row.id, 1, { status: 'second' }, 'probe').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ status: 409, code: 'conflict.staleVersion', extra: { currentVersion: 2 } });
    const doc = toProblem(err, 'zh-CN', 'req-1');
    expect(doc).toMatchObject({ status: 409, code: 'conflict.staleVersion', currentVersion: 2, title: 'Conflict' });
    expect(doc.detail).toContain('已被他人修改');
    expect(toProblem(err, 'en', 'req-1').detail).toContain('Someone else changed this record');
    expect(await db.ds.manager.findOneByOrFail(DbProbe, { id: row.id })).toMatchObject({ status: 'first', version: 2 });
  });

  it('answers 404 for a row that does not exist', async () => {
    const err = await updateVersioned(db.ds.manager, DbProbe, newId(), 1, { status: 'x' }, 'probe').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ status: 404, code: 'notFound', params: { entity: 'probe' } });
  });

  it('works inside a transaction, which sees its own edit', async () => {
    const row = await probe();
    const version = await db.ds.transaction(async (m) => {
      await updateVersioned(m, DbProbe, row.id, 1, { status: 'in-tx' }, 'probe');
      const second = await updateVersioned(m, DbProbe, row.id, 2, { status: 'in-tx-2' }, 'probe');
      return second.version;
    });
    expect(version).toBe(3);
  });

  it('lets exactly one of many simultaneous edits of one version win', async () => {
    const row = await probe();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => updateVersioned(db.ds.manager, DbProbe, row.id, 1, { status: `editor${i}` }, 'probe')),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(9);
    for (const l of lost) expect(l.reason).toMatchObject({ status: 409, code: 'conflict.staleVersion', extra: { currentVersion: 2 } });
    const final = await db.ds.manager.findOneByOrFail(DbProbe, { id: row.id });
    expect(final.version).toBe(2);
    expect(final.status).toBe((won[0] as PromiseFulfilledResult<DbProbe>).value.status);
  });
});
