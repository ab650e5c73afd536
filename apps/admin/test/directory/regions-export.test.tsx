import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../harness';
import { fakeDirectory } from './fake-directory';

afterEach(() => vi.unstubAllGlobals());

describe('region tree export', () => {
  it('offers the tree as .xlsx and .csv, archived regions included when they are shown', async () => {
    const user = userEvent.setup();
    fakeDirectory(['directory.read']);
    renderApp('/directory/regions');
    await user.click(await screen.findByRole('button', { name: /导\s?出/ }));
    expect((await screen.findByText('导出 Excel')).closest('a')).toHaveAttribute('href', '/api/directory/regions/export?format=xlsx');
    expect(screen.getByText('导出 CSV').closest('a')).toHaveAttribute('href', '/api/directory/regions/export?format=csv');
    await user.click(screen.getByRole('switch', { name: '显示已归档' }));
    await user.click(screen.getByRole('button', { name: /导\s?出/ }));
    expect(screen.getByText('导出 Excel').closest('a')).toHaveAttribute('href', '/api/directory/regions/export?archived=all&format=xlsx');
  });
});
