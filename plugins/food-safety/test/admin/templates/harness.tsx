/**
 * Renders a templates page with what the shell would give it (router, query client, i18n with the
 * kit's and the plugin's words, a signed-in user with chosen permissions, antd's App) against a fake
 * of the API at the fetch edge.
 */
import type { ReactElement } from 'react';
import { render, screen } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { vi } from 'vitest';
import { AuthProvider, ME_QUERY_KEY, kitMessages, mergeMessages } from '@schoolbridge/ui';
import zhCN from '../../../src/admin/templates/i18n/zh-CN.json';
import inspectionsZhCN from '../../../src/admin/inspections/i18n/zh-CN.json';

export const FS_ALL = ['food-safety.read', 'food-safety.manage'];

export interface FakeCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

export type Handler = (call: FakeCall) => { status?: number; body?: unknown } | undefined;

/** Stubs fetch: each request goes to `handler`; what it does not answer is a 404 problem. */
export function stubApi(handler: Handler): FakeCall[] {
  const calls: FakeCall[] = [];
  vi.stubGlobal('fetch', async (input: Request | string, init?: RequestInit) => {
    const request = typeof input === 'string' ? new Request(new URL(input, 'http://localhost'), init) : input;
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.text();
    const call: FakeCall = { method: request.method, path: url.pathname, query: url.searchParams, body: text ? JSON.parse(text) : undefined };
    calls.push(call);
    const answer = handler(call) ?? { status: 404, body: problem(404, 'notFound', '找不到该记录') };
    const status = answer.status ?? 200;
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    return new Response(JSON.stringify(answer.body ?? null), { status, headers: { 'content-type': type } });
  });
  return calls;
}

export function problem(status: number, code: string, detail: string, extra: Record<string, unknown> = {}) {
  return { type: 'about:blank', title: detail, status, detail, code, ...extra };
}

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

export function currentPath(): string {
  return screen.getByTestId('location').textContent ?? '';
}

/** Renders `page` at `url`, matched by `path`, for a user holding `permissions`. */
export function renderPage(page: ReactElement, opts: { url: string; path: string; permissions?: string[] }) {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    lng: 'zh-CN',
    fallbackLng: 'zh-CN',
    resources: {
      'zh-CN': { translation: mergeMessages(kitMessages('zh-CN') as Record<string, unknown>, { foodSafety: { nav: '食品安全' } }, inspectionsZhCN, zhCN) },
    },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  client.setQueryData(ME_QUERY_KEY, {
    user: { id: '01900000-0000-7000-8000-00000000a001', username: 'inspector', displayName: '李检查', locale: 'zh-CN', mustChangePassword: false },
    assignments: [],
    permissions: opts.permissions ?? FS_ALL,
    csrfToken: 'csrf',
  } as never);
  return render(
    <ConfigProvider theme={{ zeroRuntime: true }}>
      <AntApp>
        <I18nextProvider i18n={i18n}>
          <QueryClientProvider client={client}>
            <AuthProvider>
              <MemoryRouter initialEntries={[opts.url]}>
                <Routes>
                  <Route path={opts.path} element={page} />
                  <Route path="*" element={<div>elsewhere</div>} />
                </Routes>
                <LocationProbe />
              </MemoryRouter>
            </AuthProvider>
          </QueryClientProvider>
        </I18nextProvider>
      </AntApp>
    </ConfigProvider>,
  );
}
