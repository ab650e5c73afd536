/** 新增 / 编辑食堂或供餐单位: a school canteen belongs to a school; a supplier has a region and the schools it serves. */
import { Alert, Button, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiForm, PageSkeleton, problemOf } from '@schoolbridge/ui';
import { canteenKeys, canteensApi, useCanteen, type CanteenDetail } from '../api';
import { RegionSelect, SchoolSelect } from '../components/SchoolSelect';

interface Values {
  kind: 'canteen' | 'supplier';
  name: string;
  schoolId?: string | null;
  regionId?: string | null;
  servedSchoolIds?: string[];
  operator: 'selfRun' | 'contracted';
  operatorName?: string | null;
  licenceNo?: string | null;
  licenceExpiresOn?: Dayjs | null;
  facilities: string[];
  address?: string | null;
  contactName?: string | null;
  contactMobile?: string | null;
  mealsPerDay?: number | null;
  diners?: number | null;
}

const FACILITIES = ['hasSampleFridge', 'hasDisinfection', 'hasPestProofing'] as const;

export default function CanteenFormPage() {
  const { id } = useParams();
  const canteen = useCanteen(id);
  if (id && canteen.isPending) return <PageSkeleton />;
  if (id && canteen.isError) return <Alert type="error" showIcon message={problemOf(canteen.error)?.detail ?? String(canteen.error)} />;
  return <CanteenForm canteen={id ? canteen.data : undefined} />;
}

function CanteenForm({ canteen }: { canteen?: CanteenDetail | undefined }) {
  const { t } = useTranslation();
  const w = (key: string) => t(`foodSafety.canteens.${key}`);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const kind = (Form.useWatch('kind', form) ?? canteen?.kind ?? 'canteen') as Values['kind'];
  const initial: Values = canteen
    ? {
        kind: canteen.kind,
        name: canteen.name,
        schoolId: canteen.schoolId,
        regionId: canteen.regionId,
        operator: canteen.operator,
        operatorName: canteen.operatorName,
        licenceNo: canteen.licenceNo,
        licenceExpiresOn: canteen.licenceExpiresOn ? dayjs(canteen.licenceExpiresOn) : null,
        facilities: FACILITIES.filter((f) => canteen[f]),
        address: canteen.address,
        contactName: canteen.contactName,
        contactMobile: null,
        mealsPerDay: canteen.mealsPerDay,
        diners: canteen.diners,
      }
    : { kind: 'canteen', name: '', operator: 'selfRun', facilities: [] };

  const submit = async (v: Values) => {
    const common = {
      name: v.name,
      operator: v.operator,
      operatorName: v.operatorName ?? null,
      licenceNo: v.licenceNo ?? null,
      licenceExpiresOn: v.licenceExpiresOn ? v.licenceExpiresOn.format('YYYY-MM-DD') : null,
      hasSampleFridge: v.facilities.includes('hasSampleFridge'),
      hasDisinfection: v.facilities.includes('hasDisinfection'),
      hasPestProofing: v.facilities.includes('hasPestProofing'),
      address: v.address ?? null,
      contactName: v.contactName ?? null,
      mealsPerDay: v.mealsPerDay ?? null,
      diners: v.diners ?? null,
      // A masked mobile is never sent back: blank keeps the stored one.
      ...(v.contactMobile ? { contactMobile: v.contactMobile } : {}),
    };
    if (canteen) {
      return canteensApi.update(canteen.id, {
        ...common,
        version: canteen.version,
        ...(canteen.kind === 'canteen' && v.schoolId ? { schoolId: v.schoolId } : {}),
        ...(canteen.kind === 'supplier' && v.regionId ? { regionId: v.regionId } : {}),
      });
    }
    return canteensApi.create({
      ...common,
      kind: v.kind,
      ...(v.kind === 'canteen' ? { schoolId: v.schoolId ?? null } : { regionId: v.regionId ?? null, servedSchoolIds: v.servedSchoolIds ?? [] }),
    });
  };

  return (
    <>
      <Typography.Title level={3}>{canteen ? w('edit') : w('new')}</Typography.Title>
      <ApiForm<Values>
        form={form}
        initialValues={initial}
        onSubmit={submit}
        onSuccess={(saved) => {
          void queryClient.invalidateQueries({ queryKey: canteenKeys.all });
          navigate(`/food-safety/canteens/${(saved as CanteenDetail).id}`);
        }}
        fieldLabels={{ servedSchoolIds: w('servedSchools'), schoolId: w('school'), regionId: w('region') }}
        actions={<Button onClick={() => navigate(-1)}>{w('cancel')}</Button>}
      >
        <Form.Item name="kind" label={w('kind')}>
          <Radio.Group disabled={!!canteen} options={(['canteen', 'supplier'] as const).map((k) => ({ value: k, label: w(`kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={w('name')} rules={[{ required: true, message: w('nameRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        {kind === 'canteen' ? (
          <Form.Item name="schoolId" label={w('school')} rules={[{ required: true, message: w('schoolRequired') }]}>
            <SchoolSelect />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="regionId" label={w('region')} rules={[{ required: true, message: w('regionRequired') }]}>
              <RegionSelect />
            </Form.Item>
            {canteen ? null : (
              <Form.Item name="servedSchoolIds" label={w('servedSchools')}>
                <SchoolSelect multiple />
              </Form.Item>
            )}
          </>
        )}
        <Form.Item name="operator" label={w('operator')}>
          <Radio.Group options={(['selfRun', 'contracted'] as const).map((k) => ({ value: k, label: w(`operators.${k}`) }))} />
        </Form.Item>
        <Form.Item name="operatorName" label={w('operatorName')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="licenceNo" label={w('licenceNo')}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="licenceExpiresOn" label={w('licenceExpiresOn')}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="facilities" label={w('facilities')}>
          <Checkbox.Group options={FACILITIES.map((f) => ({ value: f, label: w(f) }))} />
        </Form.Item>
        <Form.Item name="address" label={w('address')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="contactName" label={w('contactName')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="contactMobile"
          label={w('contactMobile')}
          extra={canteen?.contactMobile ? t('foodSafety.canteens.mobileKept', { masked: canteen.contactMobile }) : undefined}
        >
          <Input maxLength={20} inputMode="tel" />
        </Form.Item>
        <Form.Item name="mealsPerDay" label={w('mealsPerDay')}>
          <InputNumber min={0} max={100} precision={0} />
        </Form.Item>
        <Form.Item name="diners" label={w('diners')}>
          <InputNumber min={0} max={1000000} precision={0} />
        </Form.Item>
      </ApiForm>
    </>
  );
}
