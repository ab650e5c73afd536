import { useState, type Key } from 'react';
import { Button, Space, Tag, Typography } from 'antd';
import { PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable, rowActionsColumn, useAuth, type DataTableColumn, type FilterDef, type ListParams } from '@schoolbridge/ui';
import { ACCOUNTS_MANAGE, IMPORTERS, TEACHERS_MANAGE, directoryApi, directoryKeys, useSchoolOptions, type Teacher } from '../api';
import { AccountsModal } from './AccountsModal';
import { useArchivedFilter } from './filters';
import { ExportMenu, ImportButton } from './ListTools';
import { ArchivedTag, CodeList } from './tags';
import { useVocab } from './vocab';

export interface TeacherTableProps {
  /** Only this school's teachers (the school detail page's tab): no school filter then. */
  schoolId?: string;
  /** URL prefix of the table's parameters when the page has other state. */
  urlPrefix?: string;
}

/** The teacher roster: search by pinyin initials, filters, import, export, bulk 开通账号. */
export function TeacherTable({ schoolId, urlPrefix }: TeacherTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { can } = useAuth();
  const vocab = useVocab();
  const schools = useSchoolOptions();
  const archivedFilter = useArchivedFilter();
  const manage = can(TEACHERS_MANAGE);
  const accounts = can(ACCOUNTS_MANAGE);
  const [selected, setSelected] = useState<Key[]>([]);
  const [accountsOpen, setAccountsOpen] = useState(false);

  const filters: FilterDef[] = [
    { type: 'text', name: 'q', label: t('directory.common.search'), placeholder: t('directory.common.searchPlaceholder') },
    ...(schoolId ? [] : [{ type: 'select' as const, name: 'schoolId', label: t('directory.teachers.schoolShort'), options: schools.data ?? [] }]),
    { type: 'select', name: 'subject', label: t('directory.teachers.subject'), options: vocab.options('subjects') },
    { type: 'select', name: 'title', label: t('directory.teachers.teacherTitle'), options: vocab.options('teacherTitles') },
    { type: 'select', name: 'backboneLevel', label: t('directory.teachers.backboneLevel'), options: vocab.options('backboneLevels') },
    { type: 'select', name: 'status', label: t('directory.teachers.statusFilter'), options: vocab.options('teacherStatuses') },
    {
      type: 'select',
      name: 'hasAccount',
      label: t('directory.teachers.hasAccountFilter'),
      options: [
        { value: 'true', label: t('directory.teachers.hasAccount') },
        { value: 'false', label: t('directory.teachers.noAccount') },
      ],
    },
    archivedFilter,
  ];

  const columns: DataTableColumn<Teacher>[] = [
    {
      key: 'name',
      title: t('directory.teachers.name'),
      sorter: true,
      hideable: false,
      render: (_, row) => (
        <Space size={4} wrap>
          <Link to={`/directory/teachers/${row.id}`}>{row.name}</Link>
          <ArchivedTag archivedAt={row.archivedAt} />
        </Space>
      ),
    },
    { key: 'gender', title: t('directory.teachers.gender'), render: (_, row) => vocab.label('genders', row.gender) },
    ...(schoolId ? [] : [{ key: 'school', title: t('directory.teachers.school'), render: (_: unknown, row: Teacher) => row.schoolName }]),
    { key: 'subjects', title: t('directory.teachers.subjects'), render: (_, row) => <CodeList vocab="subjects" codes={row.subjects} /> },
    { key: 'title', title: t('directory.teachers.teacherTitle'), render: (_, row) => vocab.label('teacherTitles', row.title) },
    { key: 'backboneLevel', title: t('directory.teachers.backboneLevel'), render: (_, row) => vocab.label('backboneLevels', row.backboneLevel) },
    { key: 'idNumber', dataIndex: 'idNumber', title: t('directory.teachers.idNumber'), render: (v: string) => <span className="sb-masked">{v}</span> },
    { key: 'mobile', dataIndex: 'mobile', title: t('directory.teachers.mobile'), render: (v: string | null) => v ?? '—' },
    { key: 'status', title: t('directory.teachers.status'), render: (_, row) => <Tag>{vocab.label('teacherStatuses', row.status)}</Tag> },
    {
      key: 'account',
      title: t('directory.teachers.account'),
      render: (_, row) => (row.username ? <Typography.Text code>{row.username}</Typography.Text> : <Typography.Text type="secondary">{t('directory.teachers.noAccount')}</Typography.Text>),
    },
    { key: 'hiredOn', dataIndex: 'hiredOn', title: t('directory.teachers.hiredOn'), sorter: true, defaultHidden: true, render: (v: string | null) => v ?? '—' },
    rowActionsColumn<Teacher>((row) => ({ view: `/directory/teachers/${row.id}`, ...(manage ? { edit: `/directory/teachers/${row.id}/edit` } : {}) }), {
      name: (row) => row.name,
      width: 120,
    }),
  ];

  return (
    <>
      <DataTable<Teacher>
        id={schoolId ? 'directory.school.teachers' : 'directory.teachers'}
        queryKey={schoolId ? [...directoryKeys.teachers, 'school', schoolId] : directoryKeys.teachers}
        fetch={(params: ListParams) => directoryApi.teachers(schoolId ? { ...params, schoolId } : params)}
        rowKey="id"
        columns={columns}
        filters={filters}
        {...(urlPrefix ? { urlPrefix } : {})}
        title={selected.length > 0 ? t('directory.teachers.selected', { count: selected.length }) : t('directory.teachers.list')}
        {...(accounts ? { rowSelection: { selectedRowKeys: selected, onChange: (keys: Key[]) => setSelected(keys), preserveSelectedRowKeys: true } } : {})}
        toolbar={
          <>
            {accounts && (
              <Button icon={<UserAddOutlined />} disabled={selected.length === 0} onClick={() => setAccountsOpen(true)}>
                {t('directory.teachers.accounts')}
              </Button>
            )}
            {manage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(schoolId ? `/directory/teachers/new?schoolId=${schoolId}` : '/directory/teachers/new')}>
                {t('directory.teachers.new')}
              </Button>
            )}
            {manage && <ImportButton importerId={IMPORTERS.teachers} name={t('directory.teachers.importName')} refresh={[directoryKeys.teachers]} />}
            <ExportMenu list="teachers" {...(schoolId ? { extra: { schoolId } } : {})} />
          </>
        }
        empty={{
          description: t('directory.teachers.empty'),
          ...(manage ? { action: { label: t('directory.teachers.new'), to: schoolId ? `/directory/teachers/new?schoolId=${schoolId}` : '/directory/teachers/new' } } : {}),
        }}
      />
      <AccountsModal
        open={accountsOpen}
        teacherIds={selected.map(String)}
        onClose={(created) => {
          setAccountsOpen(false);
          if (created) {
            setSelected([]);
            void queryClient.invalidateQueries({ queryKey: directoryKeys.teachers });
          }
        }}
      />
    </>
  );
}
