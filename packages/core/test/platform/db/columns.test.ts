import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Between, In, IsNull, MoreThanOrEqual } from 'typeorm';
import { newId } from '@schoolbridge/shared';
import { runMigrations } from '../../../src/platform/db/migrate.js';
import { DbProbe, freshDatabase, PROBE_ENTITIES, PROBE_MIGRATIONS, type FreshDatabase } from './fixtures.js';

// A server far from UTC, with daylight saving: values must not shift with the process's zone.
const originalTz = process.env.TZ;
process.env.TZ = 'America/Los_Angeles';

describe('portable columns round-trip alike on SQLite and PostgreSQL', () => {
  let db: FreshDatabase;
  beforeAll(async () => {
    db = await freshDatabase(PROBE_ENTITIES, PROBE_MIGRATIONS);
    await runMigrations(db.ds);
  });
  afterAll(async () => {
    await db?.close();
    process.env.TZ = originalTz;
  });

  const base = () => ({
    id: newId(),
    amount: 0,
    happenedAt: new Date('2026-11-23T02:00:00.000Z'),
    day: '2026-11-23',
    path: '/43/',
    details: null,
    active: true,
  });
  const save = (values: Partial<DbProbe>) => db.ds.manager.save(DbProbe, db.ds.manager.create(DbProbe, { ...base(), ...values }));
  const reload = (id: string) => db.ds.manager.findOneByOrFail(DbProbe, { id });

  it('runs in a zone that is not UTC', () => {
    expect(new Date('2026-07-01T00:00:00Z').getTimezoneOffset()).toBe(420);
  });

  it('MoneyColumn keeps whole fen beyond 2^31 and gives numbers back', async () => {
    for (const amount of [2 ** 31 + 1, 3_000_000_000, -3_000_000_001, Number.MAX_SAFE_INTEGER, 0, 1]) {
      const row = await save({ amount, refund: amount });
      const back = await reload(row.id);
      expect(typeof back.amount).toBe('number');
      expect(back.amount).toBe(amount);
      expect(back.refund).toBe(amount);
    }
    const found = await db.ds.manager.findBy(DbProbe, { amount: In([Number.MAX_SAFE_INTEGER, -3_000_000_001]) });
    expect(found.map((r) => r.amount).sort((a, b) => a - b)).toEqual([-3_000_000_001, Number.MAX_SAFE_INTEGER]);
  });

  it('MoneyColumn takes its default, keeps null, and sums as a number', async () => {
    const row = await save({ amount: 5, refund: null });
    const back = await reload(row.id);
    expect(back.paid).toBe(0);
    expect(back.refund).toBeNull();
    const total = await db.ds.manager.sum(DbProbe, 'amount', { id: In([row.id]) });
    expect(Number(total)).toBe(5);
  });

  it('MoneyColumn refuses a fraction of a fen', async () => {
    await expect(save({ amount: 1.5 })).rejects.toThrow(/whole number of fen/);
    await expect(save({ amount: Number.MAX_SAFE_INTEGER + 2 })).rejects.toThrow(/whole number of fen/);
  });

  it('InstantColumn keeps UTC instants to the millisecond', async () => {
    for (const iso of ['2026-11-23T02:00:00.005Z', '2026-03-08T10:30:00.999Z', '2026-11-01T09:15:00.123Z', '2027-01-01T00:00:00.000Z']) {
      const row = await save({ happenedAt: new Date(iso), closedAt: new Date(iso) });
      const back = await reload(row.id);
      expect(back.happenedAt).toBeInstanceOf(Date);
      expect(back.happenedAt.toISOString()).toBe(iso);
      expect(back.closedAt!.toISOString()).toBe(iso);
    }
    const none = await reload((await save({ closedAt: null })).id);
    expect(none.closedAt).toBeNull();
  });

  it('InstantColumn stores UTC, whatever the server zone', async () => {
    const row = await save({ happenedAt: new Date('2026-11-23T02:00:00.005Z') });
    if (db.kind === 'sqlite') {
      const [raw] = await db.ds.query('SELECT happened_at AS v FROM test_db_probe WHERE id = ?', [row.id]);
      expect(raw.v).toBe('2026-11-23 02:00:00.005');
    } else {
      const [raw] = await db.ds.query(`SELECT to_char(happened_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS') AS v FROM test_db_probe WHERE id = $1`, [
        row.id,
      ]);
      expect(raw.v).toBe('2026-11-23 02:00:00.005');
    }
  });

  it('InstantColumn compares as instants in finds', async () => {
    const t = new Date('2031-05-05T05:05:05.500Z');
    const row = await save({ happenedAt: t });
    const found = await db.ds.manager.findBy(DbProbe, { happenedAt: MoreThanOrEqual(t) });
    expect(found.map((r) => r.id)).toEqual([row.id]);
  });

  it('DateColumn gives YYYY-MM-DD strings back', async () => {
    for (const day of ['2026-11-23', '2026-12-31', '2027-01-01', '2028-02-29', '2026-03-08']) {
      const row = await save({ day, endDay: day });
      const back = await reload(row.id);
      expect(back.day).toBe(day);
      expect(back.endDay).toBe(day);
    }
    const none = await reload((await save({ endDay: null })).id);
    expect(none.endDay).toBeNull();
  });

  it('DateColumn filters by calendar date', async () => {
    const a = await save({ day: '2035-06-01' });
    const b = await save({ day: '2035-06-30' });
    await save({ day: '2035-07-01' });
    const june = await db.ds.manager.findBy(DbProbe, { day: Between('2035-06-01', '2035-06-30') });
    expect(june.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    expect((await db.ds.manager.findBy(DbProbe, { day: '2035-06-30' })).map((r) => r.id)).toEqual([b.id]);
  });

  it('DateColumn refuses what is not a calendar date, a Date included', async () => {
    await expect(save({ day: '2026-02-30' })).rejects.toThrow(/YYYY-MM-DD/);
    await expect(save({ day: '23/11/2026' })).rejects.toThrow(/YYYY-MM-DD/);
    await expect(save({ day: new Date('2026-11-23T00:00:00Z') as unknown as string })).rejects.toThrow(/a Date/);
  });

  it('JsonColumn round-trips objects, arrays, strings and null', async () => {
    const values: unknown[] = [
      { name: '示范学校', grades: [1, 2, 3], nested: { ok: true, ratio: 0.25, none: null } },
      ['a', 1, false, { b: '乙' }],
      'plain text',
      42,
      null,
    ];
    for (const details of values) {
      const row = await save({ details });
      expect((await reload(row.id)).details).toEqual(details);
    }
    expect((await db.ds.manager.findBy(DbProbe, { details: IsNull() })).length).toBeGreaterThan(0);
  });

  it('PathColumn, booleans, integers and varchar defaults come back as written', async () => {
    const row = await save({ path: '/43/4399/439901/', active: false });
    const back = await reload(row.id);
    expect(back).toMatchObject({ path: '/43/4399/439901/', active: false, count: 0, status: 'draft', version: 1, ownerId: null });
  });
});
