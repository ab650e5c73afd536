/** 整改通知: the notices in scope, overdue first (the server's order), with the derived overdue / due-soon states in words. */
import { Alert } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable, DateText, PageTitle, type DataTableColumn, type FilterDef, type ListParams } from '@schoolbridge/ui';
import { NOTICE_LIST_STATUSES } from '../../../shared/rules/notice-states';
import { rectificationApi, rectificationKeys, type NoticeListItem } from '../api';
import { DeadlineText, NoticeStatusTags } from '../status';

export default function NoticesPage() {
  const { t } = useTranslation();
  const f = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.rectification.${key}`, opts);
  const [search] = useSearchParams();
  const canteenId = search.get('canteenId') ?? undefined;
  // a report's drill link asks for the notices overdue on a past day (the end of its period)
  const asOf = search.get('status') === 'overdue' ? (search.get('asOf') ?? undefined) : undefined;
  const campaigns = useQuery({ queryKey: rectificationKeys.campaignOptions, queryFn: rectificationApi.campaignOptions, staleTime: 60_000 });

  const filters: FilterDef[] = [
    { type: 'text', name: 'q', label: f('list.search'), placeholder: f('list.searchPlaceholder') },
    { type: 'select', name: 'status', label: f('list.status'), options: NOTICE_LIST_STATUSES.map((s) => ({ value: s, label: f(`listStatus.${s}`) })) },
    { type: 'select', name: 'campaignId', label: f('list.campaign'), options: campaigns.data ?? [] },
    { type: 'dateRange', name: 'issued', from: 'from', to: 'to', label: f('list.issuedOn') },
    { type: 'dateRange', name: 'closed', from: 'closedFrom', to: 'closedTo', label: f('list.closedOn') },
  ];
  const columns: DataTableColumn<NoticeListItem>[] = [
    { key: 'number', title: f('number'), hideable: false, render: (_, r) => <Link to={`/food-safety/notices/${r.id}`}>{r.number}</Link> },
    { key: 'canteen', title: f('canteen'), render: (_, r) => r.canteenName },
    {
      key: 'status',
      title: f('list.status'),
      hideable: false,
      render: (_, r) => <NoticeStatusTags status={r.status} overdue={r.overdue} dueSoon={r.dueSoon} daysOverdue={r.daysOverdue} />,
    },
    { key: 'deadline', title: f('deadline'), render: (_, r) => <DeadlineText kind={r.deadlineKind} deadline={r.deadline} /> },
    {
      key: 'progress',
      title: f('progress'),
      render: (_, r) => f('progressText', { accepted: r.acceptedCount, submitted: r.submittedCount, total: r.itemCount }),
    },
    { key: 'issuedOn', title: f('issuedOn'), render: (_, r) => <DateText value={r.issuedOn} /> },
    { key: 'owner', title: f('owner'), defaultHidden: true, render: (_, r) => r.ownerName ?? '—' },
    { key: 'closedOn', title: f('closedOn'), defaultHidden: true, render: (_, r) => <DateText value={r.closedOn} /> },
  ];
  return (
    <div>
      <PageTitle title={f('list.title')} />
      {asOf ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="overdue-as-of"
          title={f('list.overdueAsOf', { date: asOf })}
          action={
            <Link
              to={{
                search: (() => {
                  const next = new URLSearchParams(search);
                  next.delete('asOf');
                  return next.toString();
                })(),
              }}
            >
              {f('list.overdueToday')}
            </Link>
          }
        />
      ) : null}
      <DataTable<NoticeListItem>
        id="foodSafety.notices"
        queryKey={[...rectificationKeys.notices, 'list', canteenId ?? '', asOf ?? '']}
        fetch={(params: ListParams) => rectificationApi.notices({ ...params, ...(canteenId ? { canteenId } : {}), ...(asOf ? { asOf } : {}) })}
        rowKey="id"
        columns={columns}
        filters={filters}
        scroll={{ x: 900 }}
        empty={{ description: f('list.empty') }}
      />
    </div>
  );
}
