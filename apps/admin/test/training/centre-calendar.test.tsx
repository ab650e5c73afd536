import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentPath, renderApp } from '../harness';
import { SESSION_ID, fakeTraining } from './fake-training';

afterEach(() => vi.unstubAllGlobals());

// the first visit transforms the module's lazy pages, which takes a while on a busy machine: hence the longer timeouts

const calendarCalls = (api: ReturnType<typeof fakeTraining>) => api.calls.filter((c) => c.method === 'GET' && c.path === '/api/training/calendar');

describe('培训日历', { timeout: 120_000 }, () => {
  it('shows each session on its days with venue and status word, and opens it on click', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeTraining();
    const { router } = renderApp('/training/calendar?month=2026-12');
    expect(await screen.findByRole('heading', { name: '2026年12月' })).toBeInTheDocument();
    // the session runs 2026-12-06 … 2026-12-11: a block on each of its six days, none before or after
    await waitFor(() => expect(within(document.querySelector('td[data-date="2026-12-06"]')!).getAllByTestId('calendar-session')).toHaveLength(1));
    for (const date of ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11']) {
      const cell = document.querySelector<HTMLElement>(`td[data-date="${date}"]`)!;
      expect(within(cell).getByText('送培到校·示范县第一小学语文数学')).toBeInTheDocument();
      expect(within(cell).getByText('已发布')).toBeInTheDocument();
    }
    expect(within(document.querySelector<HTMLElement>('td[data-date="2026-12-05"]')!).queryByTestId('calendar-session')).toBeNull();
    expect(within(document.querySelector<HTMLElement>('td[data-date="2026-12-12"]')!).queryByTestId('calendar-session')).toBeNull();
    // the draft at the second school two weeks later
    expect(within(document.querySelector<HTMLElement>('td[data-date="2026-12-21"]')!).getByText('草稿')).toBeInTheDocument();

    // one request covers the whole weeks shown (Monday 2026-11-30 … Sunday 2027-01-03)
    const last = calendarCalls(api).at(-1)!;
    expect(last.search.get('from')).toBe('2026-11-30');
    expect(last.search.get('to')).toBe('2027-01-03');

    const block = within(document.querySelector<HTMLElement>('td[data-date="2026-12-08"]')!).getByTestId('calendar-session');
    block.focus();
    expect(block).toHaveFocus();
    await user.click(block);
    await waitFor(() => expect(currentPath(router)).toBe(`/training/sessions/${SESSION_ID}`));
  });

  it('switches to the week view (with the half-days) and back, keeping the view and filter in the URL', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeTraining();
    const { router } = renderApp('/training/calendar?month=2026-12');
    await screen.findAllByTestId('calendar-session');
    await user.click(screen.getByText('周', { selector: '.ant-segmented-item-label' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('view')).toBe('week'));
    // the week of 2026-12-01 (Monday 2026-11-30 … Sunday 2026-12-06)
    expect(await screen.findByRole('heading', { name: '2026-11-30 至 2026-12-06' })).toBeInTheDocument();
    await user.click(screen.getByLabelText('下一周'));
    expect(await screen.findByRole('heading', { name: '2026-12-07 至 2026-12-13' })).toBeInTheDocument();
    await waitFor(() => expect(calendarCalls(api).at(-1)!.search.get('from')).toBe('2026-12-07'));
    const monday = document.querySelector<HTMLElement>('td[data-date="2026-12-07"]')!;
    // the week view lists the half-days with their modules
    await waitFor(() => expect(within(monday).getByText(/上午 08:30–12:00：示范课/)).toBeInTheDocument());
    expect(within(monday).getByText(/下午 14:00–17:30：磨课、师德/)).toBeInTheDocument();

    // by expert: the picker filters the request
    await user.click(screen.getByText('按专家'));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('by')).toBe('expert'));
    await user.click(screen.getByLabelText('专家'));
    await user.click(await screen.findByTitle('王芳'));
    await waitFor(() => expect(calendarCalls(api).at(-1)!.search.get('expertId')).toBeTruthy());
    await waitFor(() => expect(screen.queryAllByTestId('calendar-session')).toHaveLength(0));
    expect(new URLSearchParams(router.state.location.search).get('week')).toBe('2026-12-07');

    await user.click(screen.getByText('月', { selector: '.ant-segmented-item-label' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('view')).toBeNull());
    expect(new URLSearchParams(router.state.location.search).get('month')).toBe('2026-12');
  });
});
