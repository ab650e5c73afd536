import { Button, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable, PageTitle, formatCount, rowActionsColumn, useAuth, type DataTableColumn, type FilterDef, type ListParams } from '@schoolbridge/ui';
import { IMPORTERS, ORGANISATIONS_MANAGE, directoryApi, directoryKeys, type Organisation } from '../api';
import { ExportMenu, ImportButton } from '../components/ListTools';
import { ArchivedTag, CodeList, TierTag } from '../components/tags';
import { useArchivedFilter } from '../components/filters';
import { useTownships } from '../components/useTownships';
import { useVocab } from '../components/vocab';

/** 学校: the school roster with server paging, filters in the URL, import and export. */
export default function SchoolsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useAuth();
  const vocab = useVocab();
  const townships = useTownships();
  const archivedFilter = useArchivedFilter();
  const manage = can(ORGANISATIONS_MANAGE);

  const filters: FilterDef[] = [
    { type: 'text', name: 'q', label: t('directory.common.search'), placeholder: t('directory.common.searchPlaceholder') },
    { type: 'select', name: 'regionId', label: t('directory.schools.township'), options: townships.data ?? [] },
    { type: 'select', name: 'stage', label: t('directory.schools.stage'), options: vocab.options('schoolStages') },
    { type: 'select', name: 'schoolKind', label: t('directory.schools.kind'), options: vocab.options('schoolKinds') },
    { type: 'select', name: 'setting', label: t('directory.schools.setting'), options: vocab.options('settings') },
    { type: 'select', name: 'tier', label: t('directory.schools.tier'), options: vocab.options('tiers') },
    archivedFilter,
  ];

  const columns: DataTableColumn<Organisation>[] = [
    {
      key: 'name',
      title: t('directory.schools.name'),
      sorter: true,
      hideable: false,
      render: (_, row) => (
        <Space size={4} wrap>
          <Link to={`/directory/schools/${row.id}`}>{row.name}</Link>
          <ArchivedTag archivedAt={row.archivedAt} />
        </Space>
      ),
    },
    { key: 'code', dataIndex: 'code', title: t('directory.schools.code'), sorter: true },
    { key: 'township', title: t('directory.schools.township'), render: (_, row) => row.townshipName ?? row.regionName ?? '—' },
    { key: 'schoolKind', title: t('directory.schools.kind'), render: (_, row) => vocab.label('schoolKinds', row.schoolKind) },
    { key: 'stages', title: t('directory.schools.stages'), render: (_, row) => <CodeList vocab="schoolStages" codes={row.stages} /> },
    { key: 'tier', title: t('directory.schools.tier'), render: (_, row) => <TierTag tier={row.tier} /> },
    { key: 'boarding', title: t('directory.schools.boarding'), render: (_, row) => vocab.yesNo(row.boarding) },
    {
      key: 'studentCount',
      title: t('directory.schools.students'),
      sorter: true,
      align: 'right',
      render: (_, row) => formatCount(row.studentCount, 'persons'),
    },
    {
      key: 'teacherCount',
      title: t('directory.schools.teachers'),
      sorter: true,
      align: 'right',
      render: (_, row) => formatCount(row.teacherCount, 'persons'),
    },
    { key: 'setting', title: t('directory.schools.setting'), render: (_, row) => vocab.label('settings', row.setting), defaultHidden: true },
    { key: 'manager', title: t('directory.schools.manager'), render: (_, row) => row.managerName ?? '—', defaultHidden: true },
    rowActionsColumn<Organisation>(
      (row) => ({ view: `/directory/schools/${row.id}`, ...(manage ? { edit: `/directory/schools/${row.id}/edit` } : {}) }),
      { name: (row) => row.name, width: 120 },
    ),
  ];

  return (
    <div>
      <PageTitle title={t('directory.schools.title')} description={t('directory.schools.description')} />
      <DataTable<Organisation>
        id="directory.schools"
        queryKey={directoryKeys.organisations}
        fetch={(params: ListParams) => directoryApi.organisations({ ...params, kind: 'school' })}
        rowKey="id"
        columns={columns}
        filters={filters}
        title={<Typography.Text strong>{t('directory.schools.list')}</Typography.Text>}
        toolbar={
          <>
            {manage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/directory/schools/new')}>
                {t('directory.schools.new')}
              </Button>
            )}
            {manage && <ImportButton importerId={IMPORTERS.schools} name={t('directory.schools.importName')} refresh={[directoryKeys.organisations]} />}
            <ExportMenu list="organisations" extra={{ kind: 'school' }} />
          </>
        }
        empty={{
          description: t('directory.schools.empty'),
          ...(manage ? { action: { label: t('directory.schools.new'), to: '/directory/schools/new' } } : {}),
        }}
      />
    </div>
  );
}
