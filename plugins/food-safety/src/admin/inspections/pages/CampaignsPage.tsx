/** 专项检查: the campaigns in scope (period, region, trigger document, status) with their counts. */
import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Count,
  DataTable,
  DateText,
  PageTitle,
  StatusTag,
  rowActionsColumn,
  useAuth,
  type DataTableColumn,
  type FilterDef,
  type ListParams,
} from '@schoolbridge/ui';
import { FS_MANAGE, inspectionKeys, inspectionsApi, type Campaign } from '../api';
import { CAMPAIGN_STATUS, useVocabOptions } from '../components/vocab';

export default function CampaignsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useAuth();
  const manage = can(FS_MANAGE);
  const vocab = useVocabOptions();
  const f = (key: string) => t(`foodSafety.inspections.campaigns.${key}`);
  const filters: FilterDef[] = [
    { type: 'text', name: 'q', label: f('keyword'), placeholder: f('keywordPlaceholder') },
    { type: 'select', name: 'status', label: f('status'), options: vocab.campaignStatuses },
  ];
  const columns: DataTableColumn<Campaign>[] = [
    { key: 'name', title: f('name'), hideable: false, render: (_, r) => <Link to={`/food-safety/campaigns/${r.id}`}>{r.name}</Link> },
    {
      key: 'period',
      title: f('period'),
      render: (_, r) => (
        <>
          <DateText value={r.startsOn} /> ~ <DateText value={r.endsOn} />
        </>
      ),
    },
    { key: 'region', title: f('region'), render: (_, r) => r.regionName },
    { key: 'document', title: f('document'), render: (_, r) => r.documentNumber ?? '—' },
    { key: 'status', title: f('status'), render: (_, r) => <StatusTag value={r.status} map={CAMPAIGN_STATUS} /> },
    { key: 'outings', title: f('outings'), render: (_, r) => <Count value={r.outingCount} measure="ci" /> },
    { key: 'inspections', title: f('inspections'), render: (_, r) => <Count value={r.inspectionCount} measure="ci" /> },
    rowActionsColumn<Campaign>((r) => ({ view: `/food-safety/campaigns/${r.id}`, ...(manage ? { edit: `/food-safety/campaigns/${r.id}/edit` } : {}) }), {
      name: (r) => r.name,
    }),
  ];
  return (
    <div>
      <PageTitle title={f('title')} />
      <DataTable<Campaign>
        id="foodSafety.campaigns"
        queryKey={inspectionKeys.campaigns}
        fetch={(params: ListParams) => inspectionsApi.campaigns(params)}
        rowKey="id"
        columns={columns}
        filters={filters}
        scroll={{ x: 900 }}
        toolbar={
          manage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/food-safety/campaigns/new')}>
              {f('new')}
            </Button>
          ) : null
        }
        empty={manage ? { description: f('empty'), action: { label: f('new'), to: '/food-safety/campaigns/new' } } : { description: f('emptyReadOnly') }}
      />
    </div>
  );
}
