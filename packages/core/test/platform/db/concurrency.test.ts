import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Column, Entity, PrimaryColumn, Table, type DataSource, type MigrationInterface, type QueryRunner, type Repository } from 'typeorm';
import { newId } from '@schoolbridge/shared';
import { loadConfig } from '../../../src/platform/config.js';
import { createDataSource, writeQueueOf } from '../../../src/platform/db/data-source.js';
import { runMigrations } from '../../../src/platform/db/migrate.js';
import { allEntitiesAndMigrations } from '../../../src/platform/http/create-app.js';
import { DbProbeRow, delay, freshDatabase, PROBE_ENTITIES, PROBE_MIGRATIONS, type FreshDatabase } from './fixtures.js';

const TX = 20;
const FAILING = 7;

/**
 * ARCHITECTURE §4: on SQLite every statement goes through one re-entrant FIFO queue, because
 * TypeORM shares one connection; on PostgreSQL transactions are real. The same scenario must
 * come out right on both.
 */
describe('20 transactions, 20 plain saves and 20 reads at once', () => {
  let db: FreshDatabase;
  let repo: Repository<DbProbeRow>;
  const core = allEntitiesAndMigrations([]);

  beforeAll(async () => {
    db = await freshDatabase([...core.entities, ...PROBE_ENTITIES], [...core.migrations, ...PROBE_MIGRATIONS]);
    await runMigrations(db.ds);
    repo = db.ds.getRepository(DbProbeRow);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('keeps every committed row, none of the failed one, and no read sees half a transaction', async () => {
    const reads: DbProbeRow[][] = [];
    const work: Promise<unknown>[] = [];
    for (let i = 0; i < TX; i++) {
      // started in this order: transaction i, plain save i, read i
      work.push(
        db.ds.transaction(async (m) => {
          await m.save(DbProbeRow, m.create(DbProbeRow, { id: newId(), tag: `tx${i}`, part: 1 }));
          await delay(1 + (i % 4));
          if (i === FAILING) throw new Error(`transaction ${i} fails after its first insert`);
          await m.save(DbProbeRow, m.create(DbProbeRow, { id: newId(), tag: `tx${i}`, part: 2 }));
        }),
      );
      work.push(repo.save(repo.create({ id: newId(), tag: `plain${i}`, part: 1 })));
      work.push(repo.find().then((rows) => (reads[i] = rows)));
    }
    const results = await Promise.allSettled(work);

    const failed = results.filter((r) => r.status === 'rejected');
    expect(failed).toHaveLength(1);
    expect(String((failed[0] as PromiseRejectedResult).reason)).toContain(`transaction ${FAILING} fails`);

    const rows = await repo.find();
    const countOf = (list: DbProbeRow[], tag: string) => list.filter((r) => r.tag === tag).length;
    for (let i = 0; i < TX; i++) {
      expect(countOf(rows, `tx${i}`), `tx${i}`).toBe(i === FAILING ? 0 : 2);
      expect(countOf(rows, `plain${i}`), `plain${i}`).toBe(1);
    }
    expect(rows).toHaveLength((TX - 1) * 2 + TX);

    expect(reads.filter(Boolean)).toHaveLength(TX);
    for (const [k, seen] of reads.entries()) {
      expect(countOf(seen, `tx${FAILING}`), `read ${k} saw the failed transaction's row`).toBe(0);
      for (let i = 0; i < TX; i++) expect([0, 2], `read ${k} saw half of tx${i}`).toContain(countOf(seen, `tx${i}`));
    }

    if (db.kind === 'sqlite') {
      // one queue, first in first out: read k comes after transactions 0..k and saves 0..k, before the rest
      for (const [k, seen] of reads.entries()) {
        const tags = new Set(seen.map((r) => r.tag));
        for (let i = 0; i < TX; i++) {
          expect(tags.has(`tx${i}`), `read ${k} / tx${i}`).toBe(i <= k && i !== FAILING);
          expect(tags.has(`plain${i}`), `read ${k} / plain${i}`).toBe(i <= k);
        }
      }
    }
  });

  it('a plain read started while a transaction is open never sees its uncommitted rows', async () => {
    let inserted!: () => void;
    const firstInsertDone = new Promise<void>((r) => (inserted = r));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const tx = db.ds.transaction(async (m) => {
      await m.save(DbProbeRow, m.create(DbProbeRow, { id: newId(), tag: 'gated', part: 1 }));
      inserted();
      await gate;
      await m.save(DbProbeRow, m.create(DbProbeRow, { id: newId(), tag: 'gated', part: 2 }));
    });
    await firstInsertDone;
    let readDone = false;
    const read = repo
      .createQueryBuilder('r')
      .where('r.tag = :tag', { tag: 'gated' })
      .getMany()
      .then((rows) => {
        readDone = true;
        return rows;
      });
    // give a read that does not wait every chance to run while the transaction is open
    await delay(30);
    const doneBeforeCommit = readDone;
    release();
    await tx;
    const seen = await read;
    if (db.kind === 'sqlite') {
      // it waited its turn behind the transaction, so it sees both rows, committed
      expect(doneBeforeCommit).toBe(false);
      expect(seen.map((r) => r.part).sort()).toEqual([1, 2]);
    } else {
      // its own connection, read committed: nothing of the open transaction
      expect(seen).toEqual([]);
    }
    expect(await repo.countBy({ tag: 'gated' })).toBe(2);
  });

  it('a transaction nested in a running one, and plain calls inside it, do not deadlock', async () => {
    const outerId = newId();
    const innerId = newId();
    const seenInside = await db.ds.transaction(async (m) => {
      await m.save(DbProbeRow, m.create(DbProbeRow, { id: outerId, tag: 'outer', part: 1 }));
      await db.ds.transaction(async (inner) => {
        await inner.save(DbProbeRow, inner.create(DbProbeRow, { id: innerId, tag: 'inner', part: 1 }));
      });
      // the data source's own manager and a repository, called by the holder: re-entrant on SQLite
      await repo.save(repo.create({ id: newId(), tag: 'inner-plain', part: 1 }));
      return m.countBy(DbProbeRow, { tag: 'outer' });
    });
    expect(seenInside).toBe(1);
    expect(await repo.countBy({ tag: 'inner' })).toBe(1);
    expect(await repo.countBy({ tag: 'inner-plain' })).toBe(1);
    expect(await repo.countBy({ id: outerId })).toBe(1);
  });

  it('a failing transaction releases the database for the next one', async () => {
    await expect(
      db.ds.transaction(async (m) => {
        await m.save(DbProbeRow, m.create(DbProbeRow, { id: newId(), tag: 'rolled-back', part: 1 }));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await db.ds.transaction((m) => m.save(DbProbeRow, m.create(DbProbeRow, { id: newId(), tag: 'after-failure', part: 1 })));
    expect(await repo.countBy({ tag: 'rolled-back' })).toBe(0);
    expect(await repo.countBy({ tag: 'after-failure' })).toBe(1);
    if (db.kind === 'sqlite') expect(writeQueueOf(db.ds)!.pending).toBe(0);
    else expect(writeQueueOf(db.ds)).toBeNull();
  });
});

/**
 * The queue's guard rails, on SQLite in every run (it is a SQLite mechanism; the PostgreSQL run
 * proves them too). A tiny table typed without the kind-dependent helpers.
 */
@Entity('test_queue_note')
class QueueNote {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  text!: string;
}

class TestQueueNote1767225699991 implements MigrationInterface {
  name = 'TestQueueNote1767225699991';
  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'test_queue_note',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'text', type: 'varchar', length: '40' },
        ],
      }),
    );
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('test_queue_note');
  }
}

describe('the SQLite write queue', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await createDataSource(loadConfig({}), { entities: [QueueNote], migrations: [TestQueueNote1767225699991], sqliteFile: ':memory:' });
    await runMigrations(ds);
  });
  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
  });

  it('is installed on SQLite and refuses a transaction started on the raw query runner outside it', async () => {
    expect(ds.options.type).toBe('better-sqlite3');
    expect(writeQueueOf(ds)).not.toBeNull();
    const qr = ds.createQueryRunner();
    await expect(qr.startTransaction()).rejects.toThrow(/outside the write queue/);
    expect(qr.isTransactionActive).toBe(false);
    // the connection is still usable
    await ds.manager.save(QueueNote, { id: newId(), text: 'still fine' });
    expect(await ds.manager.countBy(QueueNote, { text: 'still fine' })).toBe(1);
  });

  it('lets raw statements and query builders wait for an open transaction', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let started!: () => void;
    const open = new Promise<void>((r) => (started = r));
    const tx = ds.transaction(async (m) => {
      await m.insert(QueueNote, { id: newId(), text: 'held' });
      started();
      await gate;
    });
    await open;
    const order: string[] = [];
    const raw = ds.query(`SELECT count(*) AS n FROM test_queue_note WHERE text = 'held'`).then((r: { n: number }[]) => (order.push('raw'), r[0]!.n));
    const qb = ds
      .getRepository(QueueNote)
      .createQueryBuilder('n')
      .where('n.text = :t', { t: 'held' })
      .getCount()
      .then((n) => (order.push('qb'), n));
    await delay(30);
    order.push('commit');
    release();
    await tx;
    expect(await raw).toBe(1);
    expect(await qb).toBe(1);
    expect(order).toEqual(['commit', 'raw', 'qb']);
  });
});

/** The same guard, on PostgreSQL: no queue, and a raw query runner's transaction is legitimate there. */
describe('PostgreSQL has no queue', () => {
  it('uses real transactions on separate connections', async () => {
    const db = await freshDatabase([...PROBE_ENTITIES], [...PROBE_MIGRATIONS]);
    try {
      if (db.kind === 'postgres') {
        expect(writeQueueOf(db.ds)).toBeNull();
        await runMigrations(db.ds);
        const qr = db.ds.createQueryRunner();
        try {
          await qr.startTransaction();
          await qr.manager.insert(DbProbeRow, { id: newId(), tag: 'raw-qr', part: 1 });
          expect(await db.ds.getRepository(DbProbeRow).countBy({ tag: 'raw-qr' })).toBe(0);
          await qr.commitTransaction();
        } finally {
          await qr.release();
        }
        expect(await db.ds.getRepository(DbProbeRow).countBy({ tag: 'raw-qr' })).toBe(1);
      } else {
        expect(writeQueueOf(db.ds)).not.toBeNull();
        await expect(db.ds.createQueryRunner().startTransaction()).rejects.toThrow(/outside the write queue/);
      }
    } finally {
      await db.close();
    }
  });
});
