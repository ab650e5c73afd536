import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fill, renderApp } from '../harness';
import { buttonIn } from '../users/fake-users';
import { fakeSlots, FIRST_LOAD, WALK_IN_TEACHER_ID } from './fake-attendance';
import { SESSION_ID, TEACHER2_ID, TEACHER3_ID, TEACHER_ID, TRAINING_ALL, fakeTraining } from './fake-training';

// userEvent without its pointer-events check: walking computed styles is what makes clicks on antd pages slow in jsdom

const slot = fakeSlots()[0]!; // 2026-12-07 上午
const SHEET = `/training/sessions/${SESSION_ID}/slots/${slot.slotId}/attendance`;
const sheetPath = `/api/training/sessions/${SESSION_ID}/slots/${slot.slotId}/attendance`;

beforeEach(() => {
  // 2026-12-07 10:00 in Asia/Shanghai: the first participant slot's day
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-07T02:00:00.000Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const rowOf = async (name: string) => (await screen.findByText(name, { selector: 'td span' }, FIRST_LOAD)).closest('tr')!;

describe('考勤表 (a slot’s attendance sheet)', () => {
  it('shows each teacher’s mark, source and confirmation, and confirms the selected teachers', async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const api = fakeTraining(TRAINING_ALL);
    renderApp(SHEET);

    expect(await screen.findByText('送培到校·示范县第一小学语文数学 · 2026-12-07 上午 08:30–12:00', {}, FIRST_LOAD)).toBeInTheDocument();
    const zhang = await rowOf('张三');
    for (const text of ['出勤', '签到码', '08:25', '待确认']) expect(within(zhang).getByText(text)).toBeInTheDocument();
    expect(within(await rowOf('王五')).getByText('迟到')).toBeInTheDocument();
    expect(within(await rowOf('李四')).getByText('未签到')).toBeInTheDocument();

    const confirm = screen.getByText('确认出勤', { selector: 'button span' }).closest('button')!;
    expect(confirm).toBeDisabled();
    await user.click(screen.getByLabelText('选择 李四'));
    await user.click(screen.getByLabelText('选择 王五'));
    expect(confirm).toBeEnabled();
    await user.click(confirm);
    // the confirmation says who is marked present without a record of their own
    expect(await screen.findByText('确认所选 2 人的考勤？')).toBeInTheDocument();
    expect(screen.getByText('其中 1 人尚未签到，将记为“出勤”（培训者确认）。')).toBeInTheDocument();
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    const pop = screen.getByText('确认所选 2 人的考勤？').closest('.ant-popover') as HTMLElement;
    await user.click(buttonIn(pop, '确认出勤'));

    await waitFor(() => expect(api.calls.filter((c) => c.method === 'POST' && c.path === `${sheetPath}/confirm`)).toHaveLength(1));
    expect(api.calls.find((c) => c.path === `${sheetPath}/confirm`)!.body).toEqual({ teacherIds: [TEACHER2_ID, TEACHER3_ID] });
    const li = await rowOf('李四');
    await waitFor(() => expect(within(li).getByText('培训者确认')).toBeInTheDocument());
    expect(within(li).getByText('出勤')).toBeInTheDocument();
    expect(within(li).getByText('已确认')).toBeInTheDocument();
    expect(within(await rowOf('张三')).getByText('待确认')).toBeInTheDocument();
  });

  it('补登/更正 needs a reason, sends the record’s version, and after a 409 reloads so the next try succeeds', async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const api = fakeTraining(TRAINING_ALL);
    renderApp(SHEET);

    await user.click(await screen.findByLabelText('补登或更正 张三 的考勤', {}, FIRST_LOAD));
    const dialog = (await screen.findByText('更正考勤：张三')).closest('.ant-modal') as HTMLElement;
    await user.click(within(dialog).getByText('缺勤'));
    await user.click(buttonIn(dialog, '保存'));
    expect(await within(dialog).findByText('请填写补登或更正的原因')).toBeInTheDocument();
    expect(api.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);

    // meanwhile someone else corrected the record: the version sent is stale
    api.attendance.sheets.get(slot.slotId)!.find((r) => r.teacherId === TEACHER_ID)!.version = 5;
    await fill(user, within(dialog).getByLabelText('原因'), '当天请病假，已补交请假条');
    await user.click(buttonIn(dialog, '保存'));
    expect(await within(dialog).findByText('该记录已被他人修改，请刷新后再编辑')).toBeInTheDocument();
    const puts = () => api.calls.filter((c) => c.method === 'PUT' && c.path === `${sheetPath}/${TEACHER_ID}`);
    expect(puts()[0]!.body).toEqual({ mark: 'absent', reason: '当天请病假，已补交请假条', version: 2 });

    // the sheet was reloaded: the same dialog now corrects version 5
    await waitFor(() => expect(api.calls.filter((c) => c.method === 'GET' && c.path === sheetPath).length).toBeGreaterThanOrEqual(2));
    await user.click(buttonIn(dialog, '保存'));
    await waitFor(() => expect(puts()).toHaveLength(2));
    expect(puts()[1]!.body).toMatchObject({ mark: 'absent', version: 5 });
    const zhang = await rowOf('张三');
    await waitFor(() => expect(within(zhang).getByText('缺勤')).toBeInTheDocument());
    expect(within(zhang).getByText('补登')).toBeInTheDocument();
    expect(within(zhang).getByText('当天请病假，已补交请假条')).toBeInTheDocument();
  });

  it('adds a walk-in found by name, flagged 现场加入', async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const api = fakeTraining(TRAINING_ALL);
    api.training.teachers.push({
      id: WALK_IN_TEACHER_ID,
      name: '赵六',
      schoolId: 'x',
      schoolName: '示范县第二小学',
      subjects: ['chinese'],
      mobile: null,
      archivedAt: null,
      version: 1,
    });
    renderApp(SHEET);

    await user.click(await screen.findByText('现场加入', { selector: 'button span' }, FIRST_LOAD));
    const dialog = (await screen.findByText('现场加入', { selector: '.ant-modal-title' })).closest('.ant-modal') as HTMLElement;
    await user.click(buttonIn(dialog, '加入'));
    expect(await within(dialog).findByText('请选择教师')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('教师'), '赵');
    await user.click(await screen.findByTitle('赵六（示范县第二小学）'));
    await user.click(buttonIn(dialog, '加入'));
    // the session's own candidates, not the directory (an expert trainer has no directory scope)
    expect(api.calls.some((c) => c.path === `/api/training/sessions/${SESSION_ID}/walk-in-candidates` && c.search.get('q') === '赵')).toBe(true);

    await waitFor(() => expect(api.calls.filter((c) => c.method === 'POST' && c.path === `/api/training/sessions/${SESSION_ID}/walk-ins`)).toHaveLength(1));
    expect(api.calls.find((c) => c.path.endsWith('/walk-ins'))!.body).toEqual({ teacherId: WALK_IN_TEACHER_ID, slotId: slot.slotId });
    const zhao = await rowOf('赵六');
    expect(within(zhao).getAllByText('现场加入').length).toBe(2); // the flag and the source
  });

  it('gives a coordinator who marks but does not run the session corrections only: no selection, confirmation or walk-in', async () => {
    fakeTraining(['training.read', 'training.attendance.mark']);
    renderApp(SHEET);
    await rowOf('张三');
    expect(screen.getByLabelText('补登或更正 张三 的考勤')).toBeInTheDocument();
    expect(screen.queryByLabelText('选择 李四')).not.toBeInTheDocument();
    expect(screen.queryByText('确认出勤', { selector: 'button span' })).not.toBeInTheDocument();
    expect(screen.queryByText('现场加入', { selector: 'button span' })).not.toBeInTheDocument();
  });
});
