import { Button, Card, Form, Input, Select, Switch } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiForm, PageTitle, PinyinSelect } from '@schoolbridge/ui';
import { directoryApi, directoryKeys, useSchoolOptions, type StudentDetail } from '../api';
import { DetailState } from '../components/DetailState';
import { useVocab } from '../components/vocab';

interface StudentValues {
  name: string;
  gender?: string;
  idType?: string;
  idNumber?: string;
  registryNumber?: string;
  schoolId?: string;
  grade?: string;
  className?: string;
  boarding?: boolean;
  disability?: boolean;
  registrationOrigin?: string;
  guardianMobile?: string;
  status?: string;
}

function toBody(v: StudentValues, student?: StudentDetail): Record<string, unknown> {
  const body: Record<string, unknown> = {
    name: v.name.trim(),
    grade: v.grade,
    className: v.className?.trim() || null,
    boarding: !!v.boarding,
    disability: !!v.disability,
  };
  if (v.gender) body.gender = v.gender;
  if (v.idType) body.idType = v.idType;
  if (v.registrationOrigin) body.registrationOrigin = v.registrationOrigin;
  if (v.status) body.status = v.status;
  if (v.schoolId && v.schoolId !== student?.schoolId) body.schoolId = v.schoolId;
  // personal numbers are shown masked: sent only when typed in
  if (v.idNumber?.trim()) body.idNumber = v.idNumber.trim();
  if (v.registryNumber?.trim()) body.registryNumber = v.registryNumber.trim();
  if (v.guardianMobile?.trim()) body.guardianMobile = v.guardianMobile.trim();
  if (student) body.version = student.version;
  return body;
}

function StudentForm({ student }: { student?: StudentDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const queryClient = useQueryClient();
  const vocab = useVocab();
  const schools = useSchoolOptions();
  const f = (key: string) => t(`directory.students.${key}`);
  const keep = (masked: string | null | undefined) => (student && masked ? { extra: t('directory.common.keepMasked', { masked }) } : {});

  const initial: Partial<StudentValues> = student
    ? {
        name: student.name,
        ...(student.gender ? { gender: student.gender } : {}),
        idType: student.idType,
        schoolId: student.schoolId,
        ...(student.grade ? { grade: student.grade } : {}),
        className: student.className ?? '',
        boarding: !!student.boarding,
        disability: !!student.disability,
        ...(student.registrationOrigin ? { registrationOrigin: student.registrationOrigin } : {}),
        status: student.status,
      }
    : { idType: 'resident_id', status: 'enrolled', registrationOrigin: 'local', boarding: false, disability: false, ...(search.get('schoolId') ? { schoolId: search.get('schoolId')! } : {}) };

  return (
    <Card>
      <ApiForm<StudentValues>
        initialValues={initial}
        onSubmit={(v) => (student ? directoryApi.updateStudent(student.id, toBody(v, student)) : directoryApi.createStudent(toBody(v)))}
        onSuccess={(saved) => {
          void queryClient.invalidateQueries({ queryKey: directoryKeys.students });
          void navigate(`/directory/students/${(saved as { id: string }).id}`);
        }}
        actions={<Button onClick={() => void navigate(-1)}>{t('directory.common.cancel')}</Button>}
        fieldLabels={{ version: t('directory.common.version') }}
      >
        <Form.Item name="name" label={f('name')} rules={[{ required: true, whitespace: true, message: f('nameRequired') }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="idType" label={f('idType')}>
          <Select options={vocab.options('idDocumentTypes')} />
        </Form.Item>
        <Form.Item name="idNumber" label={f('idNumber')} rules={student ? [] : [{ required: true, whitespace: true, message: f('idNumberRequired') }]} {...keep(student?.idNumber)}>
          <Input maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item name="registryNumber" label={f('registryNumber')} {...keep(student?.registryNumber)}>
          <Input maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item name="gender" label={f('gender')} extra={t('directory.teachers.genderHint')}>
          <Select options={vocab.options('genders')} allowClear />
        </Form.Item>
        <Form.Item name="schoolId" label={f('school')} rules={[{ required: true, message: f('schoolRequired') }]}>
          <PinyinSelect aria-label={f('school')} options={schools.data ?? []} placeholder={t('directory.common.selectSchool')} />
        </Form.Item>
        <Form.Item name="grade" label={f('grade')} rules={[{ required: true, message: f('grade') }]}>
          <Select options={vocab.options('grades')} />
        </Form.Item>
        <Form.Item name="className" label={f('className')}>
          <Input maxLength={32} placeholder={f('classPlaceholder')} />
        </Form.Item>
        <Form.Item name="boarding" label={f('boarding')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="disability" label={f('disability')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="registrationOrigin" label={f('registrationOrigin')}>
          <Select options={vocab.options('registrationOrigins')} />
        </Form.Item>
        <Form.Item name="guardianMobile" label={f('guardianMobile')} {...keep(student?.guardianMobile)}>
          <Input maxLength={20} inputMode="tel" autoComplete="off" />
        </Form.Item>
        <Form.Item name="status" label={f('status')}>
          <Select options={vocab.options('studentStatuses')} />
        </Form.Item>
      </ApiForm>
    </Card>
  );
}

/** 新增学生 / 编辑学生. */
export default function StudentFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const query = useQuery({ queryKey: directoryKeys.student(id ?? ''), queryFn: () => directoryApi.student(id!), enabled: !!id });
  if (id && !query.data) return <DetailState isPending={query.isPending} error={query.error} retry={() => void query.refetch()} listPath="/directory/students" />;
  return (
    <div>
      <PageTitle title={id ? `${t('directory.students.editTitle')}：${query.data!.name}` : t('directory.students.newTitle')} />
      <StudentForm key={id ?? 'new'} {...(query.data ? { student: query.data } : {})} />
    </div>
  );
}
