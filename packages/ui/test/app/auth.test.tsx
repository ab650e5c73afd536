import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { DatePicker } from 'antd';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiFetch } from '../../src/app/api';
import { AuthProvider, useAuth, type Me } from '../../src/app/auth';
import { createI18n } from '../../src/app/i18n';
import { LocaleProvider, useLanguage } from '../../src/app/locale';

const me = (locale: 'zh-CN' | 'en' = 'zh-CN'): Me => ({
  user: { id: 'u1', username: 'zhangsan', displayName: '张三', locale, mustChangePassword: false },
  assignments: [
    { id: 'a1', role: 'bureau_officer', scopeKind: 'region', regionId: 'r1', organisationId: null, path: '/43/' },
    { id: 'a2', role: 'bureau_officer', scopeKind: 'region', regionId: 'r2', organisationId: null, path: '/44/' },
  ],
  permissions: ['reports.figures.read'],
  csrfToken: 'csrf-1',
});

function json(status: number, body: unknown): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** A tiny API: /me answers the signed-in user (or 401), login signs in, PATCH /me saves the locale. */
function stubApi(initial: Me | null) {
  let current = initial;
  const calls: { method: string; url: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
      calls.push({ method, url, body });
      if (url === '/api/auth/login') {
        current = me();
        return json(200, current);
      }
      if (url === '/api/auth/logout') {
        current = null;
        return json(204, null);
      }
      if (!current) return json(401, { title: 'Unauthorized', status: 401, code: 'auth.unauthenticated' });
      if (url === '/api/auth/me' && method === 'PATCH') {
        current = { ...current, user: { ...current.user, ...(body as object) } };
        return json(200, current);
      }
      if (url === '/api/auth/me') return json(200, current);
      return json(401, { title: 'Unauthorized', status: 401, code: 'auth.sessionExpired' });
    }),
  );
  return calls;
}

function Probe() {
  const auth = useAuth();
  const { language, setLanguage } = useLanguage();
  return (
    <div>
      <p data-testid="status">{auth.status}</p>
      <p data-testid="name">{auth.me?.user.displayName ?? '-'}</p>
      <p data-testid="roles">{auth.roles.join(',')}</p>
      <p data-testid="can">{`${auth.can('reports.figures.read')} ${auth.can('platform.audit.read')} ${auth.can()}`}</p>
      <p data-testid="language">{language}</p>
      <button onClick={() => void auth.signIn('zhangsan', 'pw-123456')}>sign in</button>
      <button onClick={() => void auth.signOut()}>sign out</button>
      <button onClick={() => void setLanguage('en')}>english</button>
      <button onClick={() => void apiFetch('/api/reminders').catch(() => undefined)}>load</button>
      <DatePicker aria-label="date" />
    </div>
  );
}

function renderProbe() {
  const i18n = createI18n({ 'zh-CN': {}, en: {} }, { language: 'zh-CN' });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <LocaleProvider i18n={i18n}>
        <AuthProvider>
          <Probe />
        </AuthProvider>
      </LocaleProvider>
    </QueryClientProvider>,
  );
  return i18n;
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  sessionStorage.clear();
});

describe('AuthProvider', () => {
  it('knows the user, their roles (each once) and permissions', async () => {
    stubApi(me());
    renderProbe();
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('signedIn'));
    expect(screen.getByTestId('name')).toHaveTextContent('张三');
    expect(screen.getByTestId('roles')).toHaveTextContent(/^bureau_officer$/);
    expect(screen.getByTestId('can')).toHaveTextContent('true false true');
  });

  it('signs in and out', async () => {
    const calls = stubApi(null);
    renderProbe();
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('anonymous'));
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'sign in' }));
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('signedIn'));
    expect(calls.find((c) => c.url === '/api/auth/login')?.body).toEqual({ username: 'zhangsan', password: 'pw-123456' });
    await user.click(screen.getByRole('button', { name: 'sign out' }));
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('signedOut'));
  });

  it('marks the session expired when any request answers 401', async () => {
    stubApi(me());
    renderProbe();
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('signedIn'));
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'load' }));
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('expired'));
    expect(screen.getByTestId('name')).toHaveTextContent('-');
  });

  it("applies the user's saved language once they are known", async () => {
    stubApi(me('en'));
    const i18n = renderProbe();
    await waitFor(() => expect(i18n.language).toBe('en'));
    expect(screen.getByTestId('language')).toHaveTextContent('en');
  });
});

describe('useLanguage', () => {
  it('saves the language for a signed-in user with PATCH /api/auth/me, and switches Ant Design too', async () => {
    const calls = stubApi(me());
    const i18n = renderProbe();
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('signedIn'));
    expect(screen.getByLabelText('date')).toHaveAttribute('placeholder', '请选择日期');
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'english' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH' && c.url === '/api/auth/me')).toBe(true));
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ locale: 'en' });
    expect(i18n.language).toBe('en');
    await waitFor(() => expect(screen.getByLabelText('date')).toHaveAttribute('placeholder', 'Select date'));
    expect(document.documentElement.lang).toBe('en');
  });

  it('on the login page remembers the choice on the device and keeps it for the user who signs in', async () => {
    const calls = stubApi(null);
    const i18n = renderProbe();
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('anonymous'));
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'english' }));
    expect(localStorage.getItem('sb.locale')).toBe('en');
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'sign in' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ locale: 'en' }));
    await act(async () => undefined);
    expect(i18n.language).toBe('en');
  });
});
