import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fill, renderApp } from '../harness';
import { buttonIn } from '../users/fake-users';
import { OTHER_SESSION_ID, QUESTIONNAIRE_ID, SESSION_ID, TEACHER2_ID, TEACHER3_ID, TEACHER_ID, fakeTraining } from './fake-training';

afterEach(() => vi.unstubAllGlobals());

// the first visit transforms the module's lazy pages, which takes a while on a busy machine: hence the longer timeouts

const calls = (api: ReturnType<typeof fakeTraining>, method: string, path: string) => api.calls.filter((c) => c.method === method && c.path === path);

describe('班次 detail', { timeout: 120_000 }, () => {
  it('shows the facts and the read-only timetable, and publishes a draft after a confirmation', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeTraining();
    renderApp(`/training/sessions/${OTHER_SESSION_ID}`);
    expect(await screen.findByTestId('page-title')).toHaveTextContent('送培到校·青山乡中心小学');
    const header = screen.getByTestId('page-title').closest('.ant-space') as HTMLElement;
    expect(within(header).getByText('草稿')).toBeInTheDocument();
    for (const text of ['2026年示范县送培到校项目', '青山乡中心小学', '2026-12-20 ~ 2026-12-25', '欧阳明'])
      expect(screen.getAllByText(text).length).toBeGreaterThan(0);
    expect(screen.getByTestId('seats-fact')).toHaveTextContent('名额 30 人，已报名 0 人，候补 0 人');
    expect(screen.getByText('本地专家占比')).toBeInTheDocument();
    // 概况: the timetable by day and half, and the team
    const monday = await screen.findByTestId('day-2026-12-21');
    expect(within(monday).getByText('周一')).toBeInTheDocument();
    expect(within(monday).getByText('示范课')).toBeInTheDocument();
    expect(within(monday).getByText(/上课：张三/)).toBeInTheDocument();
    expect(screen.getAllByText('送培组长').length).toBeGreaterThan(0);

    // a draft may be published or cancelled, not started
    expect(screen.queryByText('开始', { selector: 'button span' })).toBeNull();
    await user.click(buttonIn(document.body, '发布'));
    const confirm = (await screen.findAllByText('发布「送培到校·青山乡中心小学」？'))[0]!.closest('.ant-modal') as HTMLElement;
    expect(calls(api, 'POST', `/api/training/sessions/${OTHER_SESSION_ID}/publish`)).toHaveLength(0);
    await user.click(buttonIn(confirm, '发布'));
    await waitFor(() => expect(calls(api, 'POST', `/api/training/sessions/${OTHER_SESSION_ID}/publish`)).toHaveLength(1));
    await waitFor(() => expect(within(screen.getByTestId('page-title').closest('.ant-space') as HTMLElement).getByText('已发布')).toBeInTheDocument());
  });

  it('报名 tab: counts, the waitlist in order with why a teacher was passed over, approvals, and enrolling a school’s teachers', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeTraining();
    renderApp(`/training/sessions/${SESSION_ID}?tab=enrolments`);
    const waitlisted = (await screen.findByText('李四', { selector: 'td' })).closest('tr')!;
    expect(within(waitlisted).getByText('第 1 位')).toBeInTheDocument();
    expect(within(waitlisted).getByText('候补')).toBeInTheDocument();
    expect(within(waitlisted).getByText('学科不符合报名条件，已跳过')).toBeInTheDocument();
    expect(within(screen.getByText('张三', { selector: 'td' }).closest('tr')!).getByText('已报名')).toBeInTheDocument();
    expect(screen.getByTestId('enrolment-counts')).toHaveTextContent('已报名/名额：38/40');

    // approve the pending request
    const pending = screen.getByText('王五', { selector: 'td' }).closest('tr')!;
    expect(within(pending).getByText('待学校审核')).toBeInTheDocument();
    await user.click(within(pending).getByLabelText('更多操作 王五'));
    await user.click(await screen.findByText('通过', { selector: '.ant-dropdown-menu-title-content' }));
    const dialog = (await screen.findAllByText('通过 王五 的报名？'))[0]!.closest('.ant-modal') as HTMLElement;
    await user.click(buttonIn(dialog, '通过'));
    await waitFor(() => expect(calls(api, 'POST', '/api/training/enrolments/01900000-0000-7000-8000-000000007003/approve')).toHaveLength(1));

    // 为本校教师报名: pick two teachers; each gets its own answer
    await user.click(buttonIn(document.body, '为本校教师报名'));
    const modal = (await screen.findAllByText(/^为本校教师报名：/))[0]!.closest('.ant-modal') as HTMLElement;
    const box = await within(modal).findByLabelText('张三');
    await user.click(box);
    await user.click(within(modal).getByLabelText('李四'));
    await user.click(buttonIn(modal, '报名 2 人'));
    await waitFor(() => expect(calls(api, 'POST', `/api/training/sessions/${SESSION_ID}/enrolments`)).toHaveLength(1));
    expect(calls(api, 'POST', `/api/training/sessions/${SESSION_ID}/enrolments`)[0]!.body).toEqual({ teacherIds: [TEACHER_ID, TEACHER2_ID] });
    const results = await within(modal).findByTestId('enrol-results');
    expect(within(results).getByText('已报名')).toBeInTheDocument();
    expect(within(results).getByText('候补第 4 号')).toBeInTheDocument();
    expect(calls(api, 'GET', '/api/directory/teachers').at(-1)!.search.get('schoolId')).toBeTruthy();
    void TEACHER3_ID;
  });

  it('评价 tab: results with the average from hundredths and the response rate; 反馈课 tab: ratings and their average', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeTraining();
    renderApp(`/training/sessions/${SESSION_ID}?tab=evaluation`);
    const row = (await screen.findAllByText('训后问卷', { selector: 'td' }))[0]!.closest('tr')!;
    expect(within(row).getByText('3 份')).toBeInTheDocument();
    expect(within(row).getByText('未开始')).toBeInTheDocument();
    // only the needs survey is still to create
    expect(screen.getByText('从模板创建训前调研')).toBeInTheDocument();
    await user.click(within(row).getByLabelText('查看「训后问卷」的结果'));
    const results = await screen.findByTestId('questionnaire-results');
    await waitFor(() => expect(calls(api, 'GET', `/api/training/questionnaires/${QUESTIONNAIRE_ID}/results`)).toHaveLength(1));
    expect(within(results).getByTestId('average-overall')).toHaveTextContent('4.33');
    expect(within(results).getByText('8')).toBeInTheDocument();
    expect(within(results).getByText('示范课')).toBeInTheDocument();
    expect(within(results).getByText('希望多安排磨课')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: '反馈课' }));
    const lesson = await screen.findByTestId('feedback-lesson');
    expect(within(lesson).getByText('分数的初步认识')).toBeInTheDocument();
    expect(within(lesson).getByText('88.00')).toBeInTheDocument();
    expect(within(lesson).getByText('尚未评分：李华、赵强')).toBeInTheDocument();
    await user.click(within(lesson).getByLabelText('为「分数的初步认识」评分'));
    const dialog = (await screen.findAllByText('评分：分数的初步认识'))[0]!.closest('.ant-modal') as HTMLElement;
    await fill(user, within(dialog).getByLabelText('分数'), '92');
    await user.click(buttonIn(dialog, '保存'));
    await waitFor(() =>
      expect(
        calls(api, 'PUT', `/api/training/feedback-lessons/01900000-0000-7000-8000-000000005001/ratings/01900000-0000-7000-8000-000000003002`),
      ).toHaveLength(1),
    );
    expect(
      calls(api, 'PUT', `/api/training/feedback-lessons/01900000-0000-7000-8000-000000005001/ratings/01900000-0000-7000-8000-000000003002`)[0]!.body,
    ).toEqual({ score: 92, comment: null });
  });
});
