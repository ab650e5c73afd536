import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@schoolbridge/shared';
import { Notification, NotificationService, pendingSchemaChanges, textIn } from '../../../src/index.js';
import { createTestApp, type TestApp } from '../../../src/testing/index.js';

const PROMOTED = {
  type: 'training.waitlistPromoted',
  title: { 'zh-CN': '您已从候补转为正式学员', en: 'You have moved from the waitlist into the session' },
  body: { 'zh-CN': '送教下乡：小学数学（第二期）', en: 'Outreach: primary maths (round 2)' },
  link: '/training/sessions/0190',
  data: { sessionId: '0190' },
};

describe('notifications inbox', () => {
  let app: TestApp;
  let service: NotificationService;

  beforeAll(async () => {
    app = await createTestApp();
    service = app.app.get(NotificationService);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('leaves no schema drift after its migration', async () => {
    expect(app.databaseKind).toBe(process.env.DATABASE_URL ? 'postgres' : 'sqlite');
    expect(await pendingSchemaChanges(app.dataSource)).toEqual([]);
  });

  it('lists the caller\'s own notifications newest first, in the caller\'s language, with the unread count', async () => {
    const reader = await app.signInAs(['teacher']);
    const other = await app.signInAs(['teacher']);
    app.clock.set('2026-11-20T01:00:00Z');
    await service.notify(reader.user.id, PROMOTED);
    app.clock.set('2026-11-21T01:00:00Z');
    await service.notify([reader.user.id, other.user.id, reader.user.id], { type: 'platform.welcome', title: '欢迎 SchoolBridge' });
    app.clock.set('2026-11-23T02:00:00Z');

    const zh = await reader.get('/api/notifications').expect(200);
    expect(zh.body).toMatchObject({ total: 2, page: 1, pageSize: 20, unreadCount: 2 });
    expect(zh.body.items.map((i: { type: string }) => i.type)).toEqual(['platform.welcome', 'training.waitlistPromoted']);
    expect(zh.body.items[0]).toMatchObject({ title: '欢迎 SchoolBridge', body: null, link: null, data: null, readAt: null, createdAt: '2026-11-21T01:00:00.000Z' });
    expect(zh.body.items[1]).toMatchObject({ title: PROMOTED.title['zh-CN'], body: PROMOTED.body['zh-CN'], link: PROMOTED.link, data: PROMOTED.data });

    await reader.patch('/api/auth/me', { locale: 'en' }).expect(200);
    const en = await reader.get('/api/notifications').expect(200);
    expect(en.body.items[1]).toMatchObject({ title: PROMOTED.title.en, body: PROMOTED.body.en });
    expect(en.body.items[0].title).toBe('欢迎 SchoolBridge');

    const theirs = await other.get('/api/notifications').expect(200);
    expect(theirs.body).toMatchObject({ total: 1, unreadCount: 1 });
  });

  it('marks one read, filters by unread, and refuses another user\'s notification with 404', async () => {
    const reader = await app.signInAs(['teacher']);
    const stranger = await app.signInAs(['admin']);
    const [first] = await service.notify(reader.user.id, { type: 'platform.test', title: { 'zh-CN': '第一条', en: 'First' } });
    app.clock.advance(1000);
    await service.notify(reader.user.id, { type: 'platform.test', title: { 'zh-CN': '第二条', en: 'Second' } });

    const foreign = await stranger.post(`/api/notifications/${first!.id}/read`).expect(404);
    expect(foreign.headers['content-type']).toContain('application/problem+json');
    expect(foreign.body.code).toBe('notFound');
    await reader.post(`/api/notifications/${newId()}/read`).expect(404);
    await reader.post('/api/notifications/nope/read').expect(400);

    app.clock.set('2026-11-23T03:00:00Z');
    const read = await reader.post(`/api/notifications/${first!.id}/read`).expect(200);
    expect(read.body).toMatchObject({ id: first!.id, title: '第一条', readAt: '2026-11-23T03:00:00.000Z' });
    app.clock.set('2026-11-23T04:00:00Z');
    const again = await reader.post(`/api/notifications/${first!.id}/read`).expect(200);
    expect(again.body.readAt).toBe('2026-11-23T03:00:00.000Z');

    const unread = await reader.get('/api/notifications?unread=true').expect(200);
    expect(unread.body).toMatchObject({ total: 1, unreadCount: 1 });
    expect(unread.body.items[0].title).toBe('第二条');
    const readOnly = await reader.get('/api/notifications?unread=false').expect(200);
    expect(readOnly.body.items.map((i: { id: string }) => i.id)).toEqual([first!.id]);
    app.clock.set('2026-11-23T02:00:00Z');
  });

  it('marks all read, only the caller\'s', async () => {
    const reader = await app.signInAs(['teacher']);
    const other = await app.signInAs(['teacher']);
    await service.notify([reader.user.id, other.user.id], { type: 'platform.test', title: 'a' });
    await service.notify(reader.user.id, { type: 'platform.test', title: 'b' });
    const res = await reader.post('/api/notifications/read-all').expect(200);
    expect(res.body).toEqual({ updated: 2 });
    expect((await reader.get('/api/notifications').expect(200)).body.unreadCount).toBe(0);
    expect((await reader.post('/api/notifications/read-all').expect(200)).body).toEqual({ updated: 0 });
    expect((await other.get('/api/notifications?unread=true').expect(200)).body.total).toBe(1);
  });

  it('pages, caps the page size and refuses unknown or malformed parameters by name', async () => {
    const reader = await app.signInAs(['teacher']);
    for (let i = 1; i <= 3; i++) {
      app.clock.advance(1000);
      await service.notify(reader.user.id, { type: 'platform.test', title: `n${i}` });
    }
    const page2 = await reader.get('/api/notifications?page=2&pageSize=2').expect(200);
    expect(page2.body).toMatchObject({ total: 3, page: 2, pageSize: 2, unreadCount: 3 });
    expect(page2.body.items.map((i: { title: string }) => i.title)).toEqual(['n1']);
    expect((await reader.get('/api/notifications?pageSize=999').expect(200)).body.pageSize).toBe(200);
    const bad = await reader.get('/api/notifications?unread=yes&mine=1').expect(400);
    const fields = (bad.body.errors as { field: string; code: string }[]).map((e) => `${e.field}:${e.code}`).sort();
    expect(fields).toEqual(['mine:validation.unknownField', 'unread:validation.isBoolean']);
  });

  it('needs a signed-in user', async () => {
    await app.request().get('/api/notifications').expect(401);
  });

  it('notifies inside the caller\'s transaction: a rolled-back write leaves no notification', async () => {
    const reader = await app.signInAs(['teacher']);
    await expect(
      app.dataSource.transaction(async (m) => {
        await service.notify(reader.user.id, { type: 'platform.test', title: 'rolled back' }, m);
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    expect(await app.dataSource.manager.countBy(Notification, { userId: reader.user.id })).toBe(0);
    await app.dataSource.transaction(async (m) => {
      await service.notify(reader.user.id, { type: 'platform.test', title: 'committed' }, m);
    });
    expect(await app.dataSource.manager.countBy(Notification, { userId: reader.user.id })).toBe(1);
  });

  it('refuses a notification without a proper type or with a text missing a language', async () => {
    const user = await app.createUser();
    await expect(service.notify(user.id, { type: 'nodot', title: 'x' })).rejects.toThrow(/type/);
    await expect(service.notify(user.id, { type: 'platform.test', title: { 'zh-CN': '只有中文' } as never })).rejects.toThrow(/en text/);
    await expect(service.notify(user.id, { type: 'platform.test', title: '  ' })).rejects.toThrow(/title/);
    expect(await service.notify([], { type: 'platform.test', title: 'x' })).toEqual([]);
  });

  it('picks the text of a locale, falling back to zh-CN', () => {
    expect(textIn({ 'zh-CN': '中', en: 'en' }, 'en')).toBe('en');
    expect(textIn({ 'zh-CN': '中' } as never, 'en')).toBe('中');
    expect(textIn('plain', 'en')).toBe('plain');
    expect(textIn(null, 'zh-CN')).toBeNull();
  });
});
