import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fill, renderApp } from '../harness';
import { COUNTY_ID, READ, SCHOOL_ID, TOWNSHIP_ID, buttonIn, byId, callsTo, confirmPopup, dialogTitled, fakeUsersApi, problem } from './fake-users';

afterEach(() => vi.unstubAllGlobals());

describe('a user’s page', () => {
  it('edits the basic facts with the version loaded, and says so when someone else saved first', async () => {
    const api = fakeUsersApi();
    const target = api.users[0]!;
    renderApp(`/users/${target.id}`);
    const name = await screen.findByTestId('user-display-name');
    await waitFor(() => expect(document.title).toBe('张三 · SchoolBridge'));
    const form = name.closest<HTMLElement>('form')!;
    const user = userEvent.setup({ delay: null });
    await user.clear(name);
    await fill(user, name, '张三丰');
    await user.click(buttonIn(form, '保存'));
    await waitFor(() => expect(callsTo(api, 'PATCH', `/api/users/${target.id}`)).toHaveLength(1));
    expect(callsTo(api, 'PATCH', `/api/users/${target.id}`)[0]!.body).toEqual({ displayName: '张三丰', status: 'active', locale: 'zh-CN', version: 1 });
    await waitFor(() => expect(document.title).toBe('张三丰 · SchoolBridge'));

    // someone else saves meanwhile: the API answers 409 and the form says what happened
    target.version = 5;
    const form2 = (await screen.findByTestId('user-display-name')).closest<HTMLElement>('form')!;
    await user.click(within(form2).getByLabelText('停用'));
    await user.click(buttonIn(form2, '保存'));
    expect(await screen.findByText('该记录已被他人修改，请刷新后再编辑')).toBeInTheDocument();
    expect(callsTo(api, 'PATCH', `/api/users/${target.id}`).at(-1)!.body).toMatchObject({ status: 'disabled', version: 2 });
  });

  it('lists the roles and removes one after a confirmation', async () => {
    const api = fakeUsersApi();
    const target = api.users[0]!;
    renderApp(`/users/${target.id}?tab=roles`);
    const table = await screen.findByTestId('assignments');
    expect(within(table).getByText('校长')).toBeInTheDocument();
    expect(within(table).getByText('示范县第一小学')).toBeInTheDocument();
    const user = userEvent.setup({ delay: null });
    await user.click(table.querySelector<HTMLElement>('[aria-label="移除 校长（示范县第一小学）"]')!);
    expect(await screen.findByText(/后，该用户将失去这一角色的权限/)).toBeInTheDocument();
    expect(callsTo(api, 'DELETE', `/api/users/${target.id}/assignments/a-1`)).toHaveLength(0);
    await user.click(await confirmPopup());
    await waitFor(() => expect(callsTo(api, 'DELETE', `/api/users/${target.id}/assignments/a-1`)).toHaveLength(1));
    expect(await screen.findByText('该用户还没有角色，点击添加角色')).toBeInTheDocument();
  });

  it('shows why a removal was refused', async () => {
    const api = fakeUsersApi();
    const target = api.users[0]!;
    api.state.forced.set(`DELETE /api/users/${target.id}/assignments/a-1`, {
      status: 409,
      body: problem(409, 'platform.user.lastAdmin', '这是最后一位启用中的系统管理员，不能停用或移除其管理员角色'),
    });
    renderApp(`/users/${target.id}?tab=roles`);
    const user = userEvent.setup({ delay: null });
    const table = await screen.findByTestId('assignments');
    await user.click(table.querySelector<HTMLElement>('[aria-label="移除 校长（示范县第一小学）"]')!);
    await user.click(await confirmPopup());
    expect(await screen.findByText('这是最后一位启用中的系统管理员，不能停用或移除其管理员角色')).toBeInTheDocument();
    expect(within(table).getByText('校长')).toBeInTheDocument();
  });

  it('adds a region role through the region tree, loading a level when it is opened', async () => {
    const api = fakeUsersApi();
    const target = api.users[1]!;
    renderApp(`/users/${target.id}?tab=roles`);
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByTestId('assignment-add'));
    const dialog = await dialogTitled('添加角色');
    await user.click(byId(dialog, 'role'));
    await user.click(await screen.findByTitle('教育局工作人员'));
    await user.click(await waitFor(() => byId(dialog, 'regionId')));
    expect(await screen.findByTitle('示范县')).toBeInTheDocument();
    // open 示范县: its townships load
    await user.click(document.querySelector<HTMLElement>('.ant-select-tree-switcher_close')!);
    await waitFor(() => expect(api.calls.some((c) => c.path === '/api/regions' && c.search.get('parentId') === COUNTY_ID)).toBe(true));
    await user.click(await screen.findByTitle('城关镇'));
    await user.click(buttonIn(dialog, '添加'));
    await waitFor(() => expect(callsTo(api, 'POST', `/api/users/${target.id}/assignments`)).toHaveLength(1));
    expect(callsTo(api, 'POST', `/api/users/${target.id}/assignments`)[0]!.body).toEqual({
      role: 'bureau_officer',
      scopeKind: 'region',
      regionId: TOWNSHIP_ID,
    });
    expect(await within(await screen.findByTestId('assignments')).findByText('城关镇')).toBeInTheDocument();
  });

  it('adds an organisation role by searching the directory, and shows field errors from the API', async () => {
    const api = fakeUsersApi();
    const target = api.users[1]!;
    renderApp(`/users/${target.id}?tab=roles`);
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByTestId('assignment-add'));
    const dialog = await dialogTitled('添加角色');
    await user.click(byId(dialog, 'role'));
    await user.click(await screen.findByTitle('培训中心管理员'));
    // this role takes an organisation or a region: organisation first
    expect(await within(dialog).findByLabelText('单位（含其管理的单位）')).toBeChecked();
    const box = await waitFor(() => byId(dialog, 'organisationId'));
    await user.click(box);
    await user.type(box, '第一');
    await waitFor(() => expect(api.calls.some((c) => c.path === '/api/directory/organisations' && c.search.get('q') === '第一')).toBe(true));
    const search = api.calls.find((c) => c.path === '/api/directory/organisations' && c.search.get('q') === '第一')!;
    expect(search.search.get('kind')).toBe('training_centre');
    expect(search.search.get('pageSize')).toBe('20');
    await user.click(await screen.findByTitle('示范县第一小学（SCHOOL-1）'));

    api.state.forced.set(`POST /api/users/${target.id}/assignments`, {
      status: 400,
      body: problem(400, 'validation.failed', '提交的内容有误', [
        { field: 'organisationId', code: 'access.scope.beyondCaller', message: '只能在您自己的管理范围内授权' },
      ]),
    });
    await user.click(buttonIn(dialog, '添加'));
    expect(await within(dialog).findByText('只能在您自己的管理范围内授权')).toBeInTheDocument();
    expect(callsTo(api, 'POST', `/api/users/${target.id}/assignments`)[0]!.body).toEqual({
      role: 'centre_coordinator',
      scopeKind: 'organisation',
      organisationId: SCHOOL_ID,
    });

    api.state.forced.delete(`POST /api/users/${target.id}/assignments`);
    await user.click(buttonIn(dialog, '添加'));
    await waitFor(() => expect(callsTo(api, 'POST', `/api/users/${target.id}/assignments`)).toHaveLength(2));
    expect(await within(await screen.findByTestId('assignments')).findByText('培训中心管理员')).toBeInTheDocument();
  });

  it('resets the password after a confirmation and shows the new one once', async () => {
    const api = fakeUsersApi();
    const target = api.users[0]!;
    renderApp(`/users/${target.id}`);
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByTestId('reset-password'));
    expect(await screen.findByText('重置 张三 的密码？')).toBeInTheDocument();
    expect(callsTo(api, 'POST', `/api/users/${target.id}/reset-password`)).toHaveLength(0);
    await user.click(await confirmPopup());
    const shown = await dialogTitled('请记下一次性密码');
    expect(within(shown).getByTestId('one-time-password')).toHaveTextContent('Reset5pass8word3abc');
    expect(callsTo(api, 'POST', `/api/users/${target.id}/reset-password`)).toHaveLength(1);
  });

  it('says so when the user is not found or out of scope', async () => {
    fakeUsersApi();
    renderApp('/users/01900000-0000-7000-8000-000000000999');
    expect(await screen.findByText('找不到该用户，或您无权查看')).toBeInTheDocument();
    expect(screen.getByText('返回用户列表').closest('a')).toHaveAttribute('href', '/users');
  });

  it('shows the teacher or staff member linked to the account, to a holder of directory.read', async () => {
    const staffId = '01900000-0000-7000-8000-0000000000e1';
    const api = fakeUsersApi({
      permissions: [READ, 'directory.read'],
      linked: { staff: new Map([['01900000-0000-7000-8000-000000000101', { id: staffId, name: '张三', organisationName: '示范县教育局', position: '基础教育股股长' }]]) },
    });
    const { unmount } = renderApp(`/users/${api.users[0]!.id}`);
    const person = await screen.findByTestId('linked-person');
    await waitFor(() => expect(person).toHaveTextContent('职工：张三（示范县教育局，基础教育股股长）'));
    expect(within(person).getByText('张三').closest('a')).toHaveAttribute('href', `/directory/staff/${staffId}`);
    const asked = callsTo(api, 'GET', '/api/directory/staff')[0]!;
    expect(asked.search.get('userId')).toBe(api.users[0]!.id);
    expect(asked.search.get('archived')).toBe('all');
    expect(callsTo(api, 'GET', '/api/directory/teachers')[0]!.search.get('userId')).toBe(api.users[0]!.id);
    unmount();

    // an account linked to nobody says so
    renderApp(`/users/${api.users[1]!.id}`);
    expect(await screen.findByText('未关联教师或职工')).toBeInTheDocument();
  });

  it('shows the linked teacher with a link to the teacher’s page', async () => {
    const teacherId = '01900000-0000-7000-8000-0000000000d1';
    const api = fakeUsersApi({
      permissions: [READ, 'directory.read'],
      linked: { teachers: new Map([['01900000-0000-7000-8000-000000000102', { id: teacherId, name: '李四', schoolName: '示范县第一小学' }]]) },
    });
    renderApp(`/users/${api.users[1]!.id}`);
    const person = await screen.findByTestId('linked-person');
    await waitFor(() => expect(person).toHaveTextContent('教师：李四（示范县第一小学）'));
    expect(within(person).getByText('李四').closest('a')).toHaveAttribute('href', `/directory/teachers/${teacherId}`);
  });

  it('does not ask the directory for the linked person without directory.read', async () => {
    const api = fakeUsersApi({ permissions: [READ] });
    renderApp(`/users/${api.users[0]!.id}`);
    await screen.findByText('您可以查看该用户，但没有修改权限');
    expect(screen.queryByText('关联人员')).not.toBeInTheDocument();
    expect(api.calls.some((c) => c.path.startsWith('/api/directory/'))).toBe(false);
  });

  it('shows a reader the facts and roles without edit controls', async () => {
    const api = fakeUsersApi({ permissions: [READ] });
    renderApp(`/users/${api.users[0]!.id}`);
    expect(await screen.findByText('您可以查看该用户，但没有修改权限')).toBeInTheDocument();
    expect(screen.queryByTestId('reset-password')).not.toBeInTheDocument();
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByText('角色与范围', { selector: '[role="tab"], [role="tab"] *' }));
    const table = await screen.findByTestId('assignments');
    expect(screen.queryByTestId('assignment-add')).not.toBeInTheDocument();
    expect(within(table).queryByText('移除')).not.toBeInTheDocument();
  });
});
