/** 行政处罚: the penalties recorded for the canteens in scope, with the total of the amounts. */
import { Button, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable, DateText, Money, PageTitle, useAuth, type DataTableColumn, type FilterDef, type ListParams } from '@schoolbridge/ui';
import { PENALTY_REASONS } from '../../../shared/rules/notice-states';
import { FS_PENALTY_RECORD, rectificationApi, rectificationKeys, type Penalty } from '../api';

export default function PenaltiesPage() {
  const { t } = useTranslation();
  const f = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.rectification.penalty.${key}`, opts);
  const navigate = useNavigate();
  const { can } = useAuth();

  const filters: FilterDef[] = [
    { type: 'select', name: 'reasonCode', label: f('reason'), options: PENALTY_REASONS.map((r) => ({ value: r, label: f(`reasons.${r}`) })) },
    { type: 'dateRange', name: 'decided', from: 'from', to: 'to', label: f('decidedOn') },
  ];
  const columns: DataTableColumn<Penalty>[] = [
    { key: 'documentNumber', title: f('documentNumber'), hideable: false, render: (_, r) => r.documentNumber },
    { key: 'canteen', title: f('canteen'), render: (_, r) => r.canteenName },
    { key: 'reason', title: f('reason'), render: (_, r) => (r.reasonCode === 'other' ? (r.reasonText ?? f('reasons.other')) : f(`reasons.${r.reasonCode}`)) },
    { key: 'amount', title: f('amount'), align: 'right', render: (_, r) => <Money fen={r.amount} /> },
    { key: 'decidedOn', title: f('decidedOn'), render: (_, r) => <DateText value={r.decidedOn} /> },
    { key: 'authority', title: f('authority'), defaultHidden: true, render: (_, r) => r.authorityName },
    { key: 'notice', title: f('notice'), render: (_, r) => (r.noticeId ? <Link to={`/food-safety/notices/${r.noticeId}`}>{r.noticeNumber}</Link> : '—') },
  ];
  return (
    <div>
      <PageTitle title={f('title')} />
      <DataTable<Penalty>
        id="foodSafety.penalties"
        queryKey={[...rectificationKeys.penalties, 'list']}
        fetch={(params: ListParams) => rectificationApi.penalties(params)}
        rowKey="id"
        columns={columns}
        filters={filters}
        scroll={{ x: 760 }}
        toolbar={
          can(FS_PENALTY_RECORD) ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/food-safety/penalties/new')}>
              {f('record')}
            </Button>
          ) : null
        }
        empty={{ description: f('empty'), ...(can(FS_PENALTY_RECORD) ? { action: { label: f('record'), to: '/food-safety/penalties/new' } } : {}) }}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {f('amountNote')}
      </Typography.Paragraph>
    </div>
  );
}
