import { useState, type Key } from 'react';
import { App, Breadcrumb, Button, Card, Descriptions, Flex, Popconfirm, Space, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { CheckOutlined, EditOutlined, QrcodeOutlined, ReloadOutlined, UserAddOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Count, EmptyState, PageTitle, formatDateTime, problemOf, useAuth } from '@schoolbridge/ui';
import { TRAINING_ATTENDANCE_RUN, trainingApi, trainingKeys } from '../api';
import { ATTENDANCE_MARK, attendanceApi, attendanceKeys, todayInZone, type AttendanceRow, type SlotAttendance } from '../api-attendance';
import { LoadState } from './LoadState';
import { MarkTag, SourceText, ToneTag, useHalfWord } from './marks';
import { CorrectionDialog, WalkInDialog } from './SheetDialogs';

/** The recorded time of a mark, HH:mm where the deployment is. */
function timeOf(iso: string | null): string {
  return iso ? formatDateTime(iso).slice(11) : '';
}

/**
 * 考勤表 of one participant slot: every enrolled teacher (walk-ins flagged) with their mark, how
 * it was made and whether it is confirmed. The trainer selects rows and confirms them (those
 * without a record become 出勤, seen by the trainer) and adds walk-ins; holders of
 * training.attendance.mark enter or correct a mark with a reason.
 */
export default function AttendanceSheetPage() {
  const { id = '', slotId = '' } = useParams();
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const halfWord = useHalfWord();
  const [selected, setSelected] = useState<Key[]>([]);
  const [editing, setEditing] = useState<string | null>(null);
  const [walkIn, setWalkIn] = useState(false);

  const session = useQuery({ queryKey: trainingKeys.session(id), queryFn: () => trainingApi.session(id) });
  const sheetKey = attendanceKeys.sheet(id, slotId);
  const sheet = useQuery({ queryKey: sheetKey, queryFn: () => attendanceApi.sheet(id, slotId) });
  const run = can(TRAINING_ATTENDANCE_RUN);
  const mark = can(ATTENDANCE_MARK);
  const today = todayInZone();

  const replaceSheet = (next: SlotAttendance) => {
    queryClient.setQueryData(sheetKey, next);
    void queryClient.invalidateQueries({ queryKey: attendanceKeys.completion(id) });
  };

  const confirm = useMutation({
    mutationFn: (teacherIds: string[]) => attendanceApi.confirm(id, slotId, teacherIds),
    onSuccess: (next, teacherIds) => {
      replaceSheet(next);
      setSelected([]);
      void message.success(t('training.attendance.sheet.confirmed', { count: teacherIds.length }));
    },
    onError: (err) => void message.error(problemOf(err)?.detail ?? t('training.attendance.sheet.confirmFailed')),
  });

  const sessionPath = `/training/sessions/${id}`;
  if (!sheet.data) {
    return (
      <LoadState
        isPending={sheet.isPending}
        error={sheet.error}
        retry={() => void sheet.refetch()}
        backTo={sessionPath}
        backLabel={t('training.attendance.common.backToSession')}
      />
    );
  }
  const data = sheet.data;
  const slotLabel = `${data.date} ${halfWord(data.half)} ${data.startsAt}–${data.endsAt}`;
  const title = session.data?.title ?? '';
  const future = data.date > today;
  const open = session.data ? session.data.status === 'published' || session.data.status === 'running' : true;
  const editingRow = editing ? (data.items.find((r) => r.teacherId === editing) ?? null) : null;
  const c = data.counts;

  const columns: TableColumnsType<AttendanceRow> = [
    {
      key: 'name',
      title: t('training.attendance.sheet.name'),
      render: (_, r) => (
        <Space size={4} wrap>
          <span>{r.name}</span>
          {r.walkIn && <ToneTag tone="processing">{t('training.attendance.sheet.walkIn')}</ToneTag>}
        </Space>
      ),
    },
    { key: 'school', title: t('training.attendance.sheet.school'), dataIndex: 'schoolName' },
    { key: 'mark', title: t('training.attendance.sheet.mark'), render: (_, r) => <MarkTag mark={r.mark} /> },
    { key: 'source', title: t('training.attendance.sheet.source'), render: (_, r) => <SourceText source={r.source} /> },
    { key: 'time', title: t('training.attendance.sheet.time'), render: (_, r) => timeOf(r.recordedAt) || t('training.attendance.none') },
    {
      key: 'confirmed',
      title: t('training.attendance.sheet.confirmedColumn'),
      render: (_, r) =>
        r.attendanceId === null ? (
          t('training.attendance.none')
        ) : r.confirmed ? (
          <ToneTag tone="success">{t('training.attendance.sheet.confirmedTag')}</ToneTag>
        ) : (
          <ToneTag tone="default">{t('training.attendance.sheet.unconfirmedTag')}</ToneTag>
        ),
    },
    { key: 'reason', title: t('training.attendance.sheet.reason'), render: (_, r) => r.reason ?? '' },
  ];
  if (mark) {
    columns.push({
      key: 'actions',
      title: t('training.attendance.sheet.actions'),
      render: (_, r) => (
        <Button
          type="link"
          size="small"
          icon={<EditOutlined />}
          aria-label={t('training.attendance.sheet.correctFor', { name: r.name })}
          onClick={() => setEditing(r.teacherId)}
        >
          {t(r.attendanceId ? 'training.attendance.sheet.correct' : 'training.attendance.sheet.markAction')}
        </Button>
      ),
    });
  }

  const canConfirm = run && open && !future;
  const selectedNames = data.items.filter((r) => selected.includes(r.teacherId)).map((r) => r.name);
  const unrecorded = data.items.filter((r) => selected.includes(r.teacherId) && r.attendanceId === null).length;

  return (
    <div>
      <nav aria-label={t('training.attendance.common.breadcrumb')} style={{ marginBottom: 12 }}>
        <Breadcrumb
          items={[
            { title: <Link to="/training/sessions">{t('training.attendance.common.sessions')}</Link> },
            { title: <Link to={`${sessionPath}?tab=attendance`}>{title || t('training.attendance.common.session')}</Link> },
            { title: t('training.attendance.sheet.title') },
          ]}
        />
      </nav>
      <PageTitle
        title={t('training.attendance.sheet.title')}
        description={
          <>
            {title} · {slotLabel}
          </>
        }
        actions={
          <>
            <Button icon={<ReloadOutlined />} onClick={() => void sheet.refetch()} loading={sheet.isFetching}>
              {t('training.attendance.sheet.refresh')}
            </Button>
            {run && open && data.date === today && (
              <Button icon={<QrcodeOutlined />} onClick={() => void navigate(`${sessionPath}/check-in-screen?slot=${slotId}`)}>
                {t('training.attendance.tab.screen')}
              </Button>
            )}
          </>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 2, sm: 4, lg: 8 }}
          items={[
            { key: 'teachers', label: t('training.attendance.sheet.expected'), children: <Count value={c.teachers} unit="persons" /> },
            { key: 'present', label: t('training.attendance.mark.present'), children: <Count value={c.present} unit="persons" /> },
            { key: 'late', label: t('training.attendance.mark.late'), children: <Count value={c.late} unit="persons" /> },
            { key: 'absent', label: t('training.attendance.mark.absent'), children: <Count value={c.absent} unit="persons" /> },
            { key: 'excused', label: t('training.attendance.mark.excused'), children: <Count value={c.excused} unit="persons" /> },
            { key: 'unmarked', label: t('training.attendance.mark.none'), children: <Count value={c.unmarked} unit="persons" /> },
            { key: 'walkIns', label: t('training.attendance.sheet.walkIn'), children: <Count value={c.walkIns} unit="persons" /> },
            { key: 'confirmed', label: t('training.attendance.sheet.confirmedTag'), children: <Count value={c.confirmed} unit="persons" /> },
          ]}
        />
      </Card>
      <Card>
        <Flex wrap gap={8} justify="space-between" align="center" style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">
            {run ? t('training.attendance.sheet.selectHint', { count: selected.length }) : t('training.attendance.sheet.readHint')}
          </Typography.Text>
          <Space wrap>
            {run && (
              <Tooltip title={!canConfirm ? t(future ? 'training.attendance.sheet.futureHint' : 'training.attendance.sheet.closedHint') : undefined}>
                <Popconfirm
                  title={t('training.attendance.sheet.confirmTitle', { count: selected.length })}
                  description={
                    <div style={{ maxWidth: 320 }}>
                      <div>{selectedNames.join('、')}</div>
                      {unrecorded > 0 && <div>{t('training.attendance.sheet.confirmUnrecorded', { count: unrecorded })}</div>}
                    </div>
                  }
                  okText={t('training.attendance.sheet.confirm')}
                  cancelText={t('training.attendance.common.cancel')}
                  disabled={!canConfirm || selected.length === 0}
                  onConfirm={() => confirm.mutateAsync(selected.map(String)).catch(() => undefined)}
                >
                  <Button type="primary" icon={<CheckOutlined />} disabled={!canConfirm || selected.length === 0} loading={confirm.isPending}>
                    {t('training.attendance.sheet.confirm')}
                  </Button>
                </Popconfirm>
              </Tooltip>
            )}
            {run && (
              <Button icon={<UserAddOutlined />} disabled={!canConfirm} onClick={() => setWalkIn(true)}>
                {t('training.attendance.sheet.addWalkIn')}
              </Button>
            )}
          </Space>
        </Flex>
        {data.items.length === 0 ? (
          <EmptyState
            description={t('training.attendance.sheet.empty')}
            {...(run && canConfirm ? { action: { label: t('training.attendance.sheet.addWalkIn'), onClick: () => setWalkIn(true) } } : {})}
          />
        ) : (
          <Table<AttendanceRow>
            rowKey="teacherId"
            size="middle"
            columns={columns}
            dataSource={data.items}
            pagination={false}
            scroll={{ x: 760 }}
            data-testid="attendance-sheet"
            {...(run
              ? {
                  rowSelection: {
                    selectedRowKeys: selected,
                    onChange: (keys: Key[]) => setSelected(keys),
                    getCheckboxProps: (r: AttendanceRow) => ({
                      'aria-label': t('training.attendance.sheet.selectRow', { name: r.name }),
                      disabled: !canConfirm,
                    }),
                  },
                }
              : {})}
          />
        )}
      </Card>
      <CorrectionDialog
        key={editing ?? 'none'}
        sessionId={id}
        sheet={data}
        row={editingRow}
        future={future}
        onClose={() => setEditing(null)}
        onStale={() => void sheet.refetch()}
        onSaved={() => {
          setEditing(null);
          void sheet.refetch();
          void queryClient.invalidateQueries({ queryKey: attendanceKeys.completion(id) });
        }}
      />
      <WalkInDialog
        sessionId={id}
        sheet={data}
        open={walkIn}
        onClose={() => setWalkIn(false)}
        onAdded={(next) => {
          setWalkIn(false);
          replaceSheet(next);
        }}
      />
    </div>
  );
}
