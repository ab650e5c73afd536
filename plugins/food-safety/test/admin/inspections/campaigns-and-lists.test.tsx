import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CAMPAIGN_ID, CANTEEN_ID, draftInspection, fakeApi, INSPECTION_ID, summaryOf } from './fake-api';
import { currentPath, renderAt } from './harness';

const FIRST_LOAD = { timeout: 15_000 };
afterEach(() => vi.unstubAllGlobals());

const CAMPAIGN = {
  id: CAMPAIGN_ID,
  name: '2026年春季学校食堂食品安全专项检查',
  startsOn: '2026-03-01',
  endsOn: '2026-05-31',
  status: 'active' as const,
  regionId: 'r',
  regionName: '示范县',
  documentNumber: '某市监发〔2026〕12号',
  documentTitle: '关于迅速开展中小学食堂食品安全检查的紧急通知',
  documentFileId: null,
  templateId: null,
  templateName: null,
  notes: null,
  outingCount: 22,
  inspectionCount: 131,
  createdAt: '2026-03-01T00:00:00.000Z',
  version: 1,
};

describe('a campaign’s page', () => {
  it('shows the progress as the bureau counts it, each figure linked to its rows', async () => {
    fakeApi({ campaigns: [CAMPAIGN] });
    renderAt(`/food-safety/campaigns/${CAMPAIGN_ID}`);
    const progress = await screen.findByTestId('campaign-progress', {}, FIRST_LOAD);
    expect(within(progress).getByTestId('canteens-progress')).toHaveTextContent('已检查 120 家 / 辖区共 209 家');
    expect(within(progress).getByText('113人次')).toBeInTheDocument();
    expect(within(progress).getByText('22辆次')).toBeInTheDocument();
    expect(within(progress).getByRole('link', { name: '意见书' })).toHaveAttribute('href', `/food-safety/letters?campaignId=${CAMPAIGN_ID}`);
    expect(within(progress).getByRole('link', { name: '逾期整改通知' })).toHaveAttribute(
      'href',
      `/food-safety/notices?campaignId=${CAMPAIGN_ID}&status=overdue`,
    );
    const grades = within(progress).getByTestId('grade-distribution');
    expect(within(grades).getByText('不合格')).toBeInTheDocument();
    expect(within(grades).getByText('6次')).toBeInTheDocument();
    expect(screen.getByText('某市监发〔2026〕12号 《关于迅速开展中小学食堂食品安全检查的紧急通知》')).toBeInTheDocument();
  });
});

describe('监督检查 list', () => {
  it('shows each inspection’s grade as face and word, and filters by grade through the URL', async () => {
    const api = fakeApi({
      inspections: [
        summaryOf(
          draftInspection({
            id: 'i1',
            status: 'submitted',
            score: 9500,
            grade: 'excellent',
            letter: { id: 'l1', number: '某监餐意〔2026〕第001号', currentRevision: 1 },
          }),
        ),
        summaryOf(draftInspection({ id: 'i2', status: 'submitted', score: 5000, grade: 'fail', canteenName: '河西中学食堂' })),
      ],
    });
    renderAt('/food-safety/inspections?grade=fail');
    expect(await screen.findByText('河西中学食堂', {}, FIRST_LOAD)).toBeInTheDocument();
    expect(screen.getByText('不合格', { selector: '.fs-grade-word' })).toBeInTheDocument();
    expect(screen.queryByText('某监餐意〔2026〕第001号')).not.toBeInTheDocument();
    const list = api.calls.find((c) => c.path === '/api/food-safety/inspections')!;
    expect(list.search.get('grade')).toBe('fail');
  });
});

describe('开始检查', () => {
  it('makes the draft with the campaign from the address and opens the phone form', async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const api = fakeApi({ campaigns: [CAMPAIGN] });
    const { router } = renderAt(`/food-safety/inspections/new?campaignId=${CAMPAIGN_ID}&canteenId=${CANTEEN_ID}`);
    await screen.findByRole('heading', { name: '开始检查' }, FIRST_LOAD);
    // the canteen from the address is chosen, named with its school
    expect(await screen.findByTitle('城关一小食堂（城关第一小学）')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /开始检查/ }));
    await waitFor(() => expect(currentPath(router)).toBe(`/food-safety/inspections/${INSPECTION_ID}/fill`));
    const created = api.calls.find((c) => c.method === 'POST' && c.path === '/api/food-safety/inspections')!;
    expect(created.body).toMatchObject({ kind: 'campaign', canteenId: CANTEEN_ID, campaignId: CAMPAIGN_ID });
    expect(await screen.findByTestId('inspection-form', {}, FIRST_LOAD)).toBeInTheDocument();
  });
});
