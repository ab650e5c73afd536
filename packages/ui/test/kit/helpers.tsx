import type { ReactElement, ReactNode } from 'react';
import { render } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18next, { type i18n as I18n } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { kitMessages } from '../../src/kit/i18n';

/** A fresh i18next instance with the kit's messages, in the given language. */
export function createTestI18n(lng: 'zh-CN' | 'en' = 'zh-CN'): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: 'zh-CN',
    resources: {
      'zh-CN': { translation: { ...kitMessages('zh-CN'), demo: { met: '达标', missed: '未达标' } } },
      en: { translation: { ...kitMessages('en'), demo: { met: 'Met', missed: 'Missed' } } },
    },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

/** Shows the router's current location, so tests can read the URL. */
export function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

/** The current URL's search parameters, read from the LocationProbe. */
export function currentSearch(container: { getByTestId: (id: string) => HTMLElement }): URLSearchParams {
  const text = container.getByTestId('location').textContent ?? '';
  return new URLSearchParams(text.includes('?') ? text.slice(text.indexOf('?')) : '');
}

export function Providers({ children, lng = 'zh-CN', client }: { children: ReactNode; lng?: 'zh-CN' | 'en'; client?: QueryClient }) {
  return (
    // zeroRuntime: no style sheets injected; with them jsdom's getComputedStyle makes every *ByRole query take seconds
    <ConfigProvider theme={{ zeroRuntime: true }}>
      <I18nextProvider i18n={createTestI18n(lng)}>
        <QueryClientProvider client={client ?? createTestQueryClient()}>{children}</QueryClientProvider>
      </I18nextProvider>
    </ConfigProvider>
  );
}

/** Renders inside MemoryRouter (at `url`), QueryClientProvider and an i18next instance. */
export function renderWithProviders(ui: ReactElement, opts: { url?: string; lng?: 'zh-CN' | 'en'; path?: string; client?: QueryClient } = {}) {
  const client = opts.client ?? createTestQueryClient();
  const result = render(
    <Providers lng={opts.lng ?? 'zh-CN'} client={client}>
      <MemoryRouter initialEntries={[opts.url ?? '/']}>
        <Routes>
          <Route
            path={opts.path ?? '*'}
            element={
              <>
                {ui}
                <LocationProbe />
              </>
            }
          />
        </Routes>
      </MemoryRouter>
    </Providers>,
  );
  return { ...result, client };
}
