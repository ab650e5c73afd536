import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../src/testing/index.js';
import { sessionBody } from './sessions-helpers.js';
import { createTrainingWorld, type TrainingWorld } from './world.js';

/**
 * Edits leave out what they do not change; a field that cannot be empty sent as null is a field
 * error (400 validation.required), never a 500 from the database or from `.trim()` on null; a
 * version beyond what the column holds is a field error too, not a database overflow.
 */
describe('training edits with null for a field that cannot be empty, or an impossible version', () => {
  let app: TestApp;
  let world: TrainingWorld;
  const ids: Record<string, string> = {};
  let sessionId: string;

  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-20T02:00:00Z' });
    world = await createTrainingWorld(app, { teachersPerSchool: 1 });
    const admin = world.admin;
    ids.programme = (
      await admin
        .post('/api/training/programmes', { name: '县培项目', level: 'county', type: 'toSchool', ownerOrganisationId: world.centre.id, startsOn: '2026-01-01', endsOn: '2026-12-31' })
        .expect(201)
    ).body.id;
    ids.expert = (await admin.post('/api/training/experts', { name: '张老师', tier: 'county', ownerOrganisationId: world.centre.id }).expect(201)).body.id;
    ids.template = (
      await world.centreCoordinator
        .post('/api/training/question-templates', { kind: 'questionnaire', name: '训后问卷', questions: [{ code: 'overall', type: 'rating', text: '总体满意度' }] })
        .expect(201)
    ).body.id;
    const session = (await world.centreCoordinator.post('/api/training/sessions', sessionBody(world)).expect(201)).body.id as string;
    sessionId = session;
    ids.questionnaire = (
      await world.centreCoordinator
        .post(`/api/training/sessions/${session}/questionnaires`, { kind: 'needsSurvey', title: '训前调研', questions: [{ code: 'needs', type: 'text', text: '最想解决的问题' }] })
        .expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await app?.close();
  });

  const cases: [string, string, string[]][] = [
    ['programme', '/api/training/programmes', ['name', 'level', 'type', 'ownerOrganisationId', 'startsOn', 'endsOn']],
    ['expert', '/api/training/experts', ['name', 'tier', 'ownerOrganisationId']],
    ['template', '/api/training/question-templates', ['name', 'questions']],
    ['questionnaire', '/api/training/questionnaires', ['title', 'anonymous', 'questions']],
  ];

  for (const [kind, base, fields] of cases) {
    it(`answers 400 naming the field for null in a ${kind}'s ${fields.join(', ')}, and changes nothing`, async () => {
      const url = `${base}/${ids[kind]}`;
      const before = (await world.admin.get(url).expect(200)).body;
      for (const field of fields) {
        const res = await world.admin.patch(url, { version: before.version, [field]: null });
        expect(res.status, `${kind}.${field}`).toBe(400);
        expect(res.body.errors, `${kind}.${field}`).toEqual([expect.objectContaining({ field, code: 'validation.required' })]);
      }
      expect((await world.admin.get(url).expect(200)).body).toEqual(before);
    });
  }

  it('answers 400 for a version the column cannot hold (2^31), on every versioned edit', async () => {
    const huge = 2 ** 31;
    const edits: [string, string, Record<string, unknown>][] = [
      ['patch', `/api/training/programmes/${ids.programme}`, { name: '改名' }],
      ['patch', `/api/training/experts/${ids.expert}`, { name: '改名' }],
      ['patch', `/api/training/question-templates/${ids.template}`, { name: '改名' }],
      ['post', `/api/training/question-templates/${ids.template}/archive`, {}],
      ['patch', `/api/training/questionnaires/${ids.questionnaire}`, { title: '改名' }],
      ['patch', `/api/training/sessions/${sessionId}`, { title: '改名' }],
    ];
    for (const [method, url, body] of edits) {
      const res = await (method === 'patch' ? world.admin.patch(url, { ...body, version: huge }) : world.admin.post(url, { ...body, version: huge }));
      expect(res.status, url).toBe(400);
      expect(res.body.errors, url).toEqual([expect.objectContaining({ field: 'version', code: 'validation.max' })]);
    }
  });

  it('still takes null where a field may be empty (a programme’s host and budget, an expert’s unit and account)', async () => {
    const programme = (await world.admin.get(`/api/training/programmes/${ids.programme}`).expect(200)).body;
    await world.admin.patch(`/api/training/programmes/${ids.programme}`, { version: programme.version, hostName: null, budget: null, description: null }).expect(200);
    const expert = (await world.admin.get(`/api/training/experts/${ids.expert}`).expect(200)).body;
    await world.admin.patch(`/api/training/experts/${ids.expert}`, { version: expert.version, unitName: null, userId: null, mobile: null }).expect(200);
    const questionnaire = (await world.admin.get(`/api/training/questionnaires/${ids.questionnaire}`).expect(200)).body;
    await world.admin.patch(`/api/training/questionnaires/${ids.questionnaire}`, { version: questionnaire.version, opensOn: null, closesOn: null }).expect(200);
  });
});
