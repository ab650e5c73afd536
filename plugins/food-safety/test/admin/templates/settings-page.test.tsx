import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SettingsPage from '../../../src/admin/templates/pages/SettingsPage';
import { DEFAULT_SETTINGS, fakeTemplates } from './fake-templates';
import { renderPage, stubApi } from './harness';

afterEach(() => vi.unstubAllGlobals());

const ROUTE = { url: '/food-safety/settings', path: '/food-safety/settings' };

describe('设置 page', { timeout: 120_000 }, () => {
  it('previews each grade with its face, word and range, following the cut-offs as they are typed', async () => {
    const user = userEvent.setup({ delay: null });
    stubApi(fakeTemplates());
    renderPage(<SettingsPage />, ROUTE);
    const preview = await screen.findByTestId('grade-preview');
    const items = within(preview).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['优秀90.00 分及以上', '良好75.00–89.99 分', '一般60.00–74.99 分', '不合格低于 60.00 分']);
    expect(items[0]!.querySelector('[data-face="bigSmile"]')).not.toBeNull();
    expect(items[3]!.querySelector('[data-face="frown"]')).not.toBeNull();

    const excellent = screen.getByRole('spinbutton', { name: '优秀（不低于）' });
    await user.clear(excellent);
    await user.type(excellent, '92');
    await waitFor(() => expect(within(preview).getAllByRole('listitem')[1]).toHaveTextContent('良好75.00–91.99 分'));
  });

  it('refuses cut-offs out of order, and saves the settings in hundredths with the version read', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = stubApi(
      fakeTemplates((call) => (call.method === 'PUT' ? { body: { ...DEFAULT_SETTINGS, version: 1, updatedAt: '2026-03-02T02:00:00.000Z' } } : undefined)),
    );
    renderPage(<SettingsPage />, ROUTE);
    const good = await screen.findByRole('spinbutton', { name: '良好（不低于）' });
    await user.clear(good);
    await user.type(good, '95');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('应低于上一档的分数线（90.00 分）')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);

    await user.clear(good);
    await user.type(good, '80.5');
    const grams = screen.getByRole('spinbutton', { name: '每个品种留样不少于' });
    await user.clear(grams);
    await user.type(grams, '150');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({
      version: 0,
      grading: { excellentMin: 9000, goodMin: 8050, fairMin: 6000, criticalCap: 'fair', yearlyAMin: 9000, yearlyBMin: 7500, yearlyCriticalCap: 'B' },
      trainingValidityDays: 365,
      sampleMinGrams: 150,
      sampleMinHours: 48,
      dueSoonDays: 30,
      noticeDueSoonDays: 3,
    });
  });

  it('is read-only without the manage permission', async () => {
    stubApi(fakeTemplates());
    renderPage(<SettingsPage />, { ...ROUTE, permissions: ['food-safety.read'] });
    expect(await screen.findByText('您可以查看设置，修改需要食品安全管理权限')).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: '优秀（不低于）' })).toBeDisabled();
  });
});
