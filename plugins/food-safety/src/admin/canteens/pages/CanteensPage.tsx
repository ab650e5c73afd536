/** 食堂与供餐单位: canteens and meal suppliers in scope, with the query form and the licence state. */
import { Button, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DataTable, DateText, ExportButton, rowActionsColumn, useOptionalAuth, type DataTableColumn, type ListParams } from '@schoolbridge/ui';
import { FS_MANAGE, canteenKeys, canteensApi, type Canteen } from '../api';
import { VALIDITY_STATES, ValidityTag } from '../components/vocab';

export default function CanteensPage() {
  const { t } = useTranslation();
  const w = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.canteens.${key}`, opts);
  const navigate = useNavigate();
  const canManage = useOptionalAuth()?.can(FS_MANAGE) ?? false;
  const columns: DataTableColumn<Canteen>[] = [
    {
      key: 'name',
      title: w('name'),
      render: (_, row) => (
        <Space size={4} wrap>
          <Link to={`/food-safety/canteens/${row.id}`}>{row.name}</Link>
          {row.archivedAt ? <Tag>{w('archived')}</Tag> : null}
        </Space>
      ),
    },
    { key: 'kind', title: w('kind'), width: 120, render: (_, row) => w(`kinds.${row.kind}`) },
    { key: 'school', title: w('schools'), render: (_, row) => row.schoolName ?? row.servedSchools.map((s) => s.name).join('、') },
    { key: 'regionName', title: w('region'), dataIndex: 'regionName', width: 120, defaultHidden: true },
    { key: 'operator', title: w('operator'), width: 100, render: (_, row) => w(`operators.${row.operator}`) },
    {
      key: 'licenceExpiresOn',
      title: w('licenceExpiresOn'),
      width: 130,
      render: (_, row) => (row.licenceExpiresOn ? <DateText value={row.licenceExpiresOn} /> : '—'),
    },
    { key: 'licenceState', title: w('licenceState'), width: 110, render: (_, row) => <ValidityTag value={row.licenceState} /> },
    rowActionsColumn<Canteen>(
      (row) => ({ view: `/food-safety/canteens/${row.id}`, ...(canManage && !row.archivedAt ? { edit: `/food-safety/canteens/${row.id}/edit` } : {}) }),
      { name: (row) => row.name },
    ),
  ];
  return (
    <DataTable<Canteen>
      id="food-safety.canteens"
      queryKey={canteenKeys.list}
      fetch={(params: ListParams) => canteensApi.list(params)}
      rowKey="id"
      columns={columns}
      title={w('list')}
      filters={[
        { type: 'text', name: 'q', label: w('search') },
        { type: 'select', name: 'kind', label: w('kind'), options: (['canteen', 'supplier'] as const).map((k) => ({ value: k, label: w(`kinds.${k}`) })) },
        { type: 'select', name: 'licence', label: w('licenceState'), options: VALIDITY_STATES.map((s) => ({ value: s, label: w(`state.${s}`) })) },
        {
          type: 'select',
          name: 'archived',
          label: w('status'),
          options: [
            { value: 'false', label: w('current') },
            { value: 'true', label: w('archived') },
            { value: 'all', label: w('all') },
          ],
        },
      ]}
      toolbar={
        <>
          {canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/food-safety/canteens/new')}>
              {w('new')}
            </Button>
          ) : null}
          <ExportButton exportUrl={(p) => canteensApi.exportUrl(p as Record<string, string>)} />
        </>
      }
      empty={{ description: w('empty'), ...(canManage ? { action: { label: w('new'), to: '/food-safety/canteens/new' } } : {}) }}
    />
  );
}
