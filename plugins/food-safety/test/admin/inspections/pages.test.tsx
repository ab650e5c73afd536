import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import CanteenInspectionHistory, { CanteenInspectionHistory as NamedHistory } from '../../../src/admin/inspections/CanteenInspectionHistory';
import SchoolFoodSafetyWidget from '../../../src/admin/inspections/widgets/SchoolFoodSafetyWidget';
import { termOf } from '../../../src/admin/inspections/widgets/term';
import { saveDraft } from '../../../src/admin/inspections/draft/draft-store';
import { CAMPAIGN_ID, CANTEEN_ID, draftInspection, fakeApi, INSPECTION_ID, notice, SCHOOL_ID, summaryOf } from './fake-api';
import { renderAt, renderComponent, SCHOOL_PERMISSIONS, USER_ID } from './harness';

const FIRST_LOAD = { timeout: 15_000 };

afterEach(() => vi.unstubAllGlobals());

function submitted(
  id: string,
  inspectedOn: string,
  grade: 'excellent' | 'good' | 'fair' | 'fail',
  score: number,
  extra: Partial<ReturnType<typeof draftInspection>> = {},
) {
  return summaryOf(
    draftInspection({
      id,
      status: 'submitted',
      inspectedOn,
      grade,
      score,
      letter: { id: `${id}-l`, number: `某监餐意〔2026〕第0${id.slice(-2)}号`, currentRevision: 1 },
      counts: { compliant: 4, nonCompliant: 1, notApplicable: 0, notObserved: 0, unanswered: 0, failedCritical: 0, correctedOnSite: 0, repeats: 0 },
      ...extra,
    }),
  );
}

describe('检查工作台', () => {
  it('puts overdue and due-soon notices first, then my drafts (also those kept on this device), today’s outings and campaigns', async () => {
    const api = fakeApi({
      notices: [
        notice({ id: 'n1', canteenName: '城关一小食堂', overdue: true, daysOverdue: 7 }),
        notice({ id: 'n2', canteenName: '河西中学食堂', overdue: false, dueSoon: true, daysOverdue: 0, deadline: '2026-04-10' }),
        notice({ id: 'n3', canteenName: '已销号食堂', overdue: false, status: 'closed' }),
      ],
      inspections: [
        summaryOf(draftInspection()),
        summaryOf(draftInspection({ id: 'other-draft', canteenName: '别人的食堂', inspectors: [{ userId: 'someone', name: '赵某', agency: null }] })),
      ],
      outings: [],
      campaigns: [
        {
          id: CAMPAIGN_ID,
          name: '2026年春季学校食堂食品安全专项检查',
          startsOn: '2026-03-01',
          endsOn: '2026-05-31',
          status: 'active',
          regionId: 'r',
          regionName: '示范县',
          documentNumber: null,
          documentTitle: null,
          documentFileId: null,
          templateId: null,
          templateName: null,
          notes: null,
          outingCount: 22,
          inspectionCount: 131,
          createdAt: '2026-03-01T00:00:00.000Z',
          version: 1,
        },
      ],
    });
    saveDraft(INSPECTION_ID, USER_ID, { answers: {} }, 1);
    renderAt('/food-safety');
    const home = await screen.findByTestId('inspector-home', {}, FIRST_LOAD);
    const sections = [...home.querySelectorAll('[data-testid^="home-"]')].map((e) => e.getAttribute('data-testid'));
    expect(sections).toEqual(['home-notices', 'home-drafts', 'home-outings', 'home-campaigns']);

    const notices = screen.getByTestId('home-notices');
    await within(notices).findByText('已逾期7天');
    const rows = within(notices)
      .getAllByRole('link')
      .filter((a) => /^\/food-safety\/notices\/n\d$/.test(a.getAttribute('href') ?? ''));
    // overdue first, then due soon; a closed notice is not there
    expect(rows.map((a) => a.getAttribute('href'))).toEqual(['/food-safety/notices/n1', '/food-safety/notices/n2']);
    expect(rows[0]).toHaveTextContent('城关一小食堂');
    expect(within(notices).getByText('2026-04-10 到期')).toBeInTheDocument();
    expect(within(notices).queryByText(/已销号食堂/)).not.toBeInTheDocument();
    expect(api.calls.some((c) => c.path === '/api/food-safety/notices' && c.search.get('status') === 'overdue')).toBe(true);

    const drafts = screen.getByTestId('home-drafts');
    expect(await within(drafts).findByText('城关一小食堂')).toBeInTheDocument();
    expect(within(drafts).queryByText('别人的食堂')).not.toBeInTheDocument();
    expect(within(drafts).getByText(/本机草稿/)).toBeInTheDocument();
    expect(within(screen.getByTestId('home-outings')).getByText('今天没有出动安排，点击安排出动')).toBeInTheDocument();
    const card = await screen.findByTestId('campaign-card');
    expect(await within(card).findByText('已检查 120 家 / 辖区共 209 家')).toBeInTheDocument();
  });
});

describe('CanteenInspectionHistory', () => {
  it('lists the canteen’s inspections over time with the grade’s face and word', async () => {
    expect(NamedHistory).toBe(CanteenInspectionHistory);
    const api = fakeApi({
      inspections: [
        submitted('00000000-0000-7000-8000-000000000012', '2026-04-08', 'fair', 6667, { capped: true }),
        submitted('00000000-0000-7000-8000-000000000011', '2025-10-12', 'excellent', 9500),
      ],
    });
    renderComponent(<CanteenInspectionHistory canteenId={CANTEEN_ID} />);
    const box = await screen.findByTestId('canteen-inspection-history', {}, FIRST_LOAD);
    await within(box).findByText('2025-10-12');
    expect(within(box).getByText('95.00')).toBeInTheDocument();
    expect(within(box).getByText('优秀')).toBeInTheDocument();
    // the latest first, large, with its cap said in words
    expect(within(box).getAllByText('一般')).toHaveLength(2);
    expect(box.querySelector('svg[data-face="bigSmile"]')).not.toBeNull();
    expect(within(box).getAllByText('（有关键项不符合，等级封顶）').length).toBeGreaterThan(0);
    const query = api.calls.find((c) => c.path === '/api/food-safety/inspections')!;
    expect(Object.fromEntries(query.search)).toMatchObject({ canteenId: CANTEEN_ID, status: 'submitted', sort: '-inspectedOn' });
  });

  it('says so when the canteen has not been inspected', async () => {
    fakeApi();
    renderComponent(<CanteenInspectionHistory canteenId={CANTEEN_ID} />);
    expect(await screen.findByText('还没有检查记录。', {}, FIRST_LOAD)).toBeInTheDocument();
  });
});

describe('the school page widget', () => {
  it('shows the school’s canteen with its latest grade and its open and overdue notices', async () => {
    fakeApi({
      permissions: SCHOOL_PERMISSIONS,
      inspections: [submitted('00000000-0000-7000-8000-000000000012', '2026-04-08', 'good', 8200)],
      notices: [notice({ id: 'n1', overdue: true }), notice({ id: 'n2', overdue: false, status: 'evidenceSubmitted' })],
    });
    renderComponent(<SchoolFoodSafetyWidget zone="school.detail" entityId={SCHOOL_ID} />, { permissions: SCHOOL_PERMISSIONS });
    const row = await screen.findByTestId(`school-canteen-${CANTEEN_ID}`, {}, FIRST_LOAD);
    expect(within(row).getByRole('link', { name: '城关一小食堂' })).toHaveAttribute('href', `/food-safety/canteens/${CANTEEN_ID}`);
    expect(await within(row).findByText('良好')).toBeInTheDocument();
    await waitFor(() => expect(within(row).getByText('未销号整改通知 2 份')).toBeInTheDocument());
    expect(within(row).getByText('逾期 1 份')).toBeInTheDocument();
  });
});

describe('this term', () => {
  it('runs February–July and August–January', () => {
    expect(termOf('2026-04-08')).toEqual({ year: 2026, term: 'spring', from: '2026-02-01', to: '2026-07-31' });
    expect(termOf('2026-09-01')).toEqual({ year: 2026, term: 'autumn', from: '2026-08-01', to: '2027-01-31' });
    expect(termOf('2027-01-15')).toEqual({ year: 2026, term: 'autumn', from: '2026-08-01', to: '2027-01-31' });
  });
});
