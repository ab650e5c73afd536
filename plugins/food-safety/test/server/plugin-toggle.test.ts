import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@schoolbridge/core/testing';
import { foodSafetyPlugin } from '../../src/server/index.js';

/**
 * SCHOOLBRIDGE_PLUGINS (config `plugins`): switching the plugin off removes its routes and
 * permissions and leaves core working; its tables stay, so switching it on again loses nothing.
 */
describe('food-safety on and off', () => {
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('on: /api/meta names it, its routes answer and its permissions exist', async () => {
    app = await createTestApp({ plugins: [foodSafetyPlugin] });
    const meta = await app.request().get('/api/meta').expect(200);
    expect(meta.body.plugins).toEqual(['food-safety']);
    const county = await app.createRegion({ code: '439901' });
    const inspector = await app.signInAs([{ role: 'inspector', scopeKind: 'region', regionId: county.id }]);
    await inspector.get('/api/food-safety/canteens').expect(200);
    await inspector.get('/api/food-safety/templates').expect(200);
    const me = await inspector.get('/api/auth/me').expect(200);
    expect(JSON.stringify(me.body)).toContain('food-safety.inspect');
  });

  it('off: its routes answer 404, core still works, and its tables are kept', async () => {
    app = await createTestApp({ plugins: [foodSafetyPlugin], config: { plugins: [] } });
    const meta = await app.request().get('/api/meta').expect(200);
    expect(meta.body.plugins).toEqual([]);
    const county = await app.createRegion({ code: '439901' });
    const inspector = await app.signInAs([{ role: 'inspector', scopeKind: 'region', regionId: county.id }]);
    for (const url of ['/api/food-safety/canteens', '/api/food-safety/templates', '/api/food-safety/inspections', '/api/food-safety/notices']) {
      await inspector.get(url).expect(404);
    }
    await inspector.post('/api/food-safety/canteens', { name: '食堂' }).expect(404);
    await inspector.get('/api/auth/me').expect(200);
    await inspector.get('/api/directory/organisations').expect(200);
    const me = await inspector.get('/api/auth/me').expect(200);
    expect(JSON.stringify(me.body)).not.toContain('food-safety.');
    // migrations of an installed plugin run even while it is off
    const tables = await app.dataSource.query(
      app.databaseKind === 'postgres'
        ? `SELECT table_name AS name FROM information_schema.tables WHERE table_name LIKE 'food_safety_%'`
        : `SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'food_safety_%'`,
    );
    expect((tables as { name: string }[]).map((t) => t.name)).toEqual(
      expect.arrayContaining(['food_safety_canteen', 'food_safety_inspection', 'food_safety_notice']),
    );
  });
});
