import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Clock, createApp, databaseKindFromEnv, ExtensionRegistry, Region, UsersService, type SchoolBridgeApp } from '../../../src/index.js';
import { createTestApp, TEST_HASH_OPTIONS, type TestApp } from '../../../src/testing/index.js';
import { testPlugin, TestPluginNote } from '../../fixtures/test-plugin/index.js';

const NO_PLUGIN_ENV = { ...process.env, SCHOOLBRIDGE_PLUGINS: undefined };

describe('plugin host: an enabled plugin', () => {
  let app: TestApp;
  let county: Region;
  beforeAll(async () => {
    // SCHOOLBRIDGE_PLUGINS unset: every installed plugin is on.
    app = await createTestApp({ plugins: [testPlugin], env: NO_PLUGIN_ENV });
    county = await app.createRegion({ code: '439901' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('is on when SCHOOLBRIDGE_PLUGINS is unset', () => {
    expect(app.config.plugins).toBeNull();
    expect(app.enabledPlugins.map((p) => p.id)).toEqual(['test-plugin']);
  });

  it('serves its routes at /api/<id>/… behind its permission', async () => {
    const officer = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]);
    const hello = await officer.get('/api/test-plugin/hello').expect(200);
    expect(hello.body).toEqual({ message: 'hello from test-plugin', username: officer.user.username });
    await app.request().get('/api/test-plugin/hello').expect(401);
    const teacher = await app.signInAs(['teacher']);
    const denied = await teacher.get('/api/test-plugin/hello').expect(403);
    expect(denied.body).toMatchObject({ code: 'auth.forbidden' });
    // Not mounted at the root or under another prefix.
    await officer.get('/api/hello').expect(404);
  });

  it('adds its permissions to the roles it grants them to (and to administrators)', async () => {
    const officer = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]);
    const me = await officer.get('/api/auth/me').expect(200);
    expect(me.body.permissions).toEqual(expect.arrayContaining(['test-plugin.read', 'test-plugin.write']));
    const principalOrg = await app.createOrganisation({});
    const principal = await app.signInAs([{ role: 'principal', organisationId: principalOrg.id }]);
    const pme = await principal.get('/api/auth/me').expect(200);
    expect(pme.body.permissions).toContain('test-plugin.read');
    expect(pme.body.permissions).not.toContain('test-plugin.write');
    const admin = await app.signInAs(['admin']);
    expect((await admin.get('/api/auth/me').expect(200)).body.permissions).toEqual(expect.arrayContaining(['test-plugin.read', 'test-plugin.write']));
  });

  it('writes its own table through its own migration', async () => {
    const officer = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]);
    const created = await officer.post('/api/test-plugin/notes', { regionId: county.id, title: '走访', kind: 'visit', level: 'primary', noteDate: '2026-03-02', persons: 3, femalePersons: 1 }).expect(201);
    expect(created.body).toMatchObject({ path: '/439901/', title: '走访', done: false });
    expect(await app.dataSource.manager.countBy(TestPluginNote, { id: created.body.id })).toBe(1);
    const migrations = (await app.dataSource.query('SELECT name FROM migrations')) as { name: string }[];
    expect(migrations.map((m) => m.name)).toContain('TestPluginInit1767312000000');
    // Its write is audited like core's.
    const audit = await app.dataSource.query(`SELECT action FROM platform_audit_entry WHERE entity_id = '${created.body.id}'`);
    expect(audit).toEqual([{ action: 'test-plugin.note.create' }]);
    // A region outside the officer's scope answers 404, as if it did not exist.
    const elsewhere = await app.createRegion({ code: '439902' });
    await officer.post('/api/test-plugin/notes', { regionId: elsewhere.id, title: 'x', kind: 'visit', level: 'primary', noteDate: '2026-03-02', persons: 1, femalePersons: 0 }).expect(404);
  });

  it('has its extension points resolved from its module', () => {
    const registry = app.app.get(ExtensionRegistry);
    const ours = <T extends { owner: string }>(items: T[]) => items.filter((i) => i.owner === 'test-plugin');
    expect(ours(registry.reportSections()).map((s) => [s.owner, s.instance.id])).toEqual([
      ['test-plugin', 'testPlugin'],
      ['test-plugin', 'testPluginFragile'],
    ]);
    expect(ours(registry.reminderSources()).map((s) => s.instance.id)).toEqual(['test-plugin.due', 'test-plugin.fragile']);
    expect(ours(registry.importers()).map((s) => s.instance.id)).toEqual(['test-plugin.notes']);
    expect(ours(registry.seeds()).map((s) => [s.owner, s.instance.module])).toEqual([['test-plugin', 'test-plugin']]);
  });

  it('appears in the OpenAPI document with its prefix', async () => {
    const docs = await app.request().get('/api/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/api/test-plugin/hello', '/api/test-plugin/notes', '/api/reports/figures', '/api/reminders', '/api/imports/importers']));
  });
});

describe('plugin host: SCHOOLBRIDGE_PLUGINS', () => {
  it('set, enables exactly the plugins it names', async () => {
    const app = await createTestApp({ plugins: [testPlugin], env: { ...process.env, SCHOOLBRIDGE_PLUGINS: ' test-plugin ' } });
    try {
      expect(app.enabledPlugins.map((p) => p.id)).toEqual(['test-plugin']);
      const officer = await app.signInAs([{ role: 'bureau_officer', regionId: (await app.createRegion({ code: '439901' })).id }]);
      await officer.get('/api/test-plugin/hello').expect(200);
    } finally {
      await app.close();
    }
  });

  it('set but empty, enables none; a disabled plugin disappears but keeps its tables', async () => {
    const app = await createTestApp({ plugins: [testPlugin], env: { ...process.env, SCHOOLBRIDGE_PLUGINS: '' } });
    try {
      expect(app.installedPlugins.map((p) => p.id)).toEqual(['test-plugin']);
      expect(app.enabledPlugins).toEqual([]);
      const admin = await app.signInAs(['admin']);
      const route = await admin.get('/api/test-plugin/hello').expect(404);
      expect(route.headers['content-type']).toContain('application/problem+json');
      const me = await admin.get('/api/auth/me').expect(200);
      expect(me.body.permissions.filter((p: string) => p.startsWith('test-plugin.'))).toEqual([]);
      const county = await app.createRegion({ code: '439901' });
      const figures = await admin.get(`/api/reports/figures?region=${county.id}&period=2026`).expect(200);
      const notOurs = (items: { owner: string }[]) => items.filter((i) => i.owner === 'test-plugin');
      expect(notOurs(figures.body.sections)).toEqual([]);
      const reminders = await admin.get('/api/reminders').expect(200);
      expect(notOurs(reminders.body.items)).toEqual([]);
      expect(notOurs(reminders.body.failedSources)).toEqual([]);
      expect(notOurs((await admin.get('/api/imports/importers').expect(200)).body.items)).toEqual([]);
      const registry = app.app.get(ExtensionRegistry);
      expect(notOurs(registry.seeds())).toEqual([]);
      // Its migration still ran: the table is there, empty.
      expect(await app.dataSource.query('SELECT COUNT(*) AS n FROM test_plugin_note')).toEqual([{ n: app.databaseKind === 'postgres' ? '0' : 0 }]);
      const docs = await app.request().get('/api/docs-json').expect(200);
      expect(Object.keys(docs.body.paths).filter((p) => p.startsWith('/api/test-plugin'))).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('config { plugins } wins over the environment', async () => {
    const app = await createTestApp({ plugins: [testPlugin], config: { plugins: [] }, env: { ...process.env, SCHOOLBRIDGE_PLUGINS: 'test-plugin' } });
    try {
      expect(app.enabledPlugins).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

/** Signs in over HTTP on a plain createApp (no harness), for the restart test. */
async function signIn(base: SchoolBridgeApp, username: string, password: string) {
  const server = base.app.getHttpServer();
  const res = await supertest(server).post('/api/auth/login').send({ username, password }).expect(200);
  const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  return { get: (url: string) => supertest(server).get(url).set('Cookie', cookie), post: (url: string, body: object) => supertest(server).post(url).set('Cookie', cookie).set('X-CSRF-Token', res.body.csrfToken).send(body) };
}

describe('plugin host: turning a plugin off and on again loses nothing', () => {
  const note = { title: '回访', kind: 'call', level: 'secondary', noteDate: '2026-04-01', persons: 2, femalePersons: 1 };

  it.runIf(databaseKindFromEnv() === 'sqlite')('on one SQLite file across three starts', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-plugin-'));
    const file = path.join(dir, 'schoolbridge.sqlite');
    const boot = (enabled: string[]) =>
      createApp({
        env: { NODE_ENV: 'test', DATA_DIR: dir },
        config: { plugins: enabled },
        plugins: [testPlugin],
        sqliteFile: file,
        clock: Clock.fixed(new Date('2026-11-23T02:00:00Z'), 'Asia/Shanghai'),
        hashOptions: TEST_HASH_OPTIONS,
      });
    try {
      const first = await boot(['test-plugin']);
      let noteId: string;
      try {
        await first.app.get(UsersService).create({ username: 'officer', displayName: '干部', password: 'Restart-Secret-9', mustChangePassword: false, assignments: [{ role: 'admin' }] });
        const admin = await signIn(first, 'officer', 'Restart-Secret-9');
        const created = await admin.post('/api/test-plugin/notes', { ...note, regionId: await insertRegion(first) }).expect(201);
        noteId = created.body.id;
      } finally {
        await first.close();
      }

      const off = await boot([]);
      try {
        const admin = await signIn(off, 'officer', 'Restart-Secret-9');
        await admin.get('/api/test-plugin/notes').expect(404);
        expect(await off.dataSource.query('SELECT id FROM test_plugin_note')).toEqual([{ id: noteId }]);
      } finally {
        await off.close();
      }

      const on = await boot(['test-plugin']);
      try {
        const admin = await signIn(on, 'officer', 'Restart-Secret-9');
        const list = await admin.get('/api/test-plugin/notes').expect(200);
        expect(list.body.items.map((n: { id: string; title: string }) => [n.id, n.title])).toEqual([[noteId, '回访']]);
      } finally {
        await on.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.runIf(databaseKindFromEnv() === 'postgres')('on one PostgreSQL database across three instances', async () => {
    const first = await createTestApp({ plugins: [testPlugin], config: { plugins: ['test-plugin'] } });
    try {
      const county = await first.createRegion({ code: '439901' });
      const admin = await first.signInAs(['admin']);
      const created = await admin.post('/api/test-plugin/notes', { ...note, regionId: county.id }).expect(201);
      const off = await createTestApp({ plugins: [testPlugin], config: { plugins: [] }, shareDatabaseWith: first });
      try {
        const offAdmin = await off.signInAs(['admin']);
        await offAdmin.get('/api/test-plugin/notes').expect(404);
        expect(await off.dataSource.query('SELECT id FROM test_plugin_note')).toEqual([{ id: created.body.id }]);
      } finally {
        await off.close();
      }
      const on = await createTestApp({ plugins: [testPlugin], config: { plugins: ['test-plugin'] }, shareDatabaseWith: first });
      try {
        const onAdmin = await on.signInAs(['admin']);
        const list = await onAdmin.get('/api/test-plugin/notes').expect(200);
        expect(list.body.items.map((n: { id: string }) => n.id)).toEqual([created.body.id]);
      } finally {
        await on.close();
      }
    } finally {
      await first.close();
    }
  });
});

async function insertRegion(app: SchoolBridgeApp): Promise<string> {
  const now = app.clock.now();
  const row = app.dataSource.manager.create(Region, { id: '01900000-0000-7000-8000-000000000001', code: '439901', name: '示范县', kind: 'county', parentId: null, path: '/439901/', createdAt: now, updatedAt: now });
  await app.dataSource.manager.save(Region, row);
  return row.id;
}
