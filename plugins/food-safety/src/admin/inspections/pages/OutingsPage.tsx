/** 出动安排: outings by date — team (人), vehicles (辆次), the campaign, the inspections made. */
import { Button, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Count, DataTable, DateText, PageTitle, rowActionsColumn, useAuth, type DataTableColumn, type FilterDef, type ListParams } from '@schoolbridge/ui';
import { FS_INSPECT, inspectionKeys, inspectionsApi, type Outing } from '../api';

export default function OutingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can, me } = useAuth();
  const inspect = can(FS_INSPECT);
  const f = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.inspections.outings.${key}`, opts);
  const campaigns = useQuery({
    queryKey: [...inspectionKeys.campaigns, 'options'],
    queryFn: () => inspectionsApi.campaigns({ page: 1, pageSize: 200 }),
    staleTime: 60_000,
  });

  const filters: FilterDef[] = [
    { type: 'dateRange', name: 'outingOn', label: f('date'), from: 'from', to: 'to' },
    { type: 'select', name: 'campaignId', label: f('campaign'), options: (campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: c.name })) },
    ...(me ? [{ type: 'select' as const, name: 'memberUserId', label: f('mine'), options: [{ value: me.user.id, label: f('mineOnly') }] }] : []),
  ];
  const columns: DataTableColumn<Outing>[] = [
    { key: 'outingOn', title: f('date'), hideable: false, render: (_, r) => <DateText value={r.outingOn} /> },
    {
      key: 'campaign',
      title: f('campaign'),
      render: (_, r) => (r.campaignId ? <Link to={`/food-safety/campaigns/${r.campaignId}`}>{r.campaignName}</Link> : f('noCampaign')),
    },
    { key: 'region', title: f('region'), defaultHidden: true, render: (_, r) => r.regionName },
    {
      key: 'team',
      title: f('team'),
      render: (_, r) =>
        r.members
          .map((m) => `${m.name}${m.role === 'leader' ? `（${t('foodSafety.common.roles.leader')}）` : ''}${m.agency ? ` · ${m.agency}` : ''}`)
          .join('；'),
    },
    { key: 'persons', title: f('persons'), render: (_, r) => <Count value={r.members.length} unit="persons" /> },
    {
      key: 'vehicles',
      title: f('vehicles'),
      render: (_, r) => (
        <Space size={4}>
          <Count value={r.vehicles} measure="liangci" />
          {r.vehiclePlates ? <span>（{r.vehiclePlates}）</span> : null}
        </Space>
      ),
    },
    {
      key: 'inspections',
      title: f('inspections'),
      render: (_, r) => (
        <Link to={`/food-safety/inspections?outingId=${r.id}`}>
          <Count value={r.inspectionCount} measure="ci" />
        </Link>
      ),
    },
    rowActionsColumn<Outing>(
      (r) =>
        inspect
          ? {
              edit: `/food-safety/outings/${r.id}/edit`,
              more: [
                {
                  key: 'inspect',
                  label: f('startInspection'),
                  onClick: () => void navigate(`/food-safety/inspections/new?outingId=${r.id}${r.campaignId ? `&campaignId=${r.campaignId}` : ''}`),
                },
              ],
            }
          : {},
      { name: (r) => `${r.outingOn} ${r.campaignName ?? ''}` },
    ),
  ];
  return (
    <div>
      <PageTitle title={f('title')} />
      <DataTable<Outing>
        id="foodSafety.outings"
        queryKey={inspectionKeys.outings}
        fetch={(params: ListParams) => inspectionsApi.outings(params)}
        rowKey="id"
        columns={columns}
        filters={filters}
        scroll={{ x: 960 }}
        toolbar={
          inspect ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/food-safety/outings/new')}>
              {f('new')}
            </Button>
          ) : null
        }
        empty={inspect ? { description: f('empty'), action: { label: f('new'), to: '/food-safety/outings/new' } } : { description: f('emptyReadOnly') }}
      />
    </div>
  );
}
