/**
 * The seams between inspections and rectification: a re-inspection reviews the evidence waiting on
 * the items it settles, and an amendment of a submitted inspection keeps its notice in step with the
 * corrected results (items added, items withdrawn, the notice opened or closed), refusing what would
 * contradict a notice already closed or settled by a re-inspection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IsNull } from 'typeorm';
import { AuditEntry } from '@schoolbridge/core';
import { createTestApp, type TestApp } from '@schoolbridge/core/testing';
import { foodSafetyPlugin } from '../../../src/server/index.js';
import { FoodSafetyNoticeEvidence } from '../../../src/server/rectification/entities/notice-evidence.entity.js';
import { answer, inspect, makeWorld, moveTo, team, type World } from '../inspections/world.js';

const INSPECTIONS = '/api/food-safety/inspections';
const NOTICES = '/api/food-safety/notices';

interface NoticeItemView {
  id: string;
  itemCode: string;
  status: string;
  finding: string | null;
  reviewNote: string | null;
  evidence: { reviewResult: string | null; reviewNote: string | null }[];
}

describe('rectification seams: re-inspection and amendment keep the notice consistent', () => {
  let app: TestApp;
  let w: World;
  beforeAll(async () => {
    app = await createTestApp({ plugins: [foodSafetyPlugin], now: '2026-03-10T02:00:00Z' });
    w = await makeWorld(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  async function notice(id: string) {
    const res = await w.inspector.get(`${NOTICES}/${id}`).expect(200);
    return res.body as { id: string; status: string; closedVia: string | null; version: number; noticeItems: NoticeItemView[] };
  }

  async function evidence(noticeId: string, item: NoticeItemView, note = '已整改，见照片') {
    await w.coordinatorA.post(`${NOTICES}/${noticeId}/items/${item.id}/evidence`, { note, fileIds: [] }).expect(200);
  }

  it('a re-inspection reviews the evidence waiting on the items it settles: accepted when it passes, rejected when it still fails', async () => {
    const first = await inspect(
      w,
      { m1: { result: 'nonCompliant', note: '生熟混放' }, n1: { result: 'nonCompliant', note: '未离地存放' } },
      { inspectedOn: '2026-03-10' },
    );
    let n = await notice(first.notice!.id);
    for (const item of n.noticeItems) await evidence(n.id, item);
    n = await notice(n.id);
    expect(n.status).toBe('evidenceSubmitted');

    await moveTo(app, w, '2026-03-17T02:00:00Z');
    const d = await w.inspector
      .post(INSPECTIONS, { kind: 'reinspection', canteenId: w.canteenA, followsInspectionId: first.id, authorityId: w.authorityId, inspectors: team(w) })
      .expect(201);
    const re = await answer(w, { id: d.body.id, version: d.body.version }, { n1: { result: 'nonCompliant', note: '仍未离地' } });
    await w.inspector.post(`${INSPECTIONS}/${re.id}/submit`, {}).expect(200);

    n = await notice(n.id);
    const byCode = new Map(n.noticeItems.map((i) => [i.itemCode, i]));
    expect(byCode.get('m1')).toMatchObject({ status: 'accepted', reviewNote: '复查合格' });
    expect(byCode.get('m1')!.evidence).toEqual([expect.objectContaining({ reviewResult: 'accepted', reviewNote: '复查合格' })]);
    expect(byCode.get('n1')).toMatchObject({ status: 'open', reviewNote: '复查仍不符合' });
    expect(byCode.get('n1')!.evidence).toEqual([expect.objectContaining({ reviewResult: 'rejected', reviewNote: '复查仍不符合' })]);
    expect(await app.dataSource.manager.countBy(FoodSafetyNoticeEvidence, { reviewResult: IsNull() })).toBe(0);
    expect(n.status).toBe('open');

    // an amendment of the re-inspection cannot turn its verdict on the settled notice around
    const reDone = (await w.inspector.get(`${INSPECTIONS}/${re.id}`).expect(200)).body;
    const refused = await w.inspector
      .post(`${INSPECTIONS}/${re.id}/amend`, {
        version: reDone.version,
        reason: '录入错误',
        results: [{ itemCode: 'm1', result: 'nonCompliant', note: '仍生熟混放' }],
      })
      .expect(409);
    expect(refused.body).toMatchObject({ code: 'foodSafety.inspection.reinspectionVerdictFixed', itemCodes: ['m1'] });
    expect(refused.body.detail).toContain('生熟食品分开存放');
    // …but other changes of it are amendments like any other (a note; a new failure goes onto its own notice)
    const ok = await w.inspector
      .post(`${INSPECTIONS}/${re.id}/amend`, {
        version: reDone.version,
        reason: '补记一项',
        results: [{ itemCode: 'n3', result: 'nonCompliant', note: '一人未戴帽' }],
        deadline: { kind: 'date', on: '2026-03-31' },
      })
      .expect(200);
    expect(ok.body.notice).not.toBeNull();
    expect(ok.body.notice.id).not.toBe(n.id);
    const own = await notice(ok.body.notice.id);
    expect(own.noticeItems.map((i) => i.itemCode)).toEqual(['n3']);
  });

  it('an amendment adds newly failed items to the open notice and withdraws corrected ones, the evidence waiting on them reviewed', async () => {
    await moveTo(app, w, '2026-03-18T02:00:00Z');
    const done = await inspect(
      w,
      { m1: { result: 'nonCompliant', note: '生熟混放' }, n1: { result: 'nonCompliant', note: '未离地存放' } },
      { canteenId: w.canteenA, inspectedOn: '2026-03-18' },
    );
    let n = await notice(done.notice!.id);
    for (const item of n.noticeItems) await evidence(n.id, item);
    expect((await notice(n.id)).status).toBe('evidenceSubmitted');

    const amended = await w.inspector
      .post(`${INSPECTIONS}/${done.id}/amend`, {
        version: done.version,
        reason: '库房一项误判；留样冰箱一项漏记',
        results: [
          { itemCode: 'n1', result: 'compliant' },
          { itemCode: 'm2', result: 'nonCompliant', note: '无专用留样冰箱' },
          { itemCode: 'm1', result: 'nonCompliant', note: '冷藏柜内生熟混放' },
        ],
      })
      .expect(200);
    expect(amended.body.letter.currentRevision).toBe(2);

    n = await notice(n.id);
    const byCode = new Map(n.noticeItems.map((i) => [i.itemCode, i]));
    expect([...byCode.keys()].sort()).toEqual(['m1', 'm2', 'n1']);
    expect(byCode.get('n1')).toMatchObject({ status: 'accepted' });
    expect(byCode.get('n1')!.reviewNote).toContain('检查结果已更正');
    expect(byCode.get('n1')!.evidence[0]).toMatchObject({ reviewResult: 'accepted' });
    expect(byCode.get('m1')).toMatchObject({ status: 'submitted', finding: '冷藏柜内生熟混放' });
    expect(byCode.get('m2')).toMatchObject({ status: 'open', finding: '无专用留样冰箱' });
    // a new item waits for evidence: the notice is open again
    expect(n.status).toBe('open');
    const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { action: 'foodSafety.notice.amend', entityId: n.id });
    expect(audit.after).toMatchObject({ added: ['m2'], withdrawn: ['n1'], reason: '库房一项误判；留样冰箱一项漏记' });

    // the letter agrees with the notice
    const letter = (await w.inspector.get(`/api/food-safety/letters/${amended.body.letter.id}`).expect(200)).body;
    expect(
      letter.current.findings
        .filter((f: { onNotice: boolean }) => f.onNotice)
        .map((f: { itemCode: string }) => f.itemCode)
        .sort(),
    ).toEqual(['m1', 'm2']);

    // withdrawing the rest closes the notice (no item left to rectify)
    const again = await w.inspector
      .post(`${INSPECTIONS}/${done.id}/amend`, {
        version: amended.body.version,
        reason: '复核现场照片，均符合',
        results: [
          { itemCode: 'm1', result: 'compliant' },
          { itemCode: 'm2', result: 'nonCompliant', correctedOnSite: true },
        ],
      })
      .expect(200);
    expect(again.body.notice).toMatchObject({ id: n.id, status: 'closed' });
    expect(await notice(n.id)).toMatchObject({ status: 'closed', closedVia: 'amendment' });

    // a closed notice takes no new item: re-inspect instead
    const closedRefused = await w.inspector
      .post(`${INSPECTIONS}/${done.id}/amend`, { version: again.body.version, reason: '补记', results: [{ itemCode: 'n2', result: 'nonCompliant' }] })
      .expect(409);
    expect(closedRefused.body.code).toBe('foodSafety.notice.closedNoNewItems');
    const unchanged = (await w.inspector.get(`${INSPECTIONS}/${done.id}`).expect(200)).body;
    expect(unchanged).toMatchObject({ version: again.body.version, letter: { currentRevision: 3 } });
  });

  it('an amendment that puts items on a notice where there was none opens it, with the deadline it asks for', async () => {
    await moveTo(app, w, '2026-03-19T02:00:00Z');
    const done = await inspect(w, {}, { canteenId: w.canteenB, inspectedOn: '2026-03-19' });
    expect(done.notice).toBeNull();
    const body = { version: done.version, reason: '漏记一项', results: [{ itemCode: 'm1', result: 'nonCompliant', note: '生熟混放' }] };
    const refused = await w.inspector.post(`${INSPECTIONS}/${done.id}/amend`, body).expect(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'deadline', code: 'foodSafety.inspection.deadlineRequired' });
    expect((await w.inspector.get(`${INSPECTIONS}/${done.id}`).expect(200)).body.amendments).toBe(0);

    const ok = await w.inspector.post(`${INSPECTIONS}/${done.id}/amend`, { ...body, deadline: { kind: 'date', on: '2026-03-29' } }).expect(200);
    expect(ok.body).toMatchObject({ deadlineKind: 'date', deadlineOn: '2026-03-29', notice: { status: 'open' } });
    const n = await notice(ok.body.notice.id);
    expect(n.noticeItems.map((i) => [i.itemCode, i.status])).toEqual([['m1', 'open']]);
    expect(n).toMatchObject({ deadline: '2026-03-29' });
    // a later amendment with a deadline does not move the notice's
    await w.inspector
      .post(`${INSPECTIONS}/${done.id}/amend`, {
        version: ok.body.version,
        reason: '补充说明',
        notes: '校长在场',
        deadline: { kind: 'date', on: '2026-05-01' },
      })
      .expect(200);
    expect(await notice(n.id)).toMatchObject({ deadline: '2026-03-29' });
  });
});
