import { useEffect, useRef, useState } from 'react';
import { Button, Card, Form, Input, Select } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiForm, PageTitle, PinyinSelect, useAuth } from '@schoolbridge/ui';
import { directoryApi, useOrganisationOptions, type UserOption } from '../../directory/api';
import { DetailState } from '../../directory/components/DetailState';
import { trainingApi, trainingKeys, useOwnerOptions, type Expert } from '../api';
import { ExpertSchedule } from '../components/ExpertSchedule';
import { useTrainingVocab } from '../components/vocab';

const USERS_READ = 'platform.users.read';

interface ExpertValues {
  name: string;
  tier?: string;
  ownerOrganisationId?: string;
  organisationId?: string;
  unitName?: string;
  title?: string;
  specialty?: string;
  mobile?: string;
  userId?: string | null;
}

function toBody(v: ExpertValues, expert?: Expert): Record<string, unknown> {
  const body: Record<string, unknown> = {
    name: v.name.trim(),
    tier: v.tier,
    ownerOrganisationId: v.ownerOrganisationId,
    organisationId: v.organisationId ?? null,
    unitName: v.organisationId ? null : v.unitName?.trim() || null,
    title: v.title?.trim() || null,
    specialty: v.specialty?.trim() || null,
  };
  // the mobile is shown masked: sent only when typed in
  if (v.mobile?.trim()) body.mobile = v.mobile.trim();
  // the account: sent when chosen, or null when a linked one was cleared (unlinks)
  if (v.userId) body.userId = v.userId;
  else if (expert?.userId) body.userId = null;
  if (expert) body.version = expert.version;
  return body;
}

/** An account picker: the server searches by name, pinyin or initials. */
function UserField({
  id,
  value,
  onChange,
  current,
}: {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  current?: { id: string; label: string };
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const found = useQuery({ queryKey: ['users', 'picker', q], queryFn: () => directoryApi.users(q), staleTime: 30_000, retry: false });
  const options = (found.data?.items ?? []).map((u: UserOption) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }));
  if (current && !options.some((o) => o.value === current.id)) options.unshift({ value: current.id, label: current.label });
  return (
    <Select
      id={id}
      aria-label={t('training.experts.account')}
      allowClear
      showSearch={{
        filterOption: false,
        onSearch: (text) => {
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => setQ(text.trim()), 300);
        },
      }}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      options={options}
      loading={found.isFetching}
      placeholder={t('training.experts.accountPlaceholder')}
      notFoundContent={t('training.experts.noUsers')}
      style={{ width: '100%' }}
    />
  );
}

function ExpertForm({ expert }: { expert?: Expert }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { can } = useAuth();
  const vocab = useTrainingVocab();
  const owners = useOwnerOptions();
  const organisations = useOrganisationOptions();
  const [form] = Form.useForm<ExpertValues>();
  const organisationId = Form.useWatch('organisationId', form);
  const f = (key: string) => t(`training.experts.${key}`);

  const initial: Partial<ExpertValues> = expert
    ? {
        name: expert.name,
        tier: expert.tier,
        ownerOrganisationId: expert.ownerOrganisationId,
        ...(expert.organisationId ? { organisationId: expert.organisationId } : { unitName: expert.unitName ?? '' }),
        title: expert.title ?? '',
        specialty: expert.specialty ?? '',
        userId: expert.userId,
      }
    : { tier: 'county', ...(owners.data?.length === 1 ? { ownerOrganisationId: owners.data[0]!.value } : {}) };
  const ownerOptions = (() => {
    const list = (owners.data ?? []).map((o) => ({ value: o.value, label: o.label }));
    if (expert && !list.some((o) => o.value === expert.ownerOrganisationId)) list.push({ value: expert.ownerOrganisationId, label: expert.ownerName });
    return list;
  })();
  const orgOptions = (() => {
    const list = [...(organisations.data ?? [])];
    if (expert?.organisationId && !list.some((o) => o.value === expert.organisationId))
      list.push({ value: expert.organisationId, label: expert.organisationName ?? '' });
    return list;
  })();

  return (
    <ApiForm<ExpertValues>
      form={form}
      initialValues={initial}
      onSubmit={(v) => (expert ? trainingApi.updateExpert(expert.id, toBody(v, expert)) : trainingApi.createExpert(toBody(v)))}
      onSuccess={() => {
        void queryClient.invalidateQueries({ queryKey: trainingKeys.experts });
        void navigate('/training/experts');
      }}
      actions={<Button onClick={() => void navigate(-1)}>{t('training.common.cancel')}</Button>}
      fieldLabels={{ version: t('training.common.version'), userId: f('account') }}
    >
      <Form.Item name="name" label={f('name')} rules={[{ required: true, whitespace: true, message: f('nameRequired') }]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="tier" label={f('tier')} rules={[{ required: true, message: f('tierRequired') }]}>
        <Select aria-label={f('tier')} options={vocab.options('expertTiers')} />
      </Form.Item>
      <Form.Item name="ownerOrganisationId" label={f('owner')} rules={[{ required: true, message: f('ownerRequired') }]} extra={f('ownerHint')}>
        <PinyinSelect aria-label={f('owner')} options={ownerOptions} loading={owners.isPending} />
      </Form.Item>
      <Form.Item name="organisationId" label={f('organisation')} extra={f('organisationHint')}>
        <PinyinSelect aria-label={f('organisation')} allowClear options={orgOptions} loading={organisations.isPending} />
      </Form.Item>
      {!organisationId && (
        <Form.Item name="unitName" label={f('unitName')}>
          <Input maxLength={200} placeholder={f('unitNamePlaceholder')} />
        </Form.Item>
      )}
      <Form.Item name="title" label={f('title')}>
        <Input maxLength={100} placeholder={f('titlePlaceholder')} />
      </Form.Item>
      <Form.Item name="specialty" label={f('specialty')}>
        <Input maxLength={200} placeholder={f('specialtyPlaceholder')} />
      </Form.Item>
      <Form.Item name="mobile" label={f('mobile')} {...(expert?.mobile ? { extra: t('training.experts.keepMasked', { masked: expert.mobile }) } : {})}>
        <Input maxLength={20} inputMode="tel" autoComplete="off" />
      </Form.Item>
      {can(USERS_READ) && (
        <Form.Item name="userId" label={f('account')} extra={f('accountHint')}>
          <UserField {...(expert?.userId ? { current: { id: expert.userId, label: expert.username ?? expert.userId } } : {})} />
        </Form.Item>
      )}
    </ApiForm>
  );
}

/** 新增专家 / 编辑专家, with the expert's schedule when editing. */
export default function ExpertFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const query = useQuery({ queryKey: trainingKeys.expert(id ?? ''), queryFn: () => trainingApi.expert(id!), enabled: !!id });
  if (id && !query.data) return <DetailState isPending={query.isPending} error={query.error} retry={() => void query.refetch()} listPath="/training/experts" />;
  return (
    <div>
      <PageTitle title={id ? t('training.experts.editTitle', { name: query.data!.name }) : t('training.experts.newTitle')} />
      <Card style={{ marginBottom: 16 }}>
        <ExpertForm key={id ?? 'new'} {...(query.data ? { expert: query.data } : {})} />
      </Card>
      {query.data && (
        <Card title={t('training.experts.scheduleTitle', { name: query.data.name })}>
          <ExpertSchedule expertId={query.data.id} />
        </Card>
      )}
    </div>
  );
}
