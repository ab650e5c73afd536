import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '@schoolbridge/core';
import { createTestApp, type TestApp } from '@schoolbridge/core/testing';
import { foodSafetyPlugin } from '../../../src/server/index.js';
import { FoodSafetyPenalty } from '../../../src/server/rectification/entities/penalty.entity.js';
import { insertInspection, makeWorld, openNotice, type World } from './fixtures.js';

const BASE = '/api/food-safety/penalties';

describe('penalties recorded as the authority decided them', () => {
  let app: TestApp;
  let w: World;

  beforeAll(async () => {
    app = await createTestApp({ plugins: [foodSafetyPlugin], now: '2026-04-25T02:00:00Z' });
    w = await makeWorld(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('records a penalty on a notice with its amount in fen, audited; lists it with the sum', async () => {
    const notice = await openNotice(app, w);
    const res = await w.inspector
      .post(BASE)
      .send({
        noticeId: notice.id,
        documentNumber: '某市监罚〔2026〕12号',
        authorityName: '某县市场监督管理局',
        reasonCode: 'expiredFood',
        amount: 500_000,
        decidedOn: '2026-04-24',
      })
      .expect(201);
    expect(res.body).toMatchObject({
      noticeId: notice.id,
      noticeNumber: notice.number,
      inspectionId: notice.inspectionId,
      canteenId: w.canteenId,
      canteenName: '第一小学食堂',
      reasonCode: 'expiredFood',
      amount: 500_000,
      decidedOn: '2026-04-24',
    });
    const stored = await app.dataSource.manager.findOneByOrFail(FoodSafetyPenalty, { id: res.body.id });
    expect(stored.amount).toBe(500_000);
    expect(stored.scopePath).toBe(w.school.path);
    expect(await app.dataSource.manager.countBy(AuditEntry, { entityId: res.body.id, action: 'foodSafety.penalty.record' })).toBe(1);

    await w.inspector.get(`${BASE}/${res.body.id}`).expect(200);
    await w.coordinator.get(`${BASE}/${res.body.id}`).expect(200);
    await w.otherCoordinator.get(`${BASE}/${res.body.id}`).expect(404);

    const list = (await w.inspector.get(`${BASE}?reasonCode=expiredFood`).expect(200)).body;
    expect(list).toMatchObject({ total: 1, totalAmount: 500_000 });
    expect((await w.otherCoordinator.get(BASE).expect(200)).body.total).toBe(0);

    const dup = await w.inspector
      .post(BASE)
      .send({
        canteenId: w.canteenId,
        documentNumber: '某市监罚〔2026〕12号',
        authorityName: '某县市场监督管理局',
        reasonCode: 'expiredFood',
        amount: 1,
        decidedOn: '2026-04-24',
      })
      .expect(409);
    expect(dup.body.code).toBe('conflict.duplicate');
  });

  it('records a penalty on an inspection or a canteen alone; 0 fen for a warning', async () => {
    const inspectionId = await insertInspection(app, {
      canteenId: w.canteenId,
      scopePath: w.school.path,
      inspectedOn: '2026-04-20',
      submittedBy: w.inspector.user.id,
    });
    const onInspection = await w.inspector
      .post(BASE)
      .send({
        inspectionId,
        documentNumber: '某市监罚〔2026〕13号',
        authorityName: '某县市场监督管理局',
        reasonCode: 'noHealthCertificate',
        amount: 0,
        decidedOn: '2026-04-21',
      })
      .expect(201);
    expect(onInspection.body).toMatchObject({ inspectionId, canteenId: w.canteenId, noticeId: null, amount: 0 });
    const alone = await w.inspector
      .post(BASE)
      .send({
        canteenId: w.otherCanteenId,
        documentNumber: '某市监罚〔2026〕14号',
        authorityName: '某县市场监督管理局',
        reasonCode: 'other',
        reasonText: '未落实陪餐制度',
        amount: 123_456,
        decidedOn: '2026-04-22',
      })
      .expect(201);
    expect(alone.body).toMatchObject({ canteenId: w.otherCanteenId, reasonText: '未落实陪餐制度', amount: 123_456 });
  });

  it('refuses the school (403), other reasons without words, future dates, fractions of a fen, a canteen out of scope', async () => {
    const body = {
      canteenId: w.canteenId,
      documentNumber: '某市监罚〔2026〕20号',
      authorityName: '某县市场监督管理局',
      reasonCode: 'expiredFood',
      amount: 100,
      decidedOn: '2026-04-24',
    };
    await w.coordinator.post(BASE).send(body).expect(403);
    const other = await w.inspector
      .post(BASE)
      .send({ ...body, reasonCode: 'other' })
      .expect(400);
    expect(other.body.errors[0]).toMatchObject({ field: 'reasonText', code: 'foodSafety.penalty.reasonTextRequired' });
    const future = await w.inspector
      .post(BASE)
      .send({ ...body, decidedOn: '2026-04-26' })
      .expect(400);
    expect(future.body.errors[0].field).toBe('decidedOn');
    const fraction = await w.inspector
      .post(BASE)
      .send({ ...body, amount: 10.5 })
      .expect(400);
    expect(fraction.body.errors[0].field).toBe('amount');
    const none = await w.inspector
      .post(BASE)
      .send({ ...body, canteenId: undefined })
      .expect(400);
    expect(none.body.errors[0]).toMatchObject({ field: 'canteenId', code: 'foodSafety.penalty.canteenRequired' });
    const elsewhere = await app.createRegion({ code: '449999', name: '别县' });
    const farInspector = await app.signInAs([{ role: 'inspector', regionId: elsewhere.id }]);
    await farInspector.post(BASE).send(body).expect(404);
  });
});
