/**
 * /food-safety/campaigns/:id — a campaign: period, region, trigger document, then its progress
 * (canteens inspected of the region's, inspections, letters, outings, notices by state) and the
 * inspections made in it; 新建检查 and 安排出动 start from it.
 */
import { Button, Space, Table } from 'antd';
import { CarOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CardSkeleton, DateText, DetailLayout, useAuth, usePageTitle } from '@schoolbridge/ui';
import { formatScore } from '../../../shared/rules';
import { FS_INSPECT, FS_MANAGE, inspectionKeys, inspectionsApi, type InspectionSummary } from '../api';
import { CampaignProgressCards } from '../components/CampaignProgressCards';
import { GradeFace } from '../components/GradeFace';
import { LoadState, ProblemAlert } from '../components/LoadState';
import { CAMPAIGN_STATUS } from '../components/vocab';

export default function CampaignDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useAuth();
  const w = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.inspections.campaigns.${key}`, opts);
  const campaign = useQuery({ queryKey: inspectionKeys.campaign(id), queryFn: () => inspectionsApi.campaign(id) });
  const progress = useQuery({ queryKey: [...inspectionKeys.campaign(id), 'progress'], queryFn: () => inspectionsApi.campaignProgress(id) });
  const inspections = useQuery({
    queryKey: [...inspectionKeys.all, 'campaign', id],
    queryFn: () => inspectionsApi.list({ campaignId: id, pageSize: 20, sort: '-inspectedOn' }),
  });
  usePageTitle(campaign.data?.name ?? w('title'));
  const c = campaign.data;
  if (!c) return <LoadState isPending={campaign.isPending} error={campaign.error} retry={() => void campaign.refetch()} backTo="/food-safety/campaigns" />;

  return (
    <DetailLayout
      breadcrumb={[{ title: t('foodSafety.nav'), to: '/food-safety' }, { title: w('title'), to: '/food-safety/campaigns' }, { title: c.name }]}
      title={c.name}
      status={{ value: c.status, map: CAMPAIGN_STATUS }}
      extra={
        <Space wrap>
          {can(FS_MANAGE) ? (
            <Button icon={<EditOutlined />} onClick={() => void navigate(`/food-safety/campaigns/${c.id}/edit`)}>
              {w('edit')}
            </Button>
          ) : null}
          {can(FS_INSPECT) ? (
            <>
              <Button icon={<CarOutlined />} onClick={() => void navigate(`/food-safety/outings/new?campaignId=${c.id}`)}>
                {w('planOuting')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(`/food-safety/inspections/new?campaignId=${c.id}`)}>
                {w('newInspection')}
              </Button>
            </>
          ) : null}
        </Space>
      }
      facts={[
        {
          key: 'period',
          label: w('period'),
          children: (
            <>
              <DateText value={c.startsOn} /> ~ <DateText value={c.endsOn} />
            </>
          ),
        },
        { key: 'region', label: w('region'), children: c.regionName },
        {
          key: 'document',
          label: w('document'),
          children: [c.documentNumber, c.documentTitle ? `《${c.documentTitle}》` : null].filter(Boolean).join(' ') || '—',
        },
        { key: 'template', label: w('template'), children: c.templateName ?? '—' },
        ...(c.notes ? [{ key: 'notes', label: w('notes'), children: c.notes, span: 2 }] : []),
      ]}
      tabs={[
        {
          key: 'progress',
          label: w('progress'),
          children: progress.data ? (
            <CampaignProgressCards progress={progress.data} campaignId={c.id} />
          ) : progress.isPending ? (
            <CardSkeleton />
          ) : (
            <ProblemAlert error={progress.error} retry={() => void progress.refetch()} />
          ),
        },
        {
          key: 'inspections',
          label: w('inspections'),
          children: (
            <>
              <Table<InspectionSummary>
                size="small"
                rowKey="id"
                loading={inspections.isPending}
                dataSource={inspections.data?.items ?? []}
                pagination={false}
                scroll={{ x: 640 }}
                columns={[
                  { key: 'canteen', title: w('canteen'), render: (_, r) => <Link to={`/food-safety/inspections/${r.id}`}>{r.canteenName}</Link> },
                  { key: 'date', title: w('inspectedOn'), render: (_, r) => <DateText value={r.inspectedOn} /> },
                  { key: 'score', title: w('score'), render: (_, r) => (r.score === null ? '—' : formatScore(r.score)) },
                  {
                    key: 'grade',
                    title: w('grade'),
                    render: (_, r) => (r.status === 'submitted' ? <GradeFace grade={r.grade} /> : t('foodSafety.common.inspectionStatus.draft')),
                  },
                  { key: 'letter', title: w('letter'), render: (_, r) => r.letter?.number ?? '—' },
                ]}
              />
              {(inspections.data?.total ?? 0) > (inspections.data?.items.length ?? 0) ? (
                <Link to={`/food-safety/inspections?campaignId=${c.id}`}>{w('allInspections', { count: inspections.data?.total })}</Link>
              ) : null}
            </>
          ),
        },
      ]}
    />
  );
}
