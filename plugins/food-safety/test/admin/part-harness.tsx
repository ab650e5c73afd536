/**
 * The plugin's admin pages in jsdom, for every part's tests: the kit's providers, an AuthProvider whose
 * /me is already known, a memory router holding a part's routes, and its messages. The API is faked at
 * the fetch edge: `fakeApi(handlers)` answers by method and path and records the calls.
 */
import { Suspense, lazy, type ComponentType } from 'react';
import { render } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';
import { AuthProvider, createI18n as createAppI18n, ME_QUERY_KEY, mergeMessages, type AdminRoute, type Me } from '@schoolbridge/ui';

function makeMe(permissions: string[], locale: 'zh-CN' | 'en'): Me {
  return {
    user: { id: '01900000-0000-7000-8000-000000000001', username: 'user', displayName: '王老师', locale, mustChangePassword: false },
    assignments: [],
    permissions,
    csrfToken: 'csrf-test',
  } as unknown as Me;
}

export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

type Handler = (call: Call) => { status?: number; body?: unknown } | unknown;

/** Replaces fetch: `handlers['POST /api/food-safety/notices/:id/close']` — `:x` matches one path segment. */
export function fakeApi(handlers: Record<string, Handler>) {
  const calls: Call[] = [];
  const routes = Object.entries(handlers).map(([key, handler]) => {
    const [method, pattern] = key.split(' ') as [string, string];
    const re = new RegExp(`^${pattern.replace(/:[a-zA-Z]+/g, '[^/]+')}$`);
    return { method, re, handler };
  });
  const fetchFake = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : null;
    const url = new URL(request ? request.url : String(input), 'http://localhost');
    const method = (request?.method ?? init?.method ?? 'GET').toUpperCase();
    let body: unknown = null;
    const raw = request ? await request.clone().text() : init?.body;
    if (typeof raw === 'string' && raw) body = JSON.parse(raw);
    else if (raw instanceof FormData) body = raw;
    const call = { method, path: url.pathname, query: url.searchParams, body };
    calls.push(call);
    const route = routes.find((r) => r.method === method && r.re.test(url.pathname));
    if (!route)
      return new Response(JSON.stringify({ status: 404, code: 'http.notFound', title: 'Not Found', detail: `no fake for ${method} ${url.pathname}` }), {
        status: 404,
        headers: { 'content-type': 'application/problem+json' },
      });
    const out = route.handler(call) as { status?: number; body?: unknown };
    const status = out && typeof out === 'object' && 'status' in out && typeof out.status === 'number' ? out.status : 200;
    const payload = out && typeof out === 'object' && 'body' in out ? out.body : out;
    return new Response(JSON.stringify(payload), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchFake);
  return { calls };
}

type Messages = Record<string, unknown>;

/**
 * A `renderAt(path, { permissions, lng })` for a part: its routes and messages (zh-CN, en), and the
 * permissions the signed-in user holds unless a test says otherwise. Pages linked to outside the part
 * are stand-ins.
 */
export function partRenderer(part: { routes: AdminRoute[]; messages: { 'zh-CN': Messages[]; en: Messages[] }; permissions: string[] }) {
  const createI18n = (lng: 'zh-CN' | 'en') =>
    createAppI18n(
      {
        'zh-CN': mergeMessages({ foodSafety: { nav: '食品安全' } }, ...part.messages['zh-CN']),
        en: mergeMessages({ foodSafety: { nav: 'Food safety' } }, ...part.messages.en),
      },
      { language: lng },
    );
  return function renderAt(path: string, opts: { permissions?: string[]; lng?: 'zh-CN' | 'en' } = {}) {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
    queryClient.setQueryData(ME_QUERY_KEY, makeMe(opts.permissions ?? part.permissions, opts.lng ?? 'zh-CN'));
    const own: RouteObject[] = part.routes.map((r) => {
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
    const router = createMemoryRouter([...own, { path: '*', element: <div data-testid="elsewhere">elsewhere</div> }], { initialEntries: [path] });
    const result = render(
      <ConfigProvider theme={{ zeroRuntime: true }}>
        <I18nextProvider i18n={createI18n(opts.lng ?? 'zh-CN')}>
          <QueryClientProvider client={queryClient}>
            <AuthProvider>
              <RouterProvider router={router} />
            </AuthProvider>
          </QueryClientProvider>
        </I18nextProvider>
      </ConfigProvider>,
    );
    return { ...result, router, queryClient };
  };
}
