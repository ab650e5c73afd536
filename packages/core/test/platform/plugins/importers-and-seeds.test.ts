import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtensionRegistry, type Importer, type SeedContext } from '../../../src/index.js';
import { createTestApp, type TestApp } from '../../../src/testing/index.js';
import { testPlugin, TestPluginNote } from '../../fixtures/test-plugin/index.js';
import type { NoteRow } from '../../fixtures/test-plugin/importer.js';

const ENV = { ...process.env, SCHOOLBRIDGE_PLUGINS: undefined };

describe('importers and demo data of a plugin', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ plugins: [testPlugin], env: ENV });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('GET /api/imports/importers lists the importers the caller may run', async () => {
    const county = await app.createRegion({ code: '439901' });
    const officer = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]);
    const res = await officer.get('/api/imports/importers').expect(200);
    const ours = res.body.items.filter((i: { owner: string }) => i.owner === 'test-plugin');
    expect(ours).toEqual([
      {
        id: 'test-plugin.notes',
        owner: 'test-plugin',
        title: 'testPlugin.import.notes',
        columns: expect.arrayContaining([{ key: 'regionCode', header: { 'zh-CN': '地区代码', en: 'Region code' }, required: true, example: '439901' }]),
      },
    ]);
    expect(ours[0].columns.map((c: { key: string }) => c.key)).toEqual(['regionCode', 'title', 'kind', 'level', 'noteDate', 'persons']);
    // A principal reads notes but may not import them.
    const school = await app.createOrganisation({ region: county });
    const principal = await app.signInAs([{ role: 'principal', organisationId: school.id }]);
    expect((await principal.get('/api/imports/importers').expect(200)).body.items.filter((i: { owner: string }) => i.owner === 'test-plugin')).toEqual([]);
    await app.request().get('/api/imports/importers').expect(401);
  });

  it('the importer validates rows and applies them in one transaction', async () => {
    const importer = app.app
      .get(ExtensionRegistry)
      .importers()
      .find((i) => i.instance.id === 'test-plugin.notes')!.instance as unknown as Importer<NoteRow>;
    const admin = await app.createUser({ roles: ['admin'] });
    const ctx = { actor: { userId: admin.id } as never, locale: 'zh-CN' as const, now: app.clock.now(), manager: app.dataSource.manager };
    const good: NoteRow = { regionCode: '439901', title: '导入', kind: 'visit', level: 'primary', noteDate: '2026-02-01', persons: '8' };
    expect(await importer.validate(good, ctx)).toEqual([]);
    expect(await importer.validate({ ...good, title: ' ', noteDate: '2026-02-30', persons: '8.5' }, ctx)).toEqual([
      { column: 'title', code: 'validation.required' },
      { column: 'noteDate', code: 'validation.isCalendarDate' },
      { column: 'persons', code: 'validation.isInt' },
    ]);
    await app.dataSource.transaction((manager) => importer.apply([good, { ...good, title: '导入二' }], { ...ctx, manager }));
    const rows = await app.dataSource.manager.find(TestPluginNote, { where: { path: '/439901/' }, order: { title: 'ASC' } });
    expect(rows.map((r) => [r.title, r.persons])).toEqual([['导入', 8], ['导入二', 8]]);
    // All or nothing: a row naming an unknown region rolls back the rows before it.
    await expect(app.dataSource.transaction((manager) => importer.apply([{ ...good, title: '三' }, { ...good, regionCode: '000000' }], { ...ctx, manager }))).rejects.toThrow(/region 000000/);
    expect(await app.dataSource.manager.countBy(TestPluginNote, { title: '三' })).toBe(0);
  });

  it('its demo seed adds notes to every county', async () => {
    const seed = app.app
      .get(ExtensionRegistry)
      .seeds()
      .find((s) => s.owner === 'test-plugin')!.instance;
    expect(seed.module).toBe('test-plugin');
    await app.createRegion({ code: '439902' });
    const logs: string[] = [];
    const ctx: SeedContext = {
      dataSource: app.dataSource,
      now: app.clock.now(),
      today: app.clock.today(),
      demoPassword: 'Demo-Password-1',
      log: (m) => logs.push(m),
      createUser: async () => {
        throw new Error('the test seed creates no users');
      },
    };
    const before = await app.dataSource.manager.count(TestPluginNote);
    const result = await seed.run(ctx);
    expect(result).toEqual({ summary: '4 notes in 2 counties' });
    expect(logs).toEqual(['test-plugin: 4 notes']);
    expect((await app.dataSource.manager.count(TestPluginNote)) - before).toBe(4);
    const call = await app.dataSource.manager.findOneBy(TestPluginNote, { path: '/439902/', kind: 'call' });
    expect(call).toMatchObject({ dueDate: '2026-11-28', noteDate: '2026-11-20' });
  });
});
