import { useState } from 'react';
import { Alert, DatePicker, Drawer, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CardSkeleton, EmptyState, problemOf } from '@schoolbridge/ui';
import { trainingApi, trainingKeys, type ExpertBooking } from '../api';
import { SessionStatusTag } from './status';
import { useTrainingVocab } from './vocab';

const FMT = 'YYYY-MM-DD';

/** 日程: the sessions an expert is booked in over a period (at most a year), with the booked half-days. */
export function ExpertSchedule({ expertId }: { expertId: string }) {
  const { t } = useTranslation();
  const vocab = useTrainingVocab();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(1, 'month').startOf('month'), dayjs().add(5, 'month').endOf('month')]);
  const from = range[0].format(FMT);
  const to = range[1].format(FMT);
  const query = useQuery({ queryKey: trainingKeys.expertSchedule(expertId, from, to), queryFn: () => trainingApi.expertSchedule(expertId, from, to) });
  const halves = (b: ExpertBooking) => b.days.map((d) => `${d.date} ${d.halves.map((h) => vocab.label('halfDays', h)).join('、')}`).join('；');

  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <span id="schedule-range">{t('training.experts.scheduleRange')}</span>
        <DatePicker.RangePicker
          aria-labelledby="schedule-range"
          format={FMT}
          value={range}
          allowClear={false}
          onChange={(v) => {
            if (v?.[0] && v[1]) setRange([v[0], v[1].diff(v[0], 'day') > 365 ? v[0].add(365, 'day') : v[1]]);
          }}
        />
      </Space>
      {query.isPending ? (
        <CardSkeleton rows={3} title={false} />
      ) : query.isError ? (
        <Alert type="error" showIcon title={t('training.experts.scheduleFailed')} description={problemOf(query.error)?.detail} />
      ) : query.data.items.length === 0 ? (
        <EmptyState description={t('training.experts.scheduleEmpty')} />
      ) : (
        <ul data-testid="expert-schedule" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {query.data.items.map((b) => (
            <li key={b.sessionId} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
              <Space wrap>
                {b.inScope ? <Link to={`/training/sessions/${b.sessionId}`}>{b.title}</Link> : <Typography.Text strong>{b.title}</Typography.Text>}
                <SessionStatusTag status={b.status} />
                <Typography.Text type="secondary">{vocab.label('expertRoles', b.role)}</Typography.Text>
              </Space>
              <div>{b.venueName}</div>
              <Typography.Text type="secondary">{halves(b)}</Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ExpertScheduleDrawer({ expert, onClose }: { expert: { id: string; name: string } | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer open={!!expert} title={t('training.experts.scheduleTitle', { name: expert?.name ?? '' })} onClose={onClose} size="large" destroyOnHidden>
      {expert && <ExpertSchedule expertId={expert.id} />}
    </Drawer>
  );
}
