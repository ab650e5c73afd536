import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Flex, Modal, Popconfirm, Space, Table, Typography, type TableColumnsType } from 'antd';
import { CheckCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Count, EmptyState, TableSkeleton, problemOf, useAuth } from '@schoolbridge/ui';
import { TRAINING_MANAGE, trainingKeys, type SessionDetail } from '../api';
import { attendanceApi, attendanceKeys, todayInZone, type CompletionRun, type TeacherCompletion } from '../api-attendance';
import { ProblemAlert } from './LoadState';
import { ToneTag } from './marks';

/**
 * 结业 tab of a session: each enrolled teacher's attended / required half-days, excused and absent
 * ones, 达标 or 未达标, and whether the 学时 went to the credits module. Holders of training.manage
 * complete the session (after a confirmation saying the hours are handed over) or, once
 * completed, 重新核算 after corrections; the hand-offs of the run are shown after it.
 */
export default function CompletionTab({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const key = attendanceKeys.completion(session.id);
  const query = useQuery({ queryKey: key, queryFn: () => attendanceApi.completion(session.id) });
  const [lastRun, setLastRun] = useState<CompletionRun['handedOff'] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const manage = can(TRAINING_MANAGE);

  const onRun = (run: CompletionRun) => {
    queryClient.setQueryData(key, run);
    setLastRun(run.handedOff);
    // the session's status, and every list showing it, change with a completion
    void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === trainingKeys.all[0] && q.queryKey[1] !== 'attendance' });
  };
  const complete = useMutation({
    mutationFn: () => attendanceApi.complete(session.id),
    onSuccess: (run) => {
      onRun(run);
      setConfirming(false);
      void message.success(t('training.attendance.completion.completed'));
    },
  });
  const recompute = useMutation({
    mutationFn: () => attendanceApi.recompute(session.id),
    onSuccess: (run) => {
      onRun(run);
      void message.success(t('training.attendance.completion.recomputed'));
    },
    onError: (err) => void message.error(problemOf(err)?.detail ?? t('training.attendance.completion.failed')),
  });

  if (query.isPending) return <TableSkeleton rows={5} columns={7} />;
  if (!query.data) return <ProblemAlert error={query.error} retry={() => void query.refetch()} />;
  const data = query.data;
  const completed = data.status === 'completed';
  // A running session, or a published one whose days are over, can be completed.
  const completable = !completed && (data.status === 'running' || (data.status === 'published' && session.endsOn < todayInZone()));
  const willComplete = data.items.filter((i) => i.completed).length;

  const columns: TableColumnsType<TeacherCompletion> = [
    {
      key: 'name',
      title: t('training.attendance.completion.name'),
      render: (_, r) => (
        <Space size={4} wrap>
          <span>{r.name}</span>
          {r.walkIn && <ToneTag tone="processing">{t('training.attendance.sheet.walkIn')}</ToneTag>}
        </Space>
      ),
    },
    { key: 'school', title: t('training.attendance.completion.school'), dataIndex: 'schoolName' },
    {
      key: 'attended',
      title: t('training.attendance.completion.attended'),
      render: (_, r) => t('training.attendance.completion.attendedValue', { attended: r.attended, required: r.requiredSlots, total: r.slotCount }),
    },
    { key: 'excused', title: t('training.attendance.mark.excused'), dataIndex: 'excused' },
    { key: 'absent', title: t('training.attendance.mark.absent'), dataIndex: 'absent' },
    {
      key: 'completed',
      title: t('training.attendance.completion.result'),
      render: (_, r) =>
        r.completed ? (
          <ToneTag tone="success">{t('training.attendance.completion.met')}</ToneTag>
        ) : (
          <ToneTag tone="error">{t('training.attendance.completion.missed')}</ToneTag>
        ),
    },
    {
      key: 'credit',
      title: t('training.attendance.completion.credit'),
      render: (_, r) =>
        r.creditAwarded ? (
          <ToneTag tone="success">{t('training.attendance.completion.creditYes', { count: data.creditHours })}</ToneTag>
        ) : (
          <Typography.Text type="secondary">{t('training.attendance.completion.creditNo')}</Typography.Text>
        ),
    },
  ];

  return (
    <Card
      title={t('training.attendance.completion.title')}
      extra={
        manage ? (
          <Space wrap>
            {completable && (
              <Button type="primary" icon={<CheckCircleOutlined />} onClick={() => setConfirming(true)}>
                {t('training.attendance.completion.complete')}
              </Button>
            )}
            {completed && (
              <Popconfirm
                title={t('training.attendance.completion.recomputeTitle')}
                description={<div style={{ maxWidth: 320 }}>{t('training.attendance.completion.recomputeContent')}</div>}
                okText={t('training.attendance.completion.recompute')}
                cancelText={t('training.attendance.common.cancel')}
                onConfirm={() => recompute.mutateAsync().catch(() => undefined)}
              >
                <Button icon={<ReloadOutlined />} loading={recompute.isPending}>
                  {t('training.attendance.completion.recompute')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        ) : undefined
      }
    >
      <Flex vertical gap={12}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            {
              key: 'rule',
              label: t('training.attendance.completion.rule'),
              children: t('training.attendance.completion.ruleValue', {
                required: data.requiredSlots,
                total: data.slotCount,
                threshold: data.completionThreshold,
              }),
            },
            {
              key: 'hours',
              label: t('training.attendance.completion.hours'),
              children: t('training.attendance.signIn.hoursValue', { count: data.creditHours }),
            },
            {
              key: 'completedCount',
              label: t('training.attendance.completion.completedCount'),
              children: (
                <span data-testid="completion-completed">
                  <Count value={data.counts.completed} unit="persons" /> / <Count value={data.counts.teachers} unit="persons" />
                </span>
              ),
            },
            {
              key: 'awarded',
              label: t('training.attendance.completion.awardedCount'),
              children: (
                <span data-testid="completion-awarded">
                  <Count value={data.counts.creditAwarded} unit="persons" />
                </span>
              ),
            },
          ]}
        />
        {lastRun && (
          <Alert
            type="success"
            showIcon
            closable={{ closeIcon: true, 'aria-label': t('kit.common.close') }}
            onClose={() => setLastRun(null)}
            title={t('training.attendance.completion.handedOff', { awards: lastRun.awards, reversals: lastRun.reversals })}
            data-testid="completion-handed-off"
          />
        )}
        {!completed && (
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('training.attendance.completion.preview')}
          </Typography.Paragraph>
        )}
        {data.items.length === 0 ? (
          <EmptyState description={t('training.attendance.completion.empty')} />
        ) : (
          <Table<TeacherCompletion>
            rowKey="teacherId"
            size="middle"
            columns={columns}
            dataSource={data.items}
            pagination={false}
            scroll={{ x: 720 }}
            data-testid="completion-table"
          />
        )}
      </Flex>
      <Modal
        open={confirming}
        title={t('training.attendance.completion.confirmTitle')}
        okText={t('training.attendance.completion.complete')}
        cancelText={t('training.attendance.common.cancel')}
        confirmLoading={complete.isPending}
        onOk={() => complete.mutate()}
        onCancel={() => {
          setConfirming(false);
          complete.reset();
        }}
        destroyOnHidden
      >
        <Typography.Paragraph>
          {t('training.attendance.completion.confirmContent', { count: willComplete, hours: data.creditHours, title: session.title })}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('training.attendance.completion.confirmNote')}</Typography.Paragraph>
        {complete.error && <ProblemAlert error={complete.error} title={t('training.attendance.completion.failed')} />}
      </Modal>
    </Card>
  );
}
