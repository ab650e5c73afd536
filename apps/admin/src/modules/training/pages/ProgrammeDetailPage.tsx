import { Alert, Button, Col, Row, Statistic, Table, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  CardSkeleton,
  Count,
  DataTable,
  DetailLayout,
  EmptyState,
  Money,
  problemOf,
  useAuth,
  usePageTitle,
  type DataTableColumn,
  type ListParams,
} from '@schoolbridge/ui';
import { DetailState } from '../../directory/components/DetailState';
import { RecordActions } from '../../directory/components/RecordActions';
import { TRAINING_EVALUATION_MANAGE, TRAINING_MANAGE, trainingApi, trainingKeys, type Programme, type SessionListItem, type SessionSatisfaction } from '../api';
import { BarChart } from '../components/BarChart';
import { hundredths } from '../components/format';
import { SessionStatusTag, ToneTag } from '../components/status';
import { useTrainingVocab } from '../components/vocab';
import { SeatsText } from '../components/SeatsText';

function ProgrammeSessions({ programme, manage }: { programme: Programme; manage: boolean }) {
  const { t } = useTranslation();
  const columns: DataTableColumn<SessionListItem>[] = [
    {
      key: 'title',
      title: t('training.sessions.title'),
      sorter: true,
      hideable: false,
      render: (_, row) => <Link to={`/training/sessions/${row.id}`}>{row.title}</Link>,
    },
    { key: 'venue', title: t('training.sessions.venue'), render: (_, row) => row.venueName },
    { key: 'startsOn', title: t('training.sessions.dates'), sorter: true, render: (_, row) => `${row.startsOn} ~ ${row.endsOn}` },
    { key: 'creditHours', title: t('training.sessions.creditHours'), render: (_, row) => <Count value={row.creditHours} unit="hours" /> },
    {
      key: 'seats',
      title: t('training.sessions.seats'),
      render: (_, row) => <SeatsText seatsTaken={row.seatsTaken} capacity={row.capacity} waitlisted={row.waitlisted} />,
    },
    { key: 'status', title: t('training.sessions.status'), render: (_, row) => <SessionStatusTag status={row.status} /> },
  ];
  return (
    <DataTable<SessionListItem>
      id="training.programme.sessions"
      urlPrefix="s"
      queryKey={[...trainingKeys.sessions, 'programme', programme.id]}
      fetch={(params: ListParams) => trainingApi.sessions({ ...params, programmeId: programme.id })}
      rowKey="id"
      columns={columns}
      defaultSort="-startsOn"
      title={t('training.programmes.sessionsTitle')}
      empty={
        manage && !programme.archivedAt
          ? {
              description: t('training.programmes.sessionsEmpty'),
              action: { label: t('training.sessions.new'), to: `/training/sessions/new?programmeId=${programme.id}` },
            }
          : { description: t('training.programmes.sessionsEmptyReadOnly') }
      }
    />
  );
}

/** 满意度: the programme's average `overall` rating and each session's, with a small chart. */
function Satisfaction({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: trainingKeys.programmeEvaluation(programme.id), queryFn: () => trainingApi.programmeEvaluation(programme.id) });
  if (query.isPending) return <CardSkeleton rows={3} />;
  if (query.isError) {
    const p = problemOf(query.error);
    return <Alert type="error" showIcon title={t('training.programmes.evaluationFailed')} description={p?.detail ?? p?.title} />;
  }
  const e = query.data;
  const rated = e.sessions.filter((s) => s.overallAverage !== null);
  return (
    <div>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={12} md={8}>
          <Statistic
            title={t('training.programmes.overallAverage')}
            value={hundredths(e.overallAverage)}
            suffix={e.overallAverage !== null ? t('training.programmes.outOfFive') : undefined}
          />
        </Col>
        <Col xs={12} md={8}>
          <Statistic title={t('training.programmes.ratings')} value={e.overallCount} />
        </Col>
        <Col xs={12} md={8}>
          <Statistic title={t('training.programmes.responses')} value={e.responses} />
        </Col>
      </Row>
      {rated.length > 0 ? (
        <BarChart
          title={t('training.programmes.satisfactionChart')}
          categories={rated.map((s) => s.title)}
          values={rated.map((s) => Number(hundredths(s.overallAverage)))}
          horizontal
          height={Math.max(140, rated.length * 40)}
        />
      ) : (
        <EmptyState description={t('training.programmes.noRatings')} />
      )}
      <Table<SessionSatisfaction>
        style={{ marginTop: 16 }}
        size="small"
        rowKey="sessionId"
        pagination={false}
        dataSource={e.sessions}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'title',
            title: t('training.sessions.title'),
            render: (_, s) => <Link to={`/training/sessions/${s.sessionId}?tab=evaluation`}>{s.title}</Link>,
          },
          { key: 'dates', title: t('training.sessions.dates'), render: (_, s) => `${s.startsOn} ~ ${s.endsOn}` },
          { key: 'status', title: t('training.sessions.status'), render: (_, s) => <SessionStatusTag status={s.status} /> },
          { key: 'responses', title: t('training.programmes.responses'), render: (_, s) => s.responses },
          { key: 'average', title: t('training.programmes.average'), render: (_, s) => hundredths(s.overallAverage) },
        ]}
      />
    </div>
  );
}

/** 培训项目详情: facts (budget in 元 and 万元), its sessions, and satisfaction. */
export default function ProgrammeDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useAuth();
  const vocab = useTrainingVocab();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: trainingKeys.programme(id), queryFn: () => trainingApi.programme(id) });
  const programme = query.data;
  usePageTitle(programme?.name ?? t('training.programmes.title'));
  if (!programme) return <DetailState isPending={query.isPending} error={query.error} retry={() => void query.refetch()} listPath="/training/programmes" />;
  const manage = can(TRAINING_MANAGE);
  const f = (key: string) => t(`training.programmes.${key}`);
  const none = t('training.common.none');
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trainingKeys.programme(programme.id) });
    void queryClient.invalidateQueries({ queryKey: trainingKeys.programmes });
  };

  return (
    <DetailLayout
      breadcrumb={[{ title: t('training.nav') }, { title: f('title'), to: '/training/programmes' }, { title: programme.name }]}
      title={
        <>
          {programme.name} {programme.archivedAt && <ToneTag tone="default">{t('training.common.archived')}</ToneTag>}
        </>
      }
      extra={
        manage ? (
          <>
            {!programme.archivedAt && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(`/training/sessions/new?programmeId=${programme.id}`)}>
                {t('training.sessions.new')}
              </Button>
            )}
            <Button icon={<EditOutlined />} onClick={() => void navigate(`/training/programmes/${programme.id}/edit`)}>
              {t('training.common.edit')}
            </Button>
            <RecordActions
              name={programme.name}
              archived={!!programme.archivedAt}
              onArchive={() => trainingApi.archiveProgramme(programme.id)}
              onRestore={() => trainingApi.restoreProgramme(programme.id)}
              onDelete={() => trainingApi.deleteProgramme(programme.id)}
              onDone={(action) => {
                refresh();
                if (action === 'delete') void navigate('/training/programmes');
              }}
            />
          </>
        ) : undefined
      }
      facts={[
        { key: 'level', label: f('level'), children: vocab.label('programmeLevels', programme.level) },
        { key: 'type', label: f('type'), children: vocab.label('programmeTypes', programme.type) },
        { key: 'owner', label: f('owner'), children: programme.ownerName },
        { key: 'host', label: f('host'), children: programme.hostName ?? none },
        { key: 'period', label: f('period'), children: `${programme.startsOn} ~ ${programme.endsOn}` },
        {
          key: 'budget',
          label: f('budget'),
          children:
            programme.budget === null ? (
              none
            ) : (
              <span data-testid="programme-budget">
                <Money fen={programme.budget} />{' '}
                <Typography.Text type="secondary">
                  （<Money fen={programme.budget} unit="wan" />）
                </Typography.Text>
              </span>
            ),
        },
        { key: 'audiences', label: f('audiences'), children: programme.audiences.map((a) => vocab.label('audiences', a)).join('、') || none },
        { key: 'sessionCount', label: f('sessionCount'), children: <Count value={programme.sessionCount} measure="qi" /> },
        ...(programme.description ? [{ key: 'description', label: f('descriptionField'), children: programme.description }] : []),
      ]}
      tabs={[
        { key: 'sessions', label: f('tabSessions'), children: <ProgrammeSessions programme={programme} manage={manage} /> },
        ...(can(TRAINING_EVALUATION_MANAGE) ? [{ key: 'satisfaction', label: f('tabSatisfaction'), children: <Satisfaction programme={programme} /> }] : []),
      ]}
    />
  );
}
