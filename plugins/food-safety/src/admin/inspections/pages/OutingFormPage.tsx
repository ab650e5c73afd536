/**
 * /food-safety/outings/new and /:id/edit — an outing: the date, the campaign (or a region), the
 * team (people with accounts picked, others typed with their agency; one leads) and the vehicles
 * (count and plates).
 */
import { Button, Form, Input, InputNumber, Radio, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiForm, PageSkeleton, PageTitle, PinyinSelect, serverToday, useAuth } from '@schoolbridge/ui';
import { inspectionKeys, inspectionsApi } from '../api';
import { LoadState } from '../components/LoadState';
import { RegionSelect } from '../components/RegionSelect';
import { useAccountOptions } from '../components/useAccounts';

interface MemberValue {
  userId?: string | null;
  name?: string;
  agency?: string;
  role: 'leader' | 'member';
}

interface Values {
  outingOn: string;
  campaignId?: string | null;
  regionId?: string;
  vehicles: number;
  vehiclePlates?: string;
  notes?: string;
  members: MemberValue[];
}

const orNull = (s: string | undefined | null) => (s && s.trim() ? s.trim() : null);

export default function OutingFormPage() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { me } = useAuth();
  const [form] = Form.useForm<Values>();
  const accounts = useAccountOptions();
  const f = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.inspections.outings.${key}`, opts);
  const existing = useQuery({ queryKey: [...inspectionKeys.outings, id ?? ''], queryFn: () => inspectionsApi.outing(id!), enabled: !!id });
  const campaigns = useQuery({
    queryKey: [...inspectionKeys.campaigns, 'options'],
    queryFn: () => inspectionsApi.campaigns({ page: 1, pageSize: 200 }),
    staleTime: 60_000,
  });
  const campaignId = Form.useWatch('campaignId', form);
  const members = Form.useWatch('members', form) ?? [];

  if (id && !existing.data) {
    return existing.isPending ? (
      <PageSkeleton />
    ) : (
      <LoadState isPending={false} error={existing.error} retry={() => void existing.refetch()} backTo="/food-safety/outings" />
    );
  }
  const o = existing.data;
  const initialValues: Values = o
    ? {
        outingOn: o.outingOn,
        campaignId: o.campaignId,
        regionId: o.regionId,
        vehicles: o.vehicles,
        vehiclePlates: o.vehiclePlates ?? '',
        notes: o.notes ?? '',
        members: o.members.map((m) => ({ userId: m.userId, name: m.name, agency: m.agency ?? '', role: m.role })),
      }
    : {
        outingOn: serverToday(),
        campaignId: search.get('campaignId'),
        vehicles: 1,
        members: me ? [{ userId: me.user.id, name: me.user.displayName, agency: '', role: 'leader' }] : [],
      };
  const chosen = new Set(members.map((m) => m?.userId).filter(Boolean));
  const accountOptions = accounts.filter((a) => !chosen.has(a.userId)).map((a) => ({ value: a.userId, label: a.agency ? `${a.name}（${a.agency}）` : a.name }));

  return (
    <div style={{ maxWidth: 760 }}>
      <PageTitle title={o ? f('editTitle') : f('newTitle')} />
      <ApiForm<Values>
        form={form}
        initialValues={initialValues}
        fieldLabels={{ members: f('team'), regionId: f('region') }}
        onSubmit={async (v) => {
          const body = {
            outingOn: v.outingOn,
            campaignId: v.campaignId ?? null,
            ...(v.regionId ? { regionId: v.regionId } : {}),
            vehicles: v.vehicles,
            vehiclePlates: orNull(v.vehiclePlates),
            notes: orNull(v.notes),
            members: v.members.map((m) =>
              m.userId
                ? { userId: m.userId, name: m.name, agency: orNull(m.agency), role: m.role }
                : { name: (m.name ?? '').trim(), agency: orNull(m.agency), role: m.role },
            ),
          };
          const saved = o ? await inspectionsApi.updateOuting(o.id, { ...body, version: o.version }) : await inspectionsApi.createOuting(body);
          await queryClient.invalidateQueries({ queryKey: inspectionKeys.outings });
          return saved;
        }}
        onSuccess={() => void navigate('/food-safety/outings')}
        actions={<Button onClick={() => void navigate(-1)}>{t('foodSafety.common.cancel')}</Button>}
      >
        <Form.Item name="outingOn" label={f('date')} rules={[{ required: true, message: f('dateRequired') }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="campaignId" label={f('campaign')}>
          <Select allowClear placeholder={f('noCampaign')} options={(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Form.Item name="regionId" label={f('region')} extra={f('regionHint')} rules={[{ required: !campaignId, message: f('regionRequired') }]}>
          <RegionSelect valueLabel={o?.regionName} />
        </Form.Item>
        <Form.Item label={f('team')} required>
          <Form.List
            name="members"
            rules={[{ validator: async (_, list: MemberValue[]) => (list?.length ? Promise.resolve() : Promise.reject(new Error(f('teamRequired')))) }]}
          >
            {(fields, { add, remove }, { errors }) => (
              <div style={{ display: 'grid', gap: 8 }}>
                {fields.map((field, i) => {
                  const m = members[i];
                  return (
                    <div
                      key={field.key}
                      data-testid="outing-member"
                      style={{ border: '1px solid #d9d9d9', borderRadius: 6, padding: 8, display: 'grid', gap: 4 }}
                    >
                      {m?.userId ? (
                        <div>
                          <strong>{m.name}</strong>
                        </div>
                      ) : (
                        <Form.Item
                          name={[field.name, 'name']}
                          label={f('memberName')}
                          rules={[{ required: true, whitespace: true, message: f('memberNameRequired') }]}
                          style={{ marginBottom: 4 }}
                        >
                          <Input maxLength={50} />
                        </Form.Item>
                      )}
                      <Form.Item name={[field.name, 'agency']} label={f('agency')} style={{ marginBottom: 4 }}>
                        <Input maxLength={200} placeholder={f('agencyPlaceholder')} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'role']} label={f('role')} style={{ marginBottom: 4 }}>
                        <Radio.Group
                          options={[
                            { value: 'leader', label: t('foodSafety.common.roles.leader') },
                            { value: 'member', label: t('foodSafety.common.roles.member') },
                          ]}
                        />
                      </Form.Item>
                      <Button
                        danger
                        size="small"
                        icon={<DeleteOutlined />}
                        onClick={() => remove(field.name)}
                        style={{ justifySelf: 'start' }}
                        aria-label={f('removeMember', { name: m?.name ?? i + 1 })}
                      >
                        {f('remove')}
                      </Button>
                    </div>
                  );
                })}
                <PinyinSelect
                  aria-label={f('pickAccount')}
                  placeholder={f('pickAccount')}
                  value={null}
                  options={accountOptions}
                  onChange={(userId: string) => {
                    const a = accounts.find((x) => x.userId === userId);
                    if (a) add({ userId: a.userId, name: a.name, agency: a.agency, role: 'member' });
                  }}
                />
                <Button icon={<PlusOutlined />} onClick={() => add({ userId: null, name: '', agency: '', role: 'member' })}>
                  {f('addTyped')}
                </Button>
                <Form.ErrorList errors={errors} />
              </div>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="vehicles" label={f('vehicles')} rules={[{ required: true }]}>
          <InputNumber min={0} max={50} precision={0} />
        </Form.Item>
        <Form.Item name="vehiclePlates" label={f('plates')}>
          <Input maxLength={200} placeholder={f('platesPlaceholder')} />
        </Form.Item>
        <Form.Item name="notes" label={f('notes')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
        </Form.Item>
      </ApiForm>
    </div>
  );
}
