/**
 * 登记处罚: the authority's decision as it was made — document number, authority, reason, amount
 * (entered in 元, sent in fen), date — against the notice it followed (?noticeId=) or a canteen.
 */
import { Button, DatePicker, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiForm, PageTitle, pinyinFilterOption, serverToday } from '@schoolbridge/ui';
import { PENALTY_REASONS, type PenaltyReason } from '../../../shared/rules/notice-states';
import { rectificationApi, rectificationKeys, yuanToFen } from '../api';

interface Values {
  canteenId?: string;
  documentNumber: string;
  authorityName: string;
  reasonCode: PenaltyReason;
  reasonText?: string;
  amountYuan: string;
  decidedOn: Dayjs;
  note?: string;
}

export default function PenaltyFormPage() {
  const { t } = useTranslation();
  const f = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.rectification.penalty.${key}`, opts);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [search] = useSearchParams();
  const noticeId = search.get('noticeId');
  const notice = useQuery({ queryKey: rectificationKeys.notice(noticeId ?? ''), queryFn: () => rectificationApi.notice(noticeId!), enabled: !!noticeId });
  const canteens = useQuery({ queryKey: rectificationKeys.canteenOptions, queryFn: rectificationApi.canteenOptions, enabled: !noticeId, staleTime: 60_000 });
  const [form] = Form.useForm<Values>();
  const reason = Form.useWatch('reasonCode', form);
  const today = serverToday();

  return (
    <div style={{ maxWidth: 720 }}>
      <PageTitle title={f('record')} />
      {noticeId && notice.data ? (
        <Typography.Paragraph>{f('forNotice', { number: notice.data.number, canteen: notice.data.canteenName })}</Typography.Paragraph>
      ) : null}
      <ApiForm<Values>
        form={form}
        initialValues={{ reasonCode: 'expiredFood' }}
        fieldLabels={{ canteenId: f('canteen'), noticeId: f('notice'), amount: f('amount'), decidedOn: f('decidedOn') }}
        onSubmit={(v) =>
          rectificationApi.recordPenalty({
            ...(noticeId ? { noticeId } : { canteenId: v.canteenId }),
            documentNumber: v.documentNumber.trim(),
            authorityName: v.authorityName.trim(),
            reasonCode: v.reasonCode,
            reasonText: v.reasonText?.trim() || null,
            amount: yuanToFen(v.amountYuan) ?? -1,
            decidedOn: v.decidedOn.format('YYYY-MM-DD'),
            note: v.note?.trim() || null,
          })
        }
        onSuccess={() => {
          void queryClient.invalidateQueries({ queryKey: rectificationKeys.penalties });
          void navigate(noticeId ? `/food-safety/notices/${noticeId}` : '/food-safety/penalties');
        }}
        actions={<Button onClick={() => void navigate(-1)}>{t('foodSafety.rectification.cancel')}</Button>}
      >
        {noticeId ? null : (
          <Form.Item name="canteenId" label={f('canteen')} rules={[{ required: true, message: f('canteenRequired') }]}>
            <Select showSearch={{ filterOption: pinyinFilterOption }} options={canteens.data ?? []} loading={canteens.isPending} />
          </Form.Item>
        )}
        <Form.Item name="documentNumber" label={f('documentNumber')} rules={[{ required: true, whitespace: true, message: f('documentNumberRequired') }]}>
          <Input maxLength={120} placeholder={f('documentNumberPlaceholder')} />
        </Form.Item>
        <Form.Item name="authorityName" label={f('authority')} rules={[{ required: true, whitespace: true, message: f('authorityRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="reasonCode" label={f('reason')} rules={[{ required: true }]}>
          <Select options={PENALTY_REASONS.map((r) => ({ value: r, label: f(`reasons.${r}`) }))} />
        </Form.Item>
        <Form.Item
          name="reasonText"
          label={f('reasonText')}
          rules={reason === 'other' ? [{ required: true, whitespace: true, message: f('reasonTextRequired') }] : []}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item
          name="amountYuan"
          label={f('amountYuan')}
          extra={f('amountHint')}
          rules={[
            { required: true, message: f('amountRequired') },
            {
              validator: (_, v: string | undefined) =>
                v === undefined || v === '' || yuanToFen(v) !== null ? Promise.resolve() : Promise.reject(new Error(f('amountInvalid'))),
            },
          ]}
        >
          <Input inputMode="decimal" suffix="元" />
        </Form.Item>
        <Form.Item name="decidedOn" label={f('decidedOn')} rules={[{ required: true, message: f('decidedOnRequired') }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') > today} />
        </Form.Item>
        <Form.Item name="note" label={f('note')}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </ApiForm>
    </div>
  );
}
