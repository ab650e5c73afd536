import { useTranslation } from 'react-i18next';
import { PageTitle } from '@schoolbridge/ui';
import { StudentTable } from '../components/StudentTable';

/** 学生: the student roster of every school in the caller's scope. */
export default function StudentsPage() {
  const { t } = useTranslation();
  return (
    <div>
      <PageTitle title={t('directory.students.title')} description={t('directory.students.description')} />
      <StudentTable />
    </div>
  );
}
