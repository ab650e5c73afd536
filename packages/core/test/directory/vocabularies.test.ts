import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../src/testing/index.js';

describe('GET /api/directory/vocabularies', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ plugins: [] });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('gives every vocabulary the admin’s selects use, codes in order with both languages’ words', async () => {
    const teacher = await app.signInAs(['teacher']);
    const res = await teacher.get('/api/directory/vocabularies').expect(200);
    expect(Object.keys(res.body).sort()).toEqual(
      [
        'schoolStages',
        'schoolKinds',
        'settings',
        'tiers',
        'subjects',
        'teacherTitles',
        'backboneLevels',
        'hireProgrammes',
        'teacherStatuses',
        'assignmentKinds',
        'genders',
        'studentStatuses',
        'registrationOrigins',
        'grades',
        'difficultyCategories',
        'idDocumentTypes',
      ].sort(),
    );
    expect(res.body.schoolStages.map((e: { code: string }) => e.code)).toEqual(['preschool', 'primary', 'junior', 'senior', 'vocational', 'special']);
    expect(res.body.schoolStages[1]).toEqual({ code: 'primary', name: { 'zh-CN': '小学', en: 'Primary' } });
    expect(res.body.schoolKinds).toContainEqual({ code: 'teaching_point', name: { 'zh-CN': '教学点', en: 'Teaching point' } });
    expect(res.body.grades.map((e: { code: string }) => e.code).slice(0, 4)).toEqual(['k1', 'k2', 'k3', 'g1']);
    expect(res.body.idDocumentTypes[0].code).toBe('resident_id');
    for (const list of Object.values(res.body) as { code: string; name: Record<string, string> }[][]) {
      expect(list.length).toBeGreaterThan(0);
      for (const e of list) {
        expect(typeof e.code).toBe('string');
        expect(e.name['zh-CN']).toBeTruthy();
        expect(e.name.en).toBeTruthy();
      }
    }
  });

  it('needs a signed-in user', async () => {
    const res = await app.request().get('/api/directory/vocabularies').expect(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
