/**
 * Renders the inspections admin pages in jsdom: the kit's providers, an AuthProvider whose /me is
 * already known, a memory router holding the part's routes, and the part's messages. The API is
 * faked at the fetch edge (fake-api.ts).
 */
import { Suspense, lazy, type ComponentType, type ReactElement } from 'react';
import { render } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { AuthProvider, createI18n as createAppI18n, ME_QUERY_KEY, mergeMessages, type Me } from '@schoolbridge/ui';
import en from '../../../src/admin/inspections/i18n/en.json';
import zhCN from '../../../src/admin/inspections/i18n/zh-CN.json';
import { routes as partRoutes } from '../../../src/admin/inspections/routes';

export const USER_ID = '01900000-0000-7000-8000-000000000001';

export const INSPECTOR_PERMISSIONS = ['food-safety.read', 'food-safety.manage', 'food-safety.inspect', 'food-safety.penalty.record', 'platform.files.upload'];
export const SCHOOL_PERMISSIONS = ['food-safety.read', 'food-safety.rectify', 'food-safety.routine', 'platform.files.upload'];

export function makeMe(permissions: string[] = INSPECTOR_PERMISSIONS, locale: 'zh-CN' | 'en' = 'zh-CN', displayName = '王检查'): Me {
  return {
    user: { id: USER_ID, username: 'wangjc', displayName, locale, mustChangePassword: false },
    assignments: [{ id: '01900000-0000-7000-8000-000000000101', role: 'inspector', scopeKind: 'region', regionId: null, organisationId: null, path: null }],
    permissions,
    csrfToken: 'csrf-test',
  } as unknown as Me;
}

/** The shell's i18next (kit words included) with this part's messages. */
export function createI18n(lng: 'zh-CN' | 'en' = 'zh-CN') {
  return createAppI18n(
    { 'zh-CN': mergeMessages({ foodSafety: { nav: '食品安全' } }, zhCN), en: mergeMessages({ foodSafety: { nav: 'Food safety' } }, en) },
    { language: lng },
  );
}

/** The part's routes, plus stand-ins for the pages other parts own that these pages link to. */
function routeObjects(extra: RouteObject[]): RouteObject[] {
  const own: RouteObject[] = partRoutes.map((r) => {
    const Page = lazy(r.lazy as () => Promise<{ default: ComponentType }>);
    return {
      path: r.path,
      element: (
        <Suspense fallback={<div>loading page</div>}>
          <Page />
        </Suspense>
      ),
    };
  });
  return [...own, ...extra, { path: '*', element: <div data-testid="elsewhere">elsewhere</div> }];
}

export interface RenderOptions {
  permissions?: string[];
  lng?: 'zh-CN' | 'en';
  /** Extra routes (e.g. a stand-in for the notice page of the rectification part). */
  extraRoutes?: RouteObject[];
}

/** Renders the part's pages at `path`. */
export function renderAt(path: string, opts: RenderOptions = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  queryClient.setQueryData(ME_QUERY_KEY, makeMe(opts.permissions, opts.lng));
  const router = createMemoryRouter(routeObjects(opts.extraRoutes ?? []), { initialEntries: [path] });
  const result = render(
    <ConfigProvider theme={{ zeroRuntime: true }}>
      <I18nextProvider i18n={createI18n(opts.lng)}>
        <QueryClientProvider client={queryClient}>
          <AuthProvider>
            <RouterProvider router={router} />
          </AuthProvider>
        </QueryClientProvider>
      </I18nextProvider>
    </ConfigProvider>,
  );
  return { ...result, router, queryClient };
}

/** Renders one component (a widget, the canteen history) with the same providers, under a router. */
export function renderComponent(ui: ReactElement, opts: RenderOptions = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  queryClient.setQueryData(ME_QUERY_KEY, makeMe(opts.permissions, opts.lng));
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: ['/'] });
  const result = render(
    <ConfigProvider theme={{ zeroRuntime: true }}>
      <I18nextProvider i18n={createI18n(opts.lng)}>
        <QueryClientProvider client={queryClient}>
          <AuthProvider>
            <RouterProvider router={router} />
          </AuthProvider>
        </QueryClientProvider>
      </I18nextProvider>
    </ConfigProvider>,
  );
  return { ...result, router, queryClient };
}

export function currentPath(router: ReturnType<typeof createMemoryRouter>): string {
  return `${router.state.location.pathname}${router.state.location.search}`;
}
