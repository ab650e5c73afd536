import { useMemo } from 'react';
import { Button, Card, Flex, Space, Table, Typography, type TableColumnsType } from 'antd';
import { PrinterOutlined, QrcodeOutlined, TableOutlined } from '@ant-design/icons';
import { useQueries } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, useAuth } from '@schoolbridge/ui';
import { TRAINING_ATTENDANCE_RUN, type SessionDetail } from '../api';
import { ATTENDANCE_MARK, attendanceApi, attendanceKeys, participantSlots, todayInZone, type ParticipantSlot } from '../api-attendance';
import { useHalfWord } from './marks';

interface Row extends ParticipantSlot {
  /** Rows of the same day share the date cell: the first has the day's count of slots, the rest 0. */
  dateSpan: number;
}

/** Attendance is taken while a session is published or running (the API refuses codes otherwise). */
const OPEN_STATUSES = new Set(['published', 'running']);

/**
 * 考勤 tab of a session: its participant slots by day and half, each with 已签到 / 应到 (for those
 * who run or mark attendance), the slot's 考勤表, and on the slot's day the trainer's 签到屏; and
 * 打印签到表 for the whole session.
 */
export default function AttendanceTab({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const halfWord = useHalfWord();
  const today = todayInZone();
  const run = can(TRAINING_ATTENDANCE_RUN);
  const seesSheets = run || can(ATTENDANCE_MARK);
  const open = OPEN_STATUSES.has(session.status);

  const rows: Row[] = useMemo(() => {
    const slots = participantSlots(session);
    return slots.map((s, i) => {
      const first = i === 0 || slots[i - 1]!.date !== s.date;
      const span = first ? slots.filter((x) => x.date === s.date).length : 0;
      return { ...s, dateSpan: span };
    });
  }, [session]);

  // The counts of the slots that have begun (a later slot has nobody checked in yet).
  const counted = seesSheets ? rows.filter((r) => r.date <= today) : [];
  const sheets = useQueries({
    queries: counted.map((r) => ({
      queryKey: attendanceKeys.sheet(session.id, r.slotId),
      queryFn: () => attendanceApi.sheet(session.id, r.slotId),
      staleTime: 30_000,
    })),
  });
  const countsOf = new Map(counted.map((r, i) => [r.slotId, sheets[i]]));

  const columns: TableColumnsType<Row> = [
    {
      key: 'date',
      title: t('training.attendance.tab.date'),
      dataIndex: 'date',
      onCell: (r) => ({ rowSpan: r.dateSpan }),
      render: (date: string) => (
        <Space size={4}>
          <span>{date}</span>
          {date === today && <Typography.Text strong>{t('training.attendance.tab.today')}</Typography.Text>}
        </Space>
      ),
    },
    { key: 'half', title: t('training.attendance.tab.half'), render: (_, r) => halfWord(r.half) },
    { key: 'time', title: t('training.attendance.tab.time'), render: (_, r) => `${r.startsAt}–${r.endsAt}` },
    {
      key: 'counts',
      title: t('training.attendance.tab.counts'),
      render: (_, r) => {
        if (!seesSheets) return t('training.attendance.none');
        if (r.date > today) return <Typography.Text type="secondary">{t('training.attendance.tab.notYet')}</Typography.Text>;
        const q = countsOf.get(r.slotId);
        if (!q || q.isPending) return <Typography.Text type="secondary">{t('training.attendance.tab.loadingCounts')}</Typography.Text>;
        if (!q.data) return <Typography.Text type="secondary">{t('training.attendance.tab.countsFailed')}</Typography.Text>;
        const c = q.data.counts;
        return (
          <span data-testid={`slot-counts-${r.slotId}`}>
            {t('training.attendance.tab.countsValue', { attended: c.present + c.late, expected: c.teachers })}
          </span>
        );
      },
    },
    {
      key: 'actions',
      title: t('training.attendance.tab.actions'),
      render: (_, r) => {
        const label = `${r.date} ${halfWord(r.half)}`;
        return (
          <Space wrap size="small">
            {seesSheets && (
              <Link to={`/training/sessions/${session.id}/slots/${r.slotId}/attendance`} aria-label={t('training.attendance.tab.sheetFor', { slot: label })}>
                <TableOutlined aria-hidden /> {t('training.attendance.tab.sheet')}
              </Link>
            )}
            {run && open && r.date === today && (
              <Link
                to={`/training/sessions/${session.id}/check-in-screen?slot=${r.slotId}`}
                aria-label={t('training.attendance.tab.screenFor', { slot: label })}
              >
                <QrcodeOutlined aria-hidden /> {t('training.attendance.tab.screen')}
              </Link>
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <Card
      title={t('training.attendance.tab.title')}
      extra={
        <Button icon={<PrinterOutlined />} onClick={() => void navigate(`/training/sessions/${session.id}/sign-in-sheet`)}>
          {t('training.attendance.tab.printSheet')}
        </Button>
      }
    >
      {rows.length === 0 ? (
        <EmptyState description={t('training.attendance.tab.noSlots')} />
      ) : (
        <Flex vertical gap={12}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('training.attendance.tab.hint', { count: rows.length })}
          </Typography.Paragraph>
          <Table<Row> rowKey="slotId" size="middle" columns={columns} dataSource={rows} pagination={false} scroll={{ x: 560 }} data-testid="attendance-slots" />
        </Flex>
      )}
    </Card>
  );
}
