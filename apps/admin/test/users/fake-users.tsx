/** The users pages' fake API and helpers, shared by the users test files. */
import { screen, waitFor, within } from '@testing-library/react';
import { vi } from 'vitest';
import type { Role, User, UserAssignment } from '../../src/modules/users/api';
import { fakeApi, makeMe, type FakeCall } from '../harness';

export const READ = 'platform.users.read';
export const MANAGE = 'platform.users.manage';
export const COUNTY_ID = '01900000-0000-7000-8000-0000000000a1';
export const TOWNSHIP_ID = '01900000-0000-7000-8000-0000000000a2';
export const SCHOOL_ID = '01900000-0000-7000-8000-0000000000b1';

export const ROLES: Role[] = [
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

export function user(n: number, fields: Partial<User> = {}): User {
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

export function problem(status: number, code: string, detail: string, errors?: { field: string; code: string; message: string }[]) {
  return { type: `urn:schoolbridge:problem:${code}`, title: 'Error', status, code, detail, ...(errors ? { errors } : {}) };
}

export function json(status: number, body: unknown): Response {
  if (status === 204) return new Response(null, { status });
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });
}

/**
 * The shell's fake API plus the users routes: a small in-memory set of users that the handlers
 * change as the real API would (versions, one-time passwords, assignments).
 */
export interface LinkedPeople {
  /** userId → the teacher record linked to that account. */
  teachers: Map<string, { id: string; name: string; schoolName: string }>;
  /** userId → the staff record linked to that account. */
  staff: Map<string, { id: string; name: string; organisationName: string; position: string | null }>;
}

export function fakeUsersApi(options: { permissions?: string[]; users?: User[]; linked?: Partial<LinkedPeople> } = {}) {
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
    const personList = /^\/api\/directory\/(teachers|staff)$/.exec(path);
    if (method === 'GET' && personList) {
      const byUser = personList[1] === 'teachers' ? (options.linked?.teachers ?? new Map()) : (options.linked?.staff ?? new Map());
      const found = byUser.get(url.searchParams.get('userId') ?? '');
      const items = found ? [found] : [];
      return json(200, { items, total: items.length, page: 1, pageSize: Number(url.searchParams.get('pageSize') ?? 20) });
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

export const callsTo = (api: { calls: FakeCall[] }, method: string, path: string) => api.calls.filter((c) => c.method === method && c.path === path);

/*
 * Queries by test id, text, title and element id rather than by role and accessible name: the
 * whole admin is on the page, and computing accessible names over it is slow in jsdom.
 */

/** The open antd dialog with this title. */
export async function dialogTitled(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title, { selector: '.ant-modal-title' });
  return heading.closest<HTMLElement>('.ant-modal')!;
}

/** The button showing this text (antd puts a space between two Chinese characters: 保 存). */
export function buttonIn(container: HTMLElement, text: string): HTMLElement {
  const re = new RegExp(`^${[...text].join('\\s*')}$`);
  return within(container).getByText(re, { selector: 'button span' }).closest('button')!;
}

export function byId(container: HTMLElement, id: string): HTMLElement {
  const el = container.querySelector<HTMLElement>(`[id="${id}"]`);
  if (!el) throw new Error(`no element #${id}`);
  return el;
}

/** The open Popconfirm's confirm button. */
export async function confirmPopup(): Promise<HTMLElement> {
  const pop = await waitFor(() => {
    const el = document.querySelector<HTMLElement>('.ant-popover:not(.ant-popover-hidden) .ant-popconfirm-buttons .ant-btn-primary');
    if (!el) throw new Error('no open confirmation');
    return el;
  });
  return pop;
}
