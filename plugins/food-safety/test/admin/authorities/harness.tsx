/**
 * Renders the 签发机关 pages as the shell would (kit providers, antd App, a signed-in user with
 * chosen permissions, this part's routes in a data router so the unsaved-changes prompt works)
 * against an in-memory fake of /api/food-safety/authorities and core's region routes at the fetch edge.
 */
import { Suspense, lazy, type ComponentType } from 'react';
import { render, screen } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, useLocation, type RouteObject } from 'react-router';
import { vi } from 'vitest';
import { AuthProvider, createI18n, ME_QUERY_KEY, mergeMessages, type Me } from '@schoolbridge/ui';
import en from '../../../src/admin/authorities/i18n/en.json';
import zhCN from '../../../src/admin/authorities/i18n/zh-CN.json';
import { routes } from '../../../src/admin/authorities/routes';
import inspectionsEn from '../../../src/admin/inspections/i18n/en.json';
import inspectionsZhCN from '../../../src/admin/inspections/i18n/zh-CN.json';

export const MANAGER = ['food-safety.read', 'food-safety.manage', 'food-safety.inspect'];

export const COUNTY = { id: '01900000-0000-7000-8000-0000000000c1', name: '示范县', path: '/c1/' };
export const TOWN = { id: '01900000-0000-7000-8000-0000000000c2', name: '城关镇', path: '/c1/c2/' };

export interface Row {
  id: string;
  name: string;
  numberPrefix: string;
  regionId: string;
  regionName: string;
  active: boolean;
  letterCount: number;
  /** The serial this year's counter last issued. */
  lastSerial: number;
  version: number;
}

export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

export const YEAR = 2026;

export function authority(over: Partial<Row> & { id: string; name: string; numberPrefix: string }): Row {
  return { regionId: COUNTY.id, regionName: COUNTY.name, active: true, letterCount: 0, lastSerial: 0, version: 1, ...over };
}

const dto = (r: Row) => ({
  id: r.id,
  name: r.name,
  numberPrefix: r.numberPrefix,
  regionId: r.regionId,
  regionName: r.regionName,
  active: r.active,
  letterCount: r.letterCount,
  // as the server prints it (src/server/inspections/vocab.ts letterNumber)
  nextNumber: `${r.numberPrefix}〔${YEAR}〕第${String(r.lastSerial + 1).padStart(3, '0')}号`,
  version: r.version,
});

const problem = (status: number, code: string, detail: string, errors: { field: string; code: string; message: string }[] = []) => ({
  type: 'about:blank',
  title: detail,
  status,
  detail,
  code,
  ...(errors.length ? { errors } : {}),
});

const regionsById = new Map([COUNTY, TOWN].map((r) => [r.id, r]));

/**
 * Stubs fetch with a fake of the authorities routes over `rows` (mutated as the server would: unique
 * prefix → 409 with a field error, stale version → 409, delete of a used authority → 409). Returns
 * the calls made.
 */
export function fakeAuthorities(rows: Row[]): Call[] {
  const calls: Call[] = [];
  let nextId = 100;
  const json = (status: number, body: unknown) =>
    new Response(status === 204 ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  vi.stubGlobal('fetch', async (input: Request | string | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), 'http://localhost'), init);
    const url = new URL(request.url);
    const text = request.method === 'GET' || request.method === 'DELETE' ? '' : await request.text();
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    calls.push({ method: request.method, path: url.pathname, query: url.searchParams, body });
    const key = `${request.method} ${url.pathname}`;
    const idMatch = /^\/api\/food-safety\/authorities\/([^/]+)$/.exec(url.pathname);

    if (key === 'GET /api/regions/roots') return json(200, { items: [{ id: COUNTY.id, name: COUNTY.name, parentId: null, hasChildren: true }] });
    if (key === 'GET /api/regions') {
      const children = url.searchParams.get('parentId') === COUNTY.id ? [{ id: TOWN.id, name: TOWN.name, parentId: COUNTY.id, hasChildren: false }] : [];
      return json(200, { items: children, total: children.length, page: 1, pageSize: 200 });
    }
    if (key === 'GET /api/food-safety/authorities') {
      const active = url.searchParams.get('active');
      const items = rows.filter((r) => active === null || String(r.active) === active).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
      const page = Number(url.searchParams.get('page') ?? 1);
      const pageSize = Number(url.searchParams.get('pageSize') ?? 20);
      return json(200, { items: items.slice((page - 1) * pageSize, page * pageSize).map(dto), total: items.length, page, pageSize });
    }
    if (key === 'POST /api/food-safety/authorities') {
      const b = body as { name: string; numberPrefix: string; regionId: string; active?: boolean };
      if (rows.some((r) => r.numberPrefix === b.numberPrefix)) {
        // core's problems.duplicate, as the server words it
        return json(
          409,
          problem(409, 'conflict.duplicate', `numberPrefix“${b.numberPrefix}”已存在`, [
            { field: 'numberPrefix', code: 'conflict.duplicate', message: `numberPrefix“${b.numberPrefix}”已存在` },
          ]),
        );
      }
      const region = regionsById.get(b.regionId)!;
      const row = authority({
        id: `01900000-0000-7000-8000-000000000${nextId++}`,
        name: b.name,
        numberPrefix: b.numberPrefix,
        regionId: region.id,
        regionName: region.name,
        active: b.active ?? true,
      });
      rows.push(row);
      return json(201, dto(row));
    }
    if (idMatch) {
      const row = rows.find((r) => r.id === idMatch[1]);
      if (!row) return json(404, problem(404, 'http.notFound', '找不到该签发机关，或不在您的管理范围内'));
      if (request.method === 'GET') return json(200, dto(row));
      if (request.method === 'PATCH') {
        const b = body as Partial<Row> & { version: number };
        if (b.version !== row.version) return json(409, problem(409, 'conflict.stale', '该记录已被其他人修改，请刷新后重试'));
        if (b.numberPrefix !== undefined && rows.some((r) => r !== row && r.numberPrefix === b.numberPrefix)) {
          return json(
            409,
            problem(409, 'conflict.duplicate', `numberPrefix“${b.numberPrefix}”已存在`, [
              { field: 'numberPrefix', code: 'conflict.duplicate', message: `numberPrefix“${b.numberPrefix}”已存在` },
            ]),
          );
        }
        if (b.name !== undefined) row.name = b.name;
        if (b.numberPrefix !== undefined) row.numberPrefix = b.numberPrefix;
        if (b.active !== undefined) row.active = b.active;
        if (b.regionId !== undefined) {
          row.regionId = b.regionId;
          row.regionName = regionsById.get(b.regionId)!.name;
        }
        row.version += 1;
        return json(200, dto(row));
      }
      if (request.method === 'DELETE') {
        if (row.letterCount > 0) {
          return json(409, problem(409, 'foodSafety.authority.hasLetters', `该签发机关已签发监督意见书 ${row.letterCount} 份，不能删除；不再使用请停用`));
        }
        rows.splice(rows.indexOf(row), 1);
        return json(204, null);
      }
    }
    return json(404, problem(404, 'http.notFound', `no fake for ${key}`));
  });
  return calls;
}

function me(permissions: string[], locale: 'zh-CN' | 'en'): Me {
  return {
    user: { id: '01900000-0000-7000-8000-00000000a001', username: 'inspector', displayName: '李检查', locale, mustChangePassword: false },
    assignments: [],
    permissions,
    csrfToken: 'csrf',
  } as unknown as Me;
}

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

export function currentPath(): string {
  return screen.getByTestId('location').textContent ?? '';
}

/** Renders this part's pages at `url`; any other path is a stand-in. */
export function renderAt(url: string, opts: { permissions?: string[]; lng?: 'zh-CN' | 'en' } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  queryClient.setQueryData(ME_QUERY_KEY, me(opts.permissions ?? MANAGER, opts.lng ?? 'zh-CN'));
  const own: RouteObject[] = routes.map((r) => {
    const Page = lazy(r.lazy as () => Promise<{ default: ComponentType }>);
    return {
      path: r.path,
      element: (
        <Suspense fallback={<div>loading page</div>}>
          <Page />
          <LocationProbe />
        </Suspense>
      ),
    };
  });
  const router = createMemoryRouter(
    [
      ...own,
      {
        path: '*',
        element: (
          <div>
            elsewhere <LocationProbe />
          </div>
        ),
      },
    ],
    { initialEntries: [url] },
  );
  const i18n = createI18n(
    {
      'zh-CN': mergeMessages({ foodSafety: { nav: '食品安全' } }, inspectionsZhCN, zhCN),
      en: mergeMessages({ foodSafety: { nav: 'Food safety' } }, inspectionsEn, en),
    },
    { language: opts.lng ?? 'zh-CN' },
  );
  const result = render(
    <ConfigProvider theme={{ zeroRuntime: true }}>
      <AntApp>
        <I18nextProvider i18n={i18n}>
          <QueryClientProvider client={queryClient}>
            <AuthProvider>
              <RouterProvider router={router} />
            </AuthProvider>
          </QueryClientProvider>
        </I18nextProvider>
      </AntApp>
    </ConfigProvider>,
  );
  return { ...result, router, queryClient };
}
