/**
 * 日管控 / 周排查 / 月调度, filled item by item on a phone: each checklist item with 符合 / 不符合 /
 * 不适用 and a note when it fails; then findings, measures and (monthly) the meeting's risks.
 * Opens an existing record for editing at /food-safety/routine/records/:id.
 */
import { Alert, Button, Card, DatePicker, Form, Input, Radio, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiForm, PageSkeleton, problemOf, useOptionalAuth } from '@schoolbridge/ui';
import { FS_ROUTINE } from '../../canteens/api';
import { routineApi, routineKeys, useChecklist, useRoutineRecord, type ItemResult, type RoutineKind, type RoutineRecord } from '../api';
import { CanteenPicker } from '../components/CanteenPicker';

interface Item {
  itemCode: string;
  areaName: string;
  text: string;
}

interface Values {
  canteenId: string;
  date: Dayjs;
  person: string;
  results: Record<string, { result?: ItemResult; note?: string | null }>;
  findings?: string | null;
  measures?: string | null;
  risks?: string | null;
}

const RESULTS: ItemResult[] = ['pass', 'fail', 'na'];

export default function RecordFormPage() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const record = useRoutineRecord(id);
  const kind = (record.data?.kind ?? search.get('kind') ?? 'dailyCheck') as RoutineKind;
  const checklist = useChecklist(kind, !id);
  if ((id && record.isPending) || (!id && checklist.isPending)) return <PageSkeleton />;
  const error = id ? record.error : checklist.error;
  if (error) return <Alert type="error" showIcon message={problemOf(error)?.detail ?? String(error)} />;
  const items: Item[] = id
    ? record.data!.items.map((i) => ({ itemCode: i.itemCode, areaName: i.areaName, text: i.text }))
    : checklist.data!.version.areas.flatMap((a) => a.items.map((i) => ({ itemCode: i.code, areaName: a.name, text: i.text })));
  return <RecordForm kind={kind} items={items} record={record.data} canteenId={search.get('canteenId') ?? ''} />;
}

function RecordForm({ kind, items, record, canteenId }: { kind: RoutineKind; items: Item[]; record?: RoutineRecord | undefined; canteenId: string }) {
  const { t } = useTranslation();
  const w = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.routine.${key}`, opts);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const canWrite = useOptionalAuth()?.can(FS_ROUTINE) ?? false;
  const [form] = Form.useForm<Values>();
  const results = Form.useWatch('results', form) as Values['results'] | undefined;
  const answered = items.filter((i) => results?.[i.itemCode]?.result).length;
  const initial: Values = record
    ? {
        canteenId: record.canteenId,
        date: dayjs(record.periodStart),
        person: record.person,
        results: Object.fromEntries(record.items.map((i) => [i.itemCode, { result: i.result, note: i.note }])),
        findings: record.findings,
        measures: record.measures,
        risks: record.risks,
      }
    : { canteenId, date: dayjs(), person: '', results: {} };
  const submit = (v: Values) => {
    const list = items.map((i) => ({
      itemCode: i.itemCode,
      result: v.results?.[i.itemCode]?.result as ItemResult,
      note: v.results?.[i.itemCode]?.note ?? null,
    }));
    const texts = { findings: v.findings ?? null, measures: v.measures ?? null, ...(kind === 'monthlyDispatch' ? { risks: v.risks ?? null } : {}) };
    return record
      ? routineApi.updateRecord(record.id, { version: record.version, person: v.person, results: list, ...texts })
      : routineApi.createRecord({ canteenId: v.canteenId, kind, date: v.date.format('YYYY-MM-DD'), person: v.person, results: list, ...texts });
  };
  let lastArea = '';
  return (
    <div style={{ maxWidth: 720 }}>
      <Typography.Title level={3}>
        {w(`kinds.${kind}`)}
        {record ? ` · ${record.canteenName} · ${record.periodStart}` : ''}
      </Typography.Title>
      <ApiForm<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        disabled={!canWrite}
        onSubmit={submit}
        onSuccess={(saved) => {
          void queryClient.invalidateQueries({ queryKey: routineKeys.records });
          navigate(`/food-safety/routine/records/${(saved as RoutineRecord).id}`, { replace: true });
        }}
        fieldLabels={{ results: w('items'), date: w('period') }}
        actions={<Button onClick={() => navigate(-1)}>{t('foodSafety.canteens.cancel')}</Button>}
      >
        {record ? null : (
          <>
            <Form.Item
              name="canteenId"
              label={t('foodSafety.handlers.canteen')}
              rules={[{ required: true, message: t('foodSafety.handlers.canteenRequired') }]}
            >
              <CanteenPicker />
            </Form.Item>
            <Form.Item name="date" label={w(`dateOf.${kind}`)} rules={[{ required: true }]}>
              <DatePicker picker={kind === 'monthlyDispatch' ? 'month' : kind === 'weeklyReview' ? 'week' : 'date'} style={{ width: '100%' }} inputReadOnly />
            </Form.Item>
          </>
        )}
        <Form.Item name="person" label={w('person')} rules={[{ required: true, message: w('personRequired') }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Typography.Text type="secondary">{w('answered', { n: answered, total: items.length })}</Typography.Text>
        <Space orientation="vertical" size="small" style={{ width: '100%', marginTop: 8, marginBottom: 16 }}>
          {items.map((item, index) => {
            const header = item.areaName !== lastArea ? item.areaName : null;
            lastArea = item.areaName;
            const failed = results?.[item.itemCode]?.result === 'fail';
            return (
              <div key={item.itemCode}>
                {header ? <Typography.Title level={5}>{header}</Typography.Title> : null}
                <Card size="small" data-testid={`item-${item.itemCode}`}>
                  <Typography.Paragraph style={{ marginBottom: 8 }}>
                    {index + 1}. {item.text}
                  </Typography.Paragraph>
                  <Form.Item
                    name={['results', item.itemCode, 'result']}
                    rules={[{ required: true, message: w('answerRequired') }]}
                    style={{ marginBottom: failed ? 8 : 0 }}
                  >
                    <Radio.Group
                      optionType="button"
                      buttonStyle="solid"
                      aria-label={item.text}
                      options={RESULTS.map((r) => ({ value: r, label: w(`results.${r}`) }))}
                    />
                  </Form.Item>
                  {failed ? (
                    <Form.Item name={['results', item.itemCode, 'note']} style={{ marginBottom: 0 }}>
                      <Input.TextArea rows={2} maxLength={500} placeholder={w('notePlaceholder')} />
                    </Form.Item>
                  ) : null}
                </Card>
              </div>
            );
          })}
        </Space>
        <Form.Item name="findings" label={w('findings')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="measures" label={w('measures')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        {kind === 'monthlyDispatch' ? (
          <Form.Item name="risks" label={w('risks')}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        ) : null}
      </ApiForm>
    </div>
  );
}
