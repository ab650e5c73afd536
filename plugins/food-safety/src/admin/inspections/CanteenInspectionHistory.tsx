/**
 * A canteen's inspections over time, for the canteen's page (the canteens part renders it):
 * date, kind, score and the grade as face and word, the letter and the notice, newest first.
 * `<CanteenInspectionHistory canteenId={canteen.id} />`
 */
import { useState } from 'react';
import { Card, Table, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DateText, EmptyState, TableSkeleton } from '@schoolbridge/ui';
import { formatScore } from '../../shared/rules';
import { inspectionKeys, inspectionsApi, type InspectionSummary } from './api';
import { GradeFace } from './components/GradeFace';
import { ProblemAlert } from './components/LoadState';
import { NoticeStatusText } from './components/NoticeStatusText';

const PAGE_SIZE = 10;

export interface CanteenInspectionHistoryProps {
  canteenId: string;
}

export function CanteenInspectionHistory({ canteenId }: CanteenInspectionHistoryProps) {
  const { t } = useTranslation();
  const w = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.inspections.history.${key}`, opts);
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: [...inspectionKeys.all, 'canteen', canteenId, page],
    queryFn: () => inspectionsApi.list({ canteenId, status: 'submitted', sort: '-inspectedOn', page, pageSize: PAGE_SIZE }),
    enabled: !!canteenId,
  });

  const columns: TableColumnsType<InspectionSummary> = [
    {
      key: 'date',
      title: w('date'),
      render: (_, r) => (
        <Link to={`/food-safety/inspections/${r.id}`}>
          <DateText value={r.inspectedOn} />
        </Link>
      ),
    },
    { key: 'kind', title: w('kind'), render: (_, r) => t(`foodSafety.common.kinds.${r.kind}`) },
    { key: 'score', title: w('score'), render: (_, r) => (r.score === null ? '—' : formatScore(r.score)) },
    { key: 'grade', title: w('grade'), render: (_, r) => <GradeFace grade={r.grade} capped={r.capped} /> },
    { key: 'failed', title: w('failed'), render: (_, r) => w('failedCount', { count: r.counts.nonCompliant, repeats: r.counts.repeats }) },
    { key: 'letter', title: w('letter'), render: (_, r) => r.letter?.number ?? '—' },
    {
      key: 'notice',
      title: w('notice'),
      render: (_, r) =>
        r.notice ? (
          <Link to={`/food-safety/notices/${r.notice.id}`}>
            <NoticeStatusText status={r.notice.status} />
          </Link>
        ) : (
          w('noNotice')
        ),
    },
  ];

  const latest = page === 1 ? query.data?.items[0] : undefined;
  return (
    <Card size="small" title={w('title')} data-testid="canteen-inspection-history">
      {query.isPending ? (
        <TableSkeleton rows={3} columns={5} />
      ) : !query.data ? (
        <ProblemAlert error={query.error} retry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState description={w('empty')} />
      ) : (
        <>
          {latest ? (
            <Typography.Paragraph>
              {w('latest')} <GradeFace grade={latest.grade} size="large" capped={latest.capped} />
            </Typography.Paragraph>
          ) : null}
          <Table<InspectionSummary>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={query.data.items}
            scroll={{ x: 720 }}
            pagination={
              query.data.total > PAGE_SIZE ? { current: page, pageSize: PAGE_SIZE, total: query.data.total, onChange: setPage, showSizeChanger: false } : false
            }
          />
        </>
      )}
    </Card>
  );
}

export default CanteenInspectionHistory;
