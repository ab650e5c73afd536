/**
 * 登记留样, made for a phone in the kitchen: one dish at a time, the weight warned about at once
 * when it is below the minimum (saved anyway), and the saved record's warnings shown after.
 */
import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Radio, Result, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiForm } from '@schoolbridge/ui';
import { MEALS, routineApi, routineKeys, type FoodSample, type Meal } from '../api';
import { CanteenPicker } from '../components/CanteenPicker';
import { SampleWarnings } from '../components/SampleWarnings';

interface Values {
  canteenId: string;
  mealDate: Dayjs;
  meal: Meal;
  dish: string;
  weightG: number | null;
  retainedAt: Dayjs;
  retainedBy: string;
  fridge?: string | null;
}

/** The default minimum grams when the page has not read the settings yet (the server's warnings decide). */
const MIN_GRAMS = 125;

export default function SampleFormPage() {
  const { t } = useTranslation();
  const w = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.routine.${key}`, opts);
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const weight = Form.useWatch('weightG', form) as number | null | undefined;
  const [saved, setSaved] = useState<FoodSample | null>(null);
  const now = dayjs();
  const initial: Partial<Values> = {
    canteenId: search.get('canteenId') ?? '',
    mealDate: now,
    meal: now.hour() < 10 ? 'breakfast' : now.hour() < 15 ? 'lunch' : 'dinner',
    retainedAt: now,
  };

  if (saved) {
    return (
      <Result
        status={saved.warnings.length ? 'warning' : 'success'}
        title={saved.warnings.length ? w('savedWithWarnings') : w('saved')}
        subTitle={`${saved.dish} · ${saved.weightG} g · ${w('removableFrom')} ${dayjs(saved.removableFrom).format('M月D日 HH:mm')}`}
        extra={
          <Space orientation="vertical">
            <SampleWarnings warnings={saved.warnings} />
            <Space wrap>
              <Button
                type="primary"
                onClick={() => {
                  setSaved(null);
                  form.setFieldsValue({ dish: '', weightG: null });
                }}
              >
                {w('nextDish')}
              </Button>
              <Button onClick={() => navigate('/food-safety/routine')}>{w('backToList')}</Button>
            </Space>
          </Space>
        }
      />
    );
  }

  return (
    <div style={{ maxWidth: 560 }}>
      <Typography.Title level={3}>{w('newSample')}</Typography.Title>
      <ApiForm<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        successMessage={false}
        guardUnsaved={false}
        onSubmit={(v) =>
          routineApi.createSample({
            canteenId: v.canteenId,
            mealDate: v.mealDate.format('YYYY-MM-DD'),
            meal: v.meal,
            dish: v.dish,
            weightG: v.weightG ?? 0,
            retainedAt: v.retainedAt.toISOString(),
            retainedBy: v.retainedBy,
            fridge: v.fridge ?? null,
          })
        }
        onSuccess={(result) => {
          void queryClient.invalidateQueries({ queryKey: routineKeys.samples });
          setSaved(result as FoodSample);
        }}
        actions={<Button onClick={() => navigate(-1)}>{t('foodSafety.canteens.cancel')}</Button>}
      >
        <Form.Item name="canteenId" label={t('foodSafety.handlers.canteen')} rules={[{ required: true, message: t('foodSafety.handlers.canteenRequired') }]}>
          <CanteenPicker />
        </Form.Item>
        <Form.Item name="mealDate" label={w('mealDate')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} inputReadOnly />
        </Form.Item>
        <Form.Item name="meal" label={w('meal')}>
          <Radio.Group optionType="button" options={MEALS.map((m) => ({ value: m, label: w(`meals.${m}`) }))} />
        </Form.Item>
        <Form.Item name="dish" label={w('dish')} rules={[{ required: true, message: w('dishRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="weightG" label={w('weightG')} rules={[{ required: true, message: w('weightRequired') }]}>
          <InputNumber min={1} max={100000} precision={0} addonAfter="g" inputMode="numeric" style={{ width: '100%' }} />
        </Form.Item>
        {typeof weight === 'number' && weight > 0 && weight < MIN_GRAMS ? (
          <Alert type="warning" showIcon message={w('underweightNow')} style={{ marginBottom: 16 }} data-testid="weight-warning" />
        ) : null}
        <Form.Item name="retainedAt" label={w('retainedAt')} rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} inputReadOnly />
        </Form.Item>
        <Form.Item name="retainedBy" label={w('retainedBy')} rules={[{ required: true, message: w('personRequired') }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="fridge" label={w('fridge')}>
          <Input maxLength={50} placeholder={w('fridgeExample')} />
        </Form.Item>
      </ApiForm>
    </div>
  );
}
