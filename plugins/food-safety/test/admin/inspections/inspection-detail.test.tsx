import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftInspection, fakeApi, INSPECTION_ID, LETTER_ID, LETTER_NUMBER, type InspectionDto } from './fake-api';
import { currentPath, renderAt, SCHOOL_PERMISSIONS } from './harness';

const FIRST_LOAD = { timeout: 15_000 };
afterEach(() => vi.unstubAllGlobals());

/** Submitted: A2 failed with a note and a photo, B2 corrected on site, B3 a repeat violation. */
function submittedInspection(overrides: Partial<InspectionDto> = {}): InspectionDto {
  const i = draftInspection({
    status: 'submitted',
    score: 5714,
    grade: 'fail',
    uncappedGrade: 'fail',
    authorityId: 'a',
    authorityName: '示范县市场监督管理局餐饮服务监督所',
    letter: { id: LETTER_ID, number: LETTER_NUMBER, currentRevision: 1 },
    notice: { id: 'n1', number: `${LETTER_NUMBER}整改`, status: 'open' },
    submittedAt: '2026-04-08T03:00:00.000Z',
    version: 4,
    ...overrides,
  });
  const set = (code: string, patch: Partial<InspectionDto['results'][number]>) =>
    Object.assign(
      i.results.find((r) => r.itemCode === code)!,
      patch,
    );
  set('A1', { result: 'compliant' });
  set('A2', {
    result: 'nonCompliant',
    note: '许可证未悬挂',
    photos: [{ fileId: '01900000-0000-7000-8000-0000000f0001', originalName: 'licence.jpg', mediaType: 'image/jpeg', contentUrl: '/api/files/x/content' }],
  });
  set('B1', { result: 'compliant' });
  set('B2', { result: 'nonCompliant', correctedOnSite: true, note: '留样不足' });
  set('B3', { result: 'nonCompliant', repeat: true, note: '地面积水' });
  return i;
}

describe('an inspection’s page', () => {
  it('shows the results by area with photos and repeat marks, the grade and the letter with its revisions', async () => {
    fakeApi({ inspection: submittedInspection() });
    renderAt(`/food-safety/inspections/${INSPECTION_ID}`);
    const results = await screen.findByTestId('results-by-area', {}, FIRST_LOAD);
    const a2 = within(results).getByTestId('result-A2');
    expect(within(a2).getByText('不符合')).toBeInTheDocument();
    expect(within(a2).getByText('重点项')).toBeInTheDocument();
    expect(within(a2).getByText('许可证未悬挂')).toBeInTheDocument();
    expect(within(a2).getByAltText('现场照片1（licence.jpg）')).toBeInTheDocument();
    expect(within(within(results).getByTestId('result-B2')).getByText('已当场整改')).toBeInTheDocument();
    expect(within(within(results).getByTestId('result-B3')).getByText('重复问题')).toBeInTheDocument();
    expect(screen.getByText('不合格')).toBeInTheDocument();
    expect(screen.getByText('57.14分')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: new RegExp(`${LETTER_NUMBER}整改`) })).toHaveAttribute('href', '/food-safety/notices/n1');
    // an inspector may amend it
    expect(screen.getByRole('button', { name: /修正/ })).toBeInTheDocument();

    await userEvent.setup({ delay: null, pointerEventsCheck: 0 }).click(screen.getByRole('tab', { name: '监督意见书' }));
    const letter = await screen.findByTestId('letter-panel');
    expect(within(letter).getAllByText(LETTER_NUMBER).length).toBeGreaterThan(0);
    expect(within(letter).getByText('首次签发')).toBeInTheDocument();
    expect(within(letter).getByRole('link', { name: '下载第1版 PDF' })).toHaveAttribute('href', `/api/food-safety/letters/${LETTER_ID}/pdf?revision=1`);
  });

  it('offers no amendment to a school, whose inspection the API marks read-only', async () => {
    fakeApi({ inspection: submittedInspection({ canEdit: false }), permissions: SCHOOL_PERMISSIONS });
    renderAt(`/food-safety/inspections/${INSPECTION_ID}`, { permissions: SCHOOL_PERMISSIONS });
    await screen.findByTestId('results-by-area', {}, FIRST_LOAD);
    expect(screen.queryByRole('button', { name: /修正/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /继续检查/ })).not.toBeInTheDocument();
  });

  it('amends a submitted inspection with a reason: rescored, and the letter reissued as revision 2 of the same number', async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const api = fakeApi({ inspection: submittedInspection() });
    const { router } = renderAt(`/food-safety/inspections/${INSPECTION_ID}/amend`);
    await screen.findByTestId('form-header', {}, FIRST_LOAD);
    // the last area: B3 was wrongly failed
    fireEvent.mouseDown(screen.getByRole('combobox', { name: /第 1\/4 步/ }));
    await user.click(await screen.findByTitle('加工制作（3/3）'));
    await user.click(within(screen.getByTestId('item-B3')).getByRole('radio', { name: '符合' }));
    await user.click(screen.getByRole('button', { name: /下一步/ }));
    expect(screen.queryByText('签发机关')).not.toBeVisible();
    await user.click(screen.getByRole('button', { name: /提交修正/ }));
    expect(await screen.findByText('请写明修正原因')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/修正原因/), '复核照片，地面无积水');
    await user.click(screen.getByRole('button', { name: /提交修正/ }));
    const confirm = await screen.findByTestId('submit-confirm');
    expect(within(confirm).getByText('修正原因：复核照片，地面无积水')).toBeInTheDocument();
    expect(within(confirm).getByText(`意见书 ${LETTER_NUMBER} 将重新出具新版本。`)).toBeInTheDocument();
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /提交修正/ }));

    const result = await screen.findByTestId('inspection-result', {}, FIRST_LOAD);
    await waitFor(() => expect(currentPath(router)).toBe(`/food-safety/inspections/${INSPECTION_ID}/result`));
    expect(within(result).getByTestId('letter-number')).toHaveTextContent(LETTER_NUMBER);
    expect(within(result).getByText('第2版')).toBeInTheDocument();
    // rescored: 25 of 35 → 71.43, 一般
    expect(within(result).getByTestId('result-score')).toHaveTextContent('71.43分');
    expect(within(within(result).getByTestId('result-grade')).getByText('一般')).toBeInTheDocument();
    const amend = api.calls.find((c) => c.method === 'POST' && c.path.endsWith('/amend'))!;
    expect(amend.body).toMatchObject({ version: 4, reason: '复核照片，地面无积水' });
    expect((amend.body as { results: { itemCode: string; result: string }[] }).results.find((r) => r.itemCode === 'B3')!.result).toBe('compliant');
    // the inspection had its deadline already: the amendment sends none
    expect(amend.body).not.toHaveProperty('deadline');
  });

  it('asks for the deadline when an amendment puts items on a notice the inspection did not have', async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    // B3 (the only item for a notice) was corrected on site: no notice, no deadline
    const inspection = submittedInspection({ notice: null });
    Object.assign(
      inspection.results.find((r) => r.itemCode === 'A2')!,
      { result: 'compliant', note: null, photos: [] },
    );
    Object.assign(
      inspection.results.find((r) => r.itemCode === 'B3')!,
      { correctedOnSite: true },
    );
    const api = fakeApi({ inspection });
    renderAt(`/food-safety/inspections/${INSPECTION_ID}/amend`);
    await screen.findByTestId('form-header', {}, FIRST_LOAD);
    fireEvent.mouseDown(screen.getByRole('combobox', { name: /第 1\/4 步/ }));
    await user.click(await screen.findByTitle('加工制作（3/3）'));
    // B3 was not corrected on site after all
    await user.click(within(screen.getByTestId('item-B3')).getByRole('switch'));
    await user.click(screen.getByRole('button', { name: /下一步/ }));
    expect(screen.queryByText('签发机关')).not.toBeVisible();
    await user.type(screen.getByLabelText(/修正原因/), 'B3 未当场整改');
    await user.click(screen.getByRole('button', { name: /提交修正/ }));
    expect(await screen.findByText('请填写整改截止日期，或选择立行立改并长期坚持')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('整改截止日期'), { target: { value: '2026-04-30' } });
    await user.click(screen.getByRole('button', { name: /提交修正/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /提交修正/ }));
    await screen.findByTestId('inspection-result', {}, FIRST_LOAD);
    const amend = api.calls.find((c) => c.method === 'POST' && c.path.endsWith('/amend'))!;
    expect(amend.body).toMatchObject({ reason: 'B3 未当场整改', deadline: { kind: 'date', on: '2026-04-30' } });
  });
});
