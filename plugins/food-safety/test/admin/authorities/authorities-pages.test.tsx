import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nav, routes } from '../../../src/admin/authorities/routes';
import { installMatchMedia, setViewportWidth } from '../inspections/viewport';
import { COUNTY, MANAGER, TOWN, authority, currentPath, fakeAuthorities, renderAt, type Row } from './harness';

const COUNTY_OFFICE = '01900000-0000-7000-8000-0000000000a1';
const TOWN_OFFICE = '01900000-0000-7000-8000-0000000000a2';

function sample(): Row[] {
  return [
    authority({ id: COUNTY_OFFICE, name: '示范县市场监督管理局', numberPrefix: '某监餐意', letterCount: 15, lastSerial: 15, version: 3 }),
    authority({ id: TOWN_OFFICE, name: '城关镇市场监督管理所', numberPrefix: '城监餐意', regionId: TOWN.id, regionName: TOWN.name }),
  ];
}

/** The open dialog whose title reads `title` (antd's test ids leave dialogs without an accessible name). */
async function dialogTitled(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title, { selector: '.ant-modal-title, .ant-modal-title *' });
  return heading.closest('[role="dialog"]') as HTMLElement;
}

/** The item of the row menu just opened (menus opened before stay in the DOM, hidden). */
async function menuItem(name: string): Promise<HTMLElement> {
  const items = await screen.findAllByRole('menuitem', { name });
  return items[items.length - 1]!;
}

const rowOf = (name: string) => screen.getByText(name, { selector: 'a' }).closest('tr') as HTMLElement;
/** 更多 of a row, looked up inside the row (a page-wide *ByRole is slow in jsdom). */
const moreOf = (name: string) => within(rowOf(name)).getByLabelText(`更多操作 ${name}`);

beforeEach(() => {
  // a desktop unless a test says otherwise (the setup's matchMedia matches nothing: a phone to antd's Grid)
  installMatchMedia();
  setViewportWidth(1280);
});
afterEach(() => vi.unstubAllGlobals());

describe('签发机关 pages', { timeout: 120_000 }, () => {
  it('is one nav item under 食品安全 for managers, after 检查表 and 设置, and every route needs manage', () => {
    expect(nav).toEqual([{ path: '/food-safety/authorities', label: 'foodSafety.authorities.nav', permission: 'food-safety.manage', order: 95 }]);
    expect(routes.map((r) => [r.path, r.permission])).toEqual([
      ['/food-safety/authorities', 'food-safety.manage'],
      ['/food-safety/authorities/new', 'food-safety.manage'],
      ['/food-safety/authorities/:id/edit', 'food-safety.manage'],
    ]);
  });

  it('lists the authorities with region, status and the next number as it will print', async () => {
    fakeAuthorities(sample());
    renderAt('/food-safety/authorities');
    await screen.findByRole('link', { name: '示范县市场监督管理局' });
    const county = rowOf('示范县市场监督管理局');
    expect(within(county).getByText('某监餐意')).toBeInTheDocument();
    expect(within(county).getByText('示范县')).toBeInTheDocument();
    expect(within(county).getByText('启用')).toBeInTheDocument();
    expect(within(county).getByText('某监餐意〔2026〕第016号')).toBeInTheDocument();
    expect(within(county).getByText('15份')).toBeInTheDocument();
    const town = rowOf('城关镇市场监督管理所');
    expect(within(town).getByText('城监餐意〔2026〕第001号')).toBeInTheDocument();
    expect(within(town).getByText('城关镇')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /新建签发机关/ })).toBeInTheDocument();
  });

  it('says what to do when there is none yet, and 新建签发机关 opens the form', async () => {
    const user = userEvent.setup({ delay: null });
    fakeAuthorities([]);
    renderAt('/food-safety/authorities');
    expect(await screen.findByText('还没有签发机关，点击新建签发机关')).toBeInTheDocument();
    const actions = screen.getAllByRole('button', { name: /新建签发机关/ });
    await user.click(actions[actions.length - 1]!);
    await screen.findByRole('heading', { name: '新建签发机关' });
    expect(currentPath()).toBe('/food-safety/authorities/new');
  });

  it('creates one: a prefix another authority holds is refused under the field, a free one saves', async () => {
    const user = userEvent.setup({ delay: null });
    const rows = sample();
    const calls = fakeAuthorities(rows);
    renderAt('/food-safety/authorities/new');
    await user.type(await screen.findByLabelText('机关名称'), '示范县教育体育局');
    await user.type(screen.getByLabelText('文号前缀'), '某监餐意');
    expect(screen.getByTestId('number-preview')).toHaveTextContent(`某监餐意〔${new Date().getFullYear()}〕第001号`);
    await user.click(screen.getByRole('combobox', { name: '管辖区域' }));
    await user.click(await screen.findByTitle('示范县'));
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    const fieldError = await screen.findByText('文号前缀“某监餐意”已被其他签发机关使用，请换一个');
    expect(fieldError.closest('.ant-form-item')).toHaveTextContent('文号前缀');
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({ name: '示范县教育体育局', numberPrefix: '某监餐意', active: true, regionId: COUNTY.id });
    expect(currentPath()).toBe('/food-safety/authorities/new');

    const prefix = screen.getByLabelText('文号前缀');
    await user.clear(prefix);
    await user.type(prefix, '示教餐意');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    await screen.findByRole('link', { name: '示范县教育体育局' });
    expect(currentPath()).toBe('/food-safety/authorities');
    expect(within(rowOf('示范县教育体育局')).getByText('示教餐意〔2026〕第001号')).toBeInTheDocument();
    expect(rows).toHaveLength(3);
  });

  it('checks the prefix as the server does before sending anything', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = fakeAuthorities(sample());
    renderAt('/food-safety/authorities/new');
    await user.type(await screen.findByLabelText('机关名称'), '某机关');
    await user.type(screen.getByLabelText('文号前缀'), '某监〔餐〕');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('文号前缀不能含空格和括号，最多 50 个字')).toBeInTheDocument();
    expect(await screen.findByText('请选择管辖区域')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('edits one: shows the next number with the new prefix, says issued letters keep theirs, sends the version', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = fakeAuthorities(sample());
    renderAt(`/food-safety/authorities/${COUNTY_OFFICE}/edit`);
    const prefix = await screen.findByLabelText('文号前缀');
    // the form fills in once the authority has loaded: wait for it before typing over it
    await waitFor(() => expect(screen.getByTestId('number-preview')).toHaveTextContent('某监餐意〔2026〕第016号'));
    await waitFor(() => expect(prefix).toHaveValue('某监餐意'));
    await user.clear(prefix);
    await user.type(prefix, '示监餐意');
    expect(screen.getByTestId('number-preview')).toHaveTextContent('示监餐意〔2026〕第016号');
    expect(screen.getByText('已出具的 15 份意见书保持原文号，修改只影响以后出具的意见书')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    await screen.findByRole('link', { name: '示范县市场监督管理局' });
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ name: '示范县市场监督管理局', numberPrefix: '示监餐意', active: true, version: 3 });
    expect(within(rowOf('示范县市场监督管理局')).getByText('示监餐意〔2026〕第016号')).toBeInTheDocument();
  });

  it('asks before leaving the form with unsaved changes', async () => {
    const user = userEvent.setup({ delay: null });
    fakeAuthorities(sample());
    renderAt(`/food-safety/authorities/${TOWN_OFFICE}/edit`);
    await user.type(await screen.findByLabelText('机关名称'), '（新）');
    await user.click(screen.getByRole('button', { name: '取 消' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('离开此页面？')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: /留在此页/ }));
    expect(currentPath()).toBe(`/food-safety/authorities/${TOWN_OFFICE}/edit`);
    expect(screen.getByLabelText('机关名称')).toHaveValue('城关镇市场监督管理所（新）');
  });

  it('deactivates after a confirmation, and activates again', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = fakeAuthorities(sample());
    renderAt('/food-safety/authorities');
    await screen.findByRole('link', { name: '城关镇市场监督管理所' });
    await user.click(moreOf('城关镇市场监督管理所'));
    await user.click(await menuItem('停用'));
    const dialog = await dialogTitled('停用“城关镇市场监督管理所”？');
    expect(within(dialog).getByText(/已出具的意见书和文号不受影响/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: /停\s*用/ }));
    await waitFor(() => expect(within(rowOf('城关镇市场监督管理所')).getByText('已停用')).toBeInTheDocument());
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([{ version: 1, active: false }]);

    await user.click(moreOf('城关镇市场监督管理所'));
    await user.click(await menuItem('启用'));
    await waitFor(() => expect(within(rowOf('城关镇市场监督管理所')).getByText('启用')).toBeInTheDocument());
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([
      { version: 1, active: false },
      { version: 2, active: true },
    ]);
  });

  it('deletes an unused one after a confirmation; a used one is refused in words, with 停用 at hand', async () => {
    const user = userEvent.setup({ delay: null });
    const rows = sample();
    const calls = fakeAuthorities(rows);
    renderAt('/food-safety/authorities');
    await screen.findByRole('link', { name: '示范县市场监督管理局' });

    await user.click(moreOf('示范县市场监督管理局'));
    await user.click(await menuItem('删除'));
    const confirm = await dialogTitled('删除“示范县市场监督管理局”？');
    await user.click(within(confirm).getByRole('button', { name: /删\s*除/ }));
    const refusal = await dialogTitled('不能删除“示范县市场监督管理局”');
    expect(within(refusal).getByText('已有意见书使用该机关，只能停用。')).toBeInTheDocument();
    expect(within(refusal).getByText('该机关已出具 15 份意见书，文号需要留档备查。')).toBeInTheDocument();
    await user.click(within(refusal).getByRole('button', { name: /停\s*用/ }));
    await waitFor(() => expect(within(rowOf('示范县市场监督管理局')).getByText('已停用')).toBeInTheDocument());
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([{ version: 3, active: false }]);

    await user.click(moreOf('城关镇市场监督管理所'));
    await user.click(await menuItem('删除'));
    const second = await dialogTitled('删除“城关镇市场监督管理所”？');
    await user.click(within(second).getByRole('button', { name: /删\s*除/ }));
    await waitFor(() => expect(screen.queryByRole('link', { name: '城关镇市场监督管理所' })).toBeNull());
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual([
      `/api/food-safety/authorities/${COUNTY_OFFICE}`,
      `/api/food-safety/authorities/${TOWN_OFFICE}`,
    ]);
    expect(rows.map((r) => r.id)).toEqual([COUNTY_OFFICE]);
  });

  it('filters by status through the API’s active parameter', async () => {
    const rows = sample();
    rows[1]!.active = false;
    const calls = fakeAuthorities(rows);
    renderAt('/food-safety/authorities?active=false');
    await screen.findByRole('link', { name: '城关镇市场监督管理所' });
    expect(screen.queryByRole('link', { name: '示范县市场监督管理局' })).toBeNull();
    const list = calls.filter((c) => c.path === '/api/food-safety/authorities');
    expect(list[list.length - 1]!.query.get('active')).toBe('false');
  });

  it('fits a 390 px phone: the facts stack under the name', async () => {
    setViewportWidth(390);
    fakeAuthorities(sample());
    renderAt('/food-safety/authorities');
    await screen.findByRole('link', { name: '示范县市场监督管理局' });
    const county = rowOf('示范县市场监督管理局');
    expect(within(county).getByText('下一个文号：某监餐意〔2026〕第016号')).toBeInTheDocument();
    expect(county.querySelectorAll('td')).toHaveLength(2);
    expect(screen.queryByRole('columnheader', { name: '文号前缀' })).toBeNull();
  });

  it('stacks the form’s labels above the fields on a 390 px phone', async () => {
    setViewportWidth(390);
    fakeAuthorities(sample());
    const { container } = renderAt(`/food-safety/authorities/${COUNTY_OFFICE}/edit`);
    await screen.findByLabelText('文号前缀');
    expect(container.querySelector('form')).toHaveClass('ant-form-vertical');
  });

  it('speaks English', async () => {
    fakeAuthorities([]);
    renderAt('/food-safety/authorities', { lng: 'en', permissions: MANAGER });
    expect(await screen.findByText('No issuing authorities yet. Click New issuing authority')).toBeInTheDocument();
  });
});
