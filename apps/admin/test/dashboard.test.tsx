import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Reminder } from '../src/api/types';
import { fakeApi, makeMe, renderApp } from './harness';

afterEach(() => vi.unstubAllGlobals());

const reminder = (id: string, severity: Reminder['severity'], dueDate: string | null, title: string): Reminder => ({
  id,
  source: 'demo',
  owner: 'demo',
  title: { 'zh-CN': title, en: `${title} (en)` },
  dueDate,
  severity,
  link: `/demo/${id}`,
});

describe('the dashboard', () => {
  it('greets the user with their role names and lists the to-dos overdue first', async () => {
    fakeApi({
      me: makeMe({ displayName: '李老师', roles: ['bureau_officer', 'inspector'] }),
      reminders: {
        today: '2026-11-24',
        items: [
          reminder('r1', 'dueSoon', '2026-11-26', '提交第三次结对自查'),
          reminder('r2', 'info', null, '本月送培计划待确认'),
          reminder('r3', 'overdue', '2026-11-20', '整改通知书逾期未回复'),
          reminder('r4', 'overdue', '2026-11-10', '学分审核逾期'),
        ],
        failedSources: [],
      },
    });
    renderApp('/');
    expect(await screen.findByTestId('greeting')).toHaveTextContent('您好，李老师');
    expect(screen.getByText('教育局工作人员')).toBeInTheDocument();
    expect(screen.getByText('检查人员')).toBeInTheDocument();

    const items = await screen.findAllByTestId('todo-item');
    expect(items.map((i) => i.getAttribute('data-severity'))).toEqual(['overdue', 'overdue', 'dueSoon', 'info']);
    expect(within(items[0]!).getByRole('link', { name: '学分审核逾期' })).toHaveAttribute('href', '/demo/r4');
    expect(within(items[0]!).getByText('已逾期')).toBeInTheDocument();
    expect(within(items[0]!).getByText('截止日期：2026-11-10')).toBeInTheDocument();
    expect(within(items[2]!).getByText('即将到期')).toBeInTheDocument();

    expect(within(screen.getByTestId('stat-overdue')).getByText('2')).toBeInTheDocument();
    expect(within(screen.getByTestId('stat-due-soon')).getByText('1')).toBeInTheDocument();
  });

  it('says there is nothing to do when the list is empty', async () => {
    fakeApi();
    renderApp('/');
    expect(await screen.findByText('暂无待办事项')).toBeInTheDocument();
  });
});
