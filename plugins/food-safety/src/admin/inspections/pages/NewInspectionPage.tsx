/**
 * /food-safety/inspections/new — starts an inspection: kind, canteen, campaign, outing, the
 * checklist and the date; for a 复查 the inspection it follows up. The server makes the draft
 * (officers default to the outing's team) and the phone form opens. Parameters in the address
 * (?canteenId=&campaignId=&outingId=&kind=reinspection&follows=) fill the form in advance.
 */
import { useState } from 'react';
import { Button, Form, Input, Radio, Select } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiForm, PageTitle, serverToday } from '@schoolbridge/ui';
import { inspectionKeys, inspectionsApi } from '../api';
import { INSPECTION_KINDS, type InspectionKind } from '../components/vocab';

interface Values {
  kind: InspectionKind;
  canteenId?: string;
  campaignId?: string;
  outingId?: string;
  followsInspectionId?: string;
  templateId?: string;
  inspectedOn: string;
}

export default function NewInspectionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [search] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const f = (key: string) => t(`foodSafety.inspections.create.${key}`);
  const [canteenQ, setCanteenQ] = useState('');
  const kind = Form.useWatch('kind', form) ?? 'routine';
  const canteenId = Form.useWatch('canteenId', form);
  const campaignId = Form.useWatch('campaignId', form);

  const canteens = useQuery({
    queryKey: [...inspectionKeys.canteens, 'pick', canteenQ],
    queryFn: () => inspectionsApi.canteens({ q: canteenQ || undefined, pageSize: 50 }),
  });
  const campaigns = useQuery({ queryKey: [...inspectionKeys.campaigns, 'open'], queryFn: () => inspectionsApi.campaigns({ status: 'active', pageSize: 200 }) });
  const outings = useQuery({
    queryKey: [...inspectionKeys.outings, 'pick', campaignId ?? ''],
    queryFn: () => inspectionsApi.outings({ pageSize: 100, ...(campaignId ? { campaignId } : {}) }),
  });
  const templates = useQuery({ queryKey: ['foodSafety', 'templates', 'inspection'], queryFn: inspectionsApi.inspectionTemplates, staleTime: 5 * 60_000 });
  const previous = useQuery({
    queryKey: [...inspectionKeys.all, 'follows', canteenId ?? ''],
    queryFn: () => inspectionsApi.list({ canteenId, status: 'submitted', pageSize: 50 }),
    enabled: kind === 'reinspection' && !!canteenId,
  });

  const preset = search.get('canteenId');
  const initialValues: Values = {
    kind: (INSPECTION_KINDS as readonly string[]).includes(search.get('kind') ?? '')
      ? (search.get('kind') as InspectionKind)
      : search.get('campaignId')
        ? 'campaign'
        : 'routine',
    ...(preset ? { canteenId: preset } : {}),
    ...(search.get('campaignId') ? { campaignId: search.get('campaignId')! } : {}),
    ...(search.get('outingId') ? { outingId: search.get('outingId')! } : {}),
    ...(search.get('follows') ? { followsInspectionId: search.get('follows')! } : {}),
    inspectedOn: serverToday(),
  };

  const canteenOptions = (canteens.data?.items ?? []).map((c) => ({
    value: c.id,
    label: c.schoolName && c.schoolName !== c.name ? `${c.name}（${c.schoolName}）` : c.name,
  }));

  return (
    <div style={{ maxWidth: 640 }}>
      <PageTitle title={f('title')} />
      <ApiForm<Values>
        form={form}
        initialValues={initialValues}
        guardUnsaved={false}
        successMessage={false}
        submitLabel={f('start')}
        onSubmit={async (v) => {
          const created = await inspectionsApi.create({
            kind: v.kind,
            canteenId: v.canteenId!,
            campaignId: v.campaignId ?? null,
            outingId: v.outingId ?? null,
            followsInspectionId: v.kind === 'reinspection' ? (v.followsInspectionId ?? null) : null,
            ...(v.templateId ? { templateId: v.templateId } : {}),
            inspectedOn: v.inspectedOn,
          });
          await queryClient.invalidateQueries({ queryKey: inspectionKeys.all });
          return created;
        }}
        onSuccess={(created) => void navigate(`/food-safety/inspections/${(created as { id: string }).id}/fill`)}
        fieldLabels={{
          canteenId: f('canteen'),
          campaignId: f('campaign'),
          outingId: f('outing'),
          followsInspectionId: f('follows'),
          templateId: f('template'),
          inspectedOn: f('inspectedOn'),
        }}
        actions={<Button onClick={() => void navigate(-1)}>{t('foodSafety.common.cancel')}</Button>}
      >
        <Form.Item name="kind" label={f('kind')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            size="large"
            options={INSPECTION_KINDS.map((k) => ({ value: k, label: t(`foodSafety.common.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="canteenId" label={f('canteen')} rules={[{ required: true, message: f('canteenRequired') }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: setCanteenQ }}
            size="large"
            placeholder={f('canteenPlaceholder')}
            options={canteenOptions}
            loading={canteens.isFetching}
            notFoundContent={f('noCanteen')}
          />
        </Form.Item>
        <Form.Item name="campaignId" label={f('campaign')} rules={[{ required: kind === 'campaign', message: f('campaignRequired') }]}>
          <Select
            allowClear
            size="large"
            options={(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
            placeholder={f('campaignPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="outingId" label={f('outing')} extra={f('outingHint')}>
          <Select
            allowClear
            size="large"
            options={(outings.data?.items ?? []).map((o) => ({ value: o.id, label: `${o.outingOn} · ${o.members.map((m) => m.name).join('、')}` }))}
            placeholder={f('outingPlaceholder')}
          />
        </Form.Item>
        {kind === 'reinspection' ? (
          <Form.Item name="followsInspectionId" label={f('follows')} rules={[{ required: true, message: f('followsRequired') }]}>
            <Select
              size="large"
              disabled={!canteenId}
              placeholder={canteenId ? f('followsPlaceholder') : f('chooseCanteenFirst')}
              options={(previous.data?.items ?? []).map((i) => ({
                value: i.id,
                label: `${i.inspectedOn} · ${i.letter?.number ?? t(`foodSafety.common.kinds.${i.kind}`)}`,
              }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="templateId" label={f('template')} extra={f('templateHint')}>
          <Select
            allowClear
            size="large"
            options={(templates.data ?? []).filter((x) => !x.archivedAt).map((x) => ({ value: x.id, label: x.name }))}
            placeholder={f('templatePlaceholder')}
          />
        </Form.Item>
        <Form.Item name="inspectedOn" label={f('inspectedOn')} rules={[{ required: true }]}>
          <Input type="date" size="large" />
        </Form.Item>
      </ApiForm>
    </div>
  );
}
