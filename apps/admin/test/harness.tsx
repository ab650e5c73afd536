/**
 * Renders the whole admin (providers, router, shell) in jsdom against a small fake of the API:
 * `fetch` is replaced at the network edge, each route answering from a state the test sets up.
 */
import { render, type RenderResult } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { createI18n, type AdminPlugin, type Me } from '@schoolbridge/ui';
import { AdminApp, createQueryClient } from '../src/app';
import { coreModules } from '../src/core-modules';
import en from '../src/i18n/en.json';
import zhCN from '../src/i18n/zh-CN.json';
import { buildRoutes } from '../src/routes';
import type { FiguresReport, NotificationPage, RegionNode, Reminders } from '../src/api/types';

export const ALL_CORE_PERMISSIONS = ['platform.audit.read', 'reports.figures.read'];

export function makeMe(
  overrides: { permissions?: string[]; mustChangePassword?: boolean; locale?: 'zh-CN' | 'en'; roles?: string[]; displayName?: string } = {},
): Me {
  return {
    user: {
      id: '01900000-0000-7000-8000-000000000001',
      username: 'zhangsan',
      displayName: overrides.displayName ?? '张三',
      locale: overrides.locale ?? 'zh-CN',
      mustChangePassword: overrides.mustChangePassword ?? false,
    },
    assignments: (overrides.roles ?? ['bureau_officer']).map((role, i) => ({
      id: `01900000-0000-7000-8000-00000000010${i}`,
      role,
      scopeKind: role === 'admin' ? 'global' : 'region',
      regionId: null,
      organisationId: null,
      path: null,
    })),
    permissions: overrides.permissions ?? ALL_CORE_PERMISSIONS,
    csrfToken: 'csrf-from-me',
  } as Me;
}

export interface FakeState {
  /** null: not signed in (401). */
  me: Me | null;
  password: string;
  notifications: NotificationPage;
  reminders: Reminders;
  figures: FiguresReport | null;
  regions: RegionNode[];
  meta: { name: string; version: string; plugins: string[]; defaultLocale: 'zh-CN'; locales: ('zh-CN' | 'en')[]; timeZone: string };
  /** Answers a test forces for a path (method + path, e.g. 'GET /api/notifications'). */
  forced: Map<string, { status: number; body: unknown }>;
}

export interface FakeCall {
  method: string;
  path: string;
  search: URLSearchParams;
  headers: Headers;
  body: unknown;
}

function json(status: number, body: unknown): Response {
  if (status === 204) return new Response(null, { status });
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });
}

function problem(status: number, code: string, detail: string, errors?: { field: string; code: string; message: string }[]) {
  return { type: `urn:schoolbridge:problem:${code}`, title: 'Error', status, code, detail, ...(errors ? { errors } : {}) };
}

export function emptyNotifications(): NotificationPage {
  return { items: [], total: 0, page: 1, pageSize: 20, unreadCount: 0 };
}

/** Installs the fake API as `fetch`; returns its state (change it freely) and the calls it got. */
export function fakeApi(initial: Partial<FakeState> = {}) {
  const state: FakeState = {
    me: makeMe(),
    password: 'Old-pass-1',
    notifications: emptyNotifications(),
    reminders: { today: '2026-11-24', items: [], failedSources: [] },
    figures: null,
    regions: [
      {
        id: '01900000-0000-7000-8000-0000000000a1',
        code: '439901',
        name: '示范县',
        kind: 'county',
        path: '/43/4399/439901/',
        parentId: null,
        hasChildren: false,
      },
    ],
    meta: { name: 'SchoolBridge', version: '0.1.0', plugins: [], defaultLocale: 'zh-CN', locales: ['zh-CN', 'en'], timeZone: 'Asia/Shanghai' },
    forced: new Map(),
    ...initial,
  };
  const calls: FakeCall[] = [];

  const handler = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const req = input instanceof Request ? input : null;
    const url = new URL(req ? req.url : String(input), 'http://localhost');
    const method = (req?.method ?? init?.method ?? 'GET').toUpperCase();
    const headers = new Headers(req?.headers ?? init?.headers);
    const rawBody = req ? await req.clone().text() : typeof init?.body === 'string' ? init.body : null;
    const body: unknown = rawBody ? JSON.parse(rawBody) : undefined;
    calls.push({ method, path: url.pathname, search: url.searchParams, headers, body });
    const key = `${method} ${url.pathname}`;
    const forced = state.forced.get(key);
    if (forced) return json(forced.status, forced.body);

    if (key === 'GET /api/meta') return json(200, state.meta);
    if (key === 'POST /api/auth/login') {
      const b = body as { username: string; password: string };
      if (b.password !== state.password) return json(401, problem(401, 'auth.invalidCredentials', '用户名或密码不正确'));
      state.me ??= makeMe();
      return json(200, state.me);
    }
    if (!state.me) return json(401, problem(401, 'auth.unauthenticated', '请先登录'));
    if (key === 'GET /api/auth/me') return json(200, state.me);
    if (key === 'PATCH /api/auth/me') {
      state.me = { ...state.me, user: { ...state.me.user, ...(body as object) } };
      return json(200, state.me);
    }
    if (key === 'POST /api/auth/logout') {
      state.me = null;
      return json(204, null);
    }
    if (key === 'POST /api/auth/password') {
      const b = body as { currentPassword: string; newPassword: string };
      if (b.currentPassword !== state.password)
        return json(
          400,
          problem(400, 'validation.failed', '提交的内容有误', [{ field: 'currentPassword', code: 'auth.password.wrongCurrent', message: '当前密码不正确' }]),
        );
      state.password = b.newPassword;
      state.me = { ...state.me, user: { ...state.me.user, mustChangePassword: false } };
      return json(204, null);
    }
    if (state.me.user.mustChangePassword) return json(403, problem(403, 'auth.passwordChangeRequired', '请先修改密码后再继续'));
    if (key === 'GET /api/notifications') {
      const unreadOnly = url.searchParams.get('unread') === 'true';
      const items = state.notifications.items.filter((n) => !unreadOnly || !n.readAt);
      return json(200, { ...state.notifications, items, total: items.length, unreadCount: state.notifications.items.filter((n) => !n.readAt).length });
    }
    const read = /^POST \/api\/notifications\/([^/]+)\/read$/.exec(key);
    if (read) {
      const n = state.notifications.items.find((x) => x.id === read[1]);
      if (!n) return json(404, problem(404, 'notFound', '找不到'));
      n.readAt = '2026-11-24T01:00:00.000Z';
      return json(200, n);
    }
    if (key === 'POST /api/notifications/read-all') {
      for (const n of state.notifications.items) n.readAt ??= '2026-11-24T01:00:00.000Z';
      return json(200, { updated: 1 });
    }
    if (key === 'GET /api/reminders') return json(200, state.reminders);
    if (key === 'GET /api/regions/roots') return json(200, { items: state.regions.filter((r) => r.parentId === null) });
    if (key === 'GET /api/regions') {
      const items = state.regions.filter((r) => r.parentId === url.searchParams.get('parentId'));
      return json(200, { items, total: items.length, page: 1, pageSize: 200 });
    }
    if (key === 'GET /api/reports/figures') {
      if (!state.me.permissions.includes('reports.figures.read')) return json(403, problem(403, 'auth.forbidden', '没有权限'));
      return json(200, state.figures);
    }
    if (key === 'GET /api/audit') return json(200, { items: [], total: 0, page: 1, pageSize: 20 });
    if (key === 'GET /api/auth/tokens') return json(200, []);
    return json(404, problem(404, 'notFound', `no fake for ${key}`));
  };

  const fetchMock = vi.fn(handler);
  vi.stubGlobal('fetch', fetchMock);
  return { state, calls, fetchMock };
}

export type FakeApi = ReturnType<typeof fakeApi>;

/** Renders the admin at `path` with the given installed plugins. */
export function renderApp(path: string, options: { plugins?: AdminPlugin[] } = {}): RenderResult & { router: ReturnType<typeof createMemoryRouter> } {
  const plugins = options.plugins ?? [];
  const i18n = createI18n({ 'zh-CN': zhCN, en }, { plugins: [...coreModules, ...plugins], language: 'zh-CN' });
  const router = createMemoryRouter(buildRoutes(coreModules, plugins), { initialEntries: [path] });
  const queryClient = createQueryClient();
  const result = render(<AdminApp router={router} i18n={i18n} queryClient={queryClient} coreModules={coreModules} plugins={plugins} />);
  return Object.assign(result, { router });
}

/** The router's current address: `/login?next=%2Ffigures`. */
export function currentPath(router: ReturnType<typeof createMemoryRouter>): string {
  return `${router.state.location.pathname}${router.state.location.search}`;
}

/** Types into a field the quick way (a click, then a paste): antd inputs re-render on every key. */
export async function fill(
  user: { click: (el: Element) => Promise<void>; paste: (text: string) => Promise<void> },
  element: Element,
  text: string,
): Promise<void> {
  await user.click(element);
  await user.paste(text);
}
