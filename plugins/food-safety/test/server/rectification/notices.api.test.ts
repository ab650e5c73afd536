import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry, Notification, pendingSchemaChanges } from '@schoolbridge/core';
import { createTestApp, type TestApp, type TestClient } from '@schoolbridge/core/testing';
import { foodSafetyPlugin } from '../../../src/server/index.js';
import { NoticeOpeningService } from '../../../src/server/rectification/notice-opening.js';
import { insertInspection, makeWorld, moveClock, openNotice, PNG, type World } from './fixtures.js';

const BASE = '/api/food-safety/notices';

async function upload(client: TestClient, organisationId: string): Promise<string> {
  const res = await client
    .post(`/api/files?organisationId=${organisationId}`)
    .attach('file', PNG, { filename: '整改照片.png', contentType: 'image/png' })
    .expect(201);
  return res.body.id as string;
}

interface Detail {
  id: string;
  status: string;
  version: number;
  overdue: boolean;
  actions: string[];
  noticeItems: {
    id: string;
    status: string;
    actions: string[];
    evidence: { note: string; files: { id: string; url: string }[]; reviewResult: string | null }[];
  }[];
}

describe('rectification notices through the API', () => {
  let app: TestApp;
  let w: World;

  beforeAll(async () => {
    app = await createTestApp({ plugins: [foodSafetyPlugin], now: '2026-04-10T02:00:00Z' });
    w = await makeWorld(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('leaves no schema drift in the rectification tables', async () => {
    const changes = await pendingSchemaChanges(app.dataSource);
    expect(changes.filter((q) => /food_safety_(notice|penalty)/.test(q))).toEqual([]);
  });

  it('opens a notice numbered after the letter, tells the school, and is idempotent per inspection; no items, no notice', async () => {
    const opened = await openNotice(app, w, { letterNumber: '某监餐意〔2026〕第015号' });
    expect(opened).toMatchObject({ number: '某监餐意〔2026〕第015号整改', status: 'open', itemCount: 2 });
    const service = app.app.get(NoticeOpeningService);
    const actor = {
      userId: w.inspector.user.id,
      username: 'x',
      displayName: 'x',
      locale: 'zh-CN' as const,
      via: 'session' as const,
      sessionId: null,
      mustChangePassword: false,
      assignments: [],
      permissions: new Set<string>(),
    };
    const again = await app.dataSource.transaction((m) =>
      service.openForInspection(m, {
        inspectionId: opened.inspectionId,
        canteenId: w.canteenId,
        scopePath: w.school.path,
        issuedOn: '2026-04-10',
        letterNumber: 'other',
        items: [],
        deadline: { kind: 'immediateOngoing' },
        actor,
      }),
    );
    expect(again).toBeNull();
    const repeat = await app.dataSource.transaction((m) =>
      service.openForInspection(m, {
        inspectionId: opened.inspectionId,
        canteenId: w.canteenId,
        scopePath: w.school.path,
        issuedOn: '2026-04-10',
        letterNumber: 'other',
        items: [{ itemCode: 'x', areaCode: 'a', text: 't', severity: 'minor' }],
        deadline: { kind: 'immediateOngoing' },
        actor,
      }),
    );
    expect(repeat).toEqual({ id: opened.id, number: opened.number, status: 'open', itemCount: 2 });

    const inbox = await app.dataSource.manager.findBy(Notification, { userId: w.coordinator.user.id, type: 'foodSafety.noticeIssued' });
    expect(inbox.length).toBeGreaterThanOrEqual(1);
    expect(await app.dataSource.manager.countBy(Notification, { userId: w.otherCoordinator.user.id, type: 'foodSafety.noticeIssued' })).toBe(0);
    expect(await app.dataSource.manager.countBy(AuditEntry, { entityId: opened.id, action: 'foodSafety.notice.issue' })).toBe(1);
  });

  it('refuses a deadline before the day of issue', async () => {
    await expect(openNotice(app, w, { deadline: { kind: 'date', on: '2026-04-01' } })).rejects.toMatchObject({ status: 400 });
  });

  it('runs evidence → reject → evidence again → accept → close (销号), with audit and notifications', async () => {
    const opened = await openNotice(app, w);
    let detail = (await w.coordinator.get(`${BASE}/${opened.id}`).expect(200)).body as Detail;
    expect(detail.actions).toEqual(['setOwner']);
    expect(detail.noticeItems.map((i) => i.actions)).toEqual([['submitEvidence'], ['submitEvidence']]);
    const [a, b] = detail.noticeItems;

    // the school names the owner and measures
    detail = (
      await w.coordinator
        .patch(`${BASE}/${opened.id}`)
        .send({ version: detail.version, ownerName: '王校长', measures: '专人负责，每日检查', items: [{ itemId: a!.id, measures: '生熟分柜' }] })
        .expect(200)
    ).body;
    expect(detail).toMatchObject({ ownerName: '王校长', measures: '专人负责，每日检查' });

    // evidence for the first item: a photo uploaded through the core files API
    const fileId = await upload(w.coordinator, w.school.id);
    detail = (
      await w.coordinator
        .post(`${BASE}/${opened.id}/items/${a!.id}/evidence`)
        .send({ note: '已分柜存放并贴标识', fileIds: [fileId] })
        .expect(200)
    ).body;
    expect(detail.status).toBe('open');
    expect(detail.noticeItems[0]).toMatchObject({ status: 'submitted' });
    expect(detail.noticeItems[0]!.evidence[0]!.files[0]!.id).toBe(fileId);

    // the inspector can read the photo through the notice
    const url = detail.noticeItems[0]!.evidence[0]!.files[0]!.url;
    const photo = await w.inspector.get(url).expect(200);
    expect(photo.headers['content-type']).toBe('image/png');
    await w.otherCoordinator.get(url).expect(404);

    // the second item completes the evidence: the inspectors are told
    detail = (await w.coordinator.post(`${BASE}/${opened.id}/items/${b!.id}/evidence`).send({ note: '已购置留样冰箱', fileIds: [] }).expect(200)).body;
    expect(detail.status).toBe('evidenceSubmitted');
    expect(await app.dataSource.manager.countBy(Notification, { userId: w.inspector.user.id, type: 'foodSafety.evidenceSubmitted' })).toBe(1);

    // the school cannot review; a rejection needs a note
    await w.coordinator.post(`${BASE}/${opened.id}/items/${a!.id}/accept`).send({}).expect(403);
    const noNote = await w.inspector.post(`${BASE}/${opened.id}/items/${b!.id}/reject`).send({}).expect(400);
    expect(noNote.body.errors[0]).toMatchObject({ field: 'note', code: 'foodSafety.notice.rejectNoteRequired' });

    detail = (await w.inspector.get(`${BASE}/${opened.id}`).expect(200)).body;
    expect(detail.noticeItems.map((i) => i.actions)).toEqual([
      ['accept', 'reject'],
      ['accept', 'reject'],
    ]);
    await w.inspector.post(`${BASE}/${opened.id}/items/${a!.id}/accept`).send({ note: '符合要求' }).expect(200);
    detail = (await w.inspector.post(`${BASE}/${opened.id}/items/${b!.id}/reject`).send({ note: '未见冰箱照片' }).expect(200)).body;
    expect(detail.status).toBe('open');
    expect(detail.noticeItems.map((i) => i.status)).toEqual(['accepted', 'rejected']);
    expect(detail.noticeItems[1]!.evidence[0]!.reviewResult).toBe('rejected');
    expect(await app.dataSource.manager.countBy(Notification, { userId: w.coordinator.user.id, type: 'foodSafety.evidenceRejected' })).toBe(1);

    // closing now is refused, naming what is allowed
    const early = await w.inspector.post(`${BASE}/${opened.id}/close`).send({}).expect(409);
    expect(early.body).toMatchObject({ code: 'foodSafety.notice.itemsNotAccepted', allowed: ['setOwner', 'reinspect'] });
    expect(early.body.detail).toContain('1 项');

    // evidence again, accepted, closed
    const photo2 = await upload(w.coordinator, w.school.id);
    detail = (
      await w.coordinator
        .post(`${BASE}/${opened.id}/items/${b!.id}/evidence`)
        .send({ note: '冰箱已到位，见照片', fileIds: [photo2] })
        .expect(200)
    ).body;
    expect(detail.status).toBe('evidenceSubmitted');
    expect(detail.noticeItems[1]!.evidence.map((e) => e.note)).toEqual(['冰箱已到位，见照片', '已购置留样冰箱']);
    detail = (await w.inspector.post(`${BASE}/${opened.id}/items/${b!.id}/accept`).send({}).expect(200)).body;
    expect(detail.actions).toEqual(['close', 'reinspect']);
    detail = (await w.inspector.post(`${BASE}/${opened.id}/close`).send({ version: detail.version }).expect(200)).body;
    expect(detail).toMatchObject({ status: 'closed', closedOn: '2026-04-10', closedVia: 'review', actions: [] });

    // closed is final
    const after = await w.coordinator.post(`${BASE}/${opened.id}/items/${b!.id}/evidence`).send({ note: 'x', fileIds: [] }).expect(409);
    expect(after.body).toMatchObject({ code: 'foodSafety.noticeItem.illegalTransition', allowed: [] });
    const closeAgain = await w.inspector.post(`${BASE}/${opened.id}/close`).send({}).expect(409);
    expect(closeAgain.body).toMatchObject({ code: 'foodSafety.notice.illegalTransition', allowed: [] });

    const actions = (await app.dataSource.manager.findBy(AuditEntry, { entityId: opened.id })).map((e) => e.action).sort();
    expect(actions).toEqual(
      [
        'foodSafety.notice.issue',
        'foodSafety.notice.update',
        'foodSafety.notice.submitEvidence',
        'foodSafety.notice.submitEvidence',
        'foodSafety.notice.accept',
        'foodSafety.notice.reject',
        'foodSafety.notice.submitEvidence',
        'foodSafety.notice.accept',
        'foodSafety.notice.close',
      ].sort(),
    );
  });

  it('answers illegal item transitions with 409 naming the allowed ones, in the caller’s words', async () => {
    const opened = await openNotice(app, w);
    const detail = (await w.inspector.get(`${BASE}/${opened.id}`).expect(200)).body as Detail;
    const item = detail.noticeItems[0]!;
    const res = await w.inspector.post(`${BASE}/${opened.id}/items/${item.id}/accept`).send({}).expect(409);
    expect(res.body).toMatchObject({ code: 'foodSafety.noticeItem.illegalTransition', allowed: ['submitEvidence'], status: 409 });
    expect(res.body.detail).toBe('该项当前为“待整改”，不能通过；现在可以：提交整改材料');
    await w.coordinator.post(`${BASE}/${opened.id}/items/${item.id}/evidence`).send({ note: '已整改', fileIds: [] }).expect(200);
    const twice = await w.coordinator.post(`${BASE}/${opened.id}/items/${item.id}/evidence`).send({ note: '再交一次', fileIds: [] }).expect(409);
    expect(twice.body.allowed).toEqual(['accept', 'reject']);
    const unknown = await w.inspector
      .post(`${BASE}/${opened.id}/items/${detail.noticeItems[1]!.id.replace(/.$/, (c) => (c === '0' ? '1' : '0'))}/accept`)
      .send({});
    expect(unknown.status).toBe(404);
  });

  it('keeps other schools out (404) and the school out of the inspector’s actions (403)', async () => {
    const opened = await openNotice(app, w);
    await w.otherCoordinator.get(`${BASE}/${opened.id}`).expect(404);
    const detail = (await w.coordinator.get(`${BASE}/${opened.id}`).expect(200)).body as Detail;
    await w.otherCoordinator.post(`${BASE}/${opened.id}/items/${detail.noticeItems[0]!.id}/evidence`).send({ note: 'x', fileIds: [] }).expect(404);
    await w.otherCoordinator.patch(`${BASE}/${opened.id}`).send({ version: detail.version, ownerName: 'x' }).expect(404);
    await w.coordinator.post(`${BASE}/${opened.id}/escalate`).send({ reason: 'x' }).expect(403);
    await w.coordinator.post(`${BASE}/${opened.id}/close`).send({}).expect(403);
    await w.inspector.patch(`${BASE}/${opened.id}`).send({ version: detail.version, ownerName: 'x' }).expect(403);
    const list = (await w.otherCoordinator.get(BASE).expect(200)).body;
    expect(list.items.map((n: { id: string }) => n.id)).not.toContain(opened.id);
    const own = (await w.coordinator.get(`${BASE}?pageSize=200`).expect(200)).body;
    expect(own.items.map((n: { id: string }) => n.id)).toContain(opened.id);
    expect(own.items.every((n: { canteenId: string }) => n.canteenId === w.canteenId)).toBe(true);
  });

  it('refuses evidence files the school cannot see, and the same file twice', async () => {
    const opened = await openNotice(app, w);
    const detail = (await w.coordinator.get(`${BASE}/${opened.id}`).expect(200)).body as Detail;
    const foreign = await upload(w.otherCoordinator, w.otherSchool.id);
    const res = await w.coordinator
      .post(`${BASE}/${opened.id}/items/${detail.noticeItems[0]!.id}/evidence`)
      .send({ note: 'x', fileIds: [foreign] })
      .expect(400);
    expect(res.body.errors[0]).toMatchObject({ field: 'fileIds.0', code: 'foodSafety.notice.fileNotFound' });
    const own = await upload(w.coordinator, w.school.id);
    const dup = await w.coordinator
      .post(`${BASE}/${opened.id}/items/${detail.noticeItems[0]!.id}/evidence`)
      .send({ note: 'x', fileIds: [own, own] })
      .expect(400);
    expect(dup.body.errors[0]).toMatchObject({ field: 'fileIds.1', code: 'foodSafety.notice.duplicateFile' });
  });

  it('applies a re-inspection: reopens what still fails, closes when everything passes', async () => {
    const opened = await openNotice(app, w);
    const service = app.app.get(NoticeOpeningService);
    const actor = {
      userId: w.inspector.user.id,
      username: 'x',
      displayName: '检查员甲',
      locale: 'zh-CN' as const,
      via: 'session' as const,
      sessionId: null,
      mustChangePassword: false,
      assignments: [],
      permissions: new Set<string>(),
    };
    const first = await insertInspection(app, {
      canteenId: w.canteenId,
      scopePath: w.school.path,
      inspectedOn: '2026-04-12',
      kind: 'reinspection',
      followsInspectionId: opened.inspectionId,
      submittedBy: w.inspector.user.id,
    });
    const r1 = await app.dataSource.transaction((m) =>
      service.applyReinspection(m, {
        reinspectionId: first,
        followsInspectionId: opened.inspectionId,
        on: '2026-04-12',
        results: [
          { itemCode: 'storage-raw-cooked', result: 'compliant', correctedOnSite: false },
          { itemCode: 'sample-fridge', result: 'nonCompliant', correctedOnSite: false },
          { itemCode: 'new-problem', result: 'nonCompliant', correctedOnSite: false },
        ],
        actor,
      }),
    );
    expect(r1).toEqual({
      noticeId: opened.id,
      applied: true,
      status: 'open',
      accepted: ['storage-raw-cooked'],
      reopened: ['sample-fridge'],
      newFailures: ['new-problem'],
    });
    const second = await insertInspection(app, {
      canteenId: w.canteenId,
      scopePath: w.school.path,
      inspectedOn: '2026-04-15',
      kind: 'reinspection',
      followsInspectionId: opened.inspectionId,
      submittedBy: w.inspector.user.id,
    });
    const r2 = await app.dataSource.transaction((m) =>
      service.applyReinspection(m, {
        reinspectionId: second,
        followsInspectionId: opened.inspectionId,
        on: '2026-04-15',
        results: [{ itemCode: 'sample-fridge', result: 'nonCompliant', correctedOnSite: true }],
        actor,
      }),
    );
    expect(r2).toMatchObject({ applied: true, status: 'closed', accepted: ['sample-fridge'], reopened: [] });
    const detail = (await w.inspector.get(`${BASE}/${opened.id}`).expect(200)).body;
    expect(detail).toMatchObject({ status: 'closed', closedOn: '2026-04-15', closedVia: 'reinspection' });
    expect(detail.reinspections.map((r: { id: string }) => r.id)).toEqual([first, second]);
    const r3 = await app.dataSource.transaction((m) =>
      service.applyReinspection(m, {
        reinspectionId: second,
        followsInspectionId: opened.inspectionId,
        on: '2026-04-16',
        results: [
          { itemCode: 'sample-fridge', result: 'nonCompliant', correctedOnSite: false },
          { itemCode: 'storage-raw-cooked', result: 'compliant', correctedOnSite: false },
        ],
        actor,
      }),
    );
    // a closed notice stays closed; its failed items are for a notice of the re-inspection's own
    expect(r3).toEqual({ noticeId: opened.id, applied: false, status: 'closed', accepted: [], reopened: [], newFailures: ['sample-fridge'] });
    expect(
      await app.dataSource.transaction((m) =>
        service.applyReinspection(m, { reinspectionId: second, followsInspectionId: second, on: '2026-04-16', results: [], actor }),
      ),
    ).toBeNull();
  });
});

describe('overdue notices, escalation and reminders (time set through the platform clock)', () => {
  let app: TestApp;
  let w: World;

  beforeAll(async () => {
    app = await createTestApp({ plugins: [foodSafetyPlugin], now: '2026-04-10T02:00:00Z' });
    w = await makeWorld(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('derives overdue from the clock, sorts it first, and allows escalation only then', async () => {
    const late = await openNotice(app, w, { deadline: { kind: 'date', on: '2026-04-20' } });
    const later = await openNotice(app, w, { deadline: { kind: 'date', on: '2026-05-30' } });
    const ongoing = await openNotice(app, w, { deadline: { kind: 'immediateOngoing' } });

    let list = (await w.inspector.get(`${BASE}?status=overdue`).expect(200)).body;
    expect(list.total).toBe(0);
    const early = await w.inspector.post(`${BASE}/${late.id}/escalate`).send({ reason: '逾期未整改' }).expect(409);
    expect(early.body).toMatchObject({ code: 'foodSafety.notice.notOverdue', allowed: ['setOwner', 'reinspect'] });

    // due soon: within the setting's window (3 days by default) before the deadline
    await moveClock(app, w, '2026-04-18T02:00:00Z');
    list = (await w.inspector.get(`${BASE}?status=dueSoon`).expect(200)).body;
    expect(list.items.map((n: { id: string }) => n.id)).toEqual([late.id]);
    expect(list.items[0]).toMatchObject({ dueSoon: true, overdue: false });

    await moveClock(app, w, '2026-04-21T02:00:00Z');
    list = (await w.inspector.get(`${BASE}?status=overdue`).expect(200)).body;
    expect(list.items.map((n: { id: string }) => n.id)).toEqual([late.id]);
    expect(list.items[0]).toMatchObject({ overdue: true, daysOverdue: 1, status: 'open' });
    const all = (await w.inspector.get(BASE).expect(200)).body;
    expect(all.items.map((n: { id: string }) => n.id)).toEqual([late.id, later.id, ongoing.id]);

    const noReason = await w.inspector.post(`${BASE}/${late.id}/escalate`).send({ reason: '' }).expect(400);
    expect(noReason.body.errors[0].field).toBe('reason');
    const detailBefore = (await w.inspector.get(`${BASE}/${late.id}`).expect(200)).body;
    expect(detailBefore.actions).toEqual(['escalate', 'reinspect']);
    const escalated = (await w.inspector.post(`${BASE}/${late.id}/escalate`).send({ reason: '逾期未整改，移交餐监所立案' }).expect(200)).body;
    expect(escalated).toMatchObject({ status: 'escalated', escalatedOn: '2026-04-21', escalationReason: '逾期未整改，移交餐监所立案', overdue: true });
    const again = await w.inspector.post(`${BASE}/${late.id}/escalate`).send({ reason: 'x' }).expect(409);
    expect(again.body.allowed).toEqual(['setOwner', 'reinspect']);
    expect((await w.inspector.get(`${BASE}?status=escalated`).expect(200)).body.total).toBe(1);

    // not yet due: refused; 立行立改并长期坚持 has no date, so the inspector may escalate it by decision
    await w.inspector.post(`${BASE}/${later.id}/escalate`).send({ reason: 'x' }).expect(409);
    await w.inspector.post(`${BASE}/${ongoing.id}/escalate`).send({ reason: '屡查屡犯' }).expect(200);

    // an escalated notice still takes evidence and can be closed once everything is accepted
    const d = (await w.coordinator.get(`${BASE}/${late.id}`).expect(200)).body as Detail;
    for (const item of d.noticeItems)
      await w.coordinator.post(`${BASE}/${late.id}/items/${item.id}/evidence`).send({ note: '已整改', fileIds: [] }).expect(200);
    expect(await app.dataSource.manager.countBy(Notification, { userId: w.inspector.user.id, type: 'foodSafety.evidenceSubmitted' })).toBe(1);
    for (const item of d.noticeItems) await w.inspector.post(`${BASE}/${late.id}/items/${item.id}/accept`).send({}).expect(200);
    const closed = (await w.inspector.post(`${BASE}/${late.id}/close`).send({}).expect(200)).body;
    expect(closed).toMatchObject({ status: 'closed', overdue: false });
  });

  it('reminds inspectors of overdue and due-soon notices, and schools of notices needing evidence', async () => {
    await moveClock(app, w, '2026-04-10T02:00:00Z');
    const soon = await openNotice(app, w, { deadline: { kind: 'date', on: '2026-04-11' } });
    const overdue = await openNotice(app, w, { inspectedOn: '2026-04-01', deadline: { kind: 'date', on: '2026-04-05' } });
    await openNotice(app, w, { canteenId: w.otherCanteenId, school: w.otherSchool, deadline: { kind: 'date', on: '2026-04-11' } });

    const inspectorReminders = (await w.inspector.get('/api/reminders').expect(200)).body;
    const mine = (inspectorReminders.items ?? inspectorReminders).filter((r: { id: string }) => r.id.startsWith('food-safety.notice-'));
    const byNotice = new Map(mine.map((r: { id: string; severity: string }) => [r.id.split(':')[1], r.severity]));
    expect(byNotice.get(overdue.id)).toBe('overdue');
    expect(byNotice.get(soon.id)).toBe('dueSoon');

    const schoolReminders = (await w.coordinator.get('/api/reminders').expect(200)).body;
    const school = (schoolReminders.items ?? schoolReminders).filter((r: { id: string }) => r.id.startsWith('food-safety.notice-evidence:'));
    const ids = school.map((r: { id: string }) => r.id.split(':')[1]);
    expect(ids).toContain(soon.id);
    expect(ids).toContain(overdue.id);
    expect(school.find((r: { id: string }) => r.id.endsWith(overdue.id)).severity).toBe('overdue');
    const otherSchool = (await w.otherCoordinator.get('/api/reminders').expect(200)).body;
    expect((otherSchool.items ?? otherSchool).map((r: { id: string }) => r.id)).not.toContain(`food-safety.notice-evidence:${soon.id}`);
  });
});
