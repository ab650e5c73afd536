import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentPath, fill, renderApp } from '../harness';
import { buttonIn } from '../users/fake-users';
import { EXPERT_LEADER_ID, OTHER_SESSION_ID, SESSION_ID, fakeTraining, problem } from './fake-training';

afterEach(() => vi.unstubAllGlobals());

// the first visit transforms the module's lazy pages, which takes a while on a busy machine: hence the longer timeouts

const calls = (api: ReturnType<typeof fakeTraining>, method: string, path: string) => api.calls.filter((c) => c.method === method && c.path === path);
const PATCH = `PATCH /api/training/sessions/${SESSION_ID}`;

async function openEditor() {
  renderApp(`/training/sessions/${SESSION_ID}/edit`);
  const title = await screen.findByLabelText('班次名称', {}, { timeout: 20_000 });
  await waitFor(() => expect(screen.getByTestId('slot-count')).toHaveTextContent('共 6 天，学员签到半天 10 个'));
  return title.closest('form') as HTMLElement;
}

describe('班次 editor', { timeout: 120_000 }, () => {
  it('fills the timetable from the 送培到校 template for a Sunday: six days, ten participant half-days', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeTraining();
    renderApp('/training/sessions/new');
    await screen.findByLabelText('班次名称', {}, { timeout: 20_000 });
    expect(screen.getByTestId('slot-count')).toHaveTextContent('共 0 天，学员签到半天 0 个');
    await user.click(screen.getByText('从模板生成').closest('button')!);
    const picker = await screen.findByLabelText('专家组报到日（周日）');
    await fill(user, picker, '2026-12-06');
    fireEvent.keyDown(picker, { key: 'Enter', code: 'Enter', keyCode: 13 });
    const dialog = (await screen.findAllByText('从“送培到校 6 天”模板生成'))[0]!.closest('.ant-modal') as HTMLElement;
    await waitFor(() => expect(buttonIn(dialog, '生成')).toBeEnabled());
    await user.click(buttonIn(dialog, '生成'));
    await waitFor(() => expect(screen.getByTestId('slot-count')).toHaveTextContent('共 6 天，学员签到半天 10 个'));
    expect(calls(api, 'POST', '/api/training/sessions/template')[0]!.body).toEqual({ sunday: '2026-12-06' });
    // Sunday is the team's arrival: its afternoon is not a participants' slot; Monday to Friday are
    const slots = screen.getAllByRole('checkbox', { name: /学员签到$/ });
    expect(slots).toHaveLength(11);
    expect(slots.filter((c) => (c as HTMLInputElement).checked)).toHaveLength(10);
    expect((screen.getByRole('checkbox', { name: '2026-12-06 下午 学员签到' }) as HTMLInputElement).checked).toBe(false);
    // the Sunday has no morning; the Monday morning is the demonstration lesson
    expect(within(screen.getByTestId('cell-2026-12-07-am')).getByText('示范课')).toBeInTheDocument();
    expect(screen.queryByTestId('cell-2026-12-06-am')).toBeNull();
  });

  it('shows the API’s field error under the timetable cell it names', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeTraining();
    const form = await openEditor();
    api.training.forced.set(PATCH, {
      status: 400,
      body: problem(400, 'validation.failed', '提交的内容有误', {
        errors: [
          {
            field: 'days.2.halves.0.modules.1.expertId',
            code: 'training.timetable.expertNotOnTeam',
            message: '授课专家「王芳」不在本班次专家组中，请先加入专家组',
          },
        ],
      }),
    });
    await user.click(buttonIn(form, '保存'));
    await waitFor(() => expect(calls(api, 'PATCH', `/api/training/sessions/${SESSION_ID}`)).toHaveLength(1));
    // days.2 is Tuesday 2026-12-08, halves.0 its morning, modules.1 its second item (磨课)
    const cell = screen.getByTestId('cell-2026-12-08-am');
    expect(await within(cell).findByText('授课专家「王芳」不在本班次专家组中，请先加入专家组')).toBeInTheDocument();
    const body = calls(api, 'PATCH', `/api/training/sessions/${SESSION_ID}`)[0]!.body as Record<string, unknown>;
    expect(body.version).toBe(4);
    expect((body.days as unknown[]).length).toBe(6);
    expect(body.teamLeaderExpertId).toBe(EXPERT_LEADER_ID);
  });

  it('lists the clashes of a 409 training.conflict in an alert and stays on the page', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeTraining();
    const form = await openEditor();
    api.training.forced.set(PATCH, {
      status: 409,
      body: problem(409, 'training.conflict', '时间冲突，未保存：专家欧阳明 2026-12-07 上午已安排在「送培到校·青山乡中心小学」', {
        clashes: [
          {
            resource: 'expert',
            resourceId: EXPERT_LEADER_ID,
            name: '欧阳明',
            date: '2026-12-07',
            half: 'am',
            otherSessionId: OTHER_SESSION_ID,
            otherTitle: '送培到校·青山乡中心小学',
          },
          {
            resource: 'venue',
            resourceId: 'v',
            name: '示范县第一小学',
            date: '2026-12-07',
            half: 'pm',
            otherSessionId: OTHER_SESSION_ID,
            otherTitle: '送培到校·青山乡中心小学',
          },
        ],
      }),
    });
    await user.click(buttonIn(form, '保存'));
    const alert = await screen.findByTestId('clash-alert');
    expect(within(alert).getByText('时间冲突，没有保存')).toBeInTheDocument();
    expect(within(alert).getByText('专家欧阳明 2026-12-07 上午已安排在「送培到校·青山乡中心小学」')).toBeInTheDocument();
    expect(within(alert).getByText('场地示范县第一小学 2026-12-07 下午已安排在「送培到校·青山乡中心小学」')).toBeInTheDocument();
    expect(screen.getByLabelText('班次名称')).toBeInTheDocument();
  });

  it('asks to confirm a local share above 60% and resends with confirmLocalShare', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeTraining();
    const { router } = renderApp(`/training/sessions/${SESSION_ID}/edit`);
    const form = (await screen.findByLabelText('班次名称', {}, { timeout: 20_000 })).closest('form') as HTMLElement;
    // the team shows its live local share: 赵强 is local (works at the venue school)
    await waitFor(() => expect(screen.getByTestId('local-share')).toHaveTextContent('本地专家 1/3 = 33%'));
    await user.click(screen.getByRole('switch', { name: '李华 为本地专家' }));
    expect(screen.getByTestId('local-share')).toHaveTextContent('本地专家 2/3 = 67%');
    expect(screen.getByText(/本地专家占比 67%，超过 60% 的上限/)).toBeInTheDocument();

    api.training.forced.set(PATCH, {
      status: 409,
      body: problem(409, 'training.session.localShareExceeded', '专家组共 3 人，其中本地专家 2 人', { local: 2, total: 3, share: 2 / 3 }),
    });
    await user.click(buttonIn(form, '保存'));
    const confirm = (await screen.findAllByText('本地专家占比 67% 超过 60%，确认仍要保存？（专家组 3 人，本地 2 人）'))[0]!.closest(
      '.ant-modal',
    ) as HTMLElement;
    const first = calls(api, 'PATCH', `/api/training/sessions/${SESSION_ID}`);
    expect(first).toHaveLength(1);
    expect(first[0]!.body).not.toHaveProperty('confirmLocalShare');
    expect((first[0]!.body as { localOverrides: unknown }).localOverrides).toEqual([{ expertId: '01900000-0000-7000-8000-000000003002', local: true }]);
    api.training.forced.delete(PATCH);
    await user.click(buttonIn(confirm, '确认保存'));
    await waitFor(() => expect(calls(api, 'PATCH', `/api/training/sessions/${SESSION_ID}`)).toHaveLength(2));
    expect(calls(api, 'PATCH', `/api/training/sessions/${SESSION_ID}`)[1]!.body).toMatchObject({ confirmLocalShare: true, version: 4 });
    await waitFor(() => expect(currentPath(router)).toBe(`/training/sessions/${SESSION_ID}`));
  });
});
