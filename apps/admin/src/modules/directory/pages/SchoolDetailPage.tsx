import { Button, Descriptions, List, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DetailLayout, formatCount, usePageTitle, useAuth } from '@schoolbridge/ui';
import { ORGANISATIONS_MANAGE, directoryApi, directoryKeys, type OrganisationDetail } from '../api';
import { DetailState } from '../components/DetailState';
import { RecordActions } from '../components/RecordActions';
import { StudentTable } from '../components/StudentTable';
import { TeacherTable } from '../components/TeacherTable';
import { ArchivedTag, CodeList, TierTag } from '../components/tags';
import { useVocab } from '../components/vocab';

function SchoolFields({ school }: { school: OrganisationDetail }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const persons = (n: number | null) => formatCount(n, 'persons');
  return (
    <>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'name', label: t('directory.schools.name'), children: school.name },
          { key: 'shortName', label: t('directory.schools.shortName'), children: school.shortName ?? '—' },
          { key: 'code', label: t('directory.schools.code'), children: school.code },
          { key: 'region', label: t('directory.schools.region'), children: school.regionAncestors?.length ? school.regionAncestors.map((a) => a.name).join(' / ') : (school.regionName ?? '—') },
          { key: 'manager', label: t('directory.schools.manager'), children: school.managerName ?? '—' },
          { key: 'schoolKind', label: t('directory.schools.kind'), children: vocab.label('schoolKinds', school.schoolKind) },
          { key: 'stages', label: t('directory.schools.stages'), children: <CodeList vocab="schoolStages" codes={school.stages} /> },
          { key: 'setting', label: t('directory.schools.setting'), children: vocab.label('settings', school.setting) },
          { key: 'tier', label: t('directory.schools.tier'), children: <TierTag tier={school.tier} /> },
          { key: 'boarding', label: t('directory.schools.boarding'), children: vocab.yesNo(school.boarding) },
          { key: 'studentCount', label: t('directory.schools.studentCount'), children: persons(school.studentCount) },
          { key: 'classCount', label: t('directory.schools.classCount'), children: formatCount(school.classCount) },
          { key: 'teacherCount', label: t('directory.schools.teacherCount'), children: persons(school.teacherCount) },
          { key: 'subjectTeacherCount', label: t('directory.schools.subjectTeacherCount'), children: persons(school.subjectTeacherCount) },
          { key: 'teacherRecords', label: t('directory.schools.teacherRecords'), children: persons(school.teacherRecords ?? null) },
          { key: 'shortage', label: t('directory.schools.shortageSubjects'), children: <CodeList vocab="subjects" codes={school.shortageSubjects} /> },
          { key: 'fullCurriculum', label: t('directory.schools.fullCurriculum'), children: vocab.yesNo(school.fullCurriculum) },
          { key: 'address', label: t('directory.schools.address'), children: school.address ?? '—' },
          { key: 'contactName', label: t('directory.schools.contactName'), children: school.contactName ?? '—' },
          { key: 'contactPhone', label: t('directory.schools.contactPhone'), children: school.contactPhone ?? '—' },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('directory.schools.managed')}
      </Typography.Title>
      <List
        size="small"
        bordered
        dataSource={school.managed}
        locale={{ emptyText: t('directory.schools.managedEmpty') }}
        renderItem={(m) => (
          <List.Item>
            {m.kind === 'school' ? <Link to={`/directory/schools/${m.id}`}>{m.name}</Link> : m.name}
            <Typography.Text type="secondary">{m.code}</Typography.Text>
          </List.Item>
        )}
      />
    </>
  );
}

/** 学校详情: facts, the 基本信息 / 教师 / 学生 tabs and the `school.detail` widget zone. */
export default function SchoolDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useAuth();
  const vocab = useVocab();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: directoryKeys.organisation(id), queryFn: () => directoryApi.organisation(id) });
  const school = query.data;
  usePageTitle(school?.name ?? t('directory.schools.title'));

  if (!school) return <DetailState isPending={query.isPending} error={query.error} retry={() => void query.refetch()} listPath="/directory/schools" />;
  const manage = can(ORGANISATIONS_MANAGE);

  return (
    <DetailLayout
      breadcrumb={[{ title: t('directory.nav') }, { title: t('directory.schools.title'), to: '/directory/schools' }, { title: school.name }]}
      title={
        <>
          {school.name} <ArchivedTag archivedAt={school.archivedAt} />
        </>
      }
      extra={
        manage ? (
          <>
            <Button type="primary" icon={<EditOutlined />} onClick={() => void navigate(`/directory/schools/${school.id}/edit`)}>
              {t('directory.common.edit')}
            </Button>
            <RecordActions
              name={school.name}
              archived={!!school.archivedAt}
              onArchive={() => directoryApi.archiveOrganisation(school.id)}
              onRestore={() => directoryApi.restoreOrganisation(school.id)}
              onDelete={() => directoryApi.deleteOrganisation(school.id)}
              onDone={(action) => {
                void queryClient.invalidateQueries({ queryKey: directoryKeys.organisations });
                if (action === 'delete') void navigate('/directory/schools');
              }}
            />
          </>
        ) : undefined
      }
      factsTitle={t('directory.common.overview')}
      facts={[
        { key: 'code', label: t('directory.schools.code'), children: school.code },
        { key: 'township', label: t('directory.schools.township'), children: school.townshipName ?? school.regionName ?? '—' },
        { key: 'kind', label: t('directory.schools.kind'), children: vocab.label('schoolKinds', school.schoolKind) },
        { key: 'tier', label: t('directory.schools.tier'), children: <TierTag tier={school.tier} /> },
        { key: 'students', label: t('directory.schools.studentCount'), children: formatCount(school.studentCount, 'persons') },
        { key: 'teachers', label: t('directory.schools.teacherCount'), children: formatCount(school.teacherCount, 'persons') },
      ]}
      widgetZone="school.detail"
      entityId={school.id}
      tabs={[
        { key: 'basic', label: t('directory.schools.tabBasic'), children: <SchoolFields school={school} /> },
        { key: 'teachers', label: t('directory.schools.tabTeachers'), children: <TeacherTable schoolId={school.id} urlPrefix="t." /> },
        { key: 'students', label: t('directory.schools.tabStudents'), children: <StudentTable schoolId={school.id} urlPrefix="s." /> },
      ]}
    />
  );
}
