import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FiguresReport } from '../src/api/types';
import { fakeApi, renderApp } from './harness';

afterEach(() => vi.unstubAllGlobals());

const REGION_ID = '01900000-0000-7000-8000-0000000000a1';

function report(): FiguresReport {
  return {
    region: { id: REGION_ID, code: '439901', name: '示范县', kind: 'region' },
    period: { kind: 'calendarYear', text: '2026', from: '2026-01-01', to: '2026-12-31', label: '2026年' },
    sections: [
      {
        id: 'grants.aid',
        owner: 'grants',
        title: 'grants.aid.title',
        order: 10,
        figures: [
          { key: 'grants.aid.amount', label: 'grants.aid.amount', value: 7_577_402_50, unit: 'fen', source: 'computed' },
          { key: 'grants.aid.personTimes', label: 'grants.aid.personTimes', value: 13979, unit: 'personTimes', source: 'computed' },
          {
            key: 'grants.aid.filed',
            label: 'grants.aid.filed',
            value: 7106,
            unit: 'personTimes',
            partsOf: 'grants.aid.personTimes',
            partition: 'byCategory',
            source: 'computed',
          },
          {
            key: 'grants.aid.other',
            label: 'grants.aid.other',
            value: 6000,
            unit: 'personTimes',
            partsOf: 'grants.aid.personTimes',
            partition: 'byCategory',
            source: 'entered',
          },
          {
            key: 'grants.aid.smallAmount',
            label: 'grants.aid.smallAmount',
            value: 19_081_250,
            unit: 'fen',
            source: 'computed',
            drill: '/grants/disbursements?year=2026',
          },
        ],
        tables: [],
      },
      {
        id: 'platform.usage',
        owner: 'platform',
        title: 'platform.usage.title',
        order: 9000,
        figures: [
          {
            key: 'platform.usage.accounts',
            label: 'platform.usage.accounts',
            value: 10,
            unit: 'persons',
            measure: 'platform.usage.measure.persons',
            source: 'computed',
          },
          {
            key: 'platform.usage.accountsActive',
            label: 'platform.usage.accountsActive',
            value: 7,
            unit: 'persons',
            partsOf: 'platform.usage.accounts',
            partition: 'byStatus',
            source: 'computed',
          },
          {
            key: 'platform.usage.accountsDisabled',
            label: 'platform.usage.accountsDisabled',
            value: 3,
            unit: 'persons',
            partsOf: 'platform.usage.accounts',
            partition: 'byStatus',
            source: 'computed',
          },
        ],
        tables: [
          {
            key: 'platform.usage.byRole',
            title: 'platform.usage.byRole',
            columns: [
              { key: 'roleName', label: 'platform.usage.roleName' },
              { key: 'accounts', label: 'platform.usage.accounts', unit: 'persons' },
            ],
            rows: [{ roleName: '教育局工作人员', accounts: 6 }],
          },
        ],
      },
      { id: 'food.safety', owner: 'food-safety', title: 'foodSafety.section', order: 50, error: true },
    ],
    checks: [
      {
        kind: 'partition',
        total: 'grants.aid.personTimes',
        partition: 'byCategory',
        parts: ['grants.aid.filed', 'grants.aid.other'],
        expected: 13979,
        actual: 13106,
        ok: false,
        reason: 'sum',
      },
      {
        kind: 'partition',
        total: 'platform.usage.accounts',
        partition: 'byStatus',
        parts: ['platform.usage.accountsActive', 'platform.usage.accountsDisabled'],
        expected: 10,
        actual: 10,
        ok: true,
      },
    ],
    mismatches: [
      {
        kind: 'partition',
        total: 'grants.aid.personTimes',
        partition: 'byCategory',
        parts: ['grants.aid.filed', 'grants.aid.other'],
        expected: 13979,
        actual: 13106,
        ok: false,
        reason: 'sum',
      },
    ],
  };
}

function figureRow(key: string): HTMLElement {
  const row = document.querySelector<HTMLElement>(`[data-testid="figure"][data-key="${key}"]`);
  if (!row) throw new Error(`no figure ${key}`);
  return row;
}

describe('the figures page', () => {
  it('loads the first region and the current calendar year', async () => {
    const api = fakeApi({ figures: report() });
    renderApp('/figures');
    expect(await screen.findByRole('heading', { level: 1, name: '统计' })).toBeInTheDocument();
    await screen.findAllByTestId('section');
    const call = api.calls.find((c) => c.path === '/api/reports/figures')!;
    expect(call.search.get('region')).toBe(REGION_ID);
    expect(call.search.get('period')).toBe(String(new Date().getFullYear()));
  });

  it('names every mismatching total in a warning and marks the totals whose parts add up', async () => {
    fakeApi({ figures: report() });
    renderApp('/figures?period=2026');
    const alert = await screen.findByTestId('mismatch-alert');
    expect(alert).toHaveTextContent('有 1 处合计与分项不一致');
    expect(alert).toHaveTextContent('“personTimes”为 13,979人次，但分项“filed”、“other”合计为 13,106人次');

    const consistent = figureRow('platform.usage.accounts');
    expect(within(consistent).getByText('账号数')).toBeInTheDocument();
    expect(within(consistent).getByTestId('total-ok')).toHaveTextContent('分项合计一致');
    const inconsistent = figureRow('grants.aid.personTimes');
    expect(within(inconsistent).queryByTestId('total-ok')).not.toBeInTheDocument();
    expect(within(inconsistent).getByTestId('total-mismatch')).toHaveTextContent('分项合计不一致');
  });

  it('formats fen as 万元 with full precision, persons as 人 and person-times as 人次', async () => {
    fakeApi({ figures: report() });
    renderApp('/figures?period=2026');
    await screen.findByTestId('mismatch-alert');
    expect(within(figureRow('grants.aid.amount')).getByTestId('figure-value')).toHaveTextContent('757.74025万元');
    expect(within(figureRow('grants.aid.smallAmount')).getByTestId('figure-value')).toHaveTextContent('19.08125万元');
    expect(within(figureRow('grants.aid.personTimes')).getByTestId('figure-value')).toHaveTextContent('13,979人次');
    expect(within(figureRow('platform.usage.accounts')).getByTestId('figure-value')).toHaveTextContent(/^10人$/);
    expect(within(figureRow('grants.aid.other')).getByText('手工填报')).toBeInTheDocument();
    expect(within(figureRow('grants.aid.smallAmount')).getByRole('link', { name: '查看“smallAmount”的明细' })).toHaveAttribute(
      'href',
      '/grants/disbursements?year=2026',
    );
  });

  it('shows tables, a failed section as an error card, and sections in their order', async () => {
    fakeApi({ figures: report() });
    renderApp('/figures?period=2026');
    const sections = await screen.findAllByTestId('section');
    expect(sections.map((s) => s.getAttribute('data-section'))).toEqual(['grants.aid', 'food.safety', 'platform.usage']);
    expect(within(sections[1]!).getByText('此部分统计失败')).toBeInTheDocument();
    const table = within(sections[2]!).getByRole('table');
    expect(within(table).getByText('教育局工作人员')).toBeInTheDocument();
    expect(within(table).getByText('6人')).toBeInTheDocument();
  });

  it('says so when there are no sections', async () => {
    fakeApi({ figures: { ...report(), sections: [], checks: [], mismatches: [] } });
    renderApp('/figures?period=2026');
    expect(await screen.findByText('此期间暂无统计数据。各模块录入工作记录后，数据会出现在这里。')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('figures-export')).toBeDisabled());
  });
});
