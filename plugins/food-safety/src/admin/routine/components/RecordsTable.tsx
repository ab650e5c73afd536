/** 日管控 / 周排查 / 月调度 records of one canteen (or every canteen in scope). */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type DataTableColumn, type ListParams } from '@schoolbridge/ui';
import { ROUTINE_KINDS, routineApi, routineKeys, type RoutineRecordSummary } from '../api';

export function RecordsTable({ canteenId, urlPrefix }: { canteenId?: string; urlPrefix?: string }) {
  const { t } = useTranslation();
  const w = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.routine.${key}`, opts);
  const columns: DataTableColumn<RoutineRecordSummary>[] = [
    {
      key: 'period',
      title: w('period'),
      render: (_, r) => (
        <Link to={`/food-safety/routine/records/${r.id}`}>{r.periodStart === r.periodEnd ? r.periodStart : `${r.periodStart} ~ ${r.periodEnd}`}</Link>
      ),
    },
    { key: 'kind', title: w('kind'), width: 100, render: (_, r) => w(`kinds.${r.kind}`) },
    ...(canteenId ? [] : [{ key: 'canteenName', title: t('foodSafety.handlers.canteen'), dataIndex: 'canteenName' } as DataTableColumn<RoutineRecordSummary>]),
    { key: 'person', title: w('person'), dataIndex: 'person', width: 100 },
    {
      key: 'failed',
      title: w('result'),
      width: 140,
      render: (_, r) => (r.failedCount ? <Tag color="error">{w('failedN', { n: r.failedCount })}</Tag> : <Tag color="success">{w('allPassed')}</Tag>),
    },
  ];
  return (
    <DataTable<RoutineRecordSummary>
      id="food-safety.routine-records"
      {...(urlPrefix ? { urlPrefix } : {})}
      queryKey={[...routineKeys.records, canteenId ?? 'all']}
      fetch={(params: ListParams) => routineApi.records({ ...params, ...(canteenId ? { canteenId } : {}) })}
      rowKey="id"
      columns={columns}
      filters={[{ type: 'select', name: 'kind', label: w('kind'), options: ROUTINE_KINDS.map((k) => ({ value: k, label: w(`kinds.${k}`) })) }]}
      empty={{ description: w('noRecords') }}
    />
  );
}
