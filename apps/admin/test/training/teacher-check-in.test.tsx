import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentPath, fill, renderApp } from '../harness';
import { setViewportWidth } from '../viewport';
import { buttonIn } from '../users/fake-users';
import { SESSION_ID, fakeTraining, problem } from './fake-training';
import { FIRST_LOAD } from './fake-attendance';

// userEvent without its pointer-events check: walking computed styles is what makes clicks on antd pages slow in jsdom

const TEACHER = ['training.read', 'training.enrol.self', 'training.checkIn', 'training.evaluation.respond'];
const QR = `/check-in?session=${SESSION_ID}&slot=2026-12-07.am&code=482913`;
const checkIns = (api: ReturnType<typeof fakeTraining>) => api.calls.filter((c) => c.method === 'POST' && c.path === '/api/training/check-in');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-07T00:41:00.000Z')); // 08:41 in Asia/Shanghai
  setViewportWidth(390);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('签到 on a teacher’s phone', () => {
  it('asks to confirm the code from the QR, posts it, and shows 迟到 with the time', async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const api = fakeTraining(TEACHER);
    renderApp(QR);

    const confirm = await screen.findByTestId('check-in-confirm', {}, FIRST_LOAD);
    await waitFor(() => expect(within(confirm).getByText('送培到校·示范县第一小学语文数学')).toBeInTheDocument());
    expect(within(confirm).getByText('2026-12-07 上午')).toBeInTheDocument();
    expect(within(confirm).getByText('签到码 482913')).toBeInTheDocument();
    expect(checkIns(api)).toHaveLength(0);

    await user.click(buttonIn(confirm, '确认签到'));
    const done = await screen.findByTestId('check-in-success');
    expect(checkIns(api)[0]!.body).toEqual({ sessionId: SESSION_ID, slot: '2026-12-07.am', code: '482913' });
    expect(screen.getByText('签到成功')).toBeInTheDocument();
    expect(within(done).getByText('迟到')).toBeInTheDocument();
    expect(within(done).getByText('签到时间 08:41')).toBeInTheDocument();
    expect(within(done).getByText('晚于开始时间签到，记为迟到。')).toBeInTheDocument();
  });

  it('says an expired code in words and lets the teacher type the new one', async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const api = fakeTraining(TEACHER);
    api.training.forced.set('POST /api/training/check-in', {
      status: 422,
      body: problem(422, 'checkIn.codeExpired', '签到码已过期，请扫描或输入培训者屏幕上的最新签到码', {
        errors: [{ field: 'code', code: 'checkIn.codeExpired', message: '签到码已过期，请扫描或输入培训者屏幕上的最新签到码' }],
      }),
    });
    renderApp(QR);
    await user.click(buttonIn(await screen.findByTestId('check-in-confirm', {}, FIRST_LOAD), '确认签到'));

    expect(await screen.findByText('签到码已过期，请扫描屏幕上的新码')).toBeInTheDocument();
    const input = screen.getByLabelText('签到码');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('maxlength', '6');
    expect(screen.queryByText('签到成功')).not.toBeInTheDocument();

    // a short code is refused here, without a request
    await fill(user, input, '12a3');
    await user.click(buttonIn(screen.getByTestId('check-in-form'), '签到'));
    expect(await screen.findByText('签到码是 6 位数字')).toBeInTheDocument();
    expect(checkIns(api)).toHaveLength(1);

    api.training.forced.delete('POST /api/training/check-in');
    await user.clear(input);
    await fill(user, input, '731205');
    await user.click(buttonIn(screen.getByTestId('check-in-form'), '签到'));
    expect(await screen.findByTestId('check-in-success')).toBeInTheDocument();
    expect(checkIns(api)[1]!.body).toEqual({ sessionId: SESSION_ID, slot: '2026-12-07.am', code: '731205' });
  });

  it('tells a teacher already checked in so, without an error', async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const api = fakeTraining(TEACHER);
    api.training.forced.set('POST /api/training/check-in', {
      status: 409,
      body: problem(409, 'training.checkIn.already', '本时段已有您的考勤记录（08:25，出勤），无需重复签到', {
        recordedAt: '2026-12-07T00:25:00.000Z',
        mark: 'present',
      }),
    });
    renderApp(QR);
    await user.click(buttonIn(await screen.findByTestId('check-in-confirm', {}, FIRST_LOAD), '确认签到'));
    const note = await screen.findByTestId('check-in-refusal');
    expect(within(note).getByText('本时段已签到')).toBeInTheDocument();
    expect(within(note).getByText('本时段已有您的考勤记录（08:25，出勤），无需重复签到')).toBeInTheDocument();
  });

  it('sends a teacher who is not signed in to the login page and back to the code', async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const api = fakeTraining(TEACHER);
    // no session yet: /me answers 401 until the teacher signs in
    const signedIn = api.fetchMock.getMockImplementation()!;
    let anonymous = true;
    api.fetchMock.mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = new URL(input instanceof Request ? input.url : String(input), 'http://localhost').pathname;
      if (anonymous && path === '/api/auth/me')
        return new Response(JSON.stringify(problem(401, 'auth.unauthenticated', '请先登录')), {
          status: 401,
          headers: { 'content-type': 'application/problem+json' },
        });
      if (path === '/api/auth/login') anonymous = false;
      return signedIn(input, init);
    });
    const { router } = renderApp(QR);

    expect(await screen.findByTestId('login-username', {}, FIRST_LOAD)).toBeInTheDocument();
    expect(currentPath(router)).toBe(`/login?next=${encodeURIComponent(QR)}`);
    await fill(user, screen.getByTestId('login-username'), 'zhangsan');
    await fill(user, screen.getByTestId('login-password'), 'Old-pass-1'); // the shell fake's password
    await user.click(screen.getByTestId('login-submit'));

    await waitFor(() => expect(currentPath(router)).toBe(QR));
    expect(await screen.findByText('签到码 482913')).toBeInTheDocument();
    expect(checkIns(api)).toHaveLength(0);
  });
});
