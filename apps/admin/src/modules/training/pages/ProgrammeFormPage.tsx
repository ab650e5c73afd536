import { Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiForm, Money, PageTitle, PinyinSelect } from '@schoolbridge/ui';
import { useOrganisationOptions } from '../../directory/api';
import { DetailState } from '../../directory/components/DetailState';
import { trainingApi, trainingKeys, useOwnerOptions, type Programme } from '../api';
import { fromDate, toDate } from '../components/format';
import { useTrainingVocab } from '../components/vocab';

interface ProgrammeValues {
  name: string;
  level?: string;
  type?: string;
  ownerOrganisationId?: string;
  hostOrganisationId?: string;
  hostName?: string;
  /** In 元, as typed; sent in fen. */
  budgetYuan?: number | null;
  startsOn?: Dayjs;
  endsOn?: Dayjs;
  audiences?: string[];
  description?: string;
}

/** 元 as typed → fen, a whole number (never a float on the wire). */
export function yuanToFen(yuan: number | null | undefined): number | null {
  if (yuan === null || yuan === undefined || Number.isNaN(yuan)) return null;
  return Math.round(yuan * 100);
}

function toBody(v: ProgrammeValues, programme?: Programme): Record<string, unknown> {
  const body: Record<string, unknown> = {
    name: v.name.trim(),
    level: v.level,
    type: v.type,
    ownerOrganisationId: v.ownerOrganisationId,
    hostOrganisationId: v.hostOrganisationId ?? null,
    hostName: v.hostOrganisationId ? null : v.hostName?.trim() || null,
    budget: yuanToFen(v.budgetYuan),
    startsOn: toDate(v.startsOn),
    endsOn: toDate(v.endsOn),
    audiences: v.audiences ?? [],
    description: v.description?.trim() || null,
  };
  if (programme) body.version = programme.version;
  return body;
}

function ProgrammeForm({ programme }: { programme?: Programme }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const vocab = useTrainingVocab();
  const owners = useOwnerOptions();
  const organisations = useOrganisationOptions();
  const [form] = Form.useForm<ProgrammeValues>();
  const budgetYuan = Form.useWatch('budgetYuan', form);
  const hostOrganisationId = Form.useWatch('hostOrganisationId', form);
  const f = (key: string) => t(`training.programmes.${key}`);

  const initial: Partial<ProgrammeValues> = programme
    ? {
        name: programme.name,
        level: programme.level,
        type: programme.type,
        ownerOrganisationId: programme.ownerOrganisationId,
        ...(programme.hostOrganisationId ? { hostOrganisationId: programme.hostOrganisationId } : { hostName: programme.hostName ?? '' }),
        budgetYuan: programme.budget === null ? null : programme.budget / 100,
        ...(fromDate(programme.startsOn) ? { startsOn: fromDate(programme.startsOn)! } : {}),
        ...(fromDate(programme.endsOn) ? { endsOn: fromDate(programme.endsOn)! } : {}),
        audiences: programme.audiences,
        description: programme.description ?? '',
      }
    : { level: 'county', type: 'toSchool', audiences: [], ...(owners.data?.length === 1 ? { ownerOrganisationId: owners.data[0]!.value } : {}) };
  const ownerOptions = (() => {
    const list = (owners.data ?? []).map((o) => ({ value: o.value, label: o.label }));
    if (programme && !list.some((o) => o.value === programme.ownerOrganisationId))
      list.push({ value: programme.ownerOrganisationId, label: programme.ownerName });
    return list;
  })();
  const hostOptions = (() => {
    const list = [...(organisations.data ?? [])];
    if (programme?.hostOrganisationId && !list.some((o) => o.value === programme.hostOrganisationId))
      list.push({ value: programme.hostOrganisationId, label: programme.hostName ?? programme.hostOrganisationId });
    return list;
  })();

  return (
    <Card>
      <ApiForm<ProgrammeValues>
        form={form}
        initialValues={initial}
        onSubmit={(v) => (programme ? trainingApi.updateProgramme(programme.id, toBody(v, programme)) : trainingApi.createProgramme(toBody(v)))}
        onSuccess={(saved) => {
          void queryClient.invalidateQueries({ queryKey: trainingKeys.programmes });
          void navigate(`/training/programmes/${(saved as { id: string }).id}`);
        }}
        actions={<Button onClick={() => void navigate(-1)}>{t('training.common.cancel')}</Button>}
        fieldLabels={{ version: t('training.common.version'), budget: f('budget'), hostOrganisationId: f('hostOrganisation'), hostName: f('hostName') }}
      >
        <Form.Item name="name" label={f('name')} rules={[{ required: true, whitespace: true, message: f('nameRequired') }]}>
          <Input maxLength={200} placeholder={f('namePlaceholder')} />
        </Form.Item>
        <Form.Item name="level" label={f('level')} rules={[{ required: true, message: f('levelRequired') }]}>
          <Select aria-label={f('level')} options={vocab.options('programmeLevels')} />
        </Form.Item>
        <Form.Item name="type" label={f('type')} rules={[{ required: true, message: f('typeRequired') }]}>
          <Select aria-label={f('type')} options={vocab.options('programmeTypes')} />
        </Form.Item>
        <Form.Item name="ownerOrganisationId" label={f('owner')} rules={[{ required: true, message: f('ownerRequired') }]} extra={f('ownerHint')}>
          <PinyinSelect aria-label={f('owner')} options={ownerOptions} loading={owners.isPending} placeholder={f('pickOwner')} />
        </Form.Item>
        <Form.Item name="hostOrganisationId" label={f('hostOrganisation')} extra={f('hostOrganisationHint')}>
          <PinyinSelect aria-label={f('hostOrganisation')} allowClear options={hostOptions} loading={organisations.isPending} />
        </Form.Item>
        {!hostOrganisationId && (
          <Form.Item name="hostName" label={f('hostName')}>
            <Input maxLength={200} placeholder={f('hostNamePlaceholder')} />
          </Form.Item>
        )}
        <Form.Item label={f('budgetYuan')} extra={budgetYuan ? <Money fen={yuanToFen(budgetYuan)} unit="wan" /> : f('budgetHint')}>
          <Form.Item name="budgetYuan" noStyle>
            <InputNumber aria-label={f('budgetYuan')} min={0} precision={2} step={1000} style={{ width: 240 }} suffix={t('training.programmes.yuan')} />
          </Form.Item>
        </Form.Item>
        <Form.Item label={f('period')} required style={{ marginBottom: 0 }}>
          <Row gutter={8}>
            <Col xs={24} sm={12}>
              <Form.Item name="startsOn" rules={[{ required: true, message: f('startsOnRequired') }]}>
                <DatePicker aria-label={f('startsOn')} format="YYYY-MM-DD" style={{ width: '100%' }} placeholder={f('startsOn')} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="endsOn" rules={[{ required: true, message: f('endsOnRequired') }]}>
                <DatePicker aria-label={f('endsOn')} format="YYYY-MM-DD" style={{ width: '100%' }} placeholder={f('endsOn')} />
              </Form.Item>
            </Col>
          </Row>
        </Form.Item>
        <Form.Item name="audiences" label={f('audiences')}>
          <Select aria-label={f('audiences')} mode="multiple" allowClear options={vocab.options('audiences')} />
        </Form.Item>
        <Form.Item name="description" label={f('descriptionField')}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Typography.Paragraph type="secondary">{f('formHint')}</Typography.Paragraph>
      </ApiForm>
    </Card>
  );
}

/** 新建培训项目 / 编辑培训项目. */
export default function ProgrammeFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const query = useQuery({ queryKey: trainingKeys.programme(id ?? ''), queryFn: () => trainingApi.programme(id!), enabled: !!id });
  if (id && !query.data)
    return <DetailState isPending={query.isPending} error={query.error} retry={() => void query.refetch()} listPath="/training/programmes" />;
  return (
    <div>
      <PageTitle title={id ? t('training.programmes.editTitle', { name: query.data!.name }) : t('training.programmes.newTitle')} />
      <ProgrammeForm key={id ?? 'new'} {...(query.data ? { programme: query.data } : {})} />
    </div>
  );
}
