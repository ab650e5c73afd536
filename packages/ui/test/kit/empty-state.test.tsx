import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EmptyState } from '../../src/kit/empty-state';
import { CardSkeleton, PageSkeleton, TableSkeleton } from '../../src/kit/skeletons';
import { renderWithProviders } from './helpers';

describe('EmptyState', () => {
  it('says what to do next and fires its action', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    renderWithProviders(<EmptyState description="还没有结对，点击新建结对" action={{ label: '新建结对', onClick }} />);
    expect(screen.getByText('还没有结对，点击新建结对')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /新建结对/ }));
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('opens a route with a `to` action', async () => {
    const user = userEvent.setup();
    renderWithProviders(<EmptyState description="还没有结对" action={{ label: '新建结对', to: '/twinning/pairs/new' }} />);
    await user.click(screen.getByRole('button', { name: /新建结对/ }));
    expect(screen.getByTestId('location')).toHaveTextContent('/twinning/pairs/new');
  });

  it('can stand without an action', () => {
    renderWithProviders(<EmptyState description="暂无消息" />);
    expect(screen.getByText('暂无消息')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('skeletons', () => {
  it('announce loading to screen readers', () => {
    renderWithProviders(
      <>
        <PageSkeleton />
        <TableSkeleton rows={3} columns={4} />
        <CardSkeleton />
      </>,
    );
    const statuses = screen.getAllByRole('status', { name: '正在加载' });
    expect(statuses).toHaveLength(3);
    for (const s of statuses) expect(s).toHaveAttribute('aria-busy', 'true');
    expect(screen.getAllByTestId('skeleton-row')).toHaveLength(3);
  });
});
