import { Button, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable, PageTitle, rowActionsColumn, useAuth, type DataTableColumn, type FilterDef, type ListParams } from '@schoolbridge/ui';
import { ORGANISATION_KINDS, STAFF_MANAGE, directoryApi, directoryKeys, useOrganisationOptions, type StaffMember } from '../api';
import { useArchivedFilter } from '../components/filters';
import { ExportMenu } from '../components/ListTools';
import { useRecordAction, type RecordAction } from '../components/RecordActions';
import { StaffStatusTag } from '../components/tags';
import { useVocab } from '../components/vocab';

/** 职工: the people of bureaus, training centres, schools and donors in the caller's scope who are not teacher records. */
export default function StaffPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { can } = useAuth();
  const vocab = useVocab();
  const organisations = useOrganisationOptions();
  const archivedFilter = useArchivedFilter();
  const record = useRecordAction();
  const manage = can(STAFF_MANAGE);
  const f = (key: string) => t(`directory.staff.${key}`);

  const filters: FilterDef[] = [
    { type: 'select', name: 'organisationId', label: f('organisation'), options: organisations.data ?? [] },
    {
      type: 'select',
      name: 'organisationKind',
      label: f('organisationKind'),
      options: ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`directory.schools.orgKinds.${k}`) })),
    },
    { type: 'text', name: 'q', label: f('keyword'), placeholder: f('keywordPlaceholder') },
    {
      type: 'select',
      name: 'linked',
      label: f('linkedFilter'),
      options: [
        { value: 'true', label: f('linked') },
        { value: 'false', label: f('notLinked') },
      ],
    },
    archivedFilter,
  ];

  const act = (row: StaffMember, action: RecordAction) => {
    const fn = action === 'archive' ? directoryApi.archiveStaff : action === 'restore' ? directoryApi.restoreStaff : directoryApi.deleteStaff;
    record.run(
      action,
      row.name,
      () => fn(row.id),
      () => void queryClient.invalidateQueries({ queryKey: directoryKeys.staff }),
    );
  };

  const columns: DataTableColumn<StaffMember>[] = [
    { key: 'name', title: f('name'), sorter: true, hideable: false, render: (_, row) => <Link to={`/directory/staff/${row.id}`}>{row.name}</Link> },
    { key: 'gender', title: f('gender'), defaultHidden: true, render: (_, row) => vocab.label('genders', row.gender) },
    { key: 'organisation', title: f('organisation'), sorter: true, render: (_, row) => row.organisationName },
    { key: 'organisationKind', title: f('organisationKind'), defaultHidden: true, render: (_, row) => t(`directory.schools.orgKinds.${row.organisationKind}`) },
    { key: 'position', title: f('position'), sorter: true, render: (_, row) => row.position ?? t('directory.common.none') },
    { key: 'staffTitle', title: f('staffTitle'), defaultHidden: true, render: (_, row) => row.title ?? t('directory.common.none') },
    { key: 'mobile', title: f('mobile'), render: (_, row) => (row.mobile ? <span className="sb-masked">{row.mobile}</span> : t('directory.common.none')) },
    {
      key: 'account',
      title: f('account'),
      render: (_, row) =>
        row.username ? <Typography.Text code>{row.username}</Typography.Text> : <Typography.Text type="secondary">{f('notLinked')}</Typography.Text>,
    },
    { key: 'status', title: f('status'), render: (_, row) => <StaffStatusTag archivedAt={row.archivedAt} /> },
    rowActionsColumn<StaffMember>(
      (row) => ({
        view: `/directory/staff/${row.id}`,
        ...(manage
          ? {
              edit: `/directory/staff/${row.id}/edit`,
              more: [
                row.archivedAt
                  ? { key: 'restore', label: t('directory.common.restore'), onClick: () => act(row, 'restore'), disabled: record.busy }
                  : { key: 'archive', label: t('directory.common.archive'), onClick: () => act(row, 'archive'), disabled: record.busy },
                { key: 'delete', label: t('directory.common.delete'), danger: true, onClick: () => act(row, 'delete'), disabled: record.busy },
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
      <DataTable<StaffMember>
        id="directory.staff"
        queryKey={directoryKeys.staff}
        fetch={(params: ListParams) => directoryApi.staffList(params)}
        rowKey="id"
        columns={columns}
        filters={filters}
        title={f('list')}
        toolbar={
          <>
            {manage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/directory/staff/new')}>
                {f('new')}
              </Button>
            )}
            <ExportMenu list="staff" />
          </>
        }
        empty={manage ? { description: f('empty'), action: { label: f('new'), to: '/directory/staff/new' } } : { description: f('emptyReadOnly') }}
      />
    </div>
  );
}
