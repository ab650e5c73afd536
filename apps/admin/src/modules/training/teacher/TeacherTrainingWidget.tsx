import { useState } from 'react';
import { Card, Table, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CardSkeleton, DateText, EmptyState, type WidgetProps } from '@schoolbridge/ui';
import { teacherApi, teacherKeys, type MySession } from '../api-teacher';
import { ProblemAlert } from '../attendance/LoadState';
import { EnrolmentTag } from './statuses';

const PAGE_SIZE = 10;

/**
 * 培训记录 on a teacher's page (zone teacher.detail): the sessions the teacher was enrolled in, with
 * their status and whether the hours were handed to credits. The API answers 404 for a teacher
 * outside the viewer's directory scope, as the teacher page itself does.
 */
export default function TeacherTrainingWidget({ entityId }: WidgetProps) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: teacherKeys.teacherSessions(entityId ?? '', page),
    queryFn: () => teacherApi.teacherSessions(entityId!, page, PAGE_SIZE),
    enabled: !!entityId,
  });
  const title = t('training.attendance.widget.title');
  if (!entityId) return null;
  if (query.isPending) return <CardSkeleton rows={3} />;

  const columns: TableColumnsType<MySession> = [
    { key: 'session', title: t('training.attendance.widget.session'), render: (_, r) => <Link to={`/training/sessions/${r.sessionId}`}>{r.title}</Link> },
    {
      key: 'dates',
      title: t('training.attendance.widget.dates'),
      render: (_, r) => (
        <>
          <DateText value={r.startsOn} /> – <DateText value={r.endsOn} />
        </>
      ),
    },
    { key: 'venue', title: t('training.attendance.widget.venue'), dataIndex: 'venueName' },
    { key: 'status', title: t('training.attendance.widget.status'), render: (_, r) => <EnrolmentTag status={r.status} waitlistPosition={r.waitlistPosition} /> },
    { key: 'hours', title: t('training.attendance.widget.hours'), render: (_, r) => t('training.attendance.widget.hoursValue', { hours: r.creditHours }) },
    {
      key: 'credited',
      title: t('training.attendance.widget.credited'),
      render: (_, r) => (r.creditAwarded ? t('training.attendance.widget.creditedYes') : t('training.attendance.widget.creditedNo')),
    },
  ];
  const credited = query.data?.items.filter((r) => r.creditAwarded) ?? [];

  return (
    <Card title={title} size="small" data-testid="teacher-training-widget">
      {!query.data ? (
        <ProblemAlert error={query.error} retry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState description={t('training.attendance.widget.empty')} />
      ) : (
        <>
          {credited.length > 0 ? (
            <Typography.Paragraph type="secondary">
              {t('training.attendance.widget.total', { hours: credited.reduce((sum, r) => sum + r.creditHours, 0), count: credited.length })}
            </Typography.Paragraph>
          ) : null}
          <Table<MySession>
            rowKey="enrolmentId"
            size="small"
            columns={columns}
            dataSource={query.data.items}
            scroll={{ x: 640 }}
            pagination={
              query.data.total > PAGE_SIZE ? { current: page, pageSize: PAGE_SIZE, total: query.data.total, onChange: setPage, showSizeChanger: false } : false
            }
          />
        </>
      )}
    </Card>
  );
}
