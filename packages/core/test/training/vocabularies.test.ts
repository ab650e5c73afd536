import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../src/testing/index.js';

describe('GET /api/training/vocabularies', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('gives every signed-in user the codes with their zh-CN and English words, in their order', async () => {
    const teacher = await app.signInAs(['teacher']);
    const res = await teacher.get('/api/training/vocabularies').expect(200);
    expect(res.body.programmeLevels.map((e: { code: string }) => e.code)).toEqual(['national', 'provincial', 'city', 'county']);
    expect(res.body.programmeTypes).toContainEqual({ code: 'toSchool', name: { 'zh-CN': '送培到校', en: 'Send-training-to-school' } });
    expect(res.body.moduleKinds.map((e: { code: string }) => e.code)).toContain('feedbackLesson');
    expect(res.body.enrolmentStatuses.map((e: { code: string }) => e.code)).toEqual(['pending', 'enrolled', 'waitlisted', 'withdrawn', 'rejected', 'cancelled']);
    await app.request().get('/api/training/vocabularies').expect(401);
  });
});
