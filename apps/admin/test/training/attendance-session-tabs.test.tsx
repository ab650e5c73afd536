import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentPath, renderApp } from '../harness';
import { buttonIn } from '../users/fake-users';
import { fakeRoster, fakeSlots, FIRST_LOAD } from './fake-attendance';
import { SESSION_ID, TRAINING_ALL, fakeTraining } from './fake-training';

// userEvent without its pointer-events check: walking computed styles is what makes clicks on antd pages slow in jsdom

const slots = fakeSlots();

beforeEach(() => {
  // 2026-12-07 10:00 in Asia/Shanghai: the session's first participant day
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-07T02:00:00.000Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('a session’s 考勤 and 结业 tabs', () => {
  it('lists the participant slots by day and half, counts today’s, and offers the sheet, today’s screen and the sign-in sheet', async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const api = fakeTraining(TRAINING_ALL);
    const { router } = renderApp(`/training/sessions/${SESSION_ID}?tab=attendance`);

    const table = await screen.findByTestId('attendance-slots', {}, FIRST_LOAD);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(10);
    // today's two slots have counts (present + late of those expected) and a screen; later ones have neither
    await waitFor(() => expect(within(table).getByTestId(`slot-counts-${slots[0]!.slotId}`)).toHaveTextContent('2 / 3 人'));
    expect(within(table).getByLabelText('2026-12-07 上午 签到屏')).toHaveAttribute(
      'href',
      `/training/sessions/${SESSION_ID}/check-in-screen?slot=${slots[0]!.slotId}`,
    );
    expect(within(table).getByLabelText('2026-12-07 下午 考勤表')).toHaveAttribute(
      'href',
      `/training/sessions/${SESSION_ID}/slots/${slots[1]!.slotId}/attendance`,
    );
    expect(within(table).queryByLabelText('2026-12-08 上午 签到屏')).not.toBeInTheDocument();
    expect(within(table).getAllByText('未开始')).toHaveLength(8);
    // only today's sheets were fetched for the counts
    expect(api.calls.filter((c) => c.method === 'GET' && /\/slots\/[^/]+\/attendance$/.test(c.path))).toHaveLength(2);

    const card = table.closest('.ant-card') as HTMLElement;
    await user.click(within(card).getByText('打印签到表', { selector: 'button span' }));
    await waitFor(() => expect(currentPath(router)).toBe(`/training/sessions/${SESSION_ID}/sign-in-sheet`));
  });

  it('shows completion per teacher and completes the session only after a confirmation saying the hours are handed over', async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const api = fakeTraining(TRAINING_ALL);
    const run = { ...api.attendance.completion, sessionId: SESSION_ID, status: 'completed', handedOff: { awards: 1, reversals: 0 } };
    run.items = run.items.map((i) => ({ ...i, creditAwarded: i.completed }));
    run.counts = { ...run.counts, creditAwarded: 1 };
    api.training.forced.set(`POST /api/training/sessions/${SESSION_ID}/complete`, { status: 200, body: run });
    renderApp(`/training/sessions/${SESSION_ID}?tab=completion`);

    const table = await screen.findByTestId('completion-table', {}, FIRST_LOAD);
    const zhang = within(table).getByText('张三').closest('tr')!;
    for (const text of ['9 / 10（须 8）', '达标', '未转入']) expect(within(zhang).getByText(text)).toBeInTheDocument();
    expect(within(within(table).getByText('李四').closest('tr')!).getByText('未达标')).toBeInTheDocument();
    expect(screen.getByText('出勤 8 / 10 个半天（80%），迟到计为出勤，请假不计')).toBeInTheDocument();

    await user.click(buttonIn(table.closest('.ant-card') as HTMLElement, '结业'));
    const dialog = (await screen.findByText('办理结业？')).closest('.ant-modal') as HTMLElement;
    expect(
      within(dialog).getByText('「送培到校·示范县第一小学语文数学」结业后，按目前考勤达标的 1 名教师每人获得 30 学时，转入学分记录（继续教育学时）。'),
    ).toBeInTheDocument();
    expect(api.calls.filter((c) => c.path.endsWith('/complete'))).toHaveLength(0);
    await user.click(buttonIn(dialog, '结业'));

    await waitFor(() => expect(api.calls.filter((c) => c.method === 'POST' && c.path === `/api/training/sessions/${SESSION_ID}/complete`)).toHaveLength(1));
    expect(await screen.findByTestId('completion-handed-off')).toHaveTextContent('本次转入学时 1 人次，冲销 0 人次');
    expect(within(screen.getByTestId('completion-table')).getByText('已转入 30 学时')).toBeInTheDocument();
    expect(buttonIn(screen.getByTestId('completion-table').closest('.ant-card') as HTMLElement, '重新核算')).toBeInTheDocument();
  });
});

describe('签到表 (the printable sign-in sheet)', () => {
  it('prints one table per participant slot with 序号/姓名/学校/学科/签名/备注, walk-ins marked, and blank rows to sign by hand', async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const api = fakeTraining(TRAINING_ALL);
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const first = fakeRoster();
    first.push({ ...first[0]!, teacherId: 'walk-1', name: '赵六', schoolName: '示范县第二小学', walkIn: true, subjects: ['chinese'] });
    api.attendance.sheets.set(slots[0]!.slotId, first);
    renderApp(`/training/sessions/${SESSION_ID}/sign-in-sheet`);

    const sheet = await screen.findByRole('article', { name: '打印预览' }, FIRST_LOAD);
    expect(within(sheet).getByRole('heading', { level: 1, name: '签到表' })).toBeInTheDocument();
    for (const text of ['送培到校·示范县第一小学语文数学', '2026年示范县送培到校项目', '2026-12-06 至 2026-12-11', '30 学时'])
      expect(within(sheet).getByText(text)).toBeInTheDocument();

    const sections = within(sheet).getAllByRole('region');
    expect(sections).toHaveLength(10);
    const monday = within(sheet).getByRole('region', { name: '2026-12-07 上午 08:30–12:00' });
    expect(
      within(monday)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['序号', '姓名', '学校', '学科', '签名', '备注']);
    const rows = within(monday).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4 + 3);
    expect(within(rows[0]!).getByText('李四')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('语文')).toBeInTheDocument();
    expect(within(rows[3]!).getByText('赵六')).toBeInTheDocument();
    expect(within(rows[3]!).getByText('现场加入')).toBeInTheDocument();
    expect(within(rows[6]!).getByText('7')).toBeInTheDocument();
    const friday = within(sheet).getByRole('region', { name: '2026-12-11 下午 14:00–17:30' });
    expect(within(friday).getAllByRole('row').slice(1)).toHaveLength(3 + 3);
    expect(within(friday).queryByText('现场加入')).not.toBeInTheDocument();

    await user.click(buttonIn(document.body, '打印'));
    expect(print).toHaveBeenCalledTimes(1);
  });
});
