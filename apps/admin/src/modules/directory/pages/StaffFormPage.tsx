import { Button, Card, Form, Input, Select } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiForm, PageTitle, PinyinSelect } from '@schoolbridge/ui';
import { directoryApi, directoryKeys, useOrganisationOptions, type StaffMember } from '../api';
import { DetailState } from '../components/DetailState';
import { useVocab } from '../components/vocab';

interface StaffValues {
  name: string;
  gender?: string;
  organisationId?: string;
  position?: string;
  title?: string;
  mobile?: string;
  email?: string;
}

function toBody(v: StaffValues, staff?: StaffMember): Record<string, unknown> {
  const body: Record<string, unknown> = {
    name: v.name.trim(),
    gender: v.gender ?? null,
    organisationId: v.organisationId,
    position: v.position?.trim() || null,
    title: v.title?.trim() || null,
    email: v.email?.trim() || null,
  };
  // the mobile is shown masked: sent only when typed in
  if (v.mobile?.trim()) body.mobile = v.mobile.trim();
  if (staff) body.version = staff.version;
  return body;
}

function StaffForm({ staff }: { staff?: StaffMember }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const queryClient = useQueryClient();
  const vocab = useVocab();
  const organisations = useOrganisationOptions();
  const f = (key: string) => t(`directory.staff.${key}`);

  const initial: Partial<StaffValues> = staff
    ? {
        name: staff.name,
        ...(staff.gender ? { gender: staff.gender } : {}),
        organisationId: staff.organisationId,
        position: staff.position ?? '',
        title: staff.title ?? '',
        email: staff.email ?? '',
      }
    : search.get('organisationId')
      ? { organisationId: search.get('organisationId')! }
      : {};
  // an organisation the picker has not loaded (or no longer offers) still shows its name
  const options =
    staff && !(organisations.data ?? []).some((o) => o.value === staff.organisationId)
      ? [...(organisations.data ?? []), { value: staff.organisationId, label: staff.organisationName }]
      : (organisations.data ?? []);

  return (
    <Card>
      <ApiForm<StaffValues>
        initialValues={initial}
        onSubmit={(v) => (staff ? directoryApi.updateStaff(staff.id, toBody(v, staff)) : directoryApi.createStaff(toBody(v)))}
        onSuccess={(saved) => {
          void queryClient.invalidateQueries({ queryKey: directoryKeys.staff });
          void navigate(`/directory/staff/${(saved as { id: string }).id}`);
        }}
        actions={<Button onClick={() => void navigate(-1)}>{t('directory.common.cancel')}</Button>}
        fieldLabels={{ version: t('directory.common.version'), userId: f('account') }}
      >
        <Form.Item name="name" label={f('name')} rules={[{ required: true, whitespace: true, message: f('nameRequired') }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="gender" label={f('gender')}>
          <Select options={vocab.options('genders')} allowClear />
        </Form.Item>
        <Form.Item name="organisationId" label={f('organisation')} rules={[{ required: true, message: f('organisationRequired') }]}>
          <PinyinSelect aria-label={f('organisation')} options={options} placeholder={f('selectOrganisation')} />
        </Form.Item>
        <Form.Item name="position" label={f('position')}>
          <Input maxLength={50} placeholder={f('positionPlaceholder')} />
        </Form.Item>
        <Form.Item name="title" label={f('staffTitle')}>
          <Input maxLength={50} placeholder={f('titlePlaceholder')} />
        </Form.Item>
        <Form.Item name="mobile" label={f('mobile')} {...(staff?.mobile ? { extra: t('directory.common.keepMasked', { masked: staff.mobile }) } : {})}>
          <Input maxLength={20} inputMode="tel" autoComplete="off" />
        </Form.Item>
        <Form.Item name="email" label={f('email')} rules={[{ type: 'email', message: f('emailInvalid') }]}>
          <Input maxLength={100} inputMode="email" autoComplete="off" />
        </Form.Item>
      </ApiForm>
    </Card>
  );
}

/** 新建职工 / 编辑职工. */
export default function StaffFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const query = useQuery({ queryKey: directoryKeys.staffMember(id ?? ''), queryFn: () => directoryApi.staffMember(id!), enabled: !!id });
  if (id && !query.data) return <DetailState isPending={query.isPending} error={query.error} retry={() => void query.refetch()} listPath="/directory/staff" />;
  return (
    <div>
      <PageTitle title={id ? `${t('directory.staff.editTitle')}：${query.data!.name}` : t('directory.staff.newTitle')} />
      <StaffForm key={id ?? 'new'} {...(query.data ? { staff: query.data } : {})} />
    </div>
  );
}
