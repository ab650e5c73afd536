import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Count, DataTable, Money, PageTitle, rowActionsColumn, useAuth, type DataTableColumn, type FilterDef, type ListParams } from '@schoolbridge/ui';
import { useArchivedFilter } from '../../directory/components/filters';
import { useRecordAction, type RecordAction } from '../../directory/components/RecordActions';
import { TRAINING_MANAGE, trainingApi, trainingKeys, type Programme } from '../api';
import { ToneTag } from '../components/status';
import { useTrainingVocab } from '../components/vocab';

/** The years a programme list can be filtered by: five back and one ahead of this year. */
function yearOptions() {
  const now = new Date().getFullYear();
  return Array.from({ length: 7 }, (_, i) => now + 1 - i).map((y) => ({ value: String(y), label: String(y) }));
}

/** 培训项目: the programmes in scope (level, type, period, budget, audiences) with their actions. */
export default function ProgrammesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { can } = useAuth();
  const vocab = useTrainingVocab();
  const archivedFilter = useArchivedFilter();
  const record = useRecordAction();
  const manage = can(TRAINING_MANAGE);
  const f = (key: string) => t(`training.programmes.${key}`);

  const filters: FilterDef[] = [
    { type: 'select', name: 'level', label: f('level'), options: vocab.options('programmeLevels') },
    { type: 'select', name: 'type', label: f('type'), options: vocab.options('programmeTypes') },
    { type: 'select', name: 'year', label: f('year'), options: yearOptions() },
    { type: 'select', name: 'audience', label: f('audiences'), options: vocab.options('audiences') },
    { type: 'text', name: 'q', label: f('keyword'), placeholder: f('keywordPlaceholder') },
    archivedFilter,
  ];

  const act = (row: Programme, action: RecordAction) => {
    const fn = action === 'archive' ? trainingApi.archiveProgramme : action === 'restore' ? trainingApi.restoreProgramme : trainingApi.deleteProgramme;
    record.run(
      action,
      row.name,
      () => fn(row.id),
      () => void queryClient.invalidateQueries({ queryKey: trainingKeys.programmes }),
    );
  };

  const columns: DataTableColumn<Programme>[] = [
    { key: 'name', title: f('name'), sorter: true, hideable: false, render: (_, row) => <Link to={`/training/programmes/${row.id}`}>{row.name}</Link> },
    { key: 'level', title: f('level'), sorter: true, render: (_, row) => vocab.label('programmeLevels', row.level) },
    { key: 'type', title: f('type'), render: (_, row) => vocab.label('programmeTypes', row.type) },
    { key: 'owner', title: f('owner'), render: (_, row) => row.ownerName },
    { key: 'host', title: f('host'), render: (_, row) => row.hostName ?? t('training.common.none') },
    { key: 'startsOn', title: f('period'), sorter: true, render: (_, row) => `${row.startsOn} ~ ${row.endsOn}` },
    { key: 'budget', title: f('budget'), render: (_, row) => <Money fen={row.budget} unit="wan" /> },
    {
      key: 'audiences',
      title: f('audiences'),
      defaultHidden: true,
      render: (_, row) => row.audiences.map((a) => vocab.label('audiences', a)).join('、') || t('training.common.none'),
    },
    { key: 'sessionCount', title: f('sessionCount'), render: (_, row) => <Count value={row.sessionCount} measure="qi" /> },
    {
      key: 'state',
      title: f('state'),
      render: (_, row) =>
        row.archivedAt ? <ToneTag tone="default">{t('training.common.archived')}</ToneTag> : <ToneTag tone="success">{t('training.common.current')}</ToneTag>,
    },
    rowActionsColumn<Programme>(
      (row) => ({
        view: `/training/programmes/${row.id}`,
        ...(manage
          ? {
              edit: `/training/programmes/${row.id}/edit`,
              more: [
                row.archivedAt
                  ? { key: 'restore', label: t('training.common.restore'), onClick: () => act(row, 'restore'), disabled: record.busy }
                  : { key: 'archive', label: t('training.common.archive'), onClick: () => act(row, 'archive'), disabled: record.busy },
                { key: 'delete', label: t('training.common.delete'), danger: true, onClick: () => act(row, 'delete'), disabled: record.busy },
              ],
            }
          : {}),
      }),
      { name: (row) => row.name, width: 180 },
    ),
  ];

  return (
    <div>
      <PageTitle title={f('title')} description={f('description')} />
      {record.holder}
      <DataTable<Programme>
        id="training.programmes"
        queryKey={trainingKeys.programmes}
        fetch={(params: ListParams) => trainingApi.programmes(params)}
        rowKey="id"
        columns={columns}
        filters={filters}
        defaultSort="-startsOn"
        title={f('list')}
        toolbar={
          manage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/training/programmes/new')}>
              {f('new')}
            </Button>
          )
        }
        empty={manage ? { description: f('empty'), action: { label: f('new'), to: '/training/programmes/new' } } : { description: f('emptyReadOnly') }}
      />
    </div>
  );
}
