/**
 * 设置: grade cut-offs (in points on the page, hundredths in the API) with a preview of each grade's
 * face, word and range; the critical caps; training validity, the sample rules and reminder windows.
 */
import { Alert, Card, Col, Form, InputNumber, Row, Select, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiForm, PageSkeleton, formatDateTime, problemOf, useOptionalAuth } from '@schoolbridge/ui';
import { GRADES, YEARLY_GRADES, formatScore, type Grade, type YearlyGrade } from '../../../shared/rules';
import { GradeFace } from '../../inspections/components/GradeFace';
import { FS_MANAGE, templateKeys, templatesApi, useSettings, type FoodSafetySettings } from '../api';

interface SettingsValues {
  excellentMin: number;
  goodMin: number;
  fairMin: number;
  criticalCap: Grade;
  yearlyAMin: number;
  yearlyBMin: number;
  yearlyCriticalCap: YearlyGrade;
  trainingValidityDays: number;
  sampleMinGrams: number;
  sampleMinHours: number;
  dueSoonDays: number;
  noticeDueSoonDays: number;
}

const CUT_OFFS = ['excellentMin', 'goodMin', 'fairMin'] as const;
const YEARLY_CUT_OFFS = ['yearlyAMin', 'yearlyBMin'] as const;
const toPoints = (hundredths: number) => hundredths / 100;
const toHundredths = (points: number) => Math.round(points * 100);

function toValues(s: FoodSafetySettings): SettingsValues {
  return {
    excellentMin: toPoints(s.grading.excellentMin),
    goodMin: toPoints(s.grading.goodMin),
    fairMin: toPoints(s.grading.fairMin),
    criticalCap: s.grading.criticalCap,
    yearlyAMin: toPoints(s.grading.yearlyAMin),
    yearlyBMin: toPoints(s.grading.yearlyBMin),
    yearlyCriticalCap: s.grading.yearlyCriticalCap,
    trainingValidityDays: s.trainingValidityDays,
    sampleMinGrams: s.sampleMinGrams,
    sampleMinHours: s.sampleMinHours,
    dueSoonDays: s.dueSoonDays,
    noticeDueSoonDays: s.noticeDueSoonDays,
  };
}

/** The range of scores each grade covers, in printed points. */
function ranges(v: Pick<SettingsValues, 'excellentMin' | 'goodMin' | 'fairMin'>): Record<Grade, { min?: string; max?: string }> {
  const below = (points: number) => formatScore(Math.max(0, toHundredths(points) - 1));
  const at = (points: number) => formatScore(toHundredths(points));
  return {
    excellent: { min: at(v.excellentMin) },
    good: { min: at(v.goodMin), max: below(v.excellentMin) },
    fair: { min: at(v.fairMin), max: below(v.goodMin) },
    fail: { max: at(v.fairMin) },
  };
}

export default function SettingsPage() {
  const settings = useSettings();
  if (settings.isPending) return <PageSkeleton />;
  if (settings.isError) return <Alert type="error" showIcon title={problemOf(settings.error)?.detail ?? String(settings.error)} />;
  return <SettingsForm key={settings.data.version} settings={settings.data} />;
}

function SettingsForm({ settings }: { settings: FoodSafetySettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const canManage = useOptionalAuth()?.can(FS_MANAGE) ?? false;
  const [form] = Form.useForm<SettingsValues>();
  const watched = Form.useWatch([], form) as SettingsValues | undefined;
  const initial = toValues(settings);
  const live = { ...initial, ...(watched ?? {}) };

  const submit = (v: SettingsValues) =>
    templatesApi.updateSettings({
      version: settings.version,
      grading: {
        excellentMin: toHundredths(v.excellentMin),
        goodMin: toHundredths(v.goodMin),
        fairMin: toHundredths(v.fairMin),
        criticalCap: v.criticalCap,
        yearlyAMin: toHundredths(v.yearlyAMin),
        yearlyBMin: toHundredths(v.yearlyBMin),
        yearlyCriticalCap: v.yearlyCriticalCap,
      },
      trainingValidityDays: v.trainingValidityDays,
      sampleMinGrams: v.sampleMinGrams,
      sampleMinHours: v.sampleMinHours,
      dueSoonDays: v.dueSoonDays,
      noticeDueSoonDays: v.noticeDueSoonDays,
    });

  /** A cut-off must be below the one above it (优秀 > 良好 > 一般, A > B). */
  const belowRule = (above: keyof SettingsValues | null) => ({
    validator: async (_: unknown, value: number | null) => {
      if (above === null || value === null || value === undefined) return;
      const limit = form.getFieldValue(above) as number | null;
      if (typeof limit === 'number' && value >= limit) throw new Error(t('foodSafety.settings.notDescending', { above: formatScore(toHundredths(limit)) }));
    },
  });
  const points = (name: keyof SettingsValues, above: keyof SettingsValues | null) => (
    <Form.Item name={name} label={t(`foodSafety.settings.${name}`)} dependencies={above ? [above] : []} rules={[{ required: true }, belowRule(above)]}>
      <InputNumber min={0} max={100} step={0.5} precision={2} suffix={t('foodSafety.settings.points')} style={{ width: 200 }} />
    </Form.Item>
  );
  const whole = (name: keyof SettingsValues, unit: string, max: number) => (
    <Form.Item name={name} label={t(`foodSafety.settings.${name}`)} rules={[{ required: true }]}>
      <InputNumber min={1} max={max} precision={0} suffix={unit} style={{ width: 200 }} />
    </Form.Item>
  );
  const range = ranges(live);
  const rangeText = (g: Grade) => {
    const r = range[g];
    if (r.min && r.max) return t('foodSafety.settings.range.between', { min: r.min, max: r.max });
    if (r.min) return t('foodSafety.settings.range.atLeast', { min: r.min });
    return t('foodSafety.settings.range.below', { max: r.max });
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('foodSafety.settings.title')}
      </Typography.Title>
      <Typography.Text type="secondary">
        {settings.updatedAt ? t('foodSafety.settings.updatedAt', { at: formatDateTime(settings.updatedAt) }) : t('foodSafety.settings.defaults')}
      </Typography.Text>
      {canManage ? null : <Alert type="info" showIcon title={t('foodSafety.settings.readOnly')} />}
      <ApiForm<SettingsValues>
        form={form}
        initialValues={initial}
        disabled={!canManage}
        onSubmit={submit}
        onSuccess={() => void queryClient.invalidateQueries({ queryKey: templateKeys.settings })}
        fieldLabels={Object.fromEntries(
          [...CUT_OFFS, ...YEARLY_CUT_OFFS, 'criticalCap', 'yearlyCriticalCap'].map((k) => [`grading.${k}`, t(`foodSafety.settings.${k}`)]),
        )}
      >
        <Row gutter={[24, 16]}>
          <Col xs={24} lg={14}>
            <Card size="small" title={t('foodSafety.settings.grading')}>
              <Typography.Paragraph type="secondary">{t('foodSafety.settings.gradingHelp')}</Typography.Paragraph>
              {points('excellentMin', null)}
              {points('goodMin', 'excellentMin')}
              {points('fairMin', 'goodMin')}
              <Form.Item name="criticalCap" label={t('foodSafety.settings.criticalCap')} rules={[{ required: true }]}>
                <Select style={{ width: 200 }} options={GRADES.map((g) => ({ value: g, label: <GradeFace grade={g} size="small" /> }))} />
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24} lg={10}>
            <Card size="small" title={t('foodSafety.settings.preview')}>
              <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="grade-preview">
                {GRADES.map((g) => (
                  <li key={g} style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '6px 0' }}>
                    <GradeFace grade={g} />
                    <span>{rangeText(g)}</span>
                  </li>
                ))}
              </ul>
            </Card>
          </Col>
          <Col xs={24} lg={14}>
            <Card size="small" title={t('foodSafety.settings.yearly')}>
              {points('yearlyAMin', null)}
              {points('yearlyBMin', 'yearlyAMin')}
              <Form.Item name="yearlyCriticalCap" label={t('foodSafety.settings.yearlyCriticalCap')} rules={[{ required: true }]}>
                <Select style={{ width: 200 }} options={YEARLY_GRADES.map((g) => ({ value: g, label: `${g}` }))} />
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24} lg={14}>
            <Card size="small" title={t('foodSafety.settings.routine')}>
              {whole('trainingValidityDays', t('foodSafety.settings.days'), 3650)}
              {whole('sampleMinGrams', t('foodSafety.settings.grams'), 10000)}
              {whole('sampleMinHours', t('foodSafety.settings.hours'), 720)}
              {whole('dueSoonDays', t('foodSafety.settings.daysBefore'), 365)}
              {whole('noticeDueSoonDays', t('foodSafety.settings.daysBefore'), 365)}
            </Card>
          </Col>
        </Row>
      </ApiForm>
    </Space>
  );
}
