import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingSchemaChanges } from '@schoolbridge/core';
import { createTestApp, type TestApp } from '@schoolbridge/core/testing';
import { foodSafetyPlugin } from '../../../src/server/index.js';

/** The inspections migration leaves no drift against its entities, on the database the environment selects. */
describe('inspections schema', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ plugins: [foodSafetyPlugin] });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('has no pending changes for its tables', async () => {
    const pending = await pendingSchemaChanges(app.dataSource);
    const mine = pending.filter((q) => /food_safety_(campaign|outing|issuing_authority|letter_counter|inspection|opinion_letter|letter_revision)/.test(q));
    expect(mine, mine.join('\n')).toEqual([]);
  });
});
