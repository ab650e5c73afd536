import { Button, Card, Form, Input, InputNumber, Select, Switch } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiForm, PageTitle, PinyinSelect } from '@schoolbridge/ui';
import { directoryApi, directoryKeys, useSchoolOptions, type OrganisationDetail } from '../api';
import { DetailState } from '../components/DetailState';
import { useTownships } from '../components/useTownships';
import { useVocab } from '../components/vocab';

interface SchoolValues {
  code: string;
  name: string;
  shortName?: string;
  regionId?: string;
  managerOrganisationId?: string;
  schoolKind?: string;
  stages?: string[];
  setting?: string;
  tier?: string;
  boarding?: boolean;
  studentCount?: number | null;
  classCount?: number | null;
  teacherCount?: number | null;
  subjectTeacherCount?: number | null;
  shortageSubjects?: string[];
  fullCurriculum?: boolean;
  address?: string;
  contactName?: string;
  contactPhone?: string;
}

const blankToNull = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : v.trim());

function toBody(v: SchoolValues, school?: OrganisationDetail): Record<string, unknown> {
  const body: Record<string, unknown> = {
    code: v.code,
    name: v.name,
    shortName: blankToNull(v.shortName),
    schoolKind: v.schoolKind ?? null,
    stages: v.stages ?? [],
    setting: v.setting ?? null,
    tier: v.tier ?? null,
    boarding: v.boarding ?? null,
    studentCount: v.studentCount ?? null,
    classCount: v.classCount ?? null,
    teacherCount: v.teacherCount ?? null,
    subjectTeacherCount: v.subjectTeacherCount ?? null,
    shortageSubjects: v.shortageSubjects ?? [],
    fullCurriculum: v.fullCurriculum ?? null,
    address: blankToNull(v.address),
    contactName: blankToNull(v.contactName),
    contactPhone: blankToNull(v.contactPhone),
  };
  // a masked number sent back unchanged would overwrite the real one
  if (school && (v.contactPhone ?? '') === (school.contactPhone ?? '')) delete body.contactPhone;
  if (v.regionId) body.regionId = v.regionId;
  // a manager is sent only when chosen or changed: changing it re-paths the school and what it manages
  if (v.managerOrganisationId && v.managerOrganisationId !== school?.managerOrganisationId) body.managerOrganisationId = v.managerOrganisationId;
  if (school) body.version = school.version;
  else body.kind = 'school';
  return body;
}

function SchoolForm({ school }: { school?: OrganisationDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const vocab = useVocab();
  const townships = useTownships();
  const schools = useSchoolOptions();
  const f = (key: string) => t(`directory.schools.${key}`);
  const regionOptions = [...(townships.data ?? [])];
  if (school?.regionId && !regionOptions.some((o) => o.value === school.regionId)) regionOptions.push({ value: school.regionId, label: school.regionName ?? school.regionId });

  const initial: Partial<SchoolValues> = school
    ? {
        code: school.code,
        name: school.name,
        shortName: school.shortName ?? '',
        ...(school.regionId ? { regionId: school.regionId } : {}),
        ...(school.managerOrganisationId ? { managerOrganisationId: school.managerOrganisationId } : {}),
        ...(school.schoolKind ? { schoolKind: school.schoolKind } : {}),
        stages: school.stages,
        ...(school.setting ? { setting: school.setting } : {}),
        ...(school.tier ? { tier: school.tier } : {}),
        boarding: !!school.boarding,
        studentCount: school.studentCount,
        classCount: school.classCount,
        teacherCount: school.teacherCount,
        subjectTeacherCount: school.subjectTeacherCount,
        shortageSubjects: school.shortageSubjects,
        fullCurriculum: !!school.fullCurriculum,
        address: school.address ?? '',
        contactName: school.contactName ?? '',
        contactPhone: school.contactPhone ?? '',
      }
    : { boarding: false, fullCurriculum: true, stages: [], shortageSubjects: [] };

  const count = (name: keyof SchoolValues, label: string) => (
    <Form.Item name={name} label={label}>
      <InputNumber min={0} precision={0} style={{ width: 200 }} />
    </Form.Item>
  );

  return (
    <Card>
      <ApiForm<SchoolValues>
        initialValues={initial}
        onSubmit={(v) => (school ? directoryApi.updateOrganisation(school.id, toBody(v, school)) : directoryApi.createOrganisation(toBody(v)))}
        onSuccess={(saved) => {
          void queryClient.invalidateQueries({ queryKey: directoryKeys.organisations });
          void navigate(`/directory/schools/${(saved as { id: string }).id}`);
        }}
        actions={<Button onClick={() => void navigate(-1)}>{t('directory.common.cancel')}</Button>}
        fieldLabels={{ version: t('directory.common.version'), kind: f('kindOrg'), managerRegionId: f('managerRegion') }}
      >
        <Form.Item name="name" label={f('name')} rules={[{ required: true, whitespace: true, message: f('nameRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="shortName" label={f('shortName')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="code" label={f('code')} rules={[{ required: true, whitespace: true, message: f('codeRequired') }]}>
          <Input maxLength={64} inputMode="numeric" />
        </Form.Item>
        <Form.Item name="regionId" label={f('township')} rules={school ? [] : [{ required: true, message: f('regionRequired') }]}>
          <PinyinSelect aria-label={f('township')} options={regionOptions} allowClear loading={townships.isPending} />
        </Form.Item>
        <Form.Item name="managerOrganisationId" label={f('managerOrganisation')} extra={f('managerHint')}>
          <PinyinSelect aria-label={f('managerOrganisation')} options={(schools.data ?? []).filter((o) => o.value !== school?.id)} allowClear />
        </Form.Item>
        <Form.Item name="schoolKind" label={f('kind')}>
          <Select options={vocab.options('schoolKinds')} allowClear />
        </Form.Item>
        <Form.Item name="stages" label={f('stages')}>
          <Select mode="multiple" options={vocab.options('schoolStages')} allowClear />
        </Form.Item>
        <Form.Item name="setting" label={f('setting')}>
          <Select options={vocab.options('settings')} allowClear />
        </Form.Item>
        <Form.Item name="tier" label={f('tier')}>
          <Select options={vocab.options('tiers')} allowClear />
        </Form.Item>
        <Form.Item name="boarding" label={f('boarding')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {count('studentCount', f('studentCount'))}
        {count('classCount', f('classCount'))}
        {count('teacherCount', f('teacherCount'))}
        {count('subjectTeacherCount', f('subjectTeacherCount'))}
        <Form.Item name="shortageSubjects" label={f('shortageSubjects')}>
          <Select mode="multiple" options={vocab.options('subjects')} allowClear />
        </Form.Item>
        <Form.Item name="fullCurriculum" label={f('fullCurriculum')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="address" label={f('address')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="contactName" label={f('contactName')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="contactPhone" label={f('contactPhone')}>
          <Input maxLength={20} inputMode="tel" />
        </Form.Item>
      </ApiForm>
    </Card>
  );
}

/** 新增学校 / 编辑学校. */
export default function SchoolFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const query = useQuery({ queryKey: directoryKeys.organisation(id ?? ''), queryFn: () => directoryApi.organisation(id!), enabled: !!id });
  if (id && !query.data) return <DetailState isPending={query.isPending} error={query.error} retry={() => void query.refetch()} listPath="/directory/schools" />;
  return (
    <div>
      <PageTitle title={id ? `${t('directory.schools.editTitle')}：${query.data!.name}` : t('directory.schools.newTitle')} />
      <SchoolForm key={id ?? 'new'} {...(query.data ? { school: query.data } : {})} />
    </div>
  );
}
