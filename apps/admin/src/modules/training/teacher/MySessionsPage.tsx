import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Input, Modal, Pagination, Space, Tabs, Typography } from 'antd';
import { CalendarOutlined, EnvironmentOutlined, LogoutOutlined, QrcodeOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CardSkeleton, EmptyState, PageTitle, StatusTag, problemOf, useAuth, type Problem } from '@schoolbridge/ui';
import { TRAINING_ENROL_SELF } from '../api';
import { CHECK_IN, EVALUATION_RESPOND, teacherApi, teacherKeys, type EnrolmentResult, type MySession, type OpenSession } from '../api-teacher';
import { ProblemAlert } from '../attendance/LoadState';
import { EnrolmentTag, SESSION_STATUS } from './statuses';

const PAGE_SIZE = 20;
/** Enrolments that hold or wait for a seat: enrolling again is pointless. */
const ACTIVE = new Set(['enrolled', 'waitlisted', 'pending']);

function Fact({ icon, children }: { icon: React.ReactNode; children: React.ReactNode }) {
  return (
    <Space size={6} align="start">
      <span aria-hidden>{icon}</span>
      <span>{children}</span>
    </Space>
  );
}

/** 退出: the reason is optional for the teacher; a refusal (the deadline passed) is shown in the dialog. */
function WithdrawDialog({ item, onClose, onDone }: { item: MySession | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const withdraw = useMutation({
    mutationFn: (s: MySession) => teacherApi.withdraw(s.enrolmentId, reason.trim() || undefined),
    onSuccess: () => {
      void message.success(t('training.my.withdrawn'));
      setReason('');
      onDone();
    },
  });
  return (
    <Modal
      open={item !== null}
      title={item ? t('training.my.withdrawTitle', { title: item.title }) : ''}
      okText={t('training.my.withdraw')}
      okButtonProps={{ danger: true, size: 'large' }}
      cancelButtonProps={{ size: 'large' }}
      cancelText={t('training.attendance.common.cancel')}
      confirmLoading={withdraw.isPending}
      onOk={() => item && withdraw.mutate(item)}
      onCancel={() => {
        withdraw.reset();
        setReason('');
        onClose();
      }}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('training.my.withdrawContent')}</Typography.Paragraph>
      <label htmlFor="withdraw-reason" style={{ display: 'block', marginBottom: 4 }}>
        {t('training.my.withdrawReason')}
      </label>
      <Input.TextArea id="withdraw-reason" rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
      {withdraw.error && (
        <div style={{ marginTop: 12 }}>
          <ProblemAlert error={withdraw.error} title={t('training.my.withdrawFailed')} />
        </div>
      )}
    </Modal>
  );
}

function MySessionCard({ item, onWithdraw }: { item: MySession; onWithdraw: (s: MySession) => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const checkIn = item.status === 'enrolled' && item.sessionStatus === 'running' && can(CHECK_IN);
  return (
    <Card size="small" data-testid={`my-session-${item.sessionId}`}>
      <Flex vertical gap={8}>
        <Typography.Title level={2} style={{ fontSize: 17, margin: 0 }}>
          {item.title}
        </Typography.Title>
        <Space wrap size={[8, 4]}>
          <EnrolmentTag status={item.status} waitlistPosition={item.waitlistPosition} />
          <StatusTag value={item.sessionStatus} map={SESSION_STATUS} />
        </Space>
        <Fact icon={<CalendarOutlined />}>{t('training.my.dates', { from: item.startsOn, to: item.endsOn })}</Fact>
        <Fact icon={<EnvironmentOutlined />}>{item.venueName}</Fact>
        <Typography.Text type="secondary">
          {t('training.my.hours', { count: item.creditHours })}
          {item.withdrawUntil && item.canWithdraw ? ` · ${t('training.my.withdrawUntil', { date: item.withdrawUntil })}` : ''}
        </Typography.Text>
        {item.reason && (item.status === 'rejected' || item.status === 'withdrawn' || item.status === 'cancelled') && (
          <Typography.Text>{t('training.my.reason', { reason: item.reason })}</Typography.Text>
        )}
        {(checkIn || item.canWithdraw) && (
          <Flex gap={8} wrap>
            {checkIn && (
              <Button type="primary" size="large" icon={<QrcodeOutlined />} onClick={() => void navigate(`/check-in?session=${item.sessionId}`)}>
                {t('training.my.checkIn')}
              </Button>
            )}
            {item.canWithdraw && (
              <Button
                size="large"
                danger
                icon={<LogoutOutlined />}
                onClick={() => onWithdraw(item)}
                aria-label={t('training.my.withdrawFor', { title: item.title })}
              >
                {t('training.my.withdraw')}
              </Button>
            )}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}

function MineTab({ onFindOpen, canEnrol }: { onFindOpen: () => void; canEnrol: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [withdrawing, setWithdrawing] = useState<MySession | null>(null);
  const query = useQuery({ queryKey: teacherKeys.sessions(page), queryFn: () => teacherApi.mySessions(page, PAGE_SIZE) });
  if (query.isPending) return <CardSkeleton rows={4} />;
  if (!query.data) return <ProblemAlert error={query.error} retry={() => void query.refetch()} />;
  const { items, total } = query.data;
  return (
    <Flex vertical gap={12}>
      {items.length === 0 ? (
        <EmptyState
          description={t(canEnrol ? 'training.my.emptyMine' : 'training.my.emptyMineNoEnrol')}
          {...(canEnrol ? { action: { label: t('training.my.findOpen'), onClick: onFindOpen } } : {})}
        />
      ) : (
        items.map((item) => <MySessionCard key={item.enrolmentId} item={item} onWithdraw={setWithdrawing} />)
      )}
      {total > PAGE_SIZE && <Pagination current={page} pageSize={PAGE_SIZE} total={total} onChange={setPage} showSizeChanger={false} />}
      <WithdrawDialog
        item={withdrawing}
        onClose={() => setWithdrawing(null)}
        onDone={() => {
          setWithdrawing(null);
          void queryClient.invalidateQueries({ queryKey: teacherKeys.all });
        }}
      />
    </Flex>
  );
}

/** What enrol-me answered: a seat, a waitlist number (and, once my sessions reloads, the place now), or a request awaiting the school. */
function EnrolOutcome({ result, title, onClose }: { result: EnrolmentResult; title: string; onClose: () => void }) {
  const { t } = useTranslation();
  // The place in the queue now comes with my sessions (the number given stays the same, the place moves up).
  const mine = useQuery({ queryKey: teacherKeys.sessions(1), queryFn: () => teacherApi.mySessions(1, PAGE_SIZE), enabled: result.status === 'waitlisted' });
  const position = mine.data?.items.find((i) => i.enrolmentId === result.enrolmentId)?.waitlistPosition ?? null;
  const type = result.status === 'enrolled' ? 'success' : result.status === 'refused' ? 'error' : 'info';
  let text: string;
  if (result.status === 'enrolled') text = t('training.my.enrolled', { title });
  else if (result.status === 'waitlisted')
    text = position
      ? t('training.my.waitlistedAt', { title, seq: result.waitlistSeq, position })
      : t('training.my.waitlisted', { title, seq: result.waitlistSeq });
  else if (result.status === 'pending') text = t('training.my.pending', { title });
  else text = result.message ?? t('training.my.refused');
  return (
    <Alert
      type={type}
      showIcon
      role="status"
      data-testid="enrol-outcome"
      title={text}
      {...(result.status === 'waitlisted'
        ? { description: t('training.my.waitlistHint') }
        : result.status === 'pending'
          ? { description: t('training.my.pendingHint') }
          : {})}
      closable={{ closeIcon: true, 'aria-label': t('kit.common.close') }}
      onClose={onClose}
    />
  );
}

/** An enrol-me refusal in words: the API's detail, and the clashing session's half-days for a conflict. */
function EnrolRefusal({ problem, onClose }: { problem: Problem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const clashes = (problem?.clashes as { otherTitle: string; date: string; half: string }[] | undefined) ?? [];
  return (
    <Alert
      type="error"
      showIcon
      data-testid="enrol-refused"
      title={t('training.my.enrolFailed')}
      description={
        <>
          <div>{problem?.detail ?? problem?.title ?? t('kit.form.networkError')}</div>
          {clashes.length > 0 && (
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
              {clashes.map((c, i) => (
                <li key={i}>{t('training.my.clash', { title: c.otherTitle, date: c.date, half: t(`training.attendance.half.${c.half}`) })}</li>
              ))}
            </ul>
          )}
        </>
      }
      closable={{ closeIcon: true, 'aria-label': t('kit.common.close') }}
      onClose={onClose}
    />
  );
}

function OpenSessionCard({ item, onEnrol, enrolling }: { item: OpenSession; onEnrol: (s: OpenSession) => void; enrolling: boolean }) {
  const { t } = useTranslation();
  const active = item.myStatus !== null && ACTIVE.has(item.myStatus);
  return (
    <Card size="small" data-testid={`open-session-${item.sessionId}`}>
      <Flex vertical gap={8}>
        <Typography.Title level={2} style={{ fontSize: 17, margin: 0 }}>
          {item.title}
        </Typography.Title>
        <Typography.Text type="secondary">{item.programmeName}</Typography.Text>
        <Fact icon={<CalendarOutlined />}>{t('training.my.dates', { from: item.startsOn, to: item.endsOn })}</Fact>
        <Fact icon={<EnvironmentOutlined />}>{item.venueName}</Fact>
        <Typography.Text>
          {item.seatsLeft > 0
            ? t('training.my.seatsLeft', { count: item.seatsLeft, capacity: item.capacity })
            : t('training.my.full', { waitlisted: item.waitlisted })}
        </Typography.Text>
        <Typography.Text type="secondary">
          {[
            t('training.my.hours', { count: item.creditHours }),
            item.approvalRequired ? t('training.my.approvalRequired') : null,
            item.enrolClosesOn ? t('training.my.enrolClosesOn', { date: item.enrolClosesOn }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography.Text>
        {item.myStatus && (
          <div>
            <EnrolmentTag status={item.myStatus} />
          </div>
        )}
        {!active && (
          <Button
            type="primary"
            size="large"
            block
            loading={enrolling}
            onClick={() => onEnrol(item)}
            aria-label={t('training.my.enrolFor', { title: item.title })}
          >
            {item.seatsLeft > 0 ? t('training.my.enrol') : t('training.my.enrolWaitlist')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}

function OpenTab() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [outcome, setOutcome] = useState<{ result: EnrolmentResult; title: string } | null>(null);
  const [refusal, setRefusal] = useState<Problem | null | undefined>(undefined);
  const query = useQuery({ queryKey: teacherKeys.openSessions(page), queryFn: () => teacherApi.openSessions(page, PAGE_SIZE) });
  const enrol = useMutation({
    mutationFn: (s: OpenSession) => teacherApi.enrolMe(s.sessionId),
    onMutate: () => {
      setOutcome(null);
      setRefusal(undefined);
    },
    onSuccess: (result, s) => {
      setOutcome({ result, title: s.title });
      void queryClient.invalidateQueries({ queryKey: teacherKeys.all });
    },
    onError: (err) => setRefusal(problemOf(err)),
  });
  if (query.isPending) return <CardSkeleton rows={4} />;
  if (!query.data) return <ProblemAlert error={query.error} retry={() => void query.refetch()} />;
  const { items, total } = query.data;
  return (
    <Flex vertical gap={12}>
      {outcome && <EnrolOutcome result={outcome.result} title={outcome.title} onClose={() => setOutcome(null)} />}
      {refusal !== undefined && <EnrolRefusal problem={refusal} onClose={() => setRefusal(undefined)} />}
      {items.length === 0 ? (
        <EmptyState description={t('training.my.emptyOpen')} />
      ) : (
        items.map((item) => (
          <OpenSessionCard
            key={item.sessionId}
            item={item}
            onEnrol={(s) => enrol.mutate(s)}
            enrolling={enrol.isPending && enrol.variables?.sessionId === item.sessionId}
          />
        ))
      )}
      {total > PAGE_SIZE && <Pagination current={page} pageSize={PAGE_SIZE} total={total} onChange={setPage} showSizeChanger={false} />}
    </Flex>
  );
}

/**
 * 我的培训, for a teacher on a phone: 我的培训 (their enrolments, with the waitlist place, 签到
 * while a session runs, and 退出 before the deadline after a confirmation) and 可报名 (sessions
 * open to them, with the seats left; 报名 answers a seat, a waitlist number or a request awaiting
 * the school). The tab is `?tab=` in the URL.
 */
export default function MySessionsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const canEnrol = can(TRAINING_ENROL_SELF);
  const tab = canEnrol && params.get('tab') === 'open' ? 'open' : 'mine';
  const show = (key: string) => setParams(key === 'mine' ? {} : { tab: key }, { replace: true });
  return (
    <div style={{ maxWidth: 720 }}>
      <PageTitle
        title={t('training.my.title')}
        actions={
          can(EVALUATION_RESPOND) ? (
            <Button onClick={() => void navigate('/training/my/questionnaires')}>{t('training.my.questionnaires.nav')}</Button>
          ) : undefined
        }
      />
      <Tabs
        activeKey={tab}
        onChange={show}
        size="large"
        items={[
          { key: 'mine', label: t('training.my.tabMine'), children: <MineTab canEnrol={canEnrol} onFindOpen={() => show('open')} /> },
          ...(canEnrol ? [{ key: 'open', label: t('training.my.tabOpen'), children: <OpenTab /> }] : []),
        ]}
      />
    </div>
  );
}
