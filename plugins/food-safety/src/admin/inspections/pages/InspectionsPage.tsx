/**
 * 监督检查: the inspections in scope with a query form (campaign, canteen, kind, grade, status,
 * date) and the grade as face and word; 新建检查 for inspectors.
 */
import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable, DateText, PageTitle, StatusTag, rowActionsColumn, useAuth, type DataTableColumn, type FilterDef, type ListParams } from '@schoolbridge/ui';
import { formatScore } from '../../../shared/rules';
import { FS_INSPECT, inspectionKeys, inspectionsApi, type InspectionSummary } from '../api';
import { GradeFace } from '../components/GradeFace';
import { INSPECTION_STATUS, useVocabOptions } from '../components/vocab';

export default function InspectionsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useAuth();
  const inspect = can(FS_INSPECT);
  const vocab = useVocabOptions();
  const f = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.inspections.list.${key}`, opts);
  const campaigns = useQuery({
    queryKey: [...inspectionKeys.campaigns, 'options'],
    queryFn: () => inspectionsApi.campaigns({ page: 1, pageSize: 200 }),
    staleTime: 60_000,
  });

  const filters: FilterDef[] = [
    { type: 'text', name: 'q', label: f('canteen'), placeholder: f('canteenPlaceholder') },
    { type: 'select', name: 'campaignId', label: f('campaign'), options: (campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: c.name })) },
    { type: 'select', name: 'kind', label: f('kind'), options: vocab.kinds },
    { type: 'select', name: 'grade', label: f('grade'), options: vocab.grades },
    { type: 'select', name: 'status', label: f('status'), options: vocab.statuses },
    { type: 'dateRange', name: 'inspected', label: f('inspectedOn'), from: 'from', to: 'to' },
  ];

  const columns: DataTableColumn<InspectionSummary>[] = [
    {
      key: 'canteen',
      title: f('canteen'),
      hideable: false,
      render: (_, r) => <Link to={`/food-safety/inspections/${r.id}`}>{r.canteenName}</Link>,
    },
    { key: 'school', title: f('school'), render: (_, r) => r.schoolName ?? '—' },
    { key: 'kind', title: f('kind'), render: (_, r) => t(`foodSafety.common.kinds.${r.kind}`) },
    { key: 'inspectedOn', title: f('inspectedOn'), sorter: true, render: (_, r) => <DateText value={r.inspectedOn} /> },
    { key: 'score', title: f('score'), sorter: true, render: (_, r) => (r.score === null ? '—' : formatScore(r.score)) },
    { key: 'grade', title: f('grade'), render: (_, r) => (r.status === 'submitted' ? <GradeFace grade={r.grade} capped={r.capped} /> : '—') },
    { key: 'status', title: f('status'), render: (_, r) => <StatusTag value={r.status} map={INSPECTION_STATUS} /> },
    { key: 'letter', title: f('letter'), render: (_, r) => r.letter?.number ?? '—' },
    { key: 'campaign', title: f('campaign'), defaultHidden: true, render: (_, r) => r.campaignName ?? '—' },
    { key: 'inspectors', title: f('inspectors'), defaultHidden: true, render: (_, r) => r.inspectors.map((p) => p.name).join('、') },
    rowActionsColumn<InspectionSummary>(
      (r) => ({
        view: `/food-safety/inspections/${r.id}`,
        ...(inspect && r.status === 'draft' ? { edit: `/food-safety/inspections/${r.id}/fill` } : {}),
      }),
      { name: (r) => r.canteenName },
    ),
  ];

  return (
    <div>
      <PageTitle title={f('title')} />
      <DataTable<InspectionSummary>
        id="foodSafety.inspections"
        queryKey={[...inspectionKeys.all, 'list']}
        fetch={(params: ListParams) => inspectionsApi.list(params)}
        rowKey="id"
        columns={columns}
        filters={filters}
        defaultSort="-inspectedOn"
        scroll={{ x: 960 }}
        toolbar={
          inspect ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/food-safety/inspections/new')}>
              {f('new')}
            </Button>
          ) : null
        }
        empty={inspect ? { description: f('empty'), action: { label: f('new'), to: '/food-safety/inspections/new' } } : { description: f('emptyReadOnly') }}
      />
    </div>
  );
}
