import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentPath, fill, renderApp } from '../harness';
import { buttonIn, byId, confirmPopup, dialogTitled } from '../users/fake-users';
import { NEW_STAFF_ID, SCHOOL_ID, STAFF_ID, STAFF_LINKED_ID, USER_ID, fakeDirectory } from './fake-directory';

afterEach(() => vi.unstubAllGlobals());

const READ = 'directory.read';
const MANAGE = 'directory.staff.manage';

const staffCalls = (api: ReturnType<typeof fakeDirectory>, method = 'GET', path = '/api/directory/staff') =>
  api.calls.filter((c) => c.method === method && c.path === path);

describe('职工 (staff members) admin', () => {
  it('lists 职工 under 基础信息 after 教师, for holders of directory.read', async () => {
    fakeDirectory([READ]);
    renderApp('/');
    const nav = await screen.findByTestId('side-nav');
    await userEvent.click(await within(nav).findByText('基础信息'));
    const link = await within(nav).findByRole('link', { name: '职工' });
    expect(link).toHaveAttribute('href', '/directory/staff');
    const names = within(nav)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(names.indexOf('职工')).toBe(names.indexOf('教师') + 1);
  });

  it('shows the roster with masked mobiles, the account or 未开通, a status tag, and filters that live in the URL and reach the API', async () => {
    const user = userEvent.setup();
    const api = fakeDirectory([READ]);
    const { router } = renderApp('/directory/staff?organisationKind=bureau&archived=all');

    const link = await screen.findByText('李明', { selector: 'a' });
    expect(link).toHaveAttribute('href', `/directory/staff/${STAFF_ID}`);
    const row = link.closest('tr')!;
    for (const text of ['示范县教育局', '基础教育股股长', '138****5678', '未开通', '在用']) expect(within(row).getByText(text)).toBeInTheDocument();
    await waitFor(() => expect(staffCalls(api).length).toBeGreaterThan(0));
    expect(staffCalls(api).at(-1)!.search.get('organisationKind')).toBe('bureau');
    expect(staffCalls(api).at(-1)!.search.get('archived')).toBe('all');
    // a reader gets no 新建职工 and no 编辑 / 更多
    expect(screen.queryByText('新建职工')).not.toBeInTheDocument();
    expect(within(row).queryByText('编辑')).not.toBeInTheDocument();

    // the query form: 单位, 单位类型, 关键字
    const form = document.querySelector<HTMLElement>('form[role="search"]')!;
    expect(within(form).getByText('单位')).toBeInTheDocument();
    expect(within(form).getByText('教育局')).toBeInTheDocument();
    await fill(user, within(form).getByLabelText('关键字'), 'lm');
    await user.click(within(form).getByText(/^查\s?询$/));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('lm'));
    expect(new URLSearchParams(router.state.location.search).get('organisationKind')).toBe('bureau');
    await waitFor(() => expect(staffCalls(api).at(-1)!.search.get('q')).toBe('lm'));

    // the export carries the same filters
    await user.click(screen.getByText(/^导\s?出$/));
    const xlsx = (await screen.findByText('导出 Excel')).closest('a')!;
    const url = new URL(xlsx.getAttribute('href')!, 'http://localhost');
    expect(url.pathname).toBe('/api/directory/staff/export');
    expect(url.searchParams.get('q')).toBe('lm');
    expect(url.searchParams.get('organisationKind')).toBe('bureau');

    // 重置 clears them
    await user.click(within(form).getByText(/^重\s?置$/));
    await waitFor(() => expect(currentPath(router)).toBe('/directory/staff'));
  });

  it('shows the linked account and 已归档 on an archived, linked row', async () => {
    fakeDirectory([READ, MANAGE]);
    renderApp('/directory/staff?archived=true');
    const row = (await screen.findByText('赵敏', { selector: 'a' })).closest('tr')!;
    expect(within(row).getByText('zhaomin')).toBeInTheDocument();
    expect(within(row).getByText('已归档')).toBeInTheDocument();
    expect(within(row).queryByText('李明')).not.toBeInTheDocument();
  });

  it('says what to do next when there is nobody yet', async () => {
    const api = fakeDirectory([READ, MANAGE]);
    api.state.staff = [];
    renderApp('/directory/staff');
    expect(await screen.findByText('还没有职工，点击新建职工，登记教育局、培训中心、捐赠方等单位的工作人员')).toBeInTheDocument();
    expect(screen.getAllByText('新建职工').length).toBeGreaterThanOrEqual(2);
  });

  it('archives and deletes from 更多 after a confirmation; a refused delete says which account holds the record', async () => {
    const user = userEvent.setup();
    const api = fakeDirectory([READ, MANAGE]);
    renderApp('/directory/staff?archived=all');
    const row = (await screen.findByText('李明', { selector: 'a' })).closest('tr')!;
    expect(within(row).getByLabelText('编辑 李明')).toHaveAttribute('href', `/directory/staff/${STAFF_ID}/edit`);
    await user.click(within(row).getByLabelText('更多操作 李明'));
    await user.click(await screen.findByText('归档', { selector: '.ant-dropdown-menu-title-content' }));
    const confirm = (await screen.findAllByText('归档「李明」？'))[0]!.closest('.ant-modal') as HTMLElement;
    expect(staffCalls(api, 'POST', `/api/directory/staff/${STAFF_ID}/archive`)).toHaveLength(0);
    await user.click(buttonIn(confirm, '归档'));
    await waitFor(() => expect(staffCalls(api, 'POST', `/api/directory/staff/${STAFF_ID}/archive`)).toHaveLength(1));

    const linkedRow = (await screen.findByText('赵敏', { selector: 'a' })).closest('tr')!;
    await user.click(within(linkedRow).getByLabelText('更多操作 赵敏'));
    const menus = await screen.findAllByText('删除', { selector: '.ant-dropdown-menu-title-content' });
    await user.click(menus.at(-1)!);
    const del = (await screen.findAllByText('删除「赵敏」？'))[0]!.closest('.ant-modal') as HTMLElement;
    await user.click(buttonIn(del, '删除'));
    await waitFor(() => expect(staffCalls(api, 'DELETE', `/api/directory/staff/${STAFF_LINKED_ID}`)).toHaveLength(1));
    expect(await screen.findByText('已关联账号“zhaomin”，请先解除关联')).toBeInTheDocument();
    expect(screen.getAllByText('不能删除').length).toBeGreaterThan(0);
  });

  it('creates a staff member: required fields are checked first, then the API’s field errors show under their fields', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeDirectory([READ, MANAGE]);
    const { router } = renderApp('/directory/staff/new');
    const name = await screen.findByLabelText('姓名');
    const form = name.closest<HTMLElement>('form')!;
    await user.click(buttonIn(form, '保存'));
    expect(await within(form).findByText('请输入姓名')).toBeInTheDocument();
    expect(within(form).getByText('请选择单位')).toBeInTheDocument();
    expect(staffCalls(api, 'POST')).toHaveLength(0);

    await fill(user, name, '王五');
    await user.click(byId(form, 'organisationId'));
    await user.click(await screen.findByTitle('示范县第一小学'));
    await fill(user, within(form).getByLabelText('职务'), '办公室主任');
    await fill(user, within(form).getByLabelText('手机号'), '12345');
    await user.click(buttonIn(form, '保存'));
    expect(await within(form).findByText('手机号应为 11 位大陆手机号')).toBeInTheDocument();
    expect(staffCalls(api, 'POST')[0]!.body).toMatchObject({
      name: '王五',
      organisationId: SCHOOL_ID,
      position: '办公室主任',
      mobile: '12345',
      title: null,
      email: null,
    });

    const mobile = within(form).getByLabelText('手机号');
    await user.clear(mobile);
    await fill(user, mobile, '13900000000');
    await user.click(buttonIn(form, '保存'));
    await waitFor(() => expect(currentPath(router)).toBe(`/directory/staff/${NEW_STAFF_ID}`));
    expect(staffCalls(api, 'POST')).toHaveLength(2);
  });

  it('edits with the version it loaded and keeps a masked mobile unless a new one is typed', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeDirectory([READ, MANAGE]);
    const { router } = renderApp(`/directory/staff/${STAFF_ID}/edit`);
    const position = await screen.findByLabelText('职务');
    const form = position.closest<HTMLElement>('form')!;
    expect(within(form).getByText('留空则保持不变（当前 138****5678）')).toBeInTheDocument();
    await user.clear(position);
    await fill(user, position, '人事股股长');
    await user.click(buttonIn(form, '保存'));
    await waitFor(() => expect(staffCalls(api, 'PATCH', `/api/directory/staff/${STAFF_ID}`)).toHaveLength(1));
    const sent = staffCalls(api, 'PATCH', `/api/directory/staff/${STAFF_ID}`)[0]!.body as Record<string, unknown>;
    expect(sent).toMatchObject({ version: 2, position: '人事股股长', name: '李明' });
    expect(sent).not.toHaveProperty('mobile');
    await waitFor(() => expect(currentPath(router)).toBe(`/directory/staff/${STAFF_ID}`));
  });

  it('reveals the mobile after the same confirmation as teachers, and links an account, showing a refusal under the picker', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeDirectory([READ, MANAGE, 'directory.pii.read']);
    renderApp(`/directory/staff/${STAFF_ID}`);
    expect(await screen.findByTestId('staff-mobile')).toHaveTextContent('138****5678');
    await user.click(screen.getByText('查看完整号码'));
    const confirm = (await screen.findAllByText('查看完整号码？'))[0]!.closest('.ant-modal') as HTMLElement;
    expect(confirm).toHaveTextContent('本次查看将记入操作日志');
    await user.click(within(confirm).getByText('确认查看'));
    await waitFor(() => expect(screen.getByTestId('staff-mobile')).toHaveTextContent('13812345678'));
    expect(staffCalls(api, 'POST', `/api/directory/staff/${STAFF_ID}/reveal`)).toHaveLength(1);

    // 登录账号 → 关联账号: the account zhaomin already stands for 赵敏
    await user.click(screen.getByText('登录账号', { selector: '[role="tab"], [role="tab"] *' }));
    await user.click(await screen.findByText('关联账号', { selector: 'button span' }));
    const dialog = await dialogTitled('为「李明」关联登录账号');
    const picker = byId(dialog, 'userId');
    await user.click(picker);
    await user.type(picker, 'zhao');
    await waitFor(() => expect(api.calls.some((c) => c.path === '/api/users' && c.search.get('q') === 'zhao')).toBe(true));
    await user.click(await screen.findByTitle('赵敏（zhaomin）'));
    await user.click(buttonIn(dialog, '关联账号'));
    expect(await within(dialog).findByText('账号“zhaomin”已关联职工「赵敏」（示范县教师发展中心）')).toBeInTheDocument();
    expect(staffCalls(api, 'PUT', `/api/directory/staff/${STAFF_ID}/user`)[0]!.body).toEqual({ userId: USER_ID });

    // unlink the holder in the fake, then the same choice succeeds
    api.state.staff.find((s) => s.id === STAFF_LINKED_ID)!.userId = null;
    await user.click(buttonIn(dialog, '关联账号'));
    expect(await screen.findByTestId('staff-account')).toHaveTextContent('赵敏（zhaomin）');

    // 解除关联 after a confirmation
    await user.click(buttonIn(document.body, '解除关联'));
    await user.click(await confirmPopup());
    await waitFor(() => expect(staffCalls(api, 'DELETE', `/api/directory/staff/${STAFF_ID}/user`)).toHaveLength(1));
    expect(await screen.findByText(/该职工还没有关联登录账号/)).toBeInTheDocument();
  });
});
