import { Suspense, lazy } from 'react';
import { Alert, Button, Space, Typography } from 'antd';
import { CheckCircleOutlined, EditOutlined, PlayCircleOutlined, PrinterOutlined, QrcodeOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CardSkeleton, Count, DetailLayout, Percent, useAuth, usePageTitle } from '@schoolbridge/ui';
import { useVocab } from '../../directory/components/vocab';
import { DetailState } from '../../directory/components/DetailState';
import { LOCAL_SHARE_LIMIT, TRAINING_ATTENDANCE_RUN, TRAINING_MANAGE, trainingApi, trainingKeys, type SessionDetail } from '../api';
import { EnrolmentsTab } from '../components/EnrolmentsTab';
import { EvaluationTab } from '../components/EvaluationTab';
import { FeedbackTab } from '../components/FeedbackTab';
import { SESSION_STATUS } from '../components/status';
import { TeamView, TimetableView } from '../components/TimetableView';
import { useSessionActions, type SessionAction } from '../components/useSessionActions';
import { useTrainingVocab } from '../components/vocab';

const AttendanceTab = lazy(() => import('../attendance/AttendanceTab'));
const CompletionTab = lazy(() => import('../attendance/CompletionTab'));

/** Which action each reachable status is, in the order the buttons show. */
const ACTIONS: { to: SessionDetail['status']; action: SessionAction; icon: React.ReactNode; primary?: boolean; danger?: boolean }[] = [
  { to: 'published', action: 'publish', icon: <SendOutlined />, primary: true },
  { to: 'running', action: 'start', icon: <PlayCircleOutlined />, primary: true },
  { to: 'completed', action: 'complete', icon: <CheckCircleOutlined />, primary: true },
  { to: 'cancelled', action: 'cancel', icon: <StopOutlined />, danger: true },
];

function Overview({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <section aria-label={t('training.timetable.title')}>
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t('training.timetable.title')}
        </Typography.Title>
        <TimetableView session={session} />
      </section>
      <section aria-label={t('training.team.title')}>
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t('training.team.title')}
        </Typography.Title>
        <TeamView session={session} />
      </section>
    </Space>
  );
}

/** 班次详情: facts, the status actions the session allows, and its tabs (概况, 报名, 考勤, 结业, 评价, 反馈课). */
export default function SessionDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useAuth();
  const vocab = useTrainingVocab();
  const dirVocab = useVocab();
  const query = useQuery({ queryKey: trainingKeys.session(id), queryFn: () => trainingApi.session(id) });
  const [, setSearch] = useSearchParams();
  // after 结业, show the 结业 tab with each teacher's result
  const actions = useSessionActions((action) => {
    if (action === 'complete')
      setSearch((prev) => {
        const next = new URLSearchParams(prev);
        next.set('tab', 'completion');
        return next;
      });
  });
  const session = query.data;
  usePageTitle(session?.title ?? t('training.sessions.pageTitle'));

  if (!session) return <DetailState isPending={query.isPending} error={query.error} retry={() => void query.refetch()} listPath="/training/sessions" />;
  const manage = can(TRAINING_MANAGE);
  const f = (key: string) => t(`training.detail.${key}`);
  const none = t('training.common.none');
  const leader = session.team.find((m) => m.role === 'leader');
  const editable = session.status !== 'completed' && session.status !== 'cancelled';
  const share = session.localShare;

  const extra = (
    <>
      {manage &&
        ACTIONS.filter((a) => session.nextStatuses.includes(a.to)).map((a) => (
          <Button
            key={a.action}
            icon={a.icon}
            type={a.primary ? 'primary' : 'default'}
            danger={!!a.danger}
            disabled={actions.busy}
            onClick={() => actions.run(a.action, session)}
          >
            {t(`training.sessions.actions.${a.action}`)}
          </Button>
        ))}
      {manage && editable && (
        <Button icon={<EditOutlined />} onClick={() => void navigate(`/training/sessions/${session.id}/edit`)}>
          {t('training.common.edit')}
        </Button>
      )}
      {session.participantSlotCount > 0 && (
        <Button icon={<PrinterOutlined />} onClick={() => void navigate(`/training/sessions/${session.id}/sign-in-sheet`)}>
          {f('signInSheet')}
        </Button>
      )}
      {can(TRAINING_ATTENDANCE_RUN) && (session.status === 'published' || session.status === 'running') && (
        <Button icon={<QrcodeOutlined />} onClick={() => void navigate(`/training/sessions/${session.id}/check-in-screen`)}>
          {f('checkInScreen')}
        </Button>
      )}
    </>
  );

  const facts = [
    { key: 'programme', label: f('programme'), children: <Link to={`/training/programmes/${session.programme.id}`}>{session.programme.name}</Link> },
    {
      key: 'level',
      label: f('levelType'),
      children: `${vocab.label('programmeLevels', session.programme.level)} · ${vocab.label('programmeTypes', session.programme.type)}`,
    },
    {
      key: 'venue',
      label: f('venue'),
      children: session.venue.kind === 'school' ? <Link to={`/directory/schools/${session.venue.id}`}>{session.venue.name}</Link> : session.venue.name,
    },
    { key: 'dates', label: f('dates'), children: session.startsOn === session.endsOn ? session.startsOn : `${session.startsOn} ~ ${session.endsOn}` },
    {
      key: 'hours',
      label: f('creditHours'),
      children: (
        <>
          <Count value={session.creditHours} unit="hours" />
          <Typography.Text type="secondary">
            （{t('training.detail.threshold', { percent: session.completionThreshold, slots: session.participantSlotCount })}）
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'seats',
      label: f('seats'),
      children: (
        <span data-testid="seats-fact">
          {t('training.detail.seatsValue', { capacity: session.counts.capacity, taken: session.counts.seatsTaken, waitlisted: session.counts.waitlisted })}
          {session.counts.pending > 0 && `，${t('training.detail.pendingValue', { count: session.counts.pending })}`}
        </span>
      ),
    },
    { key: 'leader', label: f('leader'), children: leader ? leader.name : <Typography.Text type="warning">{f('noLeader')}</Typography.Text> },
    {
      key: 'localShare',
      label: f('localShare'),
      children: (
        <span>
          {share.local}/{share.total} = <Percent value={share.share} maximumFractionDigits={0} />
          {share.share > LOCAL_SHARE_LIMIT && (
            <Typography.Text type="warning" style={{ marginInlineStart: 6 }}>
              {session.localShareConfirmed ? t('training.team.overConfirmed') : t('training.team.over')}
            </Typography.Text>
          )}
        </span>
      ),
    },
    {
      key: 'enrolWindow',
      label: f('enrolWindow'),
      children: session.enrolOpensOn || session.enrolClosesOn ? `${session.enrolOpensOn ?? none} ~ ${session.enrolClosesOn ?? none}` : f('enrolAnytime'),
    },
    { key: 'withdrawUntil', label: f('withdrawUntil'), children: session.withdrawUntil ?? none },
    { key: 'approval', label: f('approvalRequired'), children: session.approvalRequired ? t('training.common.yes') : t('training.common.no') },
    {
      key: 'eligibility',
      label: f('eligibility'),
      children: [
        session.eligibility.schools.length ? session.eligibility.schools.map((s) => s.name).join('、') : f('anySchool'),
        session.eligibility.subjects.length ? session.eligibility.subjects.map((s) => dirVocab.label('subjects', s)).join('、') : f('anySubject'),
        session.eligibility.stages.length ? session.eligibility.stages.map((s) => dirVocab.label('schoolStages', s)).join('、') : f('anyStage'),
      ].join('；'),
    },
    ...(session.notes ? [{ key: 'notes', label: f('notes'), children: session.notes }] : []),
  ];

  const lazyTab = (node: React.ReactNode) => <Suspense fallback={<CardSkeleton rows={4} />}>{node}</Suspense>;

  return (
    <>
      {actions.holder}
      {session.status === 'cancelled' && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={f('cancelled')} description={session.cancelReason ?? undefined} />
      )}
      <DetailLayout
        breadcrumb={[{ title: t('training.nav') }, { title: t('training.sessions.pageTitle'), to: '/training/sessions' }, { title: session.title }]}
        title={session.title}
        status={{ value: session.status, map: SESSION_STATUS }}
        extra={extra}
        facts={facts}
        tabs={[
          { key: 'overview', label: f('tabOverview'), children: <Overview session={session} /> },
          { key: 'enrolments', label: f('tabEnrolments'), children: <EnrolmentsTab session={session} /> },
          { key: 'attendance', label: f('tabAttendance'), children: lazyTab(<AttendanceTab session={session} />) },
          { key: 'completion', label: f('tabCompletion'), children: lazyTab(<CompletionTab session={session} />) },
          { key: 'evaluation', label: f('tabEvaluation'), children: <EvaluationTab session={session} /> },
          { key: 'feedback', label: f('tabFeedback'), children: <FeedbackTab session={session} /> },
        ]}
      />
    </>
  );
}
