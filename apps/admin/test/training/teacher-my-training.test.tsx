import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentPath, fill, renderApp } from '../harness';
import { setViewportWidth } from '../viewport';
import { buttonIn, byId } from '../users/fake-users';
import { ENROLMENT_ID, FIRST_LOAD, MY_QUESTIONNAIRE_ID, mySession } from './fake-attendance';
import { OTHER_SESSION_ID, SESSION_ID, TEACHER_ID, fakeTraining, problem } from './fake-training';

// userEvent without its pointer-events check: walking computed styles is what makes clicks on antd pages slow in jsdom

const TEACHER = ['training.read', 'training.enrol.self', 'training.checkIn', 'training.evaluation.respond'];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T02:00:00.000Z'));
  setViewportWidth(390);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('我的培训 (a teacher’s own sessions)', () => {
  it('lists the enrolments with the waitlist place, and withdraws only after a confirmation', async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const api = fakeTraining(TEACHER);
    renderApp('/training/my');

    const mine = await screen.findByTestId(`my-session-${SESSION_ID}`, {}, FIRST_LOAD);
    for (const text of ['已报名', '已发布', '2026-12-06 至 2026-12-11', '示范县第一小学']) expect(within(mine).getByText(text)).toBeInTheDocument();
    expect(within(mine).getByText(/2026-12-03 前可退出/)).toBeInTheDocument();
    expect(within(await screen.findByTestId(`my-session-${OTHER_SESSION_ID}`)).getByText('候补第 2 位')).toBeInTheDocument();

    await user.click(within(mine).getByLabelText('退出「送培到校·示范县第一小学语文数学」'));
    const dialog = (await screen.findByText('退出「送培到校·示范县第一小学语文数学」？')).closest('.ant-modal') as HTMLElement;
    expect(within(dialog).getByText('退出后名额将让给候补的教师；如需再参加，须重新报名。')).toBeInTheDocument();
    const withdraws = () => api.calls.filter((c) => c.method === 'POST' && c.path === `/api/training/enrolments/${ENROLMENT_ID}/withdraw`);
    expect(withdraws()).toHaveLength(0);
    await fill(user, within(dialog).getByLabelText('原因（可不填）'), '学校有统考任务');
    await user.click(buttonIn(dialog, '退出'));

    await waitFor(() => expect(withdraws()).toHaveLength(1));
    expect(withdraws()[0]!.body).toEqual({ reason: '学校有统考任务' });
    await waitFor(() => expect(within(screen.getByTestId(`my-session-${SESSION_ID}`)).getByText('已退出')).toBeInTheDocument());
    expect(within(screen.getByTestId(`my-session-${SESSION_ID}`)).queryByText('退出', { selector: 'button span' })).not.toBeInTheDocument();
  });

  it('enrols in a full session and says the waitlist number and the place in the queue', async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const api = fakeTraining(TEACHER);
    api.attendance.mySessions = [mySession()];
    api.attendance.enrolMe.set(OTHER_SESSION_ID, {
      status: 200,
      body: { teacherId: TEACHER_ID, teacherName: '张三', status: 'waitlisted', enrolmentId: '01900000-0000-7000-8000-000000007201', waitlistSeq: 9 },
    });
    const { router } = renderApp('/training/my');

    await user.click(await screen.findByRole('tab', { name: '可报名' }, FIRST_LOAD));
    await waitFor(() => expect(currentPath(router)).toBe('/training/my?tab=open'));
    const card = await screen.findByTestId(`open-session-${OTHER_SESSION_ID}`);
    expect(within(card).getByText('名额已满，报名后进入候补（已有 4 人候补）')).toBeInTheDocument();
    await user.click(within(card).getByLabelText('报名「送培到校·青山乡中心小学」'));

    const outcome = await screen.findByTestId('enrol-outcome');
    expect(api.calls.filter((c) => c.method === 'POST' && c.path === `/api/training/sessions/${OTHER_SESSION_ID}/enrol-me`)).toHaveLength(1);
    await waitFor(() => expect(outcome).toHaveTextContent('名额已满，您已进入「送培到校·青山乡中心小学」的候补，候补号 9，当前排第 5 位'));
    expect(outcome).toHaveTextContent('有人退出时按候补顺序自动递补，递补后会发消息通知您。');
    // the session now shows the teacher waiting, and no second 报名
    await waitFor(() => expect(within(screen.getByTestId(`open-session-${OTHER_SESSION_ID}`)).getByText('候补')).toBeInTheDocument());
    expect(within(screen.getByTestId(`open-session-${OTHER_SESSION_ID}`)).queryByLabelText('报名「送培到校·青山乡中心小学」')).not.toBeInTheDocument();
  });

  it('shows a refused enrolment in words, with the clashing session', async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const api = fakeTraining(TEACHER);
    api.attendance.mySessions = [];
    api.attendance.enrolMe.set(OTHER_SESSION_ID, {
      status: 409,
      body: problem(409, 'training.conflict', '该教师在同一时间已有其他培训安排', {
        clashes: [
          {
            resource: 'teacher',
            resourceId: TEACHER_ID,
            date: '2026-12-21',
            half: 'am',
            name: '张三',
            otherSessionId: SESSION_ID,
            otherTitle: '县级骨干教师研修',
          },
        ],
      }),
    });
    renderApp('/training/my?tab=open');
    await user.click(within(await screen.findByTestId(`open-session-${OTHER_SESSION_ID}`, {}, FIRST_LOAD)).getByLabelText('报名「送培到校·青山乡中心小学」'));
    const refused = await screen.findByTestId('enrol-refused');
    expect(within(refused).getByText('该教师在同一时间已有其他培训安排')).toBeInTheDocument();
    expect(within(refused).getByText('与「县级骨干教师研修」2026-12-21 上午 时间冲突')).toBeInTheDocument();
  });

  it('tells a teacher with nothing yet where to enrol', async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const api = fakeTraining(TEACHER);
    api.attendance.mySessions = [];
    const { router } = renderApp('/training/my');
    expect(await screen.findByText('还没有报名培训，到“可报名”里选择班次报名', {}, FIRST_LOAD)).toBeInTheDocument();
    await user.click(screen.getByText('查看可报名的班次'));
    await waitFor(() => expect(currentPath(router)).toBe('/training/my?tab=open'));
  });
});

describe('我的问卷 and answering one', () => {
  beforeEach(() => vi.setSystemTime(new Date('2026-12-12T02:00:00.000Z'))); // the questionnaire is open

  it('checks required questions first, shows the API’s errors under their questions, sends the answers and returns to the list', async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const api = fakeTraining(TEACHER);
    const { router } = renderApp('/training/my/questionnaires');

    const card = await screen.findByTestId(`my-questionnaire-${MY_QUESTIONNAIRE_ID}`, {}, FIRST_LOAD);
    for (const text of ['训后问卷', '待填写', '匿名', '2026-12-25 截止']) expect(within(card).getAllByText(text).length).toBeGreaterThan(0);
    await user.click(within(card).getByLabelText('填写「训后问卷」'));
    await waitFor(() => expect(currentPath(router)).toBe(`/training/my/questionnaires/${MY_QUESTIONNAIRE_ID}`));

    expect(await screen.findByTestId('questionnaire-anonymity', {}, FIRST_LOAD)).toHaveTextContent(
      '本问卷为匿名问卷：提交后不记录您的姓名，结果中也不会显示。',
    );
    const form = screen.getByText('1. 总体满意度').closest('form') as HTMLElement;
    const responses = () => api.calls.filter((c) => c.method === 'POST' && c.path === `/api/training/questionnaires/${MY_QUESTIONNAIRE_ID}/responses`);
    await user.click(buttonIn(form, '提交'));
    expect(await within(form).findByText('请回答此题')).toBeInTheDocument();
    expect(responses()).toHaveLength(0);

    // the options are labels around their inputs: a click on the words chooses
    await user.click(within(form).getByText('5 分 · 非常满意'));
    await user.click(within(form).getByText('磨课'));
    await user.click(within(form).getByText('作业设计'));
    await user.click(within(form).getByText('课堂评价'));
    const text = byId(form, `answers_advice`);
    await fill(user, text, '欢迎来我校做广告');
    await user.click(buttonIn(form, '提交'));
    // the API's field error answers.advice, under its question
    const advice = text.closest('.ant-form-item') as HTMLElement;
    expect(within(advice).getByText('4. 意见和建议')).toBeInTheDocument();
    expect(await within(advice).findByText('请填写与培训相关的意见')).toBeInTheDocument();
    expect(responses()[0]!.body).toEqual({ answers: { overall: 5, useful: '磨课', topics: ['作业设计', '课堂评价'], advice: '欢迎来我校做广告' } });

    await user.clear(text);
    await fill(user, text, '希望多安排磨课');
    await user.click(buttonIn(form, '提交'));
    await waitFor(() => expect(currentPath(router)).toBe('/training/my/questionnaires'));
    expect(responses()).toHaveLength(2);
    expect(await screen.findByText('已提交，感谢您的填写')).toBeInTheDocument();
    const answered = await screen.findByTestId(`my-questionnaire-${MY_QUESTIONNAIRE_ID}`);
    await waitFor(() => expect(within(answered).getByText('已填写')).toBeInTheDocument());
    expect(within(answered).queryByLabelText('填写「训后问卷」')).not.toBeInTheDocument();
  });

  it('keeps a closed questionnaire read-only and says why', async () => {
    const api = fakeTraining(TEACHER);
    api.attendance.questionnaireWindow = 'closed';
    renderApp(`/training/my/questionnaires/${MY_QUESTIONNAIRE_ID}`);
    expect(await screen.findByText('问卷已于 2026-12-25 截止。', {}, FIRST_LOAD)).toBeInTheDocument();
    const form = screen.getByText('1. 总体满意度').closest('form') as HTMLElement;
    expect(within(form).queryByText('提交', { selector: 'button span' })).not.toBeInTheDocument();
    expect(within(form).getByLabelText(/5 分 · 非常满意/)).toBeDisabled();
    expect(within(form).getByText('返回我的问卷', { selector: 'button span' }).closest('button')).toBeEnabled();
  });
});
