import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role, User, UserAssignment } from '../src/modules/users/api';
import { currentPath, fakeApi, fill, makeMe, renderApp, type FakeCall } from './harness';

afterEach(() => vi.unstubAllGlobals());

const READ = 'platform.users.read';
const MANAGE = 'platform.users.manage';
const COUNTY_ID = '01900000-0000-7000-8000-0000000000a1';
const TOWNSHIP_ID = '01900000-0000-7000-8000-0000000000a2';
const SCHOOL_ID = '01900000-0000-7000-8000-0000000000b1';

const ROLES: Role[] = [
  { code: 'admin', name: { 'zh-CN': '系统管理员', en: 'System administrator' }, scopeKinds: ['global'], permissions: [READ, MANAGE] },
  { code: 'bureau_officer', name: { 'zh-CN': '教育局工作人员', en: 'Bureau officer' }, scopeKinds: ['region'], permissions: [READ] },
  {
    code: 'centre_coordinator',
    name: { 'zh-CN': '培训中心管理员', en: 'Training-centre coordinator' },
    scopeKinds: ['organisation', 'region'],
    permissions: [],
  },
  { code: 'principal', name: { 'zh-CN': '校长', en: 'Principal' }, scopeKinds: ['organisation'], permissions: [] },
  { code: 'teacher', name: { 'zh-CN': '教师', en: 'Teacher' }, scopeKinds: ['own'], permissions: [] },
];

function user(n: number, fields: Partial<User> = {}): User {
  return {
    id: `01900000-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`,
    username: `user${n}`,
    displayName: `用户${n}`,
    status: 'active',
    locale: 'zh-CN',
    mustChangePassword: false,
    lastLoginAt: null,
    createdAt: '2026-11-20T02:00:00.000Z',
    version: 1,
    assignments: [],
    ...fields,
  };
}

function problem(status: number, code: string, detail: string, errors?: { field: string; code: string; message: string }[]) {
  return { type: `urn:schoolbridge:problem:${code}`, title: 'Error', status, code, detail, ...(errors ? { errors } : {}) };
}

function json(status: number, body: unknown): Response {
  if (status === 204) return new Response(null, { status });
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });
}

/**
 * The shell's fake API plus the users routes: a small in-memory set of users that the handlers
 * change as the real API would (versions, one-time passwords, assignments).
 */
function fakeUsersApi(options: { permissions?: string[]; users?: User[] } = {}) {
  const base = fakeApi({ me: makeMe({ permissions: options.permissions ?? [READ, MANAGE, 'platform.audit.read'], roles: ['admin'] }) });
  base.state.regions = [
    { id: COUNTY_ID, code: '439901', name: '示范县', kind: 'county', path: '/43/4399/439901/', parentId: null, hasChildren: true },
    { id: TOWNSHIP_ID, code: '439901100', name: '城关镇', kind: 'township', path: '/43/4399/439901/439901100/', parentId: COUNTY_ID, hasChildren: false },
  ];
  const users: User[] = options.users ?? [
    user(1, {
      username: 'zhang.san',
      displayName: '张三',
      lastLoginAt: '2026-11-22T01:30:00.000Z',
      assignments: [
        {
          id: 'a-1',
          role: 'principal',
          scopeKind: 'organisation',
          regionId: null,
          organisationId: SCHOOL_ID,
          scopeName: '示范县第一小学',
          scopePath: '/x/',
          createdAt: '2026-11-20T02:00:00.000Z',
        },
      ],
    }),
    user(2, { username: 'li.si', displayName: '李四', status: 'disabled' }),
  ];
  const calls: FakeCall[] = base.calls;
  let counter = 0;

  const handler = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const req = input instanceof Request ? input : null;
    const url = new URL(req ? req.url : String(input), 'http://localhost');
    const method = (req?.method ?? init?.method ?? 'GET').toUpperCase();
    const path = url.pathname;
    const isOurs = path === '/api/roles' || path.startsWith('/api/users') || path.startsWith('/api/directory/');
    if (!isOurs) return base.fetchMock(input, init);
    const raw = req ? await req.clone().text() : typeof init?.body === 'string' ? init.body : null;
    const body = (raw ? JSON.parse(raw) : undefined) as Record<string, unknown> | undefined;
    calls.push({ method, path, search: url.searchParams, headers: new Headers(req?.headers ?? init?.headers), body });
    const forced = base.state.forced.get(`${method} ${path}`);
    if (forced) return json(forced.status, forced.body);

    if (method === 'GET' && path === '/api/roles') return json(200, { items: ROLES, permissions: [] });
    if (method === 'GET' && path === '/api/directory/organisations') {
      const q = url.searchParams.get('q') ?? '';
      const all = [
        { id: SCHOOL_ID, code: 'SCHOOL-1', name: '示范县第一小学', kind: 'school', path: '/x/' },
        { id: '01900000-0000-7000-8000-0000000000b2', code: 'SCHOOL-2', name: '城关中学', kind: 'school', path: '/y/' },
      ];
      return json(200, { items: all.filter((o) => o.name.includes(q) || o.code.includes(q)), total: 2, page: 1, pageSize: 20 });
    }
    if (method === 'GET' && path === '/api/users') {
      const q = url.searchParams.get('q');
      const status = url.searchParams.get('status');
      const items = users.filter((u) => (!q || u.username.includes(q) || u.displayName.includes(q)) && (!status || u.status === status));
      return json(200, {
        items,
        total: items.length,
        page: Number(url.searchParams.get('page') ?? 1),
        pageSize: Number(url.searchParams.get('pageSize') ?? 20),
      });
    }
    if (method === 'POST' && path === '/api/users') {
      if (users.some((u) => u.username === body!.username)) {
        return json(
          409,
          problem(409, 'conflict.duplicate', `username“${String(body!.username)}”已存在`, [
            { field: 'username', code: 'conflict.duplicate', message: `username“${String(body!.username)}”已存在` },
          ]),
        );
      }
      const created = user(50 + ++counter, { username: String(body!.username), displayName: String(body!.displayName), mustChangePassword: true });
      users.push(created);
      return json(201, { ...created, temporaryPassword: 'Tmp7pass9word2xyz' });
    }
    const one = /^\/api\/users\/([^/]+)(\/.*)?$/.exec(path);
    const target = one ? users.find((u) => u.id === one[1]) : undefined;
    if (!target) return json(404, problem(404, 'notFound', '找不到该记录，或您无权查看'));
    const rest = one![2] ?? '';
    if (method === 'GET' && rest === '') return json(200, target);
    if (method === 'PATCH' && rest === '') {
      if (body!.version !== target.version)
        return json(409, { ...problem(409, 'conflict.staleVersion', '该记录已被他人修改，请刷新后再编辑'), currentVersion: target.version });
      Object.assign(target, { ...body, version: target.version + 1 });
      return json(200, target);
    }
    if (method === 'POST' && rest === '/reset-password') return json(200, { temporaryPassword: 'Reset5pass8word3abc' });
    if (method === 'POST' && rest === '/assignments') {
      const a: UserAssignment = {
        id: `a-new-${++counter}`,
        role: body!.role as UserAssignment['role'],
        scopeKind: body!.scopeKind as UserAssignment['scopeKind'],
        regionId: (body!.regionId as string | undefined) ?? null,
        organisationId: (body!.organisationId as string | undefined) ?? null,
        scopeName: body!.regionId ? '城关镇' : body!.organisationId ? '示范县第一小学' : null,
        scopePath: null,
        createdAt: '2026-11-24T02:00:00.000Z',
      };
      target.assignments = [...target.assignments, a];
      return json(201, a);
    }
    const removal = /^\/assignments\/(.+)$/.exec(rest);
    if (method === 'DELETE' && removal) {
      target.assignments = target.assignments.filter((a) => a.id !== removal[1]);
      return json(204, null);
    }
    return json(404, problem(404, 'notFound', `no fake for ${method} ${path}`));
  };
  vi.stubGlobal('fetch', vi.fn(handler));
  return { ...base, users };
}

const callsTo = (api: { calls: FakeCall[] }, method: string, path: string) => api.calls.filter((c) => c.method === method && c.path === path);

/*
 * Queries by test id, text, title and element id rather than by role and accessible name: the
 * whole admin is on the page, and computing accessible names over it is slow in jsdom.
 */

/** The open antd dialog with this title. */
async function dialogTitled(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title, { selector: '.ant-modal-title' });
  return heading.closest<HTMLElement>('.ant-modal')!;
}

/** The button showing this text (antd puts a space between two Chinese characters: 保 存). */
function buttonIn(container: HTMLElement, text: string): HTMLElement {
  const re = new RegExp(`^${[...text].join('\\s*')}$`);
  return within(container).getByText(re, { selector: 'button span' }).closest('button')!;
}

function byId(container: HTMLElement, id: string): HTMLElement {
  const el = container.querySelector<HTMLElement>(`[id="${id}"]`);
  if (!el) throw new Error(`no element #${id}`);
  return el;
}

/** The open Popconfirm's confirm button. */
async function confirmPopup(): Promise<HTMLElement> {
  const pop = await waitFor(() => {
    const el = document.querySelector<HTMLElement>('.ant-popover:not(.ant-popover-hidden) .ant-popconfirm-buttons .ant-btn-primary');
    if (!el) throw new Error('no open confirmation');
    return el;
  });
  return pop;
}

describe('the users list', () => {
  it('is in the side nav for readers and lists users with their roles and status', async () => {
    const api = fakeUsersApi();
    const { router } = renderApp('/');
    const nav = await screen.findByTestId('side-nav');
    const link = await within(nav).findByText('用户管理');
    expect(link.closest('a')).toHaveAttribute('href', '/users');
    await userEvent.setup({ delay: null }).click(link);
    const row = (await screen.findByText('zhang.san')).closest('tr')!;
    expect(currentPath(router)).toBe('/users');
    expect(screen.getByTestId('page-title')).toHaveTextContent('用户管理');
    expect(within(row).getByText('张三')).toBeInTheDocument();
    expect(within(row).getByText('校长 · 示范县第一小学')).toBeInTheDocument();
    expect(within(row).getByText('启用')).toBeInTheDocument();
    expect(within(row).getByText('2026-11-22 09:30')).toBeInTheDocument();
    expect(within(row).getByText('查看').closest('a')).toHaveAttribute('href', `/users/${api.users[0]!.id}`);
    const other = screen.getByText('li.si').closest('tr')!;
    expect(within(other).getByText('停用')).toBeInTheDocument();
    expect(within(other).getByText('从未登录')).toBeInTheDocument();
    expect(callsTo(api, 'GET', '/api/users')[0]!.search.get('sort')).toBe('username');
  });

  it('searches on the server and keeps the search in the address', async () => {
    const api = fakeUsersApi();
    const { router } = renderApp('/users');
    await screen.findByText('li.si');
    const user = userEvent.setup({ delay: null });
    const box = screen.getByPlaceholderText('用户名或姓名');
    await fill(user, box, '张');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(callsTo(api, 'GET', '/api/users').at(-1)!.search.get('q')).toBe('张'));
    await waitFor(() => expect(screen.queryByText('li.si')).not.toBeInTheDocument());
    expect(currentPath(router)).toContain('q=%E5%BC%A0');
  });

  it('is hidden from the nav and answers 403 without the permission', async () => {
    fakeUsersApi({ permissions: ['reports.figures.read'] });
    renderApp('/users');
    expect(await screen.findByText('没有权限访问此页面')).toBeInTheDocument();
    expect(within(screen.getByTestId('side-nav')).queryByText('用户管理')).not.toBeInTheDocument();
  });

  it('offers no 新建用户 to a reader who cannot manage users', async () => {
    fakeUsersApi({ permissions: [READ] });
    renderApp('/users');
    expect(await screen.findByText('zhang.san')).toBeInTheDocument();
    expect(screen.queryByTestId('user-create')).not.toBeInTheDocument();
  });
});

describe('creating a user', () => {
  it('saves the form and shows the one-time password once, with a copy button', async () => {
    const api = fakeUsersApi();
    renderApp('/users');
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByTestId('user-create'));
    const dialog = await dialogTitled('新建用户');
    await fill(user, within(dialog).getByTestId('user-username'), 'Wang.Wu');
    await fill(user, within(dialog).getByTestId('user-display-name'), '王五');
    await user.click(buttonIn(dialog, '创建'));

    await waitFor(() => expect(callsTo(api, 'POST', '/api/users')).toHaveLength(1));
    expect(callsTo(api, 'POST', '/api/users')[0]!.body).toEqual({ username: 'wang.wu', displayName: '王五', locale: 'zh-CN' });
    const shown = await dialogTitled('请记下一次性密码');
    expect(within(shown).getByTestId('one-time-password')).toHaveTextContent('Tmp7pass9word2xyz');
    expect(within(shown).getByText(/此密码只显示这一次/)).toBeInTheDocument();
    expect(shown.querySelector('[aria-label="复制密码"]')).not.toBeNull();
    await user.click(within(shown).getByTestId('password-saved'));
    await waitFor(() => expect(screen.queryByTestId('one-time-password')).not.toBeInTheDocument());
    // the list is loaded again with the new user
    expect(await screen.findByText('wang.wu')).toBeInTheDocument();
  });

  it('refuses a malformed username before asking the API, and shows the API’s 409 under the field', async () => {
    const api = fakeUsersApi();
    renderApp('/users');
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByTestId('user-create'));
    const dialog = await dialogTitled('新建用户');
    await fill(user, within(dialog).getByTestId('user-username'), 'ab');
    await fill(user, within(dialog).getByTestId('user-display-name'), '短名');
    await user.click(buttonIn(dialog, '创建'));
    expect(await within(dialog).findByText(/用户名须为 3–32 位/)).toBeInTheDocument();
    expect(callsTo(api, 'POST', '/api/users')).toHaveLength(0);

    await user.clear(within(dialog).getByTestId('user-username'));
    await fill(user, within(dialog).getByTestId('user-username'), 'zhang.san');
    await user.click(buttonIn(dialog, '创建'));
    expect(await within(dialog).findByText('username“zhang.san”已存在')).toBeInTheDocument();
    expect(screen.queryByTestId('one-time-password')).not.toBeInTheDocument();
  });

  it('gives the new user a first role with its scope', async () => {
    const api = fakeUsersApi();
    renderApp('/users');
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByTestId('user-create'));
    const dialog = await dialogTitled('新建用户');
    await fill(user, within(dialog).getByTestId('user-username'), 'zhao.liu');
    await fill(user, within(dialog).getByTestId('user-display-name'), '赵六');
    await user.click(byId(dialog, 'assignments_0_role'));
    await user.click(await screen.findByTitle('教师'));
    expect(await within(dialog).findByText(/只能查看和办理本人的记录/)).toBeInTheDocument();
    await user.click(buttonIn(dialog, '创建'));
    await waitFor(() => expect(callsTo(api, 'POST', '/api/users')).toHaveLength(1));
    expect(callsTo(api, 'POST', '/api/users')[0]!.body).toEqual({
      username: 'zhao.liu',
      displayName: '赵六',
      locale: 'zh-CN',
      assignments: [{ role: 'teacher', scopeKind: 'own' }],
    });
  });
});

describe('a user’s page', () => {
  it('edits the basic facts with the version loaded, and says so when someone else saved first', async () => {
    const api = fakeUsersApi();
    const target = api.users[0]!;
    renderApp(`/users/${target.id}`);
    const name = await screen.findByTestId('user-display-name');
    await waitFor(() => expect(document.title).toBe('张三 · SchoolBridge'));
    const form = name.closest<HTMLElement>('form')!;
    const user = userEvent.setup({ delay: null });
    await user.clear(name);
    await fill(user, name, '张三丰');
    await user.click(buttonIn(form, '保存'));
    await waitFor(() => expect(callsTo(api, 'PATCH', `/api/users/${target.id}`)).toHaveLength(1));
    expect(callsTo(api, 'PATCH', `/api/users/${target.id}`)[0]!.body).toEqual({ displayName: '张三丰', status: 'active', locale: 'zh-CN', version: 1 });
    await waitFor(() => expect(document.title).toBe('张三丰 · SchoolBridge'));

    // someone else saves meanwhile: the API answers 409 and the form says what happened
    target.version = 5;
    const form2 = (await screen.findByTestId('user-display-name')).closest<HTMLElement>('form')!;
    await user.click(within(form2).getByLabelText('停用'));
    await user.click(buttonIn(form2, '保存'));
    expect(await screen.findByText('该记录已被他人修改，请刷新后再编辑')).toBeInTheDocument();
    expect(callsTo(api, 'PATCH', `/api/users/${target.id}`).at(-1)!.body).toMatchObject({ status: 'disabled', version: 2 });
  });

  it('lists the roles and removes one after a confirmation', async () => {
    const api = fakeUsersApi();
    const target = api.users[0]!;
    renderApp(`/users/${target.id}?tab=roles`);
    const table = await screen.findByTestId('assignments');
    expect(within(table).getByText('校长')).toBeInTheDocument();
    expect(within(table).getByText('示范县第一小学')).toBeInTheDocument();
    const user = userEvent.setup({ delay: null });
    await user.click(table.querySelector<HTMLElement>('[aria-label="移除 校长（示范县第一小学）"]')!);
    expect(await screen.findByText(/后，该用户将失去这一角色的权限/)).toBeInTheDocument();
    expect(callsTo(api, 'DELETE', `/api/users/${target.id}/assignments/a-1`)).toHaveLength(0);
    await user.click(await confirmPopup());
    await waitFor(() => expect(callsTo(api, 'DELETE', `/api/users/${target.id}/assignments/a-1`)).toHaveLength(1));
    expect(await screen.findByText('该用户还没有角色，点击添加角色')).toBeInTheDocument();
  });

  it('shows why a removal was refused', async () => {
    const api = fakeUsersApi();
    const target = api.users[0]!;
    api.state.forced.set(`DELETE /api/users/${target.id}/assignments/a-1`, {
      status: 409,
      body: problem(409, 'platform.user.lastAdmin', '这是最后一位启用中的系统管理员，不能停用或移除其管理员角色'),
    });
    renderApp(`/users/${target.id}?tab=roles`);
    const user = userEvent.setup({ delay: null });
    const table = await screen.findByTestId('assignments');
    await user.click(table.querySelector<HTMLElement>('[aria-label="移除 校长（示范县第一小学）"]')!);
    await user.click(await confirmPopup());
    expect(await screen.findByText('这是最后一位启用中的系统管理员，不能停用或移除其管理员角色')).toBeInTheDocument();
    expect(within(table).getByText('校长')).toBeInTheDocument();
  });

  it('adds a region role through the region tree, loading a level when it is opened', async () => {
    const api = fakeUsersApi();
    const target = api.users[1]!;
    renderApp(`/users/${target.id}?tab=roles`);
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByTestId('assignment-add'));
    const dialog = await dialogTitled('添加角色');
    await user.click(byId(dialog, 'role'));
    await user.click(await screen.findByTitle('教育局工作人员'));
    await user.click(await waitFor(() => byId(dialog, 'regionId')));
    expect(await screen.findByTitle('示范县')).toBeInTheDocument();
    // open 示范县: its townships load
    await user.click(document.querySelector<HTMLElement>('.ant-select-tree-switcher_close')!);
    await waitFor(() => expect(api.calls.some((c) => c.path === '/api/regions' && c.search.get('parentId') === COUNTY_ID)).toBe(true));
    await user.click(await screen.findByTitle('城关镇'));
    await user.click(buttonIn(dialog, '添加'));
    await waitFor(() => expect(callsTo(api, 'POST', `/api/users/${target.id}/assignments`)).toHaveLength(1));
    expect(callsTo(api, 'POST', `/api/users/${target.id}/assignments`)[0]!.body).toEqual({
      role: 'bureau_officer',
      scopeKind: 'region',
      regionId: TOWNSHIP_ID,
    });
    expect(await within(await screen.findByTestId('assignments')).findByText('城关镇')).toBeInTheDocument();
  });

  it('adds an organisation role by searching the directory, and shows field errors from the API', async () => {
    const api = fakeUsersApi();
    const target = api.users[1]!;
    renderApp(`/users/${target.id}?tab=roles`);
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByTestId('assignment-add'));
    const dialog = await dialogTitled('添加角色');
    await user.click(byId(dialog, 'role'));
    await user.click(await screen.findByTitle('培训中心管理员'));
    // this role takes an organisation or a region: organisation first
    expect(await within(dialog).findByLabelText('单位（含其管理的单位）')).toBeChecked();
    const box = await waitFor(() => byId(dialog, 'organisationId'));
    await user.click(box);
    await user.type(box, '第一');
    await waitFor(() => expect(api.calls.some((c) => c.path === '/api/directory/organisations' && c.search.get('q') === '第一')).toBe(true));
    const search = api.calls.find((c) => c.path === '/api/directory/organisations' && c.search.get('q') === '第一')!;
    expect(search.search.get('kind')).toBe('training_centre');
    expect(search.search.get('pageSize')).toBe('20');
    await user.click(await screen.findByTitle('示范县第一小学（SCHOOL-1）'));

    api.state.forced.set(`POST /api/users/${target.id}/assignments`, {
      status: 400,
      body: problem(400, 'validation.failed', '提交的内容有误', [
        { field: 'organisationId', code: 'access.scope.beyondCaller', message: '只能在您自己的管理范围内授权' },
      ]),
    });
    await user.click(buttonIn(dialog, '添加'));
    expect(await within(dialog).findByText('只能在您自己的管理范围内授权')).toBeInTheDocument();
    expect(callsTo(api, 'POST', `/api/users/${target.id}/assignments`)[0]!.body).toEqual({
      role: 'centre_coordinator',
      scopeKind: 'organisation',
      organisationId: SCHOOL_ID,
    });

    api.state.forced.delete(`POST /api/users/${target.id}/assignments`);
    await user.click(buttonIn(dialog, '添加'));
    await waitFor(() => expect(callsTo(api, 'POST', `/api/users/${target.id}/assignments`)).toHaveLength(2));
    expect(await within(await screen.findByTestId('assignments')).findByText('培训中心管理员')).toBeInTheDocument();
  });

  it('resets the password after a confirmation and shows the new one once', async () => {
    const api = fakeUsersApi();
    const target = api.users[0]!;
    renderApp(`/users/${target.id}`);
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByTestId('reset-password'));
    expect(await screen.findByText('重置 张三 的密码？')).toBeInTheDocument();
    expect(callsTo(api, 'POST', `/api/users/${target.id}/reset-password`)).toHaveLength(0);
    await user.click(await confirmPopup());
    const shown = await dialogTitled('请记下一次性密码');
    expect(within(shown).getByTestId('one-time-password')).toHaveTextContent('Reset5pass8word3abc');
    expect(callsTo(api, 'POST', `/api/users/${target.id}/reset-password`)).toHaveLength(1);
  });

  it('says so when the user is not found or out of scope', async () => {
    fakeUsersApi();
    renderApp('/users/01900000-0000-7000-8000-000000000999');
    expect(await screen.findByText('找不到该用户，或您无权查看')).toBeInTheDocument();
    expect(screen.getByText('返回用户列表').closest('a')).toHaveAttribute('href', '/users');
  });

  it('shows a reader the facts and roles without edit controls', async () => {
    const api = fakeUsersApi({ permissions: [READ] });
    renderApp(`/users/${api.users[0]!.id}`);
    expect(await screen.findByText('您可以查看该用户，但没有修改权限')).toBeInTheDocument();
    expect(screen.queryByTestId('reset-password')).not.toBeInTheDocument();
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByText('角色与范围', { selector: '[role="tab"], [role="tab"] *' }));
    const table = await screen.findByTestId('assignments');
    expect(screen.queryByTestId('assignment-add')).not.toBeInTheDocument();
    expect(within(table).queryByText('移除')).not.toBeInTheDocument();
  });
});
