import { Col, Grid, Row, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState, Percent } from '@schoolbridge/ui';
import { HALF_DAYS, LOCAL_SHARE_LIMIT, type SessionDetail, type SessionHalf, type SessionTeamMember } from '../api';
import { weekdayKey } from './format';
import { ToneTag } from './status';
import { useTrainingVocab } from './vocab';

function HalfView({ half }: { half: SessionHalf | undefined }) {
  const { t } = useTranslation();
  const vocab = useTrainingVocab();
  if (!half) return <Typography.Text type="secondary">{t('training.timetable.none')}</Typography.Text>;
  return (
    <div>
      <Space size={4} wrap style={{ marginBottom: 4 }}>
        <Typography.Text type="secondary">
          {half.startsAt}–{half.endsAt}
        </Typography.Text>
        {half.participantSlot ? (
          <ToneTag tone="processing">{t('training.timetable.participantSlot')}</ToneTag>
        ) : (
          <ToneTag tone="default">{t('training.timetable.teamOnly')}</ToneTag>
        )}
      </Space>
      {half.modules.length === 0 ? (
        <div>
          <Typography.Text type="secondary">{t('training.timetable.noModules')}</Typography.Text>
        </div>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {half.modules.map((m) => (
            <li key={m.id}>
              <Typography.Text strong>{vocab.label('moduleKinds', m.kind)}</Typography.Text>
              {m.title && <>：{m.title}</>}
              {m.expertName && <Typography.Text type="secondary">（{m.expertName}）</Typography.Text>}
              {m.lessonTeacherName && <Typography.Text type="secondary"> {t('training.timetable.lessonBy', { name: m.lessonTeacherName })}</Typography.Text>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** 课程安排表, read-only: a row per day (date and weekday), 上午 and 下午 side by side (stacked on a phone). */
export function TimetableView({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const vocab = useTrainingVocab();
  // on a phone the columns stack: each half-day then says which it is
  const stacked = !Grid.useBreakpoint().md;
  if (session.days.length === 0) return <EmptyState description={t('training.timetable.empty')} />;
  return (
    <div className="sb-timetable-view" role="table" aria-label={t('training.timetable.title')}>
      <Row gutter={8} role="row" style={{ fontWeight: 600, padding: '8px 0', background: '#fafafa' }}>
        <Col xs={0} md={4} role="columnheader">
          {t('training.timetable.date')}
        </Col>
        {HALF_DAYS.map((h) => (
          <Col key={h} xs={0} md={10} role="columnheader">
            {vocab.label('halfDays', h)}
          </Col>
        ))}
      </Row>
      {session.days.map((d) => (
        <Row key={d.date} gutter={[8, 8]} role="row" data-testid={`day-${d.date}`} style={{ borderTop: '1px solid #f0f0f0', padding: '8px 0' }}>
          <Col xs={24} md={4} role="rowheader">
            <Typography.Text strong>{d.date}</Typography.Text> <Typography.Text type="secondary">{t(weekdayKey(d.date))}</Typography.Text>
          </Col>
          {HALF_DAYS.map((h) => (
            <Col key={h} xs={24} md={10} role="cell" aria-label={`${d.date} ${vocab.label('halfDays', h)}`}>
              {stacked && (
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {vocab.label('halfDays', h)}
                </Typography.Text>
              )}
              <HalfView half={d.halves.find((x) => x.half === h)} />
            </Col>
          ))}
        </Row>
      ))}
    </div>
  );
}

/** 专家团队: the leader first, each with tier, 本地/外地 and where they work, and the local share. */
export function TeamView({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const vocab = useTrainingVocab();
  const share = session.localShare;
  return (
    <div>
      <Table<SessionTeamMember>
        size="small"
        rowKey="expertId"
        pagination={false}
        dataSource={session.team}
        locale={{ emptyText: <EmptyState description={t('training.team.empty')} /> }}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'name', title: t('training.team.name'), render: (_, m) => m.name },
          { key: 'role', title: t('training.team.role'), render: (_, m) => vocab.label('expertRoles', m.role) },
          { key: 'tier', title: t('training.team.tier'), render: (_, m) => vocab.label('expertTiers', m.tier) },
          { key: 'local', title: t('training.team.local'), render: (_, m) => (m.local ? t('training.team.isLocal') : t('training.team.isOutside')) },
          { key: 'org', title: t('training.team.organisation'), render: (_, m) => m.organisationName ?? t('training.common.none') },
        ]}
      />
      <Typography.Paragraph style={{ marginTop: 8 }}>
        {t('training.team.share', { local: share.local, total: share.total })} <Percent value={share.share} maximumFractionDigits={0} />
        {share.share > LOCAL_SHARE_LIMIT && (
          <Typography.Text type="warning" style={{ marginInlineStart: 8 }}>
            {session.localShareConfirmed ? t('training.team.overConfirmed') : t('training.team.over')}
          </Typography.Text>
        )}
      </Typography.Paragraph>
    </div>
  );
}
