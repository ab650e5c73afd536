import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button } from 'antd';
import { defineAdminPlugin, type WidgetProps } from '../../src/plugin/define-admin-plugin';
import { PluginProvider } from '../../src/plugin/plugin-context';
import { DetailLayout } from '../../src/kit/detail-layout';
import { defineStatusMap } from '../../src/kit/status-tag';
import { currentSearch, renderWithProviders } from './helpers';

const STATUS = defineStatusMap({ met: { label: 'demo.met', tone: 'success' } });

function CanteenCard({ zone, entityId }: WidgetProps) {
  return (
    <section aria-label="食堂卡片">
      {zone}:{entityId}
    </section>
  );
}

const canteenPlugin = defineAdminPlugin({
  id: 'food-safety',
  widgets: [{ zone: 'school.detail', lazy: async () => ({ default: CanteenCard }) }],
});

function SchoolPage() {
  return (
    <PluginProvider plugins={[canteenPlugin]} permissions={new Set()}>
      <DetailLayout
        breadcrumb={[{ title: '学校', to: '/schools' }, { title: '示范县第一中学' }]}
        title="示范县第一中学"
        status={{ value: 'met', map: STATUS }}
        extra={<Button>编辑</Button>}
        facts={[
          { label: '学校代码', children: '4399010001' },
          { label: '所在县', children: '示范县' },
        ]}
        tabs={[
          { key: 'records', label: '记录', children: <p>记录列表</p> },
          { key: 'timeline', label: '时间线', children: <p>时间线内容</p> },
          { key: 'audit', label: '操作日志', children: <p>日志内容</p> },
        ]}
        widgetZone="school.detail"
        entityId="school-1"
      />
    </PluginProvider>
  );
}

describe('DetailLayout', () => {
  it('shows breadcrumb, title with status, actions and key facts', () => {
    renderWithProviders(<SchoolPage />, { url: '/schools/school-1' });
    const nav = screen.getByRole('navigation', { name: '当前位置' });
    expect(within(nav).getByRole('link', { name: '学校' })).toHaveAttribute('href', '/schools');
    expect(screen.getByRole('heading', { level: 1, name: '示范县第一中学' })).toBeInTheDocument();
    expect(screen.getByText('达标')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /编\s*辑/ })).toBeInTheDocument();
    expect(screen.getByText('基本信息')).toBeInTheDocument();
    expect(screen.getByText('4399010001')).toBeInTheDocument();
  });

  it('keeps the active tab in the URL', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SchoolPage />, { url: '/schools/school-1?from=list' });
    expect(screen.getByText('记录列表')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: '时间线' }));
    expect(await screen.findByText('时间线内容')).toBeInTheDocument();
    expect(currentSearch(screen).get('tab')).toBe('timeline');
    expect(currentSearch(screen).get('from')).toBe('list');
    await user.click(screen.getByRole('tab', { name: '记录' }));
    expect(await screen.findByText('记录列表')).toBeInTheDocument();
    expect(currentSearch(screen).get('tab')).toBeNull();
  });

  it('opens the tab the URL names, and the first for an unknown one', () => {
    const first = renderWithProviders(<SchoolPage />, { url: '/schools/school-1?tab=audit' });
    expect(screen.getByRole('tab', { name: '操作日志' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText('日志内容')).toBeInTheDocument();
    first.unmount();
    renderWithProviders(<SchoolPage />, { url: '/schools/school-1?tab=nothing' });
    expect(screen.getByRole('tab', { name: '记录' })).toHaveAttribute('aria-selected', 'true');
  });

  it('renders the widgets registered for its zone with the row’s id', async () => {
    renderWithProviders(<SchoolPage />, { url: '/schools/school-1' });
    const card = await screen.findByRole('region', { name: '食堂卡片' });
    expect(card).toHaveTextContent('school.detail:school-1');
  });
});
