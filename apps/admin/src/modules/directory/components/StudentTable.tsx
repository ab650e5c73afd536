import { Button, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable, rowActionsColumn, useAuth, type DataTableColumn, type FilterDef, type ListParams } from '@schoolbridge/ui';
import { IMPORTERS, STUDENTS_MANAGE, directoryApi, directoryKeys, useSchoolOptions, type Student } from '../api';
import { useArchivedFilter } from './filters';
import { ExportMenu, ImportButton } from './ListTools';
import { ArchivedTag } from './tags';
import { useVocab } from './vocab';

/** The student roster (all schools in scope, or one school's on its detail page). */
export function StudentTable({ schoolId, urlPrefix }: { schoolId?: string; urlPrefix?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useAuth();
  const vocab = useVocab();
  const schools = useSchoolOptions();
  const archivedFilter = useArchivedFilter();
  const manage = can(STUDENTS_MANAGE);
  const yesNo = [
    { value: 'true', label: t('directory.common.yes') },
    { value: 'false', label: t('directory.common.no') },
  ];

  const filters: FilterDef[] = [
    { type: 'text', name: 'q', label: t('directory.common.search'), placeholder: t('directory.common.searchPlaceholder') },
    ...(schoolId ? [] : [{ type: 'select' as const, name: 'schoolId', label: t('directory.students.school'), options: schools.data ?? [] }]),
    { type: 'select', name: 'grade', label: t('directory.students.grade'), options: vocab.options('grades') },
    { type: 'text', name: 'className', label: t('directory.students.className'), placeholder: t('directory.students.classPlaceholder') },
    { type: 'select', name: 'status', label: t('directory.students.status'), options: vocab.options('studentStatuses') },
    { type: 'select', name: 'difficulty', label: t('directory.students.difficulty'), options: vocab.options('difficultyCategories') },
    { type: 'select', name: 'boarding', label: t('directory.students.boarding'), options: yesNo },
    archivedFilter,
  ];

  const columns: DataTableColumn<Student>[] = [
    {
      key: 'name',
      title: t('directory.students.name'),
      sorter: true,
      hideable: false,
      render: (_, row) => (
        <Space size={4} wrap>
          <Link to={`/directory/students/${row.id}`}>{row.name}</Link>
          <ArchivedTag archivedAt={row.archivedAt} />
        </Space>
      ),
    },
    { key: 'gender', title: t('directory.students.gender'), render: (_, row) => vocab.label('genders', row.gender) },
    ...(schoolId ? [] : [{ key: 'school', title: t('directory.students.school'), render: (_: unknown, row: Student) => row.schoolName }]),
    { key: 'grade', title: t('directory.students.grade'), sorter: true, render: (_, row) => vocab.label('grades', row.grade) },
    { key: 'className', dataIndex: 'className', title: t('directory.students.className'), render: (v: string | null) => v ?? '—' },
    { key: 'registryNumber', dataIndex: 'registryNumber', title: t('directory.students.registryNumber'), render: (v: string | null) => v ?? '—' },
    { key: 'boarding', title: t('directory.students.boarding'), render: (_, row) => vocab.yesNo(row.boarding) },
    {
      key: 'difficulties',
      title: t('directory.students.difficulties'),
      render: (_, row) =>
        row.currentDifficulties.length === 0 ? '—' : row.currentDifficulties.map((d) => <Tag key={d.id}>{vocab.label('difficultyCategories', d.category)}</Tag>),
    },
    { key: 'status', title: t('directory.students.status'), render: (_, row) => <Tag>{vocab.label('studentStatuses', row.status)}</Tag> },
    { key: 'idNumber', dataIndex: 'idNumber', title: t('directory.students.idNumber'), defaultHidden: true },
    rowActionsColumn<Student>((row) => ({ view: `/directory/students/${row.id}`, ...(manage ? { edit: `/directory/students/${row.id}/edit` } : {}) }), {
      name: (row) => row.name,
      width: 120,
    }),
  ];

  const newPath = schoolId ? `/directory/students/new?schoolId=${schoolId}` : '/directory/students/new';
  return (
    <DataTable<Student>
      id={schoolId ? 'directory.school.students' : 'directory.students'}
      queryKey={schoolId ? [...directoryKeys.students, 'school', schoolId] : directoryKeys.students}
      fetch={(params: ListParams) => directoryApi.students(schoolId ? { ...params, schoolId } : params)}
      rowKey="id"
      columns={columns}
      filters={filters}
      {...(urlPrefix ? { urlPrefix } : {})}
      title={t('directory.students.list')}
      toolbar={
        <>
          {manage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(newPath)}>
              {t('directory.students.new')}
            </Button>
          )}
          {manage && <ImportButton importerId={IMPORTERS.students} name={t('directory.students.importName')} refresh={[directoryKeys.students]} />}
          <ExportMenu list="students" {...(schoolId ? { extra: { schoolId } } : {})} />
        </>
      }
      empty={{ description: t('directory.students.empty'), ...(manage ? { action: { label: t('directory.students.new'), to: newPath } } : {}) }}
    />
  );
}
