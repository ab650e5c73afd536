import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentPath, fill, renderApp } from '../harness';
import { buttonIn, byId } from '../users/fake-users';
import { CENTRE_ID, EXPERT_LEADER_ID, PROGRAMME_ID, fakeTraining } from './fake-training';

afterEach(() => vi.unstubAllGlobals());

// the first visit transforms the module's lazy pages, which takes a while on a busy machine: hence the longer timeouts

const calls = (api: ReturnType<typeof fakeTraining>, method: string, path: string) => api.calls.filter((c) => c.method === method && c.path === path);

function withCentre(api: ReturnType<typeof fakeTraining>) {
  // the directory's organisations: a school and the training centre
  api.state.schools.push({ ...api.state.schools[0]!, id: CENTRE_ID, name: '示范县教师发展中心', kind: 'training_centre' });
}

describe('培训项目', { timeout: 120_000 }, () => {
  it('creates a programme: the budget typed in 元 is sent in fen, and shown back in 元 and 万元', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeTraining();
    withCentre(api);
    const { router } = renderApp('/training/programmes/new');
    const name = await screen.findByLabelText('项目名称', {}, { timeout: 20_000 });
    const form = name.closest('form') as HTMLElement;
    await user.click(buttonIn(form, '保存'));
    expect(await within(form).findByText('请输入项目名称')).toBeInTheDocument();
    expect(within(form).getByText('请选择开始日期')).toBeInTheDocument();
    expect(calls(api, 'POST', '/api/training/programmes')).toHaveLength(0);

    await fill(user, name, '2027年春季送培到校项目');
    await user.click(byId(form, 'ownerOrganisationId'));
    await user.click(await screen.findByTitle('示范县教师发展中心'));
    await fill(user, within(form).getByLabelText('承办院校名称'), '湖南第一师范学院');
    await fill(user, within(form).getByLabelText('预算（元）'), '123456.78');
    expect(await within(form).findByText('12.345678万元')).toBeInTheDocument();
    await fill(user, within(form).getByLabelText('开始日期'), '2027-03-01');
    await fill(user, within(form).getByLabelText('结束日期'), '2027-06-30');
    await user.click(name);
    await user.click(buttonIn(form, '保存'));
    await waitFor(() => expect(calls(api, 'POST', '/api/training/programmes')).toHaveLength(1));
    expect(calls(api, 'POST', '/api/training/programmes')[0]!.body).toMatchObject({
      name: '2027年春季送培到校项目',
      level: 'county',
      type: 'toSchool',
      ownerOrganisationId: CENTRE_ID,
      hostOrganisationId: null,
      hostName: '湖南第一师范学院',
      budget: 12345678,
      startsOn: '2027-03-01',
      endsOn: '2027-06-30',
    });
    await waitFor(() => expect(currentPath(router)).toBe('/training/programmes/01900000-0000-7000-8000-000000001009'));
    expect(await screen.findByTestId('programme-budget')).toHaveTextContent('123,456.78元');
    expect(screen.getByTestId('programme-budget')).toHaveTextContent('12.345678万元');
  });

  it('lists programmes with their budget in 万元; the detail shows its sessions and satisfaction', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeTraining();
    renderApp('/training/programmes');
    const row = (await screen.findByText('2026年示范县送培到校项目', { selector: 'a' })).closest('tr')!;
    for (const text of ['县培', '送培到校', '示范县教师发展中心', '湖南第一师范学院', '2026-09-01 ~ 2027-01-31', '12.3456万元', '2期'])
      expect(within(row).getByText(text)).toBeInTheDocument();
    await user.click(within(row).getByText('2026年示范县送培到校项目'));
    expect(await screen.findByText('送培到校·示范县第一小学语文数学', { selector: 'a' })).toBeInTheDocument();
    expect(calls(api, 'GET', '/api/training/sessions').at(-1)!.search.get('programmeId')).toBe(PROGRAMME_ID);
    await user.click(screen.getByRole('tab', { name: '满意度' }));
    expect(await screen.findByText('总体满意度')).toBeInTheDocument();
    expect(screen.getAllByText('4.33').length).toBeGreaterThan(0);
  });
});

describe('专家库', { timeout: 120_000 }, () => {
  it('finds experts by name, shows masked mobiles, and refuses to delete one on a team with the API’s reason', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeTraining();
    const { router } = renderApp('/training/experts');
    const row = (await screen.findByText('欧阳明', { selector: 'a' })).closest('tr')!;
    for (const text of ['省级', '湖南第一师范学院', '正高级教师', '138****5678', '在用']) expect(within(row).getByText(text)).toBeInTheDocument();
    const form = document.querySelector<HTMLElement>('form[role="search"]')!;
    await fill(user, within(form).getByLabelText('姓名'), 'oym');
    await user.click(within(form).getByText(/^查\s?询$/));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('oym'));
    await waitFor(() => expect(calls(api, 'GET', '/api/training/experts').some((c) => c.search.get('q') === 'oym')).toBe(true));
    await user.click(within(form).getByText(/^重\s?置$/));

    const again = (await screen.findByText('欧阳明', { selector: 'a' })).closest('tr')!;
    await user.click(within(again).getByLabelText('更多操作 欧阳明'));
    await user.click(await screen.findByText('删除', { selector: '.ant-dropdown-menu-title-content' }));
    const confirm = (await screen.findAllByText('删除「欧阳明」？'))[0]!.closest('.ant-modal') as HTMLElement;
    await user.click(buttonIn(confirm, '删除'));
    await waitFor(() => expect(calls(api, 'DELETE', `/api/training/experts/${EXPERT_LEADER_ID}`)).toHaveLength(1));
    expect(await screen.findByText('专家「欧阳明」已在班次专家组中，不能删除，可以归档')).toBeInTheDocument();
  });
});
