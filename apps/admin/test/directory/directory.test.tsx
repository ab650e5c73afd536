import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentPath, fill, renderApp } from '../harness';
import { SCHOOL_ID, TEACHER_ID, TOWNSHIP_ID, fakeDirectory } from './fake-directory';

afterEach(() => vi.unstubAllGlobals());

const READ = 'directory.read';

function organisationCalls(calls: ReturnType<typeof fakeDirectory>['calls']) {
  return calls.filter((c) => c.method === 'GET' && c.path === '/api/directory/organisations' && c.search.get('kind') === 'school' && c.search.get('pageSize') !== '200');
}

describe('directory admin', () => {
  it('shows the 基础信息 group with its four pages to holders of directory.read only', async () => {
    fakeDirectory([READ]);
    renderApp('/');
    const nav = await screen.findByTestId('side-nav');
    await within(nav).findByText('基础信息');
    await userEvent.click(within(nav).getByText('基础信息'));
    for (const name of ['地区', '学校', '教师', '学生']) expect(await within(nav).findByRole('link', { name })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: '学校' })).toHaveAttribute('href', '/directory/schools');
  });

  it('hides the group and answers 403 without directory.read', async () => {
    fakeDirectory([]);
    renderApp('/directory/schools');
    expect(await screen.findByText('没有权限访问此页面')).toBeInTheDocument();
    expect(within(screen.getByTestId('side-nav')).queryByText('基础信息')).not.toBeInTheDocument();
  });

  it('puts the schools list filters into the URL and into the request', async () => {
    const user = userEvent.setup();
    const api = fakeDirectory([READ]);
    const { router } = renderApp(`/directory/schools?regionId=${TOWNSHIP_ID}&tier=strong&stage=primary`);

    // filters from a link reach the API
    const link = (await screen.findByText('示范县第一小学', { selector: 'a' }))!;
    expect(link).toHaveAttribute('href', `/directory/schools/${SCHOOL_ID}`);
    await waitFor(() => expect(organisationCalls(api.calls).length).toBeGreaterThan(0));
    const first = organisationCalls(api.calls).at(-1)!;
    expect(first.search.get('regionId')).toBe(TOWNSHIP_ID);
    expect(first.search.get('tier')).toBe('strong');
    expect(first.search.get('stage')).toBe('primary');
    expect(first.search.get('page')).toBe('1');

    // the row: township, tier word, counts with their unit
    const row = link.closest('tr')!;
    expect(within(row).getByText('城关镇')).toBeInTheDocument();
    expect(within(row).getByText('优质/示范')).toBeInTheDocument();
    expect(within(row).getByText('1,234人')).toBeInTheDocument();
    expect(within(row).getByText('86人')).toBeInTheDocument();

    // the township filter shows the chosen township by name (options from the caller's county)
    const form = document.querySelector<HTMLElement>('form[role="search"]')!;
    await within(form).findByText('城关镇');
    const townshipCall = api.calls.find((c) => c.path === '/api/directory/regions' && c.search.get('kind') === 'township')!;
    expect(townshipCall.search.get('parentId')).toBe('01900000-0000-7000-8000-0000000000a1');

    // a search by pinyin initials joins the filters, back to page 1
    await fill(user, within(form).getByLabelText('搜索'), 'dyx');
    await user.click(within(form).getByText(/^查\s?询$/));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('dyx'));
    const search = new URLSearchParams(router.state.location.search);
    expect(search.get('regionId')).toBe(TOWNSHIP_ID);
    expect(search.get('tier')).toBe('strong');
    await waitFor(() => expect(organisationCalls(api.calls).at(-1)!.search.get('q')).toBe('dyx'));
    const searched = organisationCalls(api.calls).at(-1)!;
    expect(searched.search.get('regionId')).toBe(TOWNSHIP_ID);
    expect(searched.search.get('kind')).toBe('school');

    // the export carries the same filters
    await user.click(screen.getByText(/^导\s?出$/));
    const xlsx = (await screen.findByText('导出 Excel')).closest('a')!;
    const exportUrl = new URL(xlsx.getAttribute('href')!, 'http://localhost');
    expect(exportUrl.pathname).toBe('/api/directory/organisations/export');
    expect(exportUrl.searchParams.get('format')).toBe('xlsx');
    expect(exportUrl.searchParams.get('q')).toBe('dyx');
    expect(exportUrl.searchParams.get('regionId')).toBe(TOWNSHIP_ID);
    expect(exportUrl.searchParams.get('kind')).toBe('school');

    // 重置 clears them from the URL and the request
    await user.click(within(form).getByText(/^重\s?置$/));
    await waitFor(() => expect(currentPath(router)).toBe('/directory/schools'));
    await waitFor(() => {
      const last = organisationCalls(api.calls).at(-1)!;
      expect(last.search.get('q')).toBeNull();
      expect(last.search.get('regionId')).toBeNull();
    });
  });

  it('offers 导入 and 新增学校 only to holders of directory.organisations.manage', async () => {
    fakeDirectory([READ]);
    renderApp('/directory/schools');
    await screen.findByText('示范县第一小学', { selector: 'a' });
    expect(screen.queryByText(/^导\s?入$/)).not.toBeInTheDocument();
    expect(screen.queryByText('新增学校')).not.toBeInTheDocument();
  });

  it('opens the import wizard for directory.schools from the list', async () => {
    const user = userEvent.setup();
    fakeDirectory([READ, 'directory.organisations.manage']);
    renderApp('/directory/schools');
    await screen.findByText('示范县第一小学', { selector: 'a' });
    await user.click(screen.getByText(/^导\s?入$/));
    const title = await screen.findByText('导入学校');
    const dialog = title.closest('.ant-modal') as HTMLElement;
    expect(within(dialog).getByText(/下载 Excel 模板/).closest('a')).toHaveAttribute('href', '/api/imports/directory.schools/template?format=xlsx');
  });

  it('hides 查看完整号码 from a user without directory.pii.read', async () => {
    const api = fakeDirectory([READ]);
    renderApp(`/directory/teachers/${TEACHER_ID}`);
    expect(await screen.findByTestId('teacher-id-number')).toHaveTextContent('439***********1234');
    expect(screen.getByTestId('teacher-mobile')).toHaveTextContent('138****5678');
    expect(screen.queryByText('查看完整号码')).not.toBeInTheDocument();
    expect(api.calls.some((c) => c.path.endsWith('/reveal'))).toBe(false);
  });

  it('reveals the numbers after a confirmation saying the view is recorded, with one audited call', async () => {
    const user = userEvent.setup();
    const api = fakeDirectory([READ, 'directory.pii.read']);
    renderApp(`/directory/teachers/${TEACHER_ID}`);
    expect(await screen.findByTestId('teacher-id-number')).toHaveTextContent('439***********1234');

    await user.click(screen.getByText('查看完整号码'));
    const confirm = (await screen.findAllByText('查看完整号码？'))[0]!.closest('.ant-modal') as HTMLElement;
    expect(confirm).toHaveTextContent('本次查看将记入操作日志');
    expect(api.calls.some((c) => c.path.endsWith('/reveal'))).toBe(false);
    await user.click(within(confirm).getByText('确认查看'));

    await waitFor(() => expect(screen.getByTestId('teacher-id-number')).toHaveTextContent('439901198503121234'));
    expect(screen.getByTestId('teacher-mobile')).toHaveTextContent('13812345678');
    const reveals = api.calls.filter((c) => c.path === `/api/directory/teachers/${TEACHER_ID}/reveal`);
    expect(reveals).toHaveLength(1);
    expect(reveals[0]!.method).toBe('POST');
    expect(reveals[0]!.headers.get('X-CSRF-Token')).toBe('csrf-from-me');
    expect(screen.getByText('已显示完整号码（已记录）')).toBeInTheDocument();
  });
});
