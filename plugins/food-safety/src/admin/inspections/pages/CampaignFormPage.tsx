/** /food-safety/campaigns/new and /:id/edit — a campaign: name, period, region, trigger document, checklist. */
import { Button, Form, Input, Select } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiForm, PageSkeleton, PageTitle } from '@schoolbridge/ui';
import { inspectionKeys, inspectionsApi } from '../api';
import { LoadState } from '../components/LoadState';
import { RegionSelect } from '../components/RegionSelect';

interface Values {
  name: string;
  startsOn: string;
  endsOn: string;
  regionId: string;
  documentNumber?: string;
  documentTitle?: string;
  templateId?: string | null;
  notes?: string;
}

const orNull = (s: string | undefined | null) => (s && s.trim() ? s.trim() : null);

export default function CampaignFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const f = (key: string) => t(`foodSafety.inspections.campaigns.${key}`);
  const existing = useQuery({ queryKey: inspectionKeys.campaign(id ?? ''), queryFn: () => inspectionsApi.campaign(id!), enabled: !!id });
  const templates = useQuery({ queryKey: ['foodSafety', 'templates', 'inspection'], queryFn: inspectionsApi.inspectionTemplates, staleTime: 5 * 60_000 });
  if (id && !existing.data) {
    return existing.isPending ? (
      <PageSkeleton />
    ) : (
      <LoadState isPending={false} error={existing.error} retry={() => void existing.refetch()} backTo="/food-safety/campaigns" />
    );
  }
  const c = existing.data;
  const initialValues: Partial<Values> = c
    ? {
        name: c.name,
        startsOn: c.startsOn,
        endsOn: c.endsOn,
        regionId: c.regionId,
        documentNumber: c.documentNumber ?? '',
        documentTitle: c.documentTitle ?? '',
        templateId: c.templateId,
        notes: c.notes ?? '',
      }
    : {};

  return (
    <div style={{ maxWidth: 720 }}>
      <PageTitle title={c ? f('editTitle') : f('newTitle')} />
      <ApiForm<Values>
        initialValues={initialValues}
        onSubmit={async (v) => {
          const body = {
            name: v.name.trim(),
            startsOn: v.startsOn,
            endsOn: v.endsOn,
            regionId: v.regionId,
            documentNumber: orNull(v.documentNumber),
            documentTitle: orNull(v.documentTitle),
            templateId: v.templateId ?? null,
            notes: orNull(v.notes),
          };
          const saved = c ? await inspectionsApi.updateCampaign(c.id, { ...body, version: c.version }) : await inspectionsApi.createCampaign(body);
          await queryClient.invalidateQueries({ queryKey: inspectionKeys.campaigns });
          return saved;
        }}
        onSuccess={(saved) => void navigate(`/food-safety/campaigns/${(saved as { id: string }).id}`)}
        actions={<Button onClick={() => void navigate(-1)}>{t('foodSafety.common.cancel')}</Button>}
      >
        <Form.Item name="name" label={f('name')} rules={[{ required: true, whitespace: true, message: f('nameRequired') }]}>
          <Input maxLength={200} placeholder={f('namePlaceholder')} />
        </Form.Item>
        <Form.Item name="startsOn" label={f('startsOn')} rules={[{ required: true, message: f('startsOnRequired') }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name="endsOn"
          label={f('endsOn')}
          dependencies={['startsOn']}
          rules={[
            { required: true, message: f('endsOnRequired') },
            ({ getFieldValue }) => ({
              validator: (_, value: string) =>
                !value || !getFieldValue('startsOn') || value >= getFieldValue('startsOn')
                  ? Promise.resolve()
                  : Promise.reject(new Error(f('endsBeforeStart'))),
            }),
          ]}
        >
          <Input type="date" />
        </Form.Item>
        <Form.Item name="regionId" label={f('region')} rules={[{ required: true, message: f('regionRequired') }]}>
          <RegionSelect valueLabel={c?.regionName} />
        </Form.Item>
        <Form.Item name="documentNumber" label={f('documentNumber')}>
          <Input maxLength={100} placeholder={f('documentNumberPlaceholder')} />
        </Form.Item>
        <Form.Item name="documentTitle" label={f('documentTitle')}>
          <Input maxLength={300} placeholder={f('documentTitlePlaceholder')} />
        </Form.Item>
        <Form.Item name="templateId" label={f('template')} extra={f('templateHint')}>
          <Select allowClear options={(templates.data ?? []).filter((x) => !x.archivedAt).map((x) => ({ value: x.id, label: x.name }))} />
        </Form.Item>
        <Form.Item name="notes" label={f('notes')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
        </Form.Item>
      </ApiForm>
    </div>
  );
}
