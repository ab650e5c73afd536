import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentPath, fill, renderApp } from '../harness';
import { READ, buttonIn, byId, callsTo, dialogTitled, fakeUsersApi } from './fake-users';

afterEach(() => vi.unstubAllGlobals());

describe('the users list', () => {
  it('is in the side nav for readers and lists users with their roles and status', async () => {
    const api = fakeUsersApi();
    const { router } = renderApp('/');
    const nav = await screen.findByTestId('side-nav');
    const link = await within(nav).findByText('用户管理');
    expect(link.closest('a')).toHaveAttribute('href', '/users');
    await userEvent.setup({ delay: null }).click(link);
    const row = (await screen.findByText('zhang.san')).closest('tr')!;
    expect(currentPath(router)).toBe('/users');
    expect(screen.getByTestId('page-title')).toHaveTextContent('用户管理');
    expect(within(row).getByText('张三')).toBeInTheDocument();
    expect(within(row).getByText('校长 · 示范县第一小学')).toBeInTheDocument();
    expect(within(row).getByText('启用')).toBeInTheDocument();
    expect(within(row).getByText('2026-11-22 09:30')).toBeInTheDocument();
    expect(within(row).getByText('查看').closest('a')).toHaveAttribute('href', `/users/${api.users[0]!.id}`);
    const other = screen.getByText('li.si').closest('tr')!;
    expect(within(other).getByText('停用')).toBeInTheDocument();
    expect(within(other).getByText('从未登录')).toBeInTheDocument();
    expect(callsTo(api, 'GET', '/api/users')[0]!.search.get('sort')).toBe('username');
  });

  it('searches on the server and keeps the search in the address', async () => {
    const api = fakeUsersApi();
    const { router } = renderApp('/users');
    await screen.findByText('li.si');
    const user = userEvent.setup({ delay: null });
    const box = screen.getByPlaceholderText('用户名、姓名、拼音或首字母');
    await fill(user, box, '张');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(callsTo(api, 'GET', '/api/users').at(-1)!.search.get('q')).toBe('张'));
    await waitFor(() => expect(screen.queryByText('li.si')).not.toBeInTheDocument());
    expect(currentPath(router)).toContain('q=%E5%BC%A0');
  });

  it('is hidden from the nav and answers 403 without the permission', async () => {
    fakeUsersApi({ permissions: ['reports.figures.read'] });
    renderApp('/users');
    expect(await screen.findByText('没有权限访问此页面')).toBeInTheDocument();
    expect(within(screen.getByTestId('side-nav')).queryByText('用户管理')).not.toBeInTheDocument();
  });

  it('offers no 新建用户 to a reader who cannot manage users', async () => {
    fakeUsersApi({ permissions: [READ] });
    renderApp('/users');
    expect(await screen.findByText('zhang.san')).toBeInTheDocument();
    expect(screen.queryByTestId('user-create')).not.toBeInTheDocument();
  });
});

describe('creating a user', () => {
  it('saves the form and shows the one-time password once, with a copy button', async () => {
    const api = fakeUsersApi();
    renderApp('/users');
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByTestId('user-create'));
    const dialog = await dialogTitled('新建用户');
    await fill(user, within(dialog).getByTestId('user-username'), 'Wang.Wu');
    await fill(user, within(dialog).getByTestId('user-display-name'), '王五');
    await user.click(buttonIn(dialog, '创建'));

    await waitFor(() => expect(callsTo(api, 'POST', '/api/users')).toHaveLength(1));
    expect(callsTo(api, 'POST', '/api/users')[0]!.body).toEqual({ username: 'wang.wu', displayName: '王五', locale: 'zh-CN' });
    const shown = await dialogTitled('请记下一次性密码');
    expect(within(shown).getByTestId('one-time-password')).toHaveTextContent('Tmp7pass9word2xyz');
    expect(within(shown).getByText(/此密码只显示这一次/)).toBeInTheDocument();
    expect(shown.querySelector('[aria-label="复制密码"]')).not.toBeNull();
    await user.click(within(shown).getByTestId('password-saved'));
    await waitFor(() => expect(screen.queryByTestId('one-time-password')).not.toBeInTheDocument());
    // the list is loaded again with the new user
    expect(await screen.findByText('wang.wu')).toBeInTheDocument();
  });

  it('refuses a malformed username before asking the API, and shows the API’s 409 under the field', async () => {
    const api = fakeUsersApi();
    renderApp('/users');
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByTestId('user-create'));
    const dialog = await dialogTitled('新建用户');
    await fill(user, within(dialog).getByTestId('user-username'), 'ab');
    await fill(user, within(dialog).getByTestId('user-display-name'), '短名');
    await user.click(buttonIn(dialog, '创建'));
    expect(await within(dialog).findByText(/用户名须为 3–32 位/)).toBeInTheDocument();
    expect(callsTo(api, 'POST', '/api/users')).toHaveLength(0);

    await user.clear(within(dialog).getByTestId('user-username'));
    await fill(user, within(dialog).getByTestId('user-username'), 'zhang.san');
    await user.click(buttonIn(dialog, '创建'));
    expect(await within(dialog).findByText('username“zhang.san”已存在')).toBeInTheDocument();
    expect(screen.queryByTestId('one-time-password')).not.toBeInTheDocument();
  });

  it('gives the new user a first role with its scope', async () => {
    const api = fakeUsersApi();
    renderApp('/users');
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByTestId('user-create'));
    const dialog = await dialogTitled('新建用户');
    await fill(user, within(dialog).getByTestId('user-username'), 'zhao.liu');
    await fill(user, within(dialog).getByTestId('user-display-name'), '赵六');
    await user.click(byId(dialog, 'assignments_0_role'));
    await user.click(await screen.findByTitle('教师'));
    expect(await within(dialog).findByText(/只能查看和办理本人的记录/)).toBeInTheDocument();
    await user.click(buttonIn(dialog, '创建'));
    await waitFor(() => expect(callsTo(api, 'POST', '/api/users')).toHaveLength(1));
    expect(callsTo(api, 'POST', '/api/users')[0]!.body).toEqual({
      username: 'zhao.liu',
      displayName: '赵六',
      locale: 'zh-CN',
      assignments: [{ role: 'teacher', scopeKind: 'own' }],
    });
  });
});
