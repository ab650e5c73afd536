import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '@schoolbridge/core';
import type { TestApp, TestClient } from '@schoolbridge/core/testing';
import { DEFAULT_GRADING } from '../../../src/shared/rules/index.js';
import { FoodSafetySettings } from '../../../src/server/templates/settings.service.js';
import { templatesTestApp } from './app.js';

describe('food-safety settings', () => {
  let app: TestApp;
  let officer: TestClient;
  let coordinator: TestClient;

  beforeAll(async () => {
    app = await templatesTestApp({ now: '2026-03-02T01:00:00Z' });
    const county = await app.createRegion({ code: '439901', name: '示范县', kind: 'county' });
    const school = await app.createOrganisation({ code: 'S1', name: '示范县第一中学', kind: 'school', region: county, managerRegion: county });
    officer = await app.signInAs([{ role: 'bureau_officer', scopeKind: 'region', regionId: county.id }]);
    coordinator = await app.signInAs([{ role: 'school_coordinator', scopeKind: 'organisation', organisationId: school.id }]);
  });
  afterAll(async () => {
    await app?.close();
  });

  const defaults = {
    grading: { ...DEFAULT_GRADING },
    trainingValidityDays: 365,
    sampleMinGrams: 125,
    sampleMinHours: 48,
    dueSoonDays: 30,
    noticeDueSoonDays: 3,
  };

  it('reads the defaults before anything is saved, for anyone who reads food safety', async () => {
    const res = await coordinator.get('/api/food-safety/settings').expect(200);
    expect(res.body).toEqual({ ...defaults, version: 0, updatedAt: null });
    expect(await app.app.get(FoodSafetySettings).get()).toEqual(defaults);
  });

  it('refuses bad cut-offs and numbers with field errors', async () => {
    const notDescending = await officer
      .put('/api/food-safety/settings', { ...defaults, version: 0, grading: { ...defaults.grading, goodMin: 9500 } })
      .expect(400);
    expect(notDescending.body.errors).toEqual([
      expect.objectContaining({ field: 'grading.goodMin', code: 'foodSafety.grading.notDescending', message: '应低于上一档的分数线（9000）' }),
    ]);
    const caps = await officer
      .put('/api/food-safety/settings', { ...defaults, version: 0, grading: { ...defaults.grading, criticalCap: 'great', excellentMin: 10001, extra: 1 } })
      .expect(400);
    expect(caps.body.errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`).sort()).toEqual([
      'grading.criticalCap validation.isIn',
      'grading.excellentMin validation.max',
      'grading.extra validation.unknownField',
    ]);
    const numbers = await officer.put('/api/food-safety/settings', { ...defaults, version: 0, sampleMinGrams: 0, trainingValidityDays: 1.5 }).expect(400);
    expect(numbers.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['sampleMinGrams', 'trainingValidityDays']);
    const missing = await officer.put('/api/food-safety/settings', { version: 0, grading: defaults.grading }).expect(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'dueSoonDays',
      'noticeDueSoonDays',
      'sampleMinGrams',
      'sampleMinHours',
      'trainingValidityDays',
    ]);
  });

  it('saves, audits, and refuses a stale version', async () => {
    const saved = await officer
      .put('/api/food-safety/settings', { ...defaults, version: 0, grading: { ...defaults.grading, excellentMin: 9200 }, sampleMinGrams: 150 })
      .expect(200);
    expect(saved.body).toMatchObject({ version: 1, sampleMinGrams: 150, grading: { excellentMin: 9200 }, updatedAt: '2026-03-02T01:00:00.000Z' });
    expect((await app.app.get(FoodSafetySettings).get()).grading.excellentMin).toBe(9200);
    const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { action: 'food-safety.settings.updated' });
    expect(audit.before).toMatchObject({ sampleMinGrams: 125 });
    expect(audit.after).toMatchObject({ sampleMinGrams: 150 });

    const stale = await officer.put('/api/food-safety/settings', { ...defaults, version: 0 }).expect(409);
    expect(stale.body.code).toBe('conflict.staleVersion');
    await officer.put('/api/food-safety/settings', { ...defaults, version: 5 }).expect(409);
    const again = await officer.put('/api/food-safety/settings', { ...defaults, version: 1 }).expect(200);
    expect(again.body).toMatchObject({ version: 2, sampleMinGrams: 125 });
  });

  it('lets only managers change them', async () => {
    await coordinator.put('/api/food-safety/settings', { ...defaults, version: 2 }).expect(403);
    const teacher = await app.signInAs(['teacher']);
    await teacher.get('/api/food-safety/settings').expect(403);
  });
});
