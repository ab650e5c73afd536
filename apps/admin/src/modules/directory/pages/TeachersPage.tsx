import { useTranslation } from 'react-i18next';
import { PageTitle } from '@schoolbridge/ui';
import { TeacherTable } from '../components/TeacherTable';

/** 教师: the teacher roster of every school in the caller's scope. */
export default function TeachersPage() {
  const { t } = useTranslation();
  return (
    <div>
      <PageTitle title={t('directory.teachers.title')} description={t('directory.teachers.description')} />
      <TeacherTable />
    </div>
  );
}
