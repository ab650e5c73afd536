import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentPath, fill, renderApp } from '../harness';
import { buttonIn } from '../users/fake-users';
import { OTHER_SESSION_ID, PROGRAMME_ID, SESSION_ID, fakeTraining } from './fake-training';

afterEach(() => vi.unstubAllGlobals());

// the first visit transforms the module's lazy pages, which takes a while on a busy machine: hence the longer timeouts

const calls = (api: ReturnType<typeof fakeTraining>, method: string, path: string) => api.calls.filter((c) => c.method === method && c.path === path);

describe('送培送教 in the side nav', { timeout: 120_000 }, () => {
  it('is shown to training.read holders (专家库 only with training.manage), and not to others', async () => {
    const user = userEvent.setup({ delay: null });
    fakeTraining(['training.read']);
    const first = renderApp('/');
    let nav = await screen.findByTestId('side-nav');
    await user.click(await within(nav).findByText('送培送教'));
    const names = () =>
      within(screen.getByTestId('side-nav'))
        .getAllByRole('link')
        .map((a) => a.textContent);
    await waitFor(() => expect(names()).toEqual(expect.arrayContaining(['培训日历', '培训班次', '培训项目'])));
    expect(names()).not.toContain('专家库');
    expect(within(nav).getByRole('link', { name: '培训日历' })).toHaveAttribute('href', '/training/calendar');
    first.unmount();
    vi.unstubAllGlobals();

    fakeTraining(['training.read', 'training.manage']);
    const second = renderApp('/');
    nav = await screen.findByTestId('side-nav');
    await user.click(await within(nav).findByText('送培送教'));
    expect(await within(nav).findByRole('link', { name: '专家库' })).toHaveAttribute('href', '/training/experts');
    second.unmount();
    vi.unstubAllGlobals();

    fakeTraining(['directory.read']);
    renderApp('/');
    nav = await screen.findByTestId('side-nav');
    await within(nav).findByText('基础信息');
    expect(within(nav).queryByText('送培送教')).toBeNull();
  });
});

describe('培训班次 list', { timeout: 120_000 }, () => {
  it('shows seats, waitlist and status per row; the filters live in the URL and reach the API', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeTraining();
    const { router } = renderApp(`/training/sessions?status=published&programmeId=${PROGRAMME_ID}`);
    const link = await screen.findByText('送培到校·示范县第一小学语文数学', { selector: 'a' });
    expect(link).toHaveAttribute('href', `/training/sessions/${SESSION_ID}`);
    const row = link.closest('tr')!;
    for (const text of ['2026年示范县送培到校项目', '示范县第一小学', '2026-12-06 ~ 2026-12-11', '30学时', '38/40', '候补 2', '已发布']) {
      expect(within(row).getByText(text)).toBeInTheDocument();
    }
    // the draft is filtered out by status=published
    expect(screen.queryByText('送培到校·青山乡中心小学')).toBeNull();
    await waitFor(() => expect(calls(api, 'GET', '/api/training/sessions').at(-1)!.search.get('status')).toBe('published'));
    expect(calls(api, 'GET', '/api/training/sessions').at(-1)!.search.get('programmeId')).toBe(PROGRAMME_ID);
    expect(calls(api, 'GET', '/api/training/sessions').at(-1)!.search.get('sort')).toBe('-startsOn');

    const form = document.querySelector<HTMLElement>('form[role="search"]')!;
    for (const label of ['项目', '状态', '送培学校', '专家', '日期范围', '关键字']) expect(within(form).getByText(label)).toBeInTheDocument();
    await fill(user, within(form).getByLabelText('关键字'), '语文');
    await user.click(within(form).getByText(/^查\s?询$/));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('语文'));
    expect(new URLSearchParams(router.state.location.search).get('status')).toBe('published');
    await waitFor(() => expect(calls(api, 'GET', '/api/training/sessions').at(-1)!.search.get('q')).toBe('语文'));

    await user.click(within(form).getByText(/^重\s?置$/));
    await waitFor(() => expect(currentPath(router)).toBe('/training/sessions'));
    expect(await screen.findByText('送培到校·青山乡中心小学', { selector: 'a' })).toBeInTheDocument();
  });

  it('publishes a draft and cancels with a reason from 更多, each after a confirmation', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeTraining();
    renderApp('/training/sessions');
    const draft = (await screen.findByText('送培到校·青山乡中心小学', { selector: 'a' })).closest('tr')!;
    await user.click(within(draft).getByLabelText('更多操作 送培到校·青山乡中心小学'));
    await user.click(await screen.findByText('发布', { selector: '.ant-dropdown-menu-title-content' }));
    const confirm = (await screen.findAllByText('发布「送培到校·青山乡中心小学」？'))[0]!.closest('.ant-modal') as HTMLElement;
    expect(calls(api, 'POST', `/api/training/sessions/${OTHER_SESSION_ID}/publish`)).toHaveLength(0);
    await user.click(buttonIn(confirm, '发布'));
    await waitFor(() => expect(calls(api, 'POST', `/api/training/sessions/${OTHER_SESSION_ID}/publish`)).toHaveLength(1));
    await waitFor(() => expect(within(screen.getByText('送培到校·青山乡中心小学', { selector: 'a' }).closest('tr')!).getByText('已发布')).toBeInTheDocument());

    const published = screen.getByText('送培到校·示范县第一小学语文数学', { selector: 'a' }).closest('tr')!;
    await user.click(within(published).getByLabelText('更多操作 送培到校·示范县第一小学语文数学'));
    const cancels = await screen.findAllByText('取消班次', { selector: '.ant-dropdown-menu-title-content' });
    await user.click(cancels.at(-1)!);
    const dialog = (await screen.findAllByText('取消「送培到校·示范县第一小学语文数学」？'))[0]!.closest('.ant-modal') as HTMLElement;
    await user.click(buttonIn(dialog, '取消班次'));
    expect(await within(dialog).findByText('请填写原因')).toBeInTheDocument();
    expect(calls(api, 'POST', `/api/training/sessions/${SESSION_ID}/cancel`)).toHaveLength(0);
    await fill(user, within(dialog).getByLabelText('取消原因'), '受天气影响，延期举办');
    await user.click(buttonIn(dialog, '取消班次'));
    await waitFor(() => expect(calls(api, 'POST', `/api/training/sessions/${SESSION_ID}/cancel`)).toHaveLength(1));
    expect(calls(api, 'POST', `/api/training/sessions/${SESSION_ID}/cancel`)[0]!.body).toEqual({ reason: '受天气影响，延期举办' });
  });
});
