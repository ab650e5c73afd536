import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextFetchDelay } from '../../src/modules/training/api-attendance';
import { renderApp } from '../harness';
import { setViewportWidth } from '../viewport';
import { fakeSlots, FIRST_LOAD } from './fake-attendance';
import { SESSION_ID, TRAINING_ALL, fakeTraining, problem } from './fake-training';

// userEvent without its pointer-events check: walking computed styles is what makes clicks on antd pages slow in jsdom

const slots = fakeSlots();
const codePath = (slotId: string) => `/api/training/sessions/${SESSION_ID}/slots/${slotId}/check-in-code`;

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Fake clocks that still move with real time, so Testing Library's waits work; a test jumps ahead with advanceTimersByTimeAsync. */
function clockAt(iso: string) {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(new Date(iso));
}

describe('签到屏 (the trainer’s check-in screen)', () => {
  it('shows the code in big type and as a QR of the absolute check-in URL, counts down, and fetches the next code when it rotates', async () => {
    clockAt('2026-12-07T00:30:05.000Z'); // 08:30:05 in Asia/Shanghai, the first slot's day
    setViewportWidth(390);
    const api = fakeTraining(TRAINING_ALL);
    // each code rotates 5 s after it is fetched, however long the page took to load
    api.attendance.rotateInMs = 5_000;
    renderApp(`/training/sessions/${SESSION_ID}/check-in-screen?slot=${slots[0]!.slotId}`);

    const code = await screen.findByTestId('check-in-code', {}, FIRST_LOAD);
    const first = code.textContent!;
    expect(first).toMatch(/^\d{6}$/);
    expect(screen.getByTestId('page-title')).toHaveTextContent('送培到校·示范县第一小学语文数学');
    expect(screen.getByText(/签到屏 · 2026-12-07 上午 08:30–12:00/)).toBeInTheDocument();
    const qr = screen.getByTestId('check-in-qr');
    expect(qr.getAttribute('data-url')).toBe(`${window.location.origin}/check-in?session=${SESSION_ID}&slot=2026-12-07.am&code=${first}`);
    expect(within(qr).getByRole('img', { name: '签到二维码：请用手机扫描' })).toBeInTheDocument();
    expect(screen.getByTestId('check-in-countdown')).toHaveTextContent(/^[1-6] 秒后更换$/);
    // the live count: 张三 present and 王五 late of three
    await waitFor(() => expect(screen.getByTestId('check-in-live-count')).toHaveTextContent('2/ 3 人'));
    const codeCalls = () => api.calls.filter((c) => c.path === codePath(slots[0]!.slotId));
    expect(codeCalls()).toHaveLength(1);

    // just after rotatesAt — long before the 30-second floor — the next code replaces the first
    await act(async () => {
      await vi.advanceTimersByTimeAsync(6_000);
    });
    await waitFor(() => expect(codeCalls()).toHaveLength(2));
    await waitFor(() => expect(screen.getByTestId('check-in-code').textContent).not.toBe(first));
    expect(screen.getByTestId('check-in-code').textContent).toMatch(/^\d{6}$/);
  });

  it('says in words why no code can be shown (not the slot’s day), with the way forward', async () => {
    clockAt('2026-12-07T00:30:05.000Z');
    const api = fakeTraining(TRAINING_ALL);
    api.attendance.codeRefusal = {
      status: 409,
      body: problem(409, 'training.attendance.notToday', '签到码只能在该时段当天（2026-12-08）出示', { date: '2026-12-08', today: '2026-12-07' }),
    };
    renderApp(`/training/sessions/${SESSION_ID}/check-in-screen?slot=${slots[2]!.slotId}`);
    expect(await screen.findByText('今天不是该时段的日期', {}, FIRST_LOAD)).toBeInTheDocument();
    expect(screen.getByText('签到码只能在该时段当天（2026-12-08）出示')).toBeInTheDocument();
    expect(screen.getByText('签到码只能在时段当天出示，请在当天打开签到屏。')).toBeInTheDocument();
    expect(screen.queryByTestId('check-in-code')).not.toBeInTheDocument();
  });

  it('without a slot, offers today’s half-days to choose from', async () => {
    clockAt('2026-12-07T00:30:05.000Z');
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    fakeTraining(TRAINING_ALL);
    const { router } = renderApp(`/training/sessions/${SESSION_ID}/check-in-screen`);
    expect(await screen.findByText('选择今天的时段', {}, FIRST_LOAD)).toBeInTheDocument();
    await user.click(screen.getByText('2026-12-07 下午 14:00–17:30'));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('slot')).toBe(slots[1]!.slotId));
    expect(await screen.findByTestId('check-in-code')).toBeInTheDocument();
  });
});

describe('when the screen fetches the next code', () => {
  const now = Date.parse('2026-12-07T00:30:05.000Z');
  it('is just after rotatesAt', () => {
    expect(nextFetchDelay('2026-12-07T00:30:30.000Z', 30, now)).toBe(25_300);
  });
  it('is once a window when this device’s clock is far from the server’s (rotatesAt past, or beyond a window)', () => {
    expect(nextFetchDelay('2026-12-07T00:29:30.000Z', 30, now)).toBe(30_000);
    expect(nextFetchDelay('2026-12-07T00:35:00.000Z', 30, now)).toBe(30_000);
  });
});
