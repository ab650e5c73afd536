import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@schoolbridge/core';
import { createTestApp, type TestApp } from '@schoolbridge/core/testing';
import { foodSafetyPlugin } from '../../../src/server/index.js';
import { LetterCounter } from '../../../src/server/inspections/entities/authority.entity.js';
import { OpinionLetter } from '../../../src/server/inspections/entities/letter.entity.js';
import { answer, draft, makeWorld, moveTo, type World } from './world.js';

const BASE = '/api/food-safety/inspections';

/**
 * One letter per inspection and gap-free numbers per authority and year, under parallel submits.
 * Runs on the database DATABASE_URL selects (SQLite in memory without it, PostgreSQL with it).
 */
describe('opinion letters: one per inspection, numbered without gaps', () => {
  let app: TestApp;
  let w: World;
  beforeAll(async () => {
    app = await createTestApp({
      plugins: [foodSafetyPlugin],
      now: '2026-05-06T02:00:00Z',
      config: { auth: { ...loadConfig({}).auth, loginRateLimitPerMinute: 1000 } },
    });
    w = await makeWorld(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('runs on the database the environment selects', () => {
    expect(app.databaseKind).toBe(process.env.DATABASE_URL ? 'postgres' : 'sqlite');
  });

  it('10 parallel submits of one inspection: exactly one succeeds, nine get 409, one letter', async () => {
    const d = await answer(w, await draft(w));
    const clients = [w.inspector, w.inspector2, ...(await Promise.all(Array.from({ length: 8 }, () => app.signIn(w.inspector.user))))];
    const responses = await Promise.all(clients.map((c) => c.post(`${BASE}/${d.id}/submit`, {}).then((r) => r)));
    const ok = responses.filter((r) => r.status === 200);
    const refused = responses.filter((r) => r.status === 409);
    expect(ok, JSON.stringify(responses.map((r) => [r.status, r.body.code]))).toHaveLength(1);
    expect(refused).toHaveLength(9);
    for (const r of refused) expect(r.body).toMatchObject({ code: 'foodSafety.inspection.alreadySubmitted', letterId: ok[0]!.body.letter.id });
    const letters = await app.dataSource.manager.findBy(OpinionLetter, { inspectionId: d.id });
    expect(letters).toHaveLength(1);
    expect(letters[0]!.serial).toBe(1);
    expect((await app.dataSource.manager.findOneByOrFail(LetterCounter, { authorityId: w.authorityId, year: 2026 })).lastSerial).toBe(1);
  });

  it('parallel submits of 10 inspections take serials 2..11 without gap or duplicate', async () => {
    const drafts = [];
    for (let i = 0; i < 10; i++) drafts.push(await answer(w, await draft(w, { canteenId: i % 2 ? w.canteenA : w.canteenB })));
    const responses = await Promise.all(drafts.map((d, i) => (i % 2 ? w.inspector : w.inspector2).post(`${BASE}/${d.id}/submit`, {}).then((r) => r)));
    for (const r of responses) expect(r.status, JSON.stringify(r.body)).toBe(200);
    const numbers = responses.map((r) => r.body.letter.number as string).sort();
    expect(numbers).toEqual(Array.from({ length: 10 }, (_, i) => `${w.prefix}〔2026〕第${String(i + 2).padStart(3, '0')}号`));
    const serials = (await app.dataSource.manager.findBy(OpinionLetter, { authorityId: w.authorityId, year: 2026 })).map((l) => l.serial).sort((a, b) => a - b);
    expect(serials).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
  });

  it('a failed submit gives its number back: the next letter takes it', async () => {
    const bad = await draft(w);
    await w.inspector.post(`${BASE}/${bad.id}/submit`, {}).expect(400);
    const good = await answer(w, await draft(w));
    const res = await w.inspector.post(`${BASE}/${good.id}/submit`, {}).expect(200);
    expect(res.body.letter.number).toBe(`${w.prefix}〔2026〕第012号`);
    await w.inspector.delete(`${BASE}/${bad.id}`).expect(204);
  });

  it('two authorities number independently', async () => {
    const other = await w.officer
      .post('/api/food-safety/authorities', { name: '某某县教育体育局', numberPrefix: `${w.prefix}教`, regionId: w.county.id })
      .expect(201);
    expect(other.body.nextNumber).toBe(`${w.prefix}教〔2026〕第001号`);
    const drafts = [];
    for (let i = 0; i < 4; i++) drafts.push(await answer(w, await draft(w, { authorityId: i % 2 ? w.authorityId : other.body.id })));
    const responses = await Promise.all(drafts.map((d) => w.inspector.post(`${BASE}/${d.id}/submit`, {}).then((r) => r)));
    const numbers = responses.map((r) => r.body.letter?.number as string).sort();
    expect(numbers).toEqual([`${w.prefix}〔2026〕第013号`, `${w.prefix}〔2026〕第014号`, `${w.prefix}教〔2026〕第001号`, `${w.prefix}教〔2026〕第002号`]);
  });

  it('a new year (in the deployment’s time zone) starts again at 1', async () => {
    // 2026-12-31T16:30Z is already 2027-01-01 00:30 in Asia/Shanghai
    await moveTo(app, w, '2026-12-31T16:30:00Z');
    const d = await answer(w, await draft(w, { inspectedOn: '2026-12-31' }));
    const res = await w.inspector.post(`${BASE}/${d.id}/submit`, {}).expect(200);
    expect(res.body.letter.number).toBe(`${w.prefix}〔2027〕第001号`);
    const letter = await w.inspector.get(`/api/food-safety/letters/${res.body.letter.id}`).expect(200);
    expect(letter.body).toMatchObject({ year: 2027, serial: 1, issuedOn: '2027-01-01' });
    const authority = await w.officer.get(`/api/food-safety/authorities/${w.authorityId}`).expect(200);
    expect(authority.body.nextNumber).toBe(`${w.prefix}〔2027〕第002号`);
  });
});
