import { Button, Card, DatePicker, Form, Input, Select, Switch } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiForm, PageTitle, PinyinSelect } from '@schoolbridge/ui';
import { directoryApi, directoryKeys, useSchoolOptions, type TeacherDetail } from '../api';
import { fromDate, toDate } from '../components/dates';
import { DetailState } from '../components/DetailState';
import { useVocab } from '../components/vocab';

interface TeacherValues {
  name: string;
  gender?: string;
  idType?: string;
  idNumber?: string;
  mobile?: string;
  schoolId?: string;
  subjects?: string[];
  gradesTaught?: string;
  title?: string;
  backboneLevel?: string;
  backboneSince?: Dayjs;
  rural?: boolean;
  hireProgramme?: string;
  hiredOn?: Dayjs;
  status?: string;
}

function toBody(v: TeacherValues, teacher?: TeacherDetail): Record<string, unknown> {
  const body: Record<string, unknown> = {
    name: v.name.trim(),
    subjects: v.subjects ?? [],
    gradesTaught: v.gradesTaught?.trim() || null,
    title: v.title ?? null,
    backboneLevel: v.backboneLevel ?? null,
    backboneSince: toDate(v.backboneSince),
    hireProgramme: v.hireProgramme ?? null,
    hiredOn: toDate(v.hiredOn),
  };
  if (v.gender) body.gender = v.gender;
  if (v.idType) body.idType = v.idType;
  if (v.status) body.status = v.status;
  if (v.rural !== undefined) body.rural = v.rural;
  // personal numbers are shown masked: sent only when typed in
  if (v.idNumber?.trim()) body.idNumber = v.idNumber.trim();
  if (v.mobile?.trim()) body.mobile = v.mobile.trim();
  if (teacher) body.version = teacher.version;
  else body.schoolId = v.schoolId;
  return body;
}

function TeacherForm({ teacher }: { teacher?: TeacherDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const queryClient = useQueryClient();
  const vocab = useVocab();
  const schools = useSchoolOptions();
  const f = (key: string) => t(`directory.teachers.${key}`);

  const initial: Partial<TeacherValues> = teacher
    ? {
        name: teacher.name,
        ...(teacher.gender ? { gender: teacher.gender } : {}),
        idType: teacher.idType,
        subjects: teacher.subjects,
        gradesTaught: teacher.gradesTaught ?? '',
        ...(teacher.title ? { title: teacher.title } : {}),
        ...(teacher.backboneLevel ? { backboneLevel: teacher.backboneLevel } : {}),
        ...(teacher.backboneSince ? { backboneSince: fromDate(teacher.backboneSince)! } : {}),
        rural: !!teacher.rural,
        ...(teacher.hireProgramme ? { hireProgramme: teacher.hireProgramme } : {}),
        ...(teacher.hiredOn ? { hiredOn: fromDate(teacher.hiredOn)! } : {}),
        status: teacher.status,
      }
    : { idType: 'resident_id', status: 'active', subjects: [], ...(search.get('schoolId') ? { schoolId: search.get('schoolId')! } : {}) };

  return (
    <Card>
      <ApiForm<TeacherValues>
        initialValues={initial}
        onSubmit={(v) => (teacher ? directoryApi.updateTeacher(teacher.id, toBody(v, teacher)) : directoryApi.createTeacher(toBody(v)))}
        onSuccess={(saved) => {
          void queryClient.invalidateQueries({ queryKey: directoryKeys.teachers });
          void navigate(`/directory/teachers/${(saved as { id: string }).id}`);
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
        <Form.Item
          name="idNumber"
          label={f('idNumber')}
          rules={teacher ? [] : [{ required: true, whitespace: true, message: f('idNumberRequired') }]}
          {...(teacher ? { extra: t('directory.common.keepMasked', { masked: teacher.idNumber }) } : {})}
        >
          <Input maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item name="gender" label={f('gender')} extra={f('genderHint')}>
          <Select options={vocab.options('genders')} allowClear />
        </Form.Item>
        <Form.Item name="mobile" label={f('mobile')} {...(teacher?.mobile ? { extra: t('directory.common.keepMasked', { masked: teacher.mobile }) } : {})}>
          <Input maxLength={20} inputMode="tel" autoComplete="off" />
        </Form.Item>
        {!teacher && (
          <Form.Item name="schoolId" label={f('school')} rules={[{ required: true, message: f('schoolRequired') }]}>
            <PinyinSelect aria-label={f('school')} options={schools.data ?? []} placeholder={t('directory.common.selectSchool')} />
          </Form.Item>
        )}
        <Form.Item name="subjects" label={f('subjects')}>
          <Select mode="multiple" options={vocab.options('subjects')} allowClear />
        </Form.Item>
        <Form.Item name="gradesTaught" label={f('gradesTaught')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="title" label={f('title')}>
          <Select options={vocab.options('teacherTitles')} allowClear />
        </Form.Item>
        <Form.Item name="backboneLevel" label={f('backboneLevel')}>
          <Select options={vocab.options('backboneLevels')} allowClear />
        </Form.Item>
        <Form.Item name="backboneSince" label={f('backboneSince')}>
          <DatePicker format="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item name="rural" label={f('rural')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="hireProgramme" label={f('hireProgramme')}>
          <Select options={vocab.options('hireProgrammes')} allowClear />
        </Form.Item>
        <Form.Item name="hiredOn" label={f('hiredOn')}>
          <DatePicker format="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item name="status" label={f('status')}>
          <Select options={vocab.options('teacherStatuses')} />
        </Form.Item>
      </ApiForm>
    </Card>
  );
}

/** 新增教师 / 编辑教师 (the employing school changes only through 调动). */
export default function TeacherFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const query = useQuery({ queryKey: directoryKeys.teacher(id ?? ''), queryFn: () => directoryApi.teacher(id!), enabled: !!id });
  if (id && !query.data) return <DetailState isPending={query.isPending} error={query.error} retry={() => void query.refetch()} listPath="/directory/teachers" />;
  return (
    <div>
      <PageTitle title={id ? `${t('directory.teachers.editTitle')}：${query.data!.name}` : t('directory.teachers.newTitle')} />
      <TeacherForm key={id ?? 'new'} {...(query.data ? { teacher: query.data } : {})} />
    </div>
  );
}
