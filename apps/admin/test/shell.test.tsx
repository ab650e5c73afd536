import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineAdminPlugin } from '@schoolbridge/ui';
import type { NotificationItem } from '../src/api/types';
import { currentPath, fakeApi, makeMe, renderApp } from './harness';
import { setViewportWidth } from './viewport';

afterEach(() => vi.unstubAllGlobals());

/** A plugin written inline, as a plugin team would: a nav item, a lazy page, its own words. */
const demoPlugin = defineAdminPlugin({
  id: 'demo-plugin',
  nav: [{ path: '/demo', label: 'demo.nav', permission: 'demo-plugin.read', order: 50 }],
  routes: [{ path: '/demo/*', permission: 'demo-plugin.read', lazy: () => import('./fixtures/DemoPage') }],
  messages: {
    'zh-CN': async () => ({ default: { demo: { nav: '演示模块', title: '演示页面' } } }),
    en: async () => ({ default: { demo: { nav: 'Demo module', title: 'Demo page' } } }),
  },
});

describe('the side nav', () => {
  it("hides items whose permission the user lacks and shows a plugin's item", async () => {
    fakeApi({
      me: makeMe({ permissions: ['reports.figures.read', 'demo-plugin.read'] }),
      meta: { name: 'SchoolBridge', version: '0.1.0', plugins: ['demo-plugin'], defaultLocale: 'zh-CN', locales: ['zh-CN', 'en'], timeZone: 'Asia/Shanghai' },
    });
    renderApp('/', { plugins: [demoPlugin] });
    const nav = await screen.findByTestId('side-nav');
    expect(await within(nav).findByRole('link', { name: '演示模块' })).toHaveAttribute('href', '/demo');
    expect(within(nav).getByRole('link', { name: '统计' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: '首页' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).queryByText('操作日志')).not.toBeInTheDocument();
  });

  it('leaves out a plugin the API has not enabled', async () => {
    fakeApi({ me: makeMe({ permissions: ['demo-plugin.read'] }) });
    renderApp('/', { plugins: [demoPlugin] });
    const nav = await screen.findByTestId('side-nav');
    await within(nav).findByRole('link', { name: '首页' });
    expect(within(nav).queryByText('演示模块')).not.toBeInTheDocument();
  });

  it('collapses into a drawer opened by a button on a phone', async () => {
    setViewportWidth(390);
    fakeApi();
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: '首页' })).toBeInTheDocument();
    expect(screen.queryByTestId('side-nav')).not.toBeInTheDocument();
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: '打开导航菜单' }));
    const nav = await screen.findByTestId('side-nav');
    await user.click(within(nav).getByRole('link', { name: '消息' }));
    expect(await screen.findByRole('heading', { level: 1, name: '消息' })).toBeInTheDocument();
  });
});

describe('routes', () => {
  it("renders a plugin's page, loaded lazily", async () => {
    fakeApi({
      me: makeMe({ permissions: ['demo-plugin.read'] }),
      meta: { name: 'SchoolBridge', version: '0.1.0', plugins: ['demo-plugin'], defaultLocale: 'zh-CN', locales: ['zh-CN', 'en'], timeZone: 'Asia/Shanghai' },
    });
    renderApp('/demo/inner', { plugins: [demoPlugin] });
    expect(await screen.findByRole('heading', { level: 1, name: '演示页面' })).toBeInTheDocument();
    expect(screen.getByText('子路径：/demo/inner')).toBeInTheDocument();
    expect(document.title).toBe('演示页面 · SchoolBridge');
  });

  it('answers an unknown address with the 404 page', async () => {
    fakeApi();
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: '页面不存在' })).toBeInTheDocument();
    expect(screen.getByTestId('side-nav')).toBeInTheDocument();
  });

  it('answers a route needing a permission the user lacks with the 403 page', async () => {
    fakeApi({ me: makeMe({ permissions: ['reports.figures.read'] }) });
    renderApp('/audit');
    expect(await screen.findByRole('heading', { level: 1, name: '没有权限访问此页面' })).toBeInTheDocument();
    expect(document.title).toBe('没有权限访问此页面 · SchoolBridge');
  });

  it("answers a plugin's page with 404 when the API has the plugin off", async () => {
    fakeApi({ me: makeMe({ permissions: ['demo-plugin.read'] }) });
    renderApp('/demo', { plugins: [demoPlugin] });
    expect(await screen.findByRole('heading', { level: 1, name: '页面不存在' })).toBeInTheDocument();
  });
});

describe('the header', () => {
  it('switches the texts to English and saves the choice with PATCH /api/auth/me', async () => {
    const api = fakeApi();
    renderApp('/');
    const nav = await screen.findByTestId('side-nav');
    await within(nav).findByRole('link', { name: '首页' });
    const user = userEvent.setup({ delay: null });

    await user.click(screen.getByTestId('lang-switch'));
    await user.click(await screen.findByRole('menuitem', { name: 'English' }));

    expect(await within(nav).findByRole('link', { name: 'Home' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Home' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    await waitFor(() => expect(api.calls.find((c) => c.method === 'PATCH' && c.path === '/api/auth/me')?.body).toEqual({ locale: 'en' }));
    const patch = api.calls.find((c) => c.method === 'PATCH')!;
    expect(patch.headers.get('X-CSRF-Token')).toBe('csrf-from-me');
    expect(localStorage.getItem('sb.locale')).toBe('en');
  });

  it('shows the unread count on the bell and marks a notification read', async () => {
    const items: NotificationItem[] = [
      { id: 'n1', type: 'demo', title: '新的送培安排', body: null, link: null, data: null, createdAt: '2026-11-23T02:00:00.000Z', readAt: null },
      { id: 'n2', type: 'demo', title: '整改通知已回复', body: null, link: null, data: null, createdAt: '2026-11-22T02:00:00.000Z', readAt: null },
      {
        id: 'n3',
        type: 'demo',
        title: '已读的消息',
        body: null,
        link: null,
        data: null,
        createdAt: '2026-11-21T02:00:00.000Z',
        readAt: '2026-11-21T03:00:00.000Z',
      },
    ];
    const api = fakeApi({ notifications: { items, total: 3, page: 1, pageSize: 6, unreadCount: 2 } });
    renderApp('/');
    const bell = await screen.findByTestId('notifications-bell');
    await waitFor(() => expect(bell).toHaveAccessibleName('消息，2 条未读'));
    const user = userEvent.setup({ delay: null });

    await user.click(bell);
    await user.click(await screen.findByRole('button', { name: '将“新的送培安排”标为已读' }));

    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST' && c.path === '/api/notifications/n1/read')).toBe(true));
    await waitFor(() => expect(bell).toHaveAccessibleName('消息，1 条未读'));
    expect(screen.queryByRole('button', { name: '将“新的送培安排”标为已读' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '全部标为已读' }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST' && c.path === '/api/notifications/read-all')).toBe(true));
    await waitFor(() => expect(bell).toHaveAccessibleName('消息'));
  });

  it('signs out from the user menu and lands on the login page without ?next=', async () => {
    const api = fakeApi();
    const { router } = renderApp('/notifications');
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByTestId('user-menu'));
    await user.click(await screen.findByTestId('sign-out'));
    expect(await screen.findByTestId('login-username')).toBeInTheDocument();
    expect(currentPath(router)).toBe('/login');
    expect(api.calls.some((c) => c.method === 'POST' && c.path === '/api/auth/logout')).toBe(true);
  });
});
