import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentPath, fakeApi, fill, makeMe, renderApp } from './harness';

afterEach(() => vi.unstubAllGlobals());

describe('signing in', () => {
  it('posts the credentials and goes on to the page in ?next=', async () => {
    const api = fakeApi({ me: null, password: 'Right-pass-1' });
    const { router } = renderApp('/login?next=%2Fnotifications%3Ffilter%3Dunread');
    const user = userEvent.setup({ delay: null });

    await fill(user, await screen.findByTestId('login-username'), 'zhangsan');
    await fill(user, screen.getByTestId('login-password'), 'Right-pass-1');
    await user.click(screen.getByTestId('login-submit'));

    expect(await screen.findByRole('heading', { level: 1, name: '消息' })).toBeInTheDocument();
    expect(currentPath(router)).toBe('/notifications?filter=unread');
    const login = api.calls.find((c) => c.method === 'POST' && c.path === '/api/auth/login');
    expect(login?.body).toEqual({ username: 'zhangsan', password: 'Right-pass-1' });
  });

  it("shows the API's message when the password is wrong, and stays", async () => {
    fakeApi({ me: null, password: 'Right-pass-1' });
    const { router } = renderApp('/login');
    const user = userEvent.setup({ delay: null });

    await fill(user, await screen.findByTestId('login-username'), 'zhangsan');
    await fill(user, screen.getByTestId('login-password'), 'wrong-1');
    await user.click(screen.getByTestId('login-submit'));

    expect(await screen.findByRole('alert')).toHaveTextContent('用户名或密码不正确');
    expect(currentPath(router)).toBe('/login');
  });

  it('sends a visitor without a session to the login page, with the page in ?next=', async () => {
    fakeApi({ me: null });
    const { router } = renderApp('/figures?period=2025');
    expect(await screen.findByTestId('login-username')).toBeInTheDocument();
    expect(currentPath(router)).toBe('/login?next=%2Ffigures%3Fperiod%3D2025');
  });
});

describe('an expired session', () => {
  it('returns to /login?next=<the page> when any request answers 401', async () => {
    const api = fakeApi();
    const { router } = renderApp('/notifications?filter=unread');
    expect(await screen.findByRole('heading', { level: 1, name: '消息' })).toBeInTheDocument();

    // the session expires: the next request answers 401
    api.state.forced.set('GET /api/notifications', {
      status: 401,
      body: { type: 'about:blank', title: 'Unauthorized', status: 401, code: 'auth.sessionExpired', detail: '登录已过期，请重新登录' },
    });
    api.state.forced.set('GET /api/auth/me', { status: 401, body: { title: 'Unauthorized', status: 401, code: 'auth.sessionExpired' } });
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByText('全部'));

    expect(await screen.findByTestId('login-username')).toBeInTheDocument();
    expect(currentPath(router)).toBe('/login?next=%2Fnotifications');
    expect(screen.getByText('登录已过期，请重新登录，登录后将回到刚才的页面')).toBeInTheDocument();
  });
});

describe('the forced password change', () => {
  it('blocks every other page until the password is changed, then continues', async () => {
    const api = fakeApi({ me: makeMe({ mustChangePassword: true }), password: 'Temp-pass-1' });
    const { router } = renderApp('/figures');

    expect(await screen.findByRole('heading', { level: 1, name: '请先修改密码' })).toBeInTheDocument();
    expect(currentPath(router)).toBe('/account/password?forced=1&next=%2Ffigures');
    expect(screen.queryByTestId('side-nav')).not.toBeInTheDocument();

    // another page is refused too
    await router.navigate('/notifications');
    await waitFor(() => expect(currentPath(router)).toBe('/account/password?forced=1&next=%2Fnotifications'));
    expect(await screen.findByRole('heading', { level: 1, name: '请先修改密码' })).toBeInTheDocument();

    const user = userEvent.setup({ delay: null });
    await fill(user, await screen.findByLabelText('当前密码'), 'Temp-pass-1');
    await fill(user, screen.getByLabelText('新密码'), 'New-pass-2026');
    await fill(user, screen.getByLabelText('确认新密码'), 'New-pass-2026');
    await user.click(screen.getByRole('button', { name: '修改密码' }));

    expect(await screen.findByRole('heading', { level: 1, name: '消息' })).toBeInTheDocument();
    expect(currentPath(router)).toBe('/notifications');
    expect(api.calls.find((c) => c.path === '/api/auth/password')?.body).toEqual({ currentPassword: 'Temp-pass-1', newPassword: 'New-pass-2026' });
    expect(within(screen.getByTestId('side-nav')).getByText('首页')).toBeInTheDocument();
  });

  it("shows the API's field error under the current password", async () => {
    fakeApi({ me: makeMe({ mustChangePassword: true }), password: 'Temp-pass-1' });
    renderApp('/');
    const user = userEvent.setup({ delay: null });
    await fill(user, await screen.findByLabelText('当前密码'), 'Not-it-1');
    await fill(user, screen.getByLabelText('新密码'), 'New-pass-2026');
    await fill(user, screen.getByLabelText('确认新密码'), 'New-pass-2026');
    await user.click(screen.getByRole('button', { name: '修改密码' }));
    expect(await screen.findByText('当前密码不正确')).toBeInTheDocument();
  });
});
