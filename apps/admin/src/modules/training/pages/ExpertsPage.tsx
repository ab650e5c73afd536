import { useState } from 'react';
import { Button, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable, PageTitle, rowActionsColumn, useAuth, type DataTableColumn, type FilterDef, type ListParams, type RowMoreAction } from '@schoolbridge/ui';
import { useArchivedFilter } from '../../directory/components/filters';
import { useRecordAction, type RecordAction } from '../../directory/components/RecordActions';
import { TRAINING_MANAGE, trainingApi, trainingKeys, type Expert } from '../api';
import { ExpertScheduleDrawer } from '../components/ExpertSchedule';
import { ToneTag } from '../components/status';
import { useTrainingVocab } from '../components/vocab';

/** 专家库: the experts of the pools in scope, found by name, pinyin or initials; mobiles masked. */
export default function ExpertsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { can } = useAuth();
  const vocab = useTrainingVocab();
  const archivedFilter = useArchivedFilter();
  const record = useRecordAction();
  const [schedule, setSchedule] = useState<Expert | null>(null);
  const manage = can(TRAINING_MANAGE);
  const f = (key: string) => t(`training.experts.${key}`);

  const filters: FilterDef[] = [
    { type: 'text', name: 'q', label: f('keyword'), placeholder: f('keywordPlaceholder') },
    { type: 'select', name: 'tier', label: f('tier'), options: vocab.options('expertTiers') },
    archivedFilter,
  ];

  const act = (row: Expert, action: RecordAction) => {
    const fn = action === 'archive' ? trainingApi.archiveExpert : action === 'restore' ? trainingApi.restoreExpert : trainingApi.deleteExpert;
    record.run(
      action,
      row.name,
      () => fn(row.id),
      () => void queryClient.invalidateQueries({ queryKey: trainingKeys.experts }),
    );
  };
  const more = (row: Expert): RowMoreAction[] => [
    { key: 'schedule', label: f('schedule'), onClick: () => setSchedule(row) },
    ...(manage
      ? [
          row.archivedAt
            ? { key: 'restore', label: t('training.common.restore'), onClick: () => act(row, 'restore'), disabled: record.busy }
            : { key: 'archive', label: t('training.common.archive'), onClick: () => act(row, 'archive'), disabled: record.busy },
          { key: 'delete', label: t('training.common.delete'), danger: true, onClick: () => act(row, 'delete'), disabled: record.busy },
        ]
      : []),
  ];

  const columns: DataTableColumn<Expert>[] = [
    {
      key: 'name',
      title: f('name'),
      sorter: true,
      hideable: false,
      render: (_, row) => (manage ? <Link to={`/training/experts/${row.id}/edit`}>{row.name}</Link> : row.name),
    },
    { key: 'tier', title: f('tier'), sorter: true, render: (_, row) => vocab.label('expertTiers', row.tier) },
    { key: 'unit', title: f('unit'), render: (_, row) => row.organisationName ?? t('training.common.none') },
    { key: 'title', title: f('title'), render: (_, row) => row.title ?? t('training.common.none') },
    { key: 'specialty', title: f('specialty'), render: (_, row) => row.specialty ?? t('training.common.none') },
    { key: 'mobile', title: f('mobile'), render: (_, row) => (row.mobile ? <span className="sb-masked">{row.mobile}</span> : t('training.common.none')) },
    {
      key: 'account',
      title: f('account'),
      defaultHidden: true,
      render: (_, row) =>
        row.username ? <Typography.Text code>{row.username}</Typography.Text> : <Typography.Text type="secondary">{f('notLinked')}</Typography.Text>,
    },
    { key: 'owner', title: f('owner'), defaultHidden: true, render: (_, row) => row.ownerName },
    {
      key: 'state',
      title: f('state'),
      render: (_, row) =>
        row.archivedAt ? <ToneTag tone="default">{t('training.common.archived')}</ToneTag> : <ToneTag tone="success">{t('training.common.current')}</ToneTag>,
    },
    rowActionsColumn<Expert>((row) => ({ ...(manage ? { edit: `/training/experts/${row.id}/edit` } : {}), more: more(row) }), {
      name: (row) => row.name,
      width: 160,
    }),
  ];

  return (
    <div>
      <PageTitle title={f('pageTitle')} description={f('description')} />
      {record.holder}
      <DataTable<Expert>
        id="training.experts"
        queryKey={trainingKeys.experts}
        fetch={(params: ListParams) => trainingApi.experts(params)}
        rowKey="id"
        columns={columns}
        filters={filters}
        title={f('list')}
        toolbar={
          manage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/training/experts/new')}>
              {f('new')}
            </Button>
          )
        }
        empty={manage ? { description: f('empty'), action: { label: f('new'), to: '/training/experts/new' } } : { description: f('emptyReadOnly') }}
      />
      <ExpertScheduleDrawer expert={schedule} onClose={() => setSchedule(null)} />
    </div>
  );
}
