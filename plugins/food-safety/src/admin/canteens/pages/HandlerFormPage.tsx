/**
 * 新增 / 编辑从业人员: health certificate and training. Creating someone on duty is refused by the
 * server unless both are valid today; its reasons appear under the fields.
 */
import { Alert, Button, Checkbox, DatePicker, Form, Input, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiForm, PageSkeleton, problemOf } from '@schoolbridge/ui';
import { canteenKeys, handlersApi, useCanteenOptions, useHandler, type FoodHandler } from '../api';

interface Values {
  canteenId: string;
  name: string;
  gender?: 'male' | 'female' | null;
  mobile?: string | null;
  position?: string | null;
  healthCertNo?: string | null;
  healthCertExpiresOn?: Dayjs | null;
  trainedOn?: Dayjs | null;
  onDuty?: boolean;
}

export default function HandlerFormPage() {
  const { id } = useParams();
  const handler = useHandler(id);
  if (id && handler.isPending) return <PageSkeleton />;
  if (id && handler.isError) return <Alert type="error" showIcon message={problemOf(handler.error)?.detail ?? String(handler.error)} />;
  return <HandlerForm handler={id ? handler.data : undefined} />;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

export function HandlerForm({ handler }: { handler?: FoodHandler | undefined }) {
  const { t } = useTranslation();
  const w = (key: string) => t(`foodSafety.handlers.${key}`);
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const queryClient = useQueryClient();
  const canteens = useCanteenOptions();
  const initial: Values = handler
    ? {
        canteenId: handler.canteenId,
        name: handler.name,
        gender: handler.gender,
        position: handler.position,
        healthCertNo: handler.healthCertNo,
        healthCertExpiresOn: handler.healthCertExpiresOn ? dayjs(handler.healthCertExpiresOn) : null,
        trainedOn: handler.trainedOn ? dayjs(handler.trainedOn) : null,
      }
    : { canteenId: search.get('canteenId') ?? '', name: '', onDuty: false };
  const submit = (v: Values) => {
    const fields = {
      name: v.name,
      gender: v.gender ?? null,
      position: v.position ?? null,
      healthCertNo: v.healthCertNo ?? null,
      healthCertExpiresOn: day(v.healthCertExpiresOn),
      trainedOn: day(v.trainedOn),
      ...(v.mobile ? { mobile: v.mobile } : {}),
    };
    return handler
      ? handlersApi.update(handler.id, { ...fields, version: handler.version })
      : handlersApi.create({ ...fields, canteenId: v.canteenId, onDuty: v.onDuty ?? false });
  };
  return (
    <>
      <Typography.Title level={3}>{handler ? w('edit') : w('new')}</Typography.Title>
      <ApiForm<Values>
        initialValues={initial}
        onSubmit={submit}
        onSuccess={(saved) => {
          void queryClient.invalidateQueries({ queryKey: canteenKeys.all });
          void queryClient.invalidateQueries({ queryKey: canteenKeys.handlers });
          navigate(`/food-safety/canteens/${(saved as FoodHandler).canteenId}?tab=handlers`);
        }}
        actions={<Button onClick={() => navigate(-1)}>{t('foodSafety.canteens.cancel')}</Button>}
      >
        <Form.Item name="canteenId" label={w('canteen')} rules={[{ required: true, message: w('canteenRequired') }]}>
          <Select
            disabled={!!handler}
            showSearch
            optionFilterProp="label"
            loading={canteens.isPending}
            options={(canteens.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
        <Form.Item name="name" label={w('name')} rules={[{ required: true, message: w('nameRequired') }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="gender" label={w('gender')}>
          <Radio.Group options={(['male', 'female'] as const).map((g) => ({ value: g, label: w(`genders.${g}`) }))} />
        </Form.Item>
        <Form.Item name="position" label={w('position')}>
          <Input maxLength={50} placeholder={w('positionExample')} />
        </Form.Item>
        <Form.Item name="mobile" label={w('mobile')} extra={handler?.mobile ? t('foodSafety.canteens.mobileKept', { masked: handler.mobile }) : undefined}>
          <Input maxLength={20} inputMode="tel" />
        </Form.Item>
        <Form.Item name="healthCertNo" label={w('healthCertNo')}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="healthCertExpiresOn" label={w('healthCertExpiresOn')}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="trainedOn" label={w('trainedOn')}>
          <DatePicker />
        </Form.Item>
        {handler ? null : (
          <Form.Item name="onDuty" valuePropName="checked" extra={w('onDutyHelp')}>
            <Checkbox>{w('startOnDuty')}</Checkbox>
          </Form.Item>
        )}
      </ApiForm>
    </>
  );
}
