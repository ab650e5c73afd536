import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { newId } from '@schoolbridge/shared';
import { AuditEntry, type Organisation, type Region } from '../../../src/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../../src/testing/index.js';

interface UserItem {
  id: string;
  username: string;
  displayName: string;
  status: string;
  version: number;
  assignments: { id: string; role: string; scopeKind: string; regionId: string | null; organisationId: string | null; scopeName: string | null; scopePath: string | null }[];
}

const usernames = (items: UserItem[]) => items.map((u) => u.username);
const PASSWORD = 'Bridge-pass-2026';

/** Signs in over HTTP with a password as it is, without the harness's checks. */
function login(app: TestApp, username: string, password: string) {
  return app.request().post('/api/auth/login').send({ username, password });
}

describe('users and role assignments', () => {
  let app: TestApp;
  let county: Region;
  let otherCounty: Region;
  let township: Region;
  let school: Organisation;
  let otherSchool: Organisation;
  let admin: TestClient;
  let countyOfficer: TestClient;
  let zhang: { id: string };
  let li: { id: string };
  let wang: { id: string };

  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-23T02:00:00Z' });
    const province = await app.createRegion({ code: '43', kind: 'province', name: '湖南省' });
    const city = await app.createRegion({ code: '4399', kind: 'city', parent: province, name: '示范市' });
    county = await app.createRegion({ code: '439901', kind: 'county', parent: city, name: '示范县' });
    otherCounty = await app.createRegion({ code: '439902', kind: 'county', parent: city, name: '邻县' });
    township = await app.createRegion({ code: '439901100', kind: 'township', parent: county, name: '城关镇' });
    school = await app.createOrganisation({ code: 'SCHOOL-1', name: '示范县第一小学', region: township, managerRegion: county });
    otherSchool = await app.createOrganisation({ code: 'SCHOOL-2', name: '邻县中学', region: otherCounty });
    admin = await app.signInAs(['admin'], { username: 'root.admin' });
    app.clock.advance(60_000);
    countyOfficer = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }], { username: 'county.officer' });
    app.clock.advance(60_000);
    zhang = await app.createUser({ username: 'zhang.san', displayName: '张三', roles: [{ role: 'school_coordinator', organisationId: school.id }] });
    app.clock.advance(60_000);
    li = await app.createUser({ username: 'li.si', displayName: '李四', roles: [{ role: 'bureau_officer', regionId: otherCounty.id }] });
    app.clock.advance(60_000);
    wang = await app.createUser({ username: 'wang.wu', displayName: '王五', roles: ['teacher'] });
    app.clock.advance(60_000);
    await app.createUser({
      username: 'zhao.liu',
      displayName: 'Zhao Liu 赵六',
      roles: [
        { role: 'inspector', regionId: township.id },
        { role: 'principal', organisationId: otherSchool.id },
      ],
    });
    app.clock.advance(60_000);
  });
  afterAll(async () => {
    await app?.close();
  });

  describe('GET /api/roles', () => {
    it('lists every role with its names, scope kinds and permissions', async () => {
      const res = await admin.get('/api/roles').expect(200);
      expect(res.body.items.map((r: { code: string }) => r.code)).toEqual(['admin', 'bureau_officer', 'centre_coordinator', 'school_coordinator', 'principal', 'teacher', 'expert', 'inspector', 'donor']);
      const officer = res.body.items.find((r: { code: string }) => r.code === 'bureau_officer');
      expect(officer).toMatchObject({ name: { 'zh-CN': '教育局工作人员', en: 'Bureau officer' }, scopeKinds: ['region'] });
      expect(officer.permissions).toEqual(expect.arrayContaining(['platform.audit.read', 'platform.users.read']));
      expect(officer.permissions).not.toContain('platform.users.manage');
      const centre = res.body.items.find((r: { code: string }) => r.code === 'centre_coordinator');
      expect(centre.scopeKinds).toEqual(['organisation', 'region']);
      const adminRole = res.body.items.find((r: { code: string }) => r.code === 'admin');
      expect(adminRole.scopeKinds).toEqual(['global']);
      expect(adminRole.permissions).toEqual(expect.arrayContaining(['platform.users.manage', 'platform.settings.manage']));
      expect(res.body.permissions).toContainEqual({ code: 'platform.users.manage', description: { 'zh-CN': '管理用户、重置密码、分配角色', en: 'Manage users, reset passwords, assign roles' } });
    });
  });

  describe('GET /api/users', () => {
    it('gives a global administrator every user with assignments, scope names and paths', async () => {
      const res = await admin.get('/api/users').expect(200);
      expect(res.body).toMatchObject({ total: 6, page: 1, pageSize: 20 });
      expect(usernames(res.body.items)).toEqual(['county.officer', 'li.si', 'root.admin', 'wang.wu', 'zhang.san', 'zhao.liu']);
      const z = res.body.items.find((u: UserItem) => u.username === 'zhang.san');
      expect(z).toMatchObject({ id: zhang.id, displayName: '张三', status: 'active', mustChangePassword: false, lastLoginAt: null, locale: 'zh-CN', version: expect.any(Number) });
      expect(z.createdAt).toBe('2026-11-23T02:02:00.000Z');
      expect(z.assignments).toEqual([
        { id: expect.any(String), role: 'school_coordinator', scopeKind: 'organisation', regionId: null, organisationId: school.id, scopeName: '示范县第一小学', scopePath: school.path, createdAt: expect.any(String) },
      ]);
      const root = res.body.items.find((u: UserItem) => u.username === 'root.admin');
      expect(root.lastLoginAt).toBe('2026-11-23T02:00:00.000Z');
      expect(root.assignments).toMatchObject([{ role: 'admin', scopeKind: 'global', regionId: null, organisationId: null, scopeName: null, scopePath: null }]);
      expect(res.body.items.find((u: UserItem) => u.username === 'zhao.liu').assignments.map((a: { scopeName: string }) => a.scopeName)).toEqual(['城关镇', '邻县中学']);
    });

    it('searches usernames and display names, filters by role and status, sorts and pages', async () => {
      expect(usernames((await admin.get('/api/users?q=zhang').expect(200)).body.items)).toEqual(['zhang.san']);
      expect(usernames((await admin.get(`/api/users?q=${encodeURIComponent('李')}`).expect(200)).body.items)).toEqual(['li.si']);
      // display names match without regard to case; `_` and `%` are literal
      expect(usernames((await admin.get('/api/users?q=ZHAO%20LIU').expect(200)).body.items)).toEqual(['zhao.liu']);
      expect((await admin.get('/api/users?q=_').expect(200)).body.total).toBe(0);
      expect(usernames((await admin.get('/api/users?role=bureau_officer').expect(200)).body.items)).toEqual(['county.officer', 'li.si']);
      expect(usernames((await admin.get('/api/users?role=teacher&q=wang').expect(200)).body.items)).toEqual(['wang.wu']);
      expect((await admin.get('/api/users?status=disabled').expect(200)).body.total).toBe(0);

      const newestFirst = await admin.get('/api/users?sort=-createdAt&pageSize=2&page=2').expect(200);
      expect(newestFirst.body).toMatchObject({ total: 6, page: 2, pageSize: 2 });
      expect(usernames(newestFirst.body.items)).toEqual(['li.si', 'zhang.san']);
      expect(usernames((await admin.get('/api/users?role=bureau_officer&sort=-displayName').expect(200)).body.items)).toEqual(['li.si', 'county.officer']);

      const badSort = await admin.get('/api/users?sort=passwordHash').expect(400);
      expect(badSort.body.errors).toEqual([{ field: 'sort', code: 'validation.sortField', message: '不能按“passwordHash”排序' }]);
      const badRole = await admin.get('/api/users?role=janitor').expect(400);
      expect(badRole.body.errors[0]).toMatchObject({ field: 'role', code: 'validation.isIn' });
    });

    it('finds display names by full pinyin or initials and sorts them by pinyin', async () => {
      // `ls` is li.si's initials and the start of nobody's sign-in name
      expect(usernames((await admin.get('/api/users?q=ls').expect(200)).body.items)).toEqual(['li.si']);
      expect(usernames((await admin.get('/api/users?q=WangW').expect(200)).body.items)).toEqual(['wang.wu']);
      expect(usernames((await admin.get('/api/users?q=zs').expect(200)).body.items)).toEqual(['zhang.san']);
      // 李 (li) before 王 (wang) before 张 (zhang): the order of the pinyin, not of the code points (张 < 李 < 王)
      const byName = await admin.get('/api/users?sort=displayName&q=%E4%B8%89').expect(200);
      expect(usernames(byName.body.items)).toEqual(['zhang.san']);
      const chinese = (await admin.get('/api/users?sort=displayName').expect(200)).body.items as UserItem[];
      expect(chinese.map((u) => u.displayName).filter((n) => ['张三', '李四', '王五'].includes(n))).toEqual(['李四', '王五', '张三']);
    });

    it('keeps the pinyin keys with a renamed display name, by a manager or by the user', async () => {
      const target = await app.createUser({ username: 'rename.keys', displayName: '周一', password: PASSWORD });
      const before = (await admin.get(`/api/users/${target.id}`).expect(200)).body as UserItem;
      await admin.patch(`/api/users/${target.id}`, { displayName: '欧阳修', version: before.version }).expect(200);
      expect(usernames((await admin.get('/api/users?q=oyx').expect(200)).body.items)).toEqual(['rename.keys']);
      expect((await admin.get('/api/users?q=zy').expect(200)).body.total).toBe(0);
      const self = await app.signIn(target);
      await self.patch('/api/auth/me', { displayName: '钱七' }).expect(200);
      expect(usernames((await admin.get('/api/users?q=qianqi').expect(200)).body.items)).toEqual(['rename.keys']);
      expect((await admin.get('/api/users?q=oyx').expect(200)).body.total).toBe(0);
    });

    it('gives a region-scoped officer only the users placed in the region, and only their assignments there', async () => {
      const res = await countyOfficer.get('/api/users').expect(200);
      // li.si sits in the other county, wang.wu (own records only) and the administrator nowhere
      expect(usernames(res.body.items)).toEqual(['county.officer', 'zhang.san', 'zhao.liu']);
      expect(res.body.total).toBe(3);
      const z = res.body.items.find((u: UserItem) => u.username === 'zhao.liu');
      expect(z.assignments.map((a: { role: string }) => a.role)).toEqual(['inspector']);
      expect(usernames((await countyOfficer.get('/api/users?role=principal').expect(200)).body.items)).toEqual([]);
      expect(usernames((await countyOfficer.get('/api/users?role=inspector').expect(200)).body.items)).toEqual(['zhao.liu']);

      await countyOfficer.get(`/api/users/${zhang.id}`).expect(200);
      for (const outside of [li.id, wang.id, admin.user.id]) {
        const r = await countyOfficer.get(`/api/users/${outside}`).expect(404);
        expect(r.body.code).toBe('notFound');
      }
    });

    it('answers 403 to a user without the permission, and 401 to nobody', async () => {
      const teacher = await app.signInAs(['teacher']);
      const res = await teacher.get('/api/users').expect(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ code: 'auth.forbidden', status: 403 });
      expect(res.body.detail).toContain('platform.users.read');
      await teacher.get('/api/roles').expect(403);
      await teacher.get(`/api/users/${zhang.id}`).expect(403);
      await app.request().get('/api/users').expect(401);
      // reading is not managing
      for (const write of [
        countyOfficer.post('/api/users', { username: 'new.one', displayName: '新人' }),
        countyOfficer.patch(`/api/users/${zhang.id}`, { displayName: 'x', version: 1 }),
        countyOfficer.post(`/api/users/${zhang.id}/assignments`, { role: 'teacher' }),
        countyOfficer.post(`/api/users/${zhang.id}/reset-password`),
      ]) {
        const r = await write;
        expect(r.status).toBe(403);
        expect(r.body.detail).toContain('platform.users.manage');
      }
    });
  });

  describe('GET /api/users/export', () => {
    const binary = (res: NodeJS.ReadableStream, cb: (err: Error | null, body: Buffer) => void) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    };

    it('exports the list with its filters and order as .csv, within the caller’s scope', async () => {
      const csv = await admin.get('/api/users/export?format=csv&role=bureau_officer&sort=-username').buffer(true).expect(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.headers['content-disposition']).toContain("filename*=UTF-8''");
      expect(csv.headers['content-disposition']).toContain(encodeURIComponent('用户列表-2026-11-23'));
      const lines = String(csv.text).replace(/^\ufeff/, '').trim().split('\r\n');
      expect(lines[0]).toBe('用户名,姓名,状态,角色与管理范围,上次登录,创建时间');
      expect(lines.slice(1).map((l) => l.split(',').slice(0, 4))).toEqual([
        ['li.si', '李四', '启用', '教育局工作人员（邻县）'],
        ['county.officer', 'county.officer', '启用', '教育局工作人员（示范县）'],
      ]);
      expect(lines[2]).toContain('2026-11-23T02:01:00.000Z');

      const mine = String((await countyOfficer.get('/api/users/export?format=csv').buffer(true).expect(200)).text);
      expect(mine).toContain('zhao.liu');
      expect(mine).toContain('检查人员（城关镇）');
      expect(mine).not.toContain('邻县中学');
      expect(mine).not.toContain('li.si');
      expect(mine).not.toContain('root.admin');
    });

    it('exports .xlsx by default, refuses a bad filter before sending anything, and needs the permission', async () => {
      const xlsx = await admin.get('/api/users/export?q=zhang').buffer(true).parse(binary as never).expect(200);
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.body as never);
      const sheet = wb.worksheets[0]!;
      expect(sheet.getRow(1).getCell(1).value).toBe('用户名');
      expect(sheet.getRow(2).getCell(1).value).toBe('zhang.san');
      expect(sheet.getRow(2).getCell(4).value).toBe('学校联络员（示范县第一小学）');
      expect(sheet.rowCount).toBe(2);

      expect((await admin.get('/api/users/export?format=pdf').expect(400)).body.errors).toMatchObject([{ field: 'format', code: 'validation.isIn' }]);
      expect((await admin.get('/api/users/export?sort=secret').expect(400)).body.errors).toMatchObject([{ field: 'sort', code: 'validation.sortField' }]);
      const teacher = await app.signInAs(['teacher']);
      await teacher.get('/api/users/export').expect(403);
    });
  });

  describe('POST /api/users', () => {
    it('creates a user with a one-time password that must be changed at the first sign-in', async () => {
      const res = await admin.post('/api/users', { username: ' Chen.Qi ', displayName: ' 陈七 ', assignments: [{ role: 'school_coordinator', organisationId: school.id }, { role: 'teacher' }] }).expect(201);
      expect(res.body).toMatchObject({ username: 'chen.qi', displayName: '陈七', status: 'active', mustChangePassword: true, locale: 'zh-CN', lastLoginAt: null, createdAt: '2026-11-23T02:06:00.000Z' });
      expect(res.body.assignments).toMatchObject([
        { role: 'school_coordinator', scopeKind: 'organisation', organisationId: school.id, scopeName: '示范县第一小学' },
        { role: 'teacher', scopeKind: 'own', scopeName: null },
      ]);
      const temporary = res.body.temporaryPassword as string;
      expect(temporary).toMatch(/^[A-Za-z2-9]{16}$/);
      // the password is shown once: reading the user never shows it
      const again = await admin.get(`/api/users/${res.body.id}`).expect(200);
      expect(again.body).not.toHaveProperty('temporaryPassword');

      const first = await login(app, 'chen.qi', temporary).expect(200);
      expect(first.body.user.mustChangePassword).toBe(true);
      const client = await app.signIn({ username: 'chen.qi', password: temporary });
      expect((await client.get('/api/regions/roots')).body.code).toBe('auth.passwordChangeRequired');
      await client.post('/api/auth/password', { currentPassword: temporary, newPassword: PASSWORD }).expect(204);
      expect((await login(app, 'chen.qi', PASSWORD).expect(200)).body.user.mustChangePassword).toBe(false);
      expect((await admin.get(`/api/users/${res.body.id}`).expect(200)).body.mustChangePassword).toBe(false);
    });

    it('takes a given initial password, which must still be changed', async () => {
      const res = await admin.post('/api/users', { username: 'sun.ba', displayName: '孙八', locale: 'en', initialPassword: PASSWORD }).expect(201);
      expect(res.body).toMatchObject({ temporaryPassword: PASSWORD, mustChangePassword: true, locale: 'en', assignments: [] });
      expect((await login(app, 'sun.ba', PASSWORD).expect(200)).body.user.mustChangePassword).toBe(true);
    });

    it('refuses a username already taken with 409 naming it', async () => {
      const res = await admin.post('/api/users', { username: 'ZHANG.SAN', displayName: '另一个张三' }).expect(409);
      expect(res.body.code).toBe('conflict.duplicate');
      expect(res.body.detail).toContain('zhang.san');
      expect(res.body.errors).toMatchObject([{ field: 'username', code: 'conflict.duplicate' }]);
    });

    it('names the fields that are wrong and creates nothing', async () => {
      const cases: [unknown, { field: string; code: string }[]][] = [
        [{ username: 'ab', displayName: '短' }, [{ field: 'username', code: 'platform.user.usernameFormat' }]],
        [{ username: 'has space', displayName: '空格' }, [{ field: 'username', code: 'platform.user.usernameFormat' }]],
        [{ username: 'a'.repeat(33), displayName: '太长' }, [{ field: 'username', code: 'platform.user.usernameFormat' }]],
        [{ username: 'no.name' }, [{ field: 'displayName', code: 'validation.required' }]],
        [{ username: 'weak.pw', displayName: '弱密码', initialPassword: 'short' }, [{ field: 'initialPassword', code: 'auth.password.tooShort' }, { field: 'initialPassword', code: 'auth.password.lettersAndDigits' }]],
        [{ username: 'has.pw', displayName: '含用户名', initialPassword: 'has.pw-2026-ok' }, [{ field: 'initialPassword', code: 'auth.password.containsUsername' }]],
        [{ username: 'x.role', displayName: '角色', assignments: [{ role: 'janitor' }] }, [{ field: 'assignments.0.role', code: 'access.role.unknown' }]],
        [{ username: 'x.region', displayName: '缺地区', assignments: [{ role: 'teacher' }, { role: 'bureau_officer' }] }, [{ field: 'assignments.1.regionId', code: 'validation.required' }]],
        [{ username: 'x.kind', displayName: '范围', assignments: [{ role: 'teacher', scopeKind: 'region', regionId: county.id }] }, [{ field: 'assignments.0.scopeKind', code: 'access.scope.notForRole' }]],
        [{ username: 'x.unknown', displayName: '不存在', assignments: [{ role: 'inspector', regionId: newId() }, { role: 'principal', organisationId: newId() }] }, [
          { field: 'assignments.0.regionId', code: 'access.scope.unknownRegion' },
          { field: 'assignments.1.organisationId', code: 'access.scope.unknownOrganisation' },
        ]],
        [{ username: 'x.extra', displayName: '多余', isAdmin: true }, [{ field: 'isAdmin', code: 'validation.unknownField' }]],
      ];
      for (const [body, errors] of cases) {
        const res = await admin.post('/api/users', body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.body.code).toBe('validation.failed');
        expect(res.body.errors.map((e: { field: string; code: string }) => ({ field: e.field, code: e.code }))).toEqual(errors);
        for (const e of res.body.errors) expect(e.message).not.toBe(e.code);
      }
      const listed = await admin.get('/api/users?q=x.').expect(200);
      expect(listed.body.total).toBe(0);
    });

    it('refuses the same assignment twice with 409 and creates nothing', async () => {
      const res = await admin.post('/api/users', { username: 'twice', displayName: '重复', assignments: [{ role: 'inspector', regionId: county.id }, { role: 'inspector', scopeKind: 'region', regionId: county.id }] }).expect(409);
      expect(res.body.code).toBe('access.assignment.duplicate');
      await login(app, 'twice', PASSWORD).expect(401);
      expect((await admin.get('/api/users?q=twice').expect(200)).body.total).toBe(0);
    });
  });

  describe('PATCH /api/users/{id}', () => {
    it('edits with the version seen, and answers 409 to a stale version', async () => {
      const target = await app.createUser({ username: 'edit.me', displayName: '改名前' });
      const before = (await admin.get(`/api/users/${target.id}`).expect(200)).body as UserItem;
      const res = await admin.patch(`/api/users/${target.id}`, { displayName: '改名后', locale: 'en', version: before.version }).expect(200);
      expect(res.body).toMatchObject({ displayName: '改名后', locale: 'en', version: before.version + 1 });
      const stale = await admin.patch(`/api/users/${target.id}`, { displayName: '又改', version: before.version }).expect(409);
      expect(stale.body).toMatchObject({ code: 'conflict.staleVersion', currentVersion: before.version + 1 });
      expect((await admin.get(`/api/users/${target.id}`).expect(200)).body.displayName).toBe('改名后');
      expect((await admin.patch(`/api/users/${target.id}`, { displayName: '无版本' }).expect(400)).body.errors).toMatchObject([{ field: 'version', code: 'validation.required' }]);
      expect((await admin.patch(`/api/users/${target.id}`, { status: 'gone', version: 2 }).expect(400)).body.errors).toMatchObject([{ field: 'status', code: 'validation.isIn' }]);
      await admin.patch(`/api/users/${newId()}`, { displayName: 'x', version: 1 }).expect(404);
    });

    it('disabling signs the user out everywhere and stops sign-in; enabling lets them back', async () => {
      const target = await app.createUser({ username: 'to.disable', password: PASSWORD, roles: [{ role: 'inspector', regionId: county.id }] });
      const session = await app.signIn(target);
      await session.get('/api/auth/me').expect(200);
      const { version } = (await admin.get(`/api/users/${target.id}`).expect(200)).body as UserItem;
      const res = await admin.patch(`/api/users/${target.id}`, { status: 'disabled', version }).expect(200);
      expect(res.body.status).toBe('disabled');
      expect((await session.get('/api/auth/me')).status).toBe(401);
      expect((await login(app, 'to.disable', PASSWORD).expect(401)).body.code).toBe('auth.disabled');
      expect(usernames((await admin.get('/api/users?status=disabled').expect(200)).body.items)).toEqual(['to.disable']);

      await admin.patch(`/api/users/${target.id}`, { status: 'active', version: version + 1 }).expect(200);
      await login(app, 'to.disable', PASSWORD).expect(200);
    });

    it('refuses to let a manager disable their own account', async () => {
      const me = (await admin.get(`/api/users/${admin.user.id}`).expect(200)).body as UserItem;
      const res = await admin.patch(`/api/users/${admin.user.id}`, { status: 'disabled', version: me.version }).expect(409);
      expect(res.body.code).toBe('platform.user.cannotDisableSelf');
      expect(res.body.detail).toBe('不能停用自己的账户');
      await admin.get('/api/auth/me').expect(200);
    });
  });

  describe('assignments', () => {
    it('adds an assignment, refuses it twice, and removes it', async () => {
      const target = await app.createUser({ username: 'assign.me' });
      const added = await admin.post(`/api/users/${target.id}/assignments`, { role: 'centre_coordinator', scopeKind: 'region', regionId: county.id }).expect(201);
      expect(added.body).toMatchObject({ role: 'centre_coordinator', scopeKind: 'region', regionId: county.id, organisationId: null, scopeName: '示范县', scopePath: '/43/4399/439901/' });
      const twice = await admin.post(`/api/users/${target.id}/assignments`, { role: 'centre_coordinator', scopeKind: 'region', regionId: county.id }).expect(409);
      expect(twice.body.code).toBe('access.assignment.duplicate');
      expect(twice.body.detail).toBe('该用户已有此角色和管理范围');
      // the same role over another scope is another assignment
      await admin.post(`/api/users/${target.id}/assignments`, { role: 'centre_coordinator', organisationId: school.id }).expect(201);
      // now the county officer sees the user
      await countyOfficer.get(`/api/users/${target.id}`).expect(200);

      await admin.delete(`/api/users/${target.id}/assignments/${added.body.id}`).expect(204);
      const after = (await admin.get(`/api/users/${target.id}`).expect(200)).body as UserItem;
      expect(after.assignments.map((a) => a.scopeName)).toEqual(['示范县第一小学']);
      await admin.delete(`/api/users/${target.id}/assignments/${added.body.id}`).expect(404);
      // an assignment of another user is not found through this one
      const zhangAssignment = ((await admin.get(`/api/users/${zhang.id}`).expect(200)).body as UserItem).assignments[0]!;
      await admin.delete(`/api/users/${target.id}/assignments/${zhangAssignment.id}`).expect(404);
    });

    it('grants one assignment when many managers send the same one at once', async () => {
      const target = await app.createUser({ username: 'assign.race' });
      const grant = () => admin.post(`/api/users/${target.id}/assignments`, { role: 'inspector', scopeKind: 'region', regionId: township.id });
      const answers = await Promise.all(Array.from({ length: 12 }, grant));
      expect(answers.map((r) => r.status).sort()).toEqual([201, ...Array<number>(11).fill(409)]);
      const held = ((await admin.get(`/api/users/${target.id}`).expect(200)).body as UserItem).assignments;
      expect(held.filter((a) => a.role === 'inspector')).toHaveLength(1);
    });

    it('validates the assignment against the role’s scope kinds, field by field', async () => {
      const target = await app.createUser({ username: 'assign.bad' });
      const cases: [unknown, { field: string; code: string }][] = [
        [{ role: 'bureau_officer' }, { field: 'regionId', code: 'validation.required' }],
        [{ role: 'principal' }, { field: 'organisationId', code: 'validation.required' }],
        [{ role: 'bureau_officer', scopeKind: 'organisation', organisationId: school.id }, { field: 'scopeKind', code: 'access.scope.notForRole' }],
        [{ role: 'teacher', scopeKind: 'global' }, { field: 'scopeKind', code: 'access.scope.notForRole' }],
        [{ role: 'school_coordinator', organisationId: newId() }, { field: 'organisationId', code: 'access.scope.unknownOrganisation' }],
        [{ role: 'inspector', regionId: newId() }, { field: 'regionId', code: 'access.scope.unknownRegion' }],
        [{ role: 'inspector', regionId: 'not-an-id' }, { field: 'regionId', code: 'validation.isUuid' }],
        [{ role: 'nobody' }, { field: 'role', code: 'access.role.unknown' }],
        [{ role: 'teacher', scopeKind: 'planet' }, { field: 'scopeKind', code: 'validation.isIn' }],
      ];
      for (const [body, error] of cases) {
        const res = await admin.post(`/api/users/${target.id}/assignments`, body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.body.errors.map((e: { field: string; code: string }) => ({ field: e.field, code: e.code }))).toEqual([error]);
      }
      expect(((await admin.get(`/api/users/${target.id}`).expect(200)).body as UserItem).assignments).toEqual([]);
      await admin.post(`/api/users/${newId()}/assignments`, { role: 'teacher' }).expect(404);
    });
  });

  describe('audit', () => {
    it('records every write of a user and an assignment, without passwords', async () => {
      const created = await admin.post('/api/users', { username: 'audited', displayName: '审计', assignments: [{ role: 'inspector', regionId: county.id }] }).expect(201);
      const id = created.body.id as string;
      const assignmentId = created.body.assignments[0].id as string;
      await admin.patch(`/api/users/${id}`, { displayName: '审计后', version: created.body.version }).expect(200);
      const second = await admin.post(`/api/users/${id}/assignments`, { role: 'teacher' }).expect(201);
      await admin.delete(`/api/users/${id}/assignments/${second.body.id}`).expect(204);
      await admin.post(`/api/users/${id}/reset-password`).expect(200);

      const entries = await app.dataSource.getRepository(AuditEntry).find({ order: { at: 'ASC', id: 'ASC' } });
      const mine = entries.filter((e) => e.entityId === id || e.entityId === assignmentId || e.entityId === second.body.id);
      expect(mine.map((e) => e.action)).toEqual([
        'platform.roleAssignment.create',
        'platform.user.create',
        'platform.user.update',
        'platform.roleAssignment.create',
        'platform.roleAssignment.delete',
        'platform.user.resetPassword',
      ]);
      for (const e of mine) expect(e.actorId).toBe(admin.user.id);
      expect(mine[0]).toMatchObject({ scopePath: '/43/4399/439901/', after: { role: 'inspector', userId: id, regionId: county.id } });
      expect(mine[1]!.after).toMatchObject({ username: 'audited', mustChangePassword: true });
      expect(mine[2]).toMatchObject({ before: { displayName: '审计' }, after: { displayName: '审计后' } });
      expect(mine[4]).toMatchObject({ entityId: second.body.id, before: { role: 'teacher', scopeKind: 'own', userId: id } });
      const all = JSON.stringify(mine);
      expect(all).not.toContain(created.body.temporaryPassword);
      expect(all).not.toContain('passwordHash');

      // a county's auditor sees the assignment made within the county
      const seen = await countyOfficer.get(`/api/audit?action=platform.roleAssignment.create&entityId=${assignmentId}`).expect(200);
      expect(seen.body.total).toBe(1);
    });
  });
});

describe('the last active administrator', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('keeps their administrator role until another active administrator exists', async () => {
    const admin = await app.signInAs(['admin'], { username: 'only.admin' });
    const own = ((await admin.get(`/api/users/${admin.user.id}`).expect(200)).body as UserItem).assignments[0]!;
    const refused = await admin.delete(`/api/users/${admin.user.id}/assignments/${own.id}`).expect(409);
    expect(refused.body.code).toBe('platform.user.lastAdmin');
    expect(refused.body.detail).toContain('最后一位');

    // a disabled administrator does not count
    const second = await admin.post('/api/users', { username: 'second.admin', displayName: '第二管理员', initialPassword: PASSWORD, assignments: [{ role: 'admin' }] }).expect(201);
    await admin.patch(`/api/users/${second.body.id}`, { status: 'disabled', version: second.body.version }).expect(200);
    await admin.delete(`/api/users/${admin.user.id}/assignments/${own.id}`).expect(409);
    // the disabled one's administrator role may go
    await admin.delete(`/api/users/${second.body.id}/assignments/${second.body.assignments[0].id}`).expect(204);

    const third = await admin.post('/api/users', { username: 'third.admin', displayName: '第三管理员', assignments: [{ role: 'admin', scopeKind: 'global' }] }).expect(201);
    expect(third.body.assignments).toMatchObject([{ role: 'admin', scopeKind: 'global' }]);
    await admin.delete(`/api/users/${admin.user.id}/assignments/${own.id}`).expect(204);
    // without the role the former administrator can no longer manage users
    expect((await admin.get('/api/users')).status).toBe(403);
  });
});
