import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '@schoolbridge/core';
import { createTestApp, inspectPdf, type TestApp } from '@schoolbridge/core/testing';
import { foodSafetyPlugin } from '../../../src/server/index.js';
import { FoodSafetyNotice } from '../../../src/server/rectification/entities/notice.entity.js';
import { OpinionLetter } from '../../../src/server/inspections/entities/letter.entity.js';
import { TemplateVersion } from '../../../src/server/templates/entities/template.entity.js';
import { answer, draft, inspect, makeWorld, moveTo, team, type World } from './world.js';

const BASE = '/api/food-safety/inspections';
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

/** The text of a PDF, read back with nothing but Node (core's test harness). */
function pdfText(bytes: Buffer): string {
  return inspectPdf(bytes)
    .pages.map((p) => p.text)
    .join('\n');
}

function binary(res: { on: (e: string, cb: (chunk?: Buffer) => void) => void }, cb: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c?: Buffer) => chunks.push(c!));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

describe('inspections: score, grade, letter, amendment, permissions', () => {
  let app: TestApp;
  let w: World;
  beforeAll(async () => {
    app = await createTestApp({ plugins: [foodSafetyPlugin], now: '2026-03-10T02:00:00Z' });
    w = await makeWorld(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('runs on the database the environment selects', () => {
    expect(app.databaseKind).toBe(process.env.DATABASE_URL ? 'postgres' : 'sqlite');
  });

  it('makes a draft with every item of the template’s current version, unanswered', async () => {
    const res = await w.inspector
      .post(BASE, { kind: 'routine', canteenId: w.canteenA, templateId: w.templateId, inspectors: [...team(w), { name: '赵六', agency: '县卫健局' }] })
      .expect(201);
    expect(res.body).toMatchObject({ status: 'draft', kind: 'routine', inspectedOn: '2026-03-10', score: null, grade: null, letter: null, canEdit: true });
    expect(res.body.results.map((r: { itemCode: string }) => r.itemCode)).toEqual(['c1', 'm1', 'n1', 'n2', 'm2', 'n3']);
    expect(res.body.results.every((r: { result: unknown }) => r.result === null)).toBe(true);
    expect(res.body.counts.unanswered).toBe(6);
    expect(res.body.inspectors).toEqual([...team(w), { userId: null, name: '赵六', agency: '县卫健局' }]);
    await w.inspector.delete(`${BASE}/${res.body.id}`).expect(204);
  });

  it('refuses to submit unanswered items, fewer than two officers, or no authority, and keeps the draft', async () => {
    const d = await draft(w, { inspectors: [team(w)[0]], authorityId: null });
    const partial = await w.inspector.put(`${BASE}/${d.id}/results`, { version: d.version, results: [{ itemCode: 'c1', result: 'compliant' }] }).expect(200);
    expect(partial.body.counts.unanswered).toBe(5);
    const res = await w.inspector.post(`${BASE}/${d.id}/submit`, {}).expect(400);
    const fields = (res.body.errors as { field: string; code: string }[]).map((e) => `${e.field}:${e.code}`);
    expect(fields).toContain('authorityId:validation.required');
    expect(fields).toContain('inspectors:foodSafety.inspection.tooFewInspectors');
    expect(fields).toContain('results.m1.result:foodSafety.inspection.unanswered');
    expect(fields.filter((f) => f.endsWith('unanswered'))).toHaveLength(5);
    const after = await w.inspector.get(`${BASE}/${d.id}`).expect(200);
    expect(after.body).toMatchObject({ status: 'draft', letter: null });
    await w.inspector.delete(`${BASE}/${d.id}`).expect(204);
  });

  it('scores a failed critical item corrected on site against the score and caps the grade at 一般, with no notice', async () => {
    // 40 of 50 compliant = 80.00 (良好 by the score), capped to 一般 by the critical item
    const done = await inspect(
      w,
      { c1: { result: 'nonCompliant', correctedOnSite: true, note: '冷藏柜内有过期酸奶2盒，当场销毁' } },
      {},
      { deadline: undefined },
    );
    expect(done).toMatchObject({ status: 'submitted', score: 8000, grade: 'fair', uncappedGrade: 'good', capped: true, notice: null });
    expect(done.counts).toMatchObject({ compliant: 5, nonCompliant: 1, failedCritical: 1, correctedOnSite: 1 });
    expect(done.letter.number).toBe(`${w.prefix}〔2026〕第001号`);
    const version = await app.dataSource.manager.findOneByOrFail(TemplateVersion, { id: (await w.inspector.get(`${BASE}/${done.id}`)).body.templateVersionId });
    expect(version.usedAt).not.toBeNull();
  });

  it('counts an item corrected on site as failed; a major one does not cap', async () => {
    const done = await inspect(w, { m2: { result: 'nonCompliant', correctedOnSite: true } }, { canteenId: w.canteenB });
    expect(done).toMatchObject({ score: 8000, grade: 'good', capped: false, notice: null });
  });

  it('leaves not-applicable items out of the denominator, opens the notice with the failed item and needs a deadline for it', async () => {
    const d = await answer(w, await draft(w, { canteenId: w.canteenB }), {
      n1: { result: 'nonCompliant', note: '库房食品直接放地面' },
      n2: { result: 'notApplicable' },
      n3: { result: 'nonCompliant', note: '一人未戴帽', leaveOffReason: '已批评教育，人员已更换' },
    });
    const refused = await w.inspector.post(`${BASE}/${d.id}/submit`, {}).expect(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'deadline', code: 'foodSafety.inspection.deadlineRequired' });
    expect((await w.inspector.get(`${BASE}/${d.id}`)).body.status).toBe('draft');
    const res = await w.inspector.post(`${BASE}/${d.id}/submit`, { deadline: { kind: 'date', on: '2026-03-20' }, rectificationOwner: '张校长' }).expect(200);
    // compliant 30 of applicable 45 = 66.67
    expect(res.body).toMatchObject({ score: 6667, grade: 'fair', capped: false, deadlineKind: 'date', deadlineOn: '2026-03-20' });
    expect(res.body.notice).toMatchObject({ status: 'open' });
    const notice = await app.dataSource.manager.findOneByOrFail(FoodSafetyNotice, { inspectionId: d.id });
    expect(notice.number).toBe(`${res.body.letter.number}整改`);
    expect(notice.deadline).toBe('2026-03-20');
  });

  it('flags a repeat of an item failed in the canteen’s previous submitted inspection', async () => {
    await moveTo(app, w, '2026-03-12T02:00:00Z');
    const first = await inspect(w, { m1: { result: 'nonCompliant', note: '生熟混放' }, n1: { result: 'nonCompliant' } }, { inspectedOn: '2026-03-12' });
    expect(first.results.filter((r) => r.repeat)).toEqual([]);
    const second = await inspect(w, { m1: { result: 'nonCompliant', note: '仍生熟混放' } }, { inspectedOn: '2026-03-12' });
    expect(second.results.filter((r) => r.repeat).map((r) => r.itemCode)).toEqual(['m1']);
    expect(second.counts.repeats).toBe(1);
  });

  it('submits once: a second submit answers 409 and issues no second letter', async () => {
    const d = await answer(w, await draft(w));
    const ok = await w.inspector.post(`${BASE}/${d.id}/submit`, {}).expect(200);
    const again = await w.inspector2.post(`${BASE}/${d.id}/submit`, {}).expect(409);
    expect(again.body).toMatchObject({ code: 'foodSafety.inspection.alreadySubmitted', letterId: ok.body.letter.id, letterNumber: ok.body.letter.number });
    expect(await app.dataSource.manager.countBy(OpinionLetter, { inspectionId: d.id })).toBe(1);
    // a submitted inspection is no draft any more
    await w.inspector.put(`${BASE}/${d.id}/results`, { version: ok.body.version, results: [{ itemCode: 'c1', result: 'nonCompliant' }] }).expect(409);
    await w.inspector.delete(`${BASE}/${d.id}`).expect(409);
  });

  it('amends: reason required, rescored, the letter reissued as revision 2 of the same number, audited before → after', async () => {
    const done = await inspect(w, {}, { canteenId: w.canteenB, inspectedOn: '2026-03-12' });
    expect(done).toMatchObject({ score: 10000, grade: 'excellent' });
    const noReason = await w.inspector
      .post(`${BASE}/${done.id}/amend`, { version: done.version, results: [{ itemCode: 'm2', result: 'nonCompliant' }] })
      .expect(400);
    expect(noReason.body.errors[0].field).toBe('reason');
    await w.inspector
      .post(`${BASE}/${done.id}/amend`, { version: done.version - 1, reason: '录入错误', results: [{ itemCode: 'm2', result: 'nonCompliant' }] })
      .expect(409);
    await moveTo(app, w, '2026-03-13T02:00:00Z');
    const amended = await w.inspector
      .post(`${BASE}/${done.id}/amend`, {
        version: done.version,
        reason: '留样冰箱一项录入错误，应为不符合',
        results: [{ itemCode: 'm2', result: 'nonCompliant', correctedOnSite: true, note: '无专用留样冰箱' }],
      })
      .expect(200);
    expect(amended.body).toMatchObject({
      score: 8000,
      grade: 'good',
      amendments: 1,
      letter: { id: done.letter.id, number: done.letter.number, currentRevision: 2 },
    });
    const letter = await w.inspector.get(`/api/food-safety/letters/${done.letter.id}`).expect(200);
    expect(letter.body.revisions.map((r: { revision: number; reason: string | null; issuedOn: string }) => [r.revision, r.reason, r.issuedOn])).toEqual([
      [1, null, '2026-03-12'],
      [2, '留样冰箱一项录入错误，应为不符合', '2026-03-13'],
    ]);
    expect(letter.body.current).toMatchObject({ number: done.letter.number, revision: 2, inspection: { score: 8000, grade: 'good' } });
    expect(letter.body.current.findings).toEqual([expect.objectContaining({ itemCode: 'm2', correctedOnSite: true, note: '无专用留样冰箱', onNotice: false })]);
    const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { action: 'foodSafety.inspection.amended', entityId: done.id });
    expect(audit.before).toMatchObject({ score: 10000, grade: 'excellent', results: { m2: { result: 'compliant' } } });
    expect(audit.after).toMatchObject({
      reason: '留样冰箱一项录入错误，应为不符合',
      score: 8000,
      results: { m2: { result: 'nonCompliant', correctedOnSite: true } },
      letter: { revision: 2 },
    });
    // a draft is edited, not amended
    const d = await draft(w);
    await w.inspector.post(`${BASE}/${d.id}/amend`, { version: d.version, reason: '无' }).expect(409);
    await w.inspector.delete(`${BASE}/${d.id}`).expect(204);
  });

  it('prints the letter as a Chinese PDF with the number, the canteen, the findings and the deadline; each revision on its own', async () => {
    await moveTo(app, w, '2026-03-14T02:00:00Z');
    const done = await inspect(
      w,
      { m1: { result: 'nonCompliant', note: '冷藏柜内生熟混放' }, n2: { result: 'nonCompliant', correctedOnSite: true, note: '垃圾桶未加盖' } },
      { inspectedOn: '2026-03-14' },
      { deadline: { kind: 'date', on: '2026-03-24' } },
    );
    const res = await w.inspector.get(`/api/food-safety/letters/${done.letter.id}/pdf`).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    const bytes = res.body as Buffer;
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(bytes).replace(/\s+/g, '');
    expect(text).toContain('监督意见书');
    expect(text).toContain(done.letter.number);
    expect(text).toContain('城关第一小学食堂');
    expect(text).toContain('冷藏柜内生熟混放');
    expect(text).toContain('已当场整改');
    expect(text).toContain('2026年3月24日前整改到位');
    expect(text).toContain('某某县市场监督管理局餐饮服务监督所');
    expect(text).toContain('王建国');
    await w.inspector.get(`/api/food-safety/letters/${done.letter.id}/pdf?revision=2`).expect(404);
    await w.inspector.post(`${BASE}/${done.id}/amend`, { version: done.version, reason: '补充检查人员单位', notes: '复印件存档' }).expect(200);
    const second = await w.inspector.get(`/api/food-safety/letters/${done.letter.id}/pdf?revision=2`).buffer(true).parse(binary).expect(200);
    const secondText = pdfText(second.body as Buffer).replace(/\s+/g, '');
    expect(secondText).toContain(done.letter.number);
    expect(secondText).toContain('第2版');
    expect(secondText).toContain('补充检查人员单位');
    const first = await w.inspector.get(`/api/food-safety/letters/${done.letter.id}/pdf?revision=1`).buffer(true).parse(binary).expect(200);
    expect(pdfText(first.body as Buffer).replace(/\s+/g, '')).not.toContain('第2版');
  });

  it('lists letters by authority and year', async () => {
    const all = await w.officer.get(`/api/food-safety/letters?authorityId=${w.authorityId}&year=2026&pageSize=200`).expect(200);
    const serials = (all.body.items as { serial: number }[]).map((l) => l.serial).sort((a, b) => a - b);
    expect(serials).toEqual(Array.from({ length: serials.length }, (_, i) => i + 1));
    expect((await w.officer.get(`/api/food-safety/letters?authorityId=${w.authorityId}&year=2025`).expect(200)).body.total).toBe(0);
  });

  it('a school coordinator reads their own canteen’s inspections and letters, edits nothing (403), and sees no other school’s (404)', async () => {
    const own = await inspect(w, { n1: { result: 'nonCompliant' } }, { inspectedOn: '2026-03-14' });
    const other = await inspect(w, {}, { canteenId: w.canteenB, inspectedOn: '2026-03-14' });
    const c = w.coordinatorA;
    const detail = await c.get(`${BASE}/${own.id}`).expect(200);
    expect(detail.body.canEdit).toBe(false);
    await c.get(`/api/food-safety/letters/${own.letter.id}`).expect(200);
    await c.get(`/api/food-safety/letters/${own.letter.id}/pdf`).expect(200);
    const list = await c.get(`${BASE}?pageSize=200`).expect(200);
    expect(new Set((list.body.items as { canteenId: string }[]).map((i) => i.canteenId))).toEqual(new Set([w.canteenA]));
    const letters = await c.get('/api/food-safety/letters?pageSize=200').expect(200);
    expect((letters.body.items as { canteenId: string }[]).every((l) => l.canteenId === w.canteenA)).toBe(true);
    await c.get(`${BASE}/${other.id}`).expect(404);
    await c.get(`/api/food-safety/letters/${other.letter.id}`).expect(404);
    await c.post(BASE, { kind: 'routine', canteenId: w.canteenA, templateId: w.templateId }).expect(403);
    await c.put(`${BASE}/${own.id}/results`, { version: own.version, results: [] }).expect(403);
    await c.post(`${BASE}/${own.id}/submit`, {}).expect(403);
    await c.post(`${BASE}/${own.id}/amend`, { version: own.version, reason: '改' }).expect(403);
    // an inspector of another county reaches nothing here
    const stranger = await app.signInAs([{ role: 'inspector', regionId: w.otherCounty.id }]);
    await stranger.get(`${BASE}/${own.id}`).expect(404);
    await stranger.post(`${BASE}/${own.id}/amend`, { version: own.version, reason: '改' }).expect(404);
    const refused = await stranger.post(BASE, { kind: 'routine', canteenId: w.canteenA, templateId: w.templateId }).expect(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'canteenId', code: 'foodSafety.inspection.canteenNotFound' });
  });

  it('attaches and detaches photos the inspector may see, images only', async () => {
    const d = await draft(w);
    const photo = await w.inspector
      .post(`/api/files?organisationId=${w.schoolA.id}`)
      .attach('file', PNG, { filename: '生熟混放.png', contentType: 'image/png' })
      .expect(201);
    const attached = await w.inspector.post(`${BASE}/${d.id}/results/m1/photos`, { fileId: photo.body.id }).expect(200);
    expect(attached.body).toMatchObject({ itemCode: 'm1', photos: [{ fileId: photo.body.id, originalName: '生熟混放.png', mediaType: 'image/png' }] });
    await w.inspector.post(`${BASE}/${d.id}/results/m1/photos`, { fileId: photo.body.id }).expect(200);
    expect((await w.inspector.get(`${BASE}/${d.id}`)).body.results.find((r: { itemCode: string }) => r.itemCode === 'm1').photos).toHaveLength(1);
    // someone else's upload outside the inspector's scope is not theirs to attach
    const outsider = await app.signInAs([{ role: 'school_coordinator', organisationId: w.otherSchool.id }]);
    const foreign = await outsider
      .post(`/api/files?organisationId=${w.otherSchool.id}`)
      .attach('file', PNG, { filename: 'x.png', contentType: 'image/png' })
      .expect(201);
    const refused = await w.inspector.post(`${BASE}/${d.id}/results/m1/photos`, { fileId: foreign.body.id }).expect(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'fileId', code: 'foodSafety.fileNotFound' });
    await w.inspector.post(`${BASE}/${d.id}/results/zz/photos`, { fileId: photo.body.id }).expect(404);
    const detached = await w.inspector.delete(`${BASE}/${d.id}/results/m1/photos/${photo.body.id}`).expect(200);
    expect(detached.body.photos).toEqual([]);
    await w.inspector.delete(`${BASE}/${d.id}/results/m1/photos/${photo.body.id}`).expect(404);
    await w.inspector.delete(`${BASE}/${d.id}`).expect(204);
  });

  it('serves an inspection’s photos to whoever reads the inspection, and to nobody else', async () => {
    const d = await draft(w);
    // filed under the county (as a supplier's photos are under its region): the school could not read it through core's files
    const photo = await w.inspector
      .post(`/api/files?regionId=${w.county.id}`)
      .attach('file', PNG, { filename: '地面积水.png', contentType: 'image/png' })
      .expect(201);
    await w.inspector.post(`${BASE}/${d.id}/results/n1/photos`, { fileId: photo.body.id }).expect(200);
    await answer(w, { id: d.id, version: (await w.inspector.get(`${BASE}/${d.id}`)).body.version }, { n1: { result: 'nonCompliant', correctedOnSite: true } });
    const done = await w.inspector.post(`${BASE}/${d.id}/submit`, {}).expect(200);
    const url = done.body.results.find((r: { itemCode: string }) => r.itemCode === 'n1').photos[0].contentUrl as string;
    expect(url).toBe(`${BASE}/${d.id}/photos/${photo.body.id}`);
    const seen = await w.coordinatorA.get(url).buffer(true).parse(binary).expect(200);
    expect(seen.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(seen.body as Buffer, PNG)).toBe(0);
    await w.coordinatorA.get(`/api/files/${photo.body.id}/content`).expect(404);
    // another school's coordinator, or a file that is not this inspection's photo: as if absent
    const outsider = await app.signInAs([{ role: 'school_coordinator', organisationId: w.schoolB.id }]);
    await outsider.get(url).expect(404);
    const other = await w.inspector
      .post(`/api/files?regionId=${w.county.id}`)
      .attach('file', PNG, { filename: 'other.png', contentType: 'image/png' })
      .expect(201);
    await w.coordinatorA.get(`${BASE}/${d.id}/photos/${other.body.id}`).expect(404);
  });

  it('a re-inspection follows a submitted inspection, gets its own letter and settles the notice', async () => {
    await moveTo(app, w, '2026-03-20T02:00:00Z');
    const first = await inspect(
      w,
      { n1: { result: 'nonCompliant', note: '离地存放不够' } },
      { canteenId: w.canteenB, inspectedOn: '2026-03-20' },
      { deadline: { kind: 'immediateOngoing' } },
    );
    expect(first.notice).not.toBeNull();
    await w.inspector.post(BASE, { kind: 'reinspection', canteenId: w.canteenB }).expect(400);
    await w.inspector.post(BASE, { kind: 'reinspection', canteenId: w.canteenA, followsInspectionId: first.id }).expect(400);
    await moveTo(app, w, '2026-03-27T02:00:00Z');
    const d = await w.inspector
      .post(BASE, { kind: 'reinspection', canteenId: w.canteenB, followsInspectionId: first.id, authorityId: w.authorityId, inspectors: team(w) })
      .expect(201);
    expect(d.body).toMatchObject({ kind: 'reinspection', followsInspectionId: first.id, templateId: w.templateId, inspectedOn: '2026-03-27' });
    const re = await answer(w, { id: d.body.id, version: d.body.version });
    const done = await w.inspector.post(`${BASE}/${re.id}/submit`, {}).expect(200);
    expect(done.body.letter.number).not.toBe(first.letter.number);
    expect(done.body.notice).toBeNull();
    const notice = await app.dataSource.manager.findOneByOrFail(FoodSafetyNotice, { inspectionId: first.id });
    expect(notice).toMatchObject({ status: 'closed', closedVia: 'reinspection' });
  });
});
