import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftKey, loadDraft } from '../../../src/admin/inspections/draft/draft-store';
import { AUTHORITY_ID, fakeApi, INSPECTION_ID, LETTER_ID, LETTER_NUMBER, NOTICE_ID } from './fake-api';
import { currentPath, renderAt, USER_ID } from './harness';
import { installMatchMedia, setViewportWidth } from './viewport';

const FILL = `/food-safety/inspections/${INSPECTION_ID}/fill`;
const FIRST_LOAD = { timeout: 15_000 };

beforeEach(() => {
  installMatchMedia();
  setViewportWidth(390);
});
afterEach(() => {
  vi.unstubAllGlobals();
  setViewportWidth(1280);
});

type User = ReturnType<typeof userEvent.setup>;

async function answer(user: User, itemCode: string, word: string) {
  const card = screen.getByTestId(`item-${itemCode}`);
  await user.click(within(card).getByRole('radio', { name: word }));
}

async function next(user: User) {
  await user.click(screen.getByRole('button', { name: /下一步/ }));
}

/** Opens an antd Select by its label and picks the option with this text. */
async function choose(user: User, label: string, option: string) {
  const box = screen.getByRole('combobox', { name: label });
  fireEvent.mouseDown(box);
  const opt = await screen.findByTitle(option);
  await user.click(opt);
}

describe('the inspection form on a phone', () => {
  it('answers every item, fails two with a note and a photo, submits and shows the letter number', async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const api = fakeApi();
    const { router } = renderAt(FILL);

    // header: canteen, kind, date; the officers present come from the server
    const header = await screen.findByTestId('form-header', {}, FIRST_LOAD);
    expect(within(header).getByText('城关一小食堂')).toBeInTheDocument();
    expect(within(header).getByText('专项检查')).toBeInTheDocument();
    expect(within(header).getByText('2026-04-08')).toBeInTheDocument();
    expect(screen.getByTestId('progress-text')).toHaveTextContent('已检 0/5');
    expect(screen.getAllByTestId('inspector-entry')).toHaveLength(2);
    expect(screen.getByDisplayValue('李教体')).toBeInTheDocument();

    // area 1: 许可管理
    await next(user);
    expect(screen.getByRole('heading', { name: '许可管理' })).toBeInTheDocument();
    await answer(user, 'A1', '符合');
    await answer(user, 'A2', '不符合');
    const a2 = screen.getByTestId('item-A2');
    await user.type(within(a2).getByLabelText('问题描述'), '许可证未悬挂');
    // a photo from the camera: uploaded through core's files API, then attached to the result
    const camera = within(a2).getByLabelText('拍照');
    expect(camera).toHaveAttribute('accept', 'image/*');
    expect(camera).toHaveAttribute('capture', 'environment');
    await user.upload(camera, new File([new Uint8Array([0xff, 0xd8, 0xff])], 'licence.jpg', { type: 'image/jpeg' }));
    expect(await within(a2).findByAltText('现场照片1（licence.jpg）')).toBeInTheDocument();
    expect(api.calls.some((c) => c.method === 'POST' && c.path === '/api/files')).toBe(true);
    expect(api.calls.find((c) => c.path.endsWith('/results/A2/photos'))?.body).toEqual({ fileId: expect.any(String) });
    // the live score and grade follow the answers: 10 of 15 → 66.67 一般
    expect(screen.getByTestId('progress-text')).toHaveTextContent('已检 2/5');
    expect(within(screen.getByTestId('live-grade')).getByText('得分 66.67')).toBeInTheDocument();
    expect(within(screen.getByTestId('live-grade')).getByText('一般')).toBeInTheDocument();
    // the draft is on the device, with the time
    expect(screen.getByTestId('draft-status')).toHaveTextContent(/草稿已保存在本机 \d\d:\d\d/);
    expect(loadDraft(INSPECTION_ID, USER_ID)?.data).toMatchObject({
      answers: { A1: { result: 'compliant' }, A2: { result: 'nonCompliant', note: '许可证未悬挂' } },
    });

    // area 2: 加工制作 — B2 (minor) fails and is corrected on site; the rest pass or do not apply
    await next(user);
    await answer(user, 'B1', '符合');
    await answer(user, 'B2', '不符合');
    const b2 = screen.getByTestId('item-B2');
    await user.type(within(b2).getByLabelText('问题描述'), '留样不足125克');
    await user.click(within(b2).getByRole('switch'));
    await answer(user, 'B3', '不适用');
    expect(screen.getByTestId('progress-text')).toHaveTextContent('已检 5/5');

    // review: both failed items listed with where they go; authority and deadline are required
    await next(user);
    const step = screen.getByTestId('submit-step');
    const failed = within(step).getByTestId('failed-list');
    expect(within(failed).getByText('许可证悬挂在显著位置')).toBeInTheDocument();
    expect(within(failed).getByText('列入整改通知')).toBeInTheDocument();
    expect(within(failed).getByText('已当场整改')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /提\s*交/ }));
    const problems = await screen.findByTestId('submit-problems');
    expect(within(problems).getByText('请选择签发机关')).toBeInTheDocument();
    expect(within(problems).getByText('请填写整改截止日期，或选择立行立改并长期坚持')).toBeInTheDocument();
    expect(screen.queryByTestId('submit-confirm')).not.toBeInTheDocument();

    await choose(user, '签发机关', '示范县市场监督管理局餐饮服务监督所');
    fireEvent.change(screen.getByLabelText('整改截止日期'), { target: { value: '2026-04-22' } });
    await user.type(screen.getByLabelText('整改责任人'), '张校长');
    await user.click(screen.getByRole('button', { name: /提\s*交/ }));

    // the confirmation sums up what is issued
    const confirm = await screen.findByTestId('submit-confirm');
    expect(within(confirm).getByText('以 示范县市场监督管理局餐饮服务监督所 的名义签发监督意见书')).toBeInTheDocument();
    expect(within(confirm).getByText('不符合 2 项，其中列入整改通知 1 项：')).toBeInTheDocument();
    expect(within(confirm).getByText('整改期限：2026-04-22 前完成')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /确认提交/ }));

    // the result page: score, grade face with its word, letter number and PDF, the notice
    const result = await screen.findByTestId('inspection-result', {}, FIRST_LOAD);
    expect(currentPath(router)).toBe(`/food-safety/inspections/${INSPECTION_ID}/result`);
    expect(within(result).getByTestId('letter-number')).toHaveTextContent(LETTER_NUMBER);
    expect(within(result).getByRole('link', { name: /下载意见书 PDF/ })).toHaveAttribute('href', `/api/food-safety/letters/${LETTER_ID}/pdf`);
    // 4 applicable items scored (B3 not applicable): 20 of 30 → 66.67, 一般
    expect(within(result).getByTestId('result-score')).toHaveTextContent('66.67分');
    const grade = within(result).getByTestId('result-grade');
    expect(within(grade).getByText('一般')).toBeInTheDocument();
    expect(grade.querySelector('svg[data-face="flat"]')).not.toBeNull();
    const noticeCard = within(result).getByTestId('result-notice');
    expect(within(noticeCard).getByText(`${LETTER_NUMBER}整改`)).toBeInTheDocument();
    expect(within(noticeCard).getByText('1项')).toBeInTheDocument();

    // what was sent: the officers, the answers, then the submit with authority and deadline
    const put = api.calls.find((c) => c.method === 'PUT')!;
    expect((put.body as { results: unknown[] }).results).toEqual(
      expect.arrayContaining([
        { itemCode: 'A2', result: 'nonCompliant', correctedOnSite: false, note: '许可证未悬挂', leaveOffReason: null },
        { itemCode: 'B2', result: 'nonCompliant', correctedOnSite: true, note: '留样不足125克', leaveOffReason: null },
        { itemCode: 'B3', result: 'notApplicable', correctedOnSite: false, note: null, leaveOffReason: null },
      ]),
    );
    const submit = api.calls.find((c) => c.method === 'POST' && c.path.endsWith('/submit'))!;
    expect(submit.body).toEqual({ version: 3, authorityId: AUTHORITY_ID, deadline: { kind: 'date', on: '2026-04-22' }, rectificationOwner: '张校长' });
    // submitted: the device draft is gone
    expect(localStorage.getItem(draftKey(INSPECTION_ID, USER_ID))).toBeNull();

    // the notice link goes to the rectification part's page
    await user.click(within(noticeCard).getByRole('button', { name: /查看整改通知/ }));
    await waitFor(() => expect(currentPath(router)).toBe(`/food-safety/notices/${NOTICE_ID}`));
  });

  it('keeps the answers on the device across a reload and offers them back', async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const api = fakeApi();
    const first = renderAt(FILL);
    await screen.findByTestId('form-header', {}, FIRST_LOAD);
    await next(user);
    await answer(user, 'A1', '符合');
    await answer(user, 'A2', '未检查');
    first.unmount();

    // the page is opened again (a reload, or the phone lost the tab): the server has nothing new
    renderAt(FILL);
    const offer = await screen.findByTestId('draft-offer', {}, FIRST_LOAD);
    expect(offer).toHaveTextContent(/本机有一份 2\d{3}-\d\d-\d\d \d\d:\d\d 保存的草稿，比服务器上的内容新。/);
    expect(screen.getByTestId('progress-text')).toHaveTextContent('已检 0/5');
    await user.click(within(offer).getByRole('button', { name: '恢复本机草稿' }));
    expect(screen.queryByTestId('draft-offer')).not.toBeInTheDocument();
    expect(screen.getByTestId('progress-text')).toHaveTextContent('已检 2/5');
    await next(user);
    expect(within(screen.getByTestId('item-A2')).getByRole('radio', { name: '未检查' })).toBeChecked();

    // saved to the server from here: later drafts are made from the new version, so nothing is offered after that
    await user.click(screen.getByRole('button', { name: /暂存到服务器/ }));
    await screen.findByText(/已暂存到服务器/);
    expect(api.state.inspection.results.find((r) => r.itemCode === 'A2')!.result).toBe('notObserved');
    expect(loadDraft(INSPECTION_ID, USER_ID)?.baseVersion).toBe(api.state.inspection.version);
  });

  it('asks for the reason when a minor item is left off the notice, and refuses too few officers', async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    fakeApi();
    renderAt(FILL);
    await screen.findByTestId('form-header', {}, FIRST_LOAD);
    // one officer removed: fewer than two
    await user.click(screen.getByRole('button', { name: /移除此人/ }));
    await next(user);
    await answer(user, 'A1', '符合');
    await answer(user, 'A2', '符合');
    await next(user);
    await answer(user, 'B1', '符合');
    await answer(user, 'B2', '符合');
    await answer(user, 'B3', '不符合');
    const b3 = screen.getByTestId('item-B3');
    // a minor item may be left off, with a reason
    await user.click(within(b3).getByRole('checkbox', { name: '不列入整改通知' }));
    expect(within(b3).getByLabelText(/不列入的理由/)).toBeRequired();
    await next(user);
    await choose(user, '签发机关', '示范县市场监督管理局餐饮服务监督所');
    await user.click(screen.getByRole('button', { name: /提\s*交/ }));
    const problems = await screen.findByTestId('submit-problems');
    expect(within(problems).getByText('检查人员不少于2人')).toBeInTheDocument();
    expect(within(problems).getByText('请写明不列入整改通知的理由（第5项）')).toBeInTheDocument();
    expect(screen.queryByTestId('submit-confirm')).not.toBeInTheDocument();
  });
});
