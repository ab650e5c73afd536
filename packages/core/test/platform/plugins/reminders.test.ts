import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, type Region } from '../../../src/index.js';
import { compareReminders, type GatheredReminder } from '../../../src/platform/reminders/reminders.service.js';
import { createTestApp, type TestApp, type TestClient } from '../../../src/testing/index.js';
import { testPlugin } from '../../fixtures/test-plugin/index.js';

const ENV = { ...process.env, SCHOOLBRIDGE_PLUGINS: undefined };

describe('GET /api/reminders', () => {
  let app: TestApp;
  let county: Region;
  let officer: TestClient;
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('error', { write: (s: string) => void lines.push(JSON.parse(s)) });
  const ids: Record<string, string> = {};

  async function note(title: string, dueDate?: string, region: Region = county, client: TestClient = officer) {
    const res = await client
      .post('/api/test-plugin/notes', { regionId: region.id, title, kind: 'visit', level: 'primary', noteDate: '2026-11-01', persons: 1, femalePersons: 0, ...(dueDate ? { dueDate } : {}) })
      .expect(201);
    ids[title] = res.body.id;
  }

  /** The test plugin's items, as [title, severity, dueDate, source]. */
  const ours = (body: { items: GatheredReminder[] }) =>
    body.items.filter((i) => i.owner === 'test-plugin').map((i) => [typeof i.title === 'string' ? i.title : i.title['zh-CN'], i.severity, i.dueDate, i.source]);

  beforeAll(async () => {
    // "now" 2026-11-23T02:00Z is 10:00 on 2026-11-23 in Asia/Shanghai.
    app = await createTestApp({ plugins: [testPlugin], env: ENV, logger });
    county = await app.createRegion({ code: '439901' });
    officer = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]);
    await note('下周', '2026-11-25');
    await note('逾期', '2026-11-20');
    await note('今天', '2026-11-23');
    await note('undated');
    await note('远期', '2026-12-20');
    await note('无期限');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('gathers the sources for today: overdue first, then by due date, undated last, each tagged with its source', async () => {
    const res = await officer.get('/api/reminders').expect(200);
    expect(res.body.today).toBe('2026-11-23');
    expect(ours(res.body)).toEqual([
      ['记录待办：逾期', 'overdue', '2026-11-20', 'test-plugin.due'],
      ['记录待办：今天', 'dueSoon', '2026-11-23', 'test-plugin.due'],
      ['记录待办：下周', 'dueSoon', '2026-11-25', 'test-plugin.due'],
      ['undated', 'info', null, 'test-plugin.fragile'],
    ]);
    const first = res.body.items.find((i: GatheredReminder) => i.source === 'test-plugin.due');
    expect(first).toEqual({
      id: `test-plugin.note.${ids['逾期']}`,
      title: { 'zh-CN': '记录待办：逾期', en: 'Note to follow up: 逾期' },
      dueDate: '2026-11-20',
      severity: 'overdue',
      link: `/test-plugin/notes/${ids['逾期']}`,
      source: 'test-plugin.due',
      owner: 'test-plugin',
    });
    expect(res.body.failedSources).toEqual([]);
  });

  it('derives what is due from the clock when read', async () => {
    app.clock.set('2026-11-26T02:00:00Z');
    try {
      // Sessions last hours, so sign in again on the later day.
      let later = await app.signIn(officer.user);
      const res = await later.get('/api/reminders').expect(200);
      expect(res.body.today).toBe('2026-11-26');
      expect(ours(res.body).map((r) => [r[0], r[1]])).toEqual([
        ['记录待办：逾期', 'overdue'],
        ['记录待办：今天', 'overdue'],
        ['记录待办：下周', 'overdue'],
        ['undated', 'info'],
      ]);
      app.clock.set('2026-12-14T02:00:00Z');
      later = await app.signIn(officer.user);
      expect(ours((await later.get('/api/reminders').expect(200)).body).map((r) => [r[0], r[1]])).toContainEqual(['记录待办：远期', 'dueSoon']);
    } finally {
      app.clock.set('2026-11-23T02:00:00Z');
      // Signing in on a later day cleared the then-expired session; start a fresh one.
      officer = await app.signIn(officer.user);
    }
  });

  it('gives each caller only what is in their scope; any signed-in user may ask', async () => {
    const elsewhere = await app.createRegion({ code: '439902' });
    const other = await app.signInAs([{ role: 'bureau_officer', regionId: elsewhere.id }]);
    await note('邻县逾期', '2026-11-01', elsewhere, other);
    expect(ours((await other.get('/api/reminders').expect(200)).body)).toEqual([['记录待办：邻县逾期', 'overdue', '2026-11-01', 'test-plugin.due']]);
    expect(ours((await officer.get('/api/reminders').expect(200)).body).map((r) => r[0])).not.toContain('记录待办：邻县逾期');
    const teacher = await app.signInAs(['teacher']);
    expect((await teacher.get('/api/reminders').expect(200)).body.items.filter((i: GatheredReminder) => i.owner === 'test-plugin')).toEqual([]);
    await app.request().get('/api/reminders').expect(401);
  });

  it('isolates a failing source: logged and listed, the others still answer', async () => {
    lines.length = 0;
    await note('explode');
    const res = await officer.get('/api/reminders').expect(200);
    expect(res.body.failedSources).toEqual([{ id: 'test-plugin.fragile', owner: 'test-plugin' }]);
    expect(ours(res.body).map((r) => r[3])).toEqual(['test-plugin.due', 'test-plugin.due', 'test-plugin.due']);
    expect(lines.find((l) => l.msg === 'reminder source failed')).toMatchObject({ level: 'error', source: 'test-plugin.fragile', owner: 'test-plugin', err: { message: 'test-plugin: a note asked the reminders to explode' } });
  });
});

describe('compareReminders', () => {
  const r = (source: string, id: string, severity: GatheredReminder['severity'], dueDate: string | null): GatheredReminder => ({ source, owner: 'x', id, title: id, severity, dueDate });

  it('puts overdue first, then dated by date (severity breaking ties), undated last, then source and id', () => {
    const items = [
      r('b', '1', 'info', null),
      r('a', '2', 'dueSoon', '2026-01-05'),
      r('a', '3', 'info', '2026-01-05'),
      r('a', '4', 'overdue', '2026-01-04'),
      r('b', '5', 'overdue', '2026-01-01'),
      r('a', '6', 'info', null),
      r('a', '7', 'info', '2026-01-02'),
    ];
    expect([...items].sort(compareReminders).map((i) => i.id)).toEqual(['5', '4', '7', '2', '3', '6', '1']);
  });
});
