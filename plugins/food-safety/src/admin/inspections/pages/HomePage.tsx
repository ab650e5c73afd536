/**
 * 检查工作台, the inspector's home (/food-safety): overdue and due-soon rectification notices
 * FIRST (DOMAIN §8: overdue notices are the inspectors' first screen), then the inspector's drafts
 * (on the server and on this device), today's outings, and the progress of active campaigns.
 */
import type { ReactNode } from 'react';
import { Badge, Button, Card, Col, List, Progress, Row, Space, Tag, Typography } from 'antd';
import { CarOutlined, ExclamationCircleOutlined, FieldTimeOutlined, FlagOutlined, FormOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CardSkeleton, Count, DateText, EmptyState, formatDateTime, formatPercent, PageTitle, serverToday, useAuth } from '@schoolbridge/ui';
import { FS_INSPECT, inspectionKeys, inspectionsApi, type Campaign, type NoticeListItem } from '../api';
import { ProblemAlert } from '../components/LoadState';
import { listDrafts } from '../draft/draft-store';

function Section({ title, icon, extra, children, testId }: { title: string; icon: ReactNode; extra?: ReactNode; children: ReactNode; testId: string }) {
  return (
    <Card
      size="small"
      data-testid={testId}
      title={
        <Space>
          {icon}
          <span>{title}</span>
        </Space>
      }
      extra={extra}
      style={{ marginBottom: 16 }}
    >
      {children}
    </Card>
  );
}

function NoticeRow({ notice }: { notice: NoticeListItem }) {
  const { t } = useTranslation();
  const w = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.inspections.home.${key}`, opts);
  return (
    <List.Item>
      <div style={{ width: '100%' }}>
        <Space wrap size={4} style={{ justifyContent: 'space-between', width: '100%' }}>
          <Link to={`/food-safety/notices/${notice.id}`}>
            <strong>{notice.canteenName}</strong> · {notice.number}
          </Link>
          {notice.overdue ? (
            <Tag color="error" icon={<ExclamationCircleOutlined />}>
              {w('overdueDays', { count: notice.daysOverdue })}
            </Tag>
          ) : (
            <Tag color="warning" icon={<FieldTimeOutlined />}>
              {w('dueOn', { date: notice.deadline ?? '—' })}
            </Tag>
          )}
        </Space>
        <Typography.Text type="secondary">
          {w('noticeItems', { accepted: notice.acceptedCount, submitted: notice.submittedCount, total: notice.itemCount })}
          {notice.ownerName ? ` · ${w('owner', { name: notice.ownerName })}` : ''}
        </Typography.Text>
      </div>
    </List.Item>
  );
}

function CampaignCard({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const w = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.inspections.progress.${key}`, opts);
  const progress = useQuery({ queryKey: [...inspectionKeys.campaign(campaign.id), 'progress'], queryFn: () => inspectionsApi.campaignProgress(campaign.id) });
  const p = progress.data;
  const ratio = p && p.canteensInRegion ? p.canteensInspected / p.canteensInRegion : 0;
  return (
    <Card size="small" title={<Link to={`/food-safety/campaigns/${campaign.id}`}>{campaign.name}</Link>} data-testid="campaign-card" style={{ height: '100%' }}>
      <Typography.Text type="secondary">
        <DateText value={campaign.startsOn} /> ~ <DateText value={campaign.endsOn} />
      </Typography.Text>
      {p ? (
        <>
          <div style={{ marginTop: 8 }}>{w('canteensOf', { inspected: p.canteensInspected, total: p.canteensInRegion })}</div>
          <Progress percent={Math.round(ratio * 100)} format={() => formatPercent(ratio)} aria-label={w('canteens')} />
          <Space wrap size={12}>
            <span>
              {w('letters')} <Count value={p.letters} measure="fen" />
            </span>
            <span>
              {w('noticesOverdue')} <Count value={p.noticesOverdue} measure="fen" />
            </span>
          </Space>
        </>
      ) : progress.isPending ? (
        <CardSkeleton rows={2} />
      ) : (
        <ProblemAlert error={progress.error} retry={() => void progress.refetch()} />
      )}
    </Card>
  );
}

export default function HomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me, can } = useAuth();
  const inspect = can(FS_INSPECT);
  const w = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.inspections.home.${key}`, opts);
  const today = serverToday();
  const userId = me?.user.id ?? '';

  const overdue = useQuery({ queryKey: [...inspectionKeys.notices, 'overdue'], queryFn: () => inspectionsApi.notices({ status: 'overdue', pageSize: 50 }) });
  const dueSoon = useQuery({ queryKey: [...inspectionKeys.notices, 'dueSoon'], queryFn: () => inspectionsApi.notices({ status: 'dueSoon', pageSize: 50 }) });
  const drafts = useQuery({
    queryKey: [...inspectionKeys.all, 'drafts'],
    queryFn: () => inspectionsApi.list({ status: 'draft', pageSize: 100 }),
    enabled: inspect,
  });
  const outings = useQuery({
    queryKey: [...inspectionKeys.outings, 'today', today],
    queryFn: () => inspectionsApi.outings({ from: today, to: today, pageSize: 50 }),
  });
  const campaigns = useQuery({ queryKey: [...inspectionKeys.campaigns, 'active'], queryFn: () => inspectionsApi.campaigns({ status: 'active', pageSize: 6 }) });

  // the drafts the user takes part in, and any draft with changes kept on this device
  const deviceDrafts = new Map(listDrafts(userId).map((d) => [d.inspectionId, d.savedAt]));
  const draftRows = (drafts.data?.items ?? []).filter((d) => d.inspectors.some((p) => p.userId === userId) || deviceDrafts.has(d.id));
  const urgent = [...(overdue.data?.items ?? []), ...(dueSoon.data?.items ?? []).filter((n) => !n.overdue)];

  return (
    <div data-testid="inspector-home">
      <PageTitle
        title={w('title')}
        actions={
          inspect ? (
            <Button type="primary" size="large" icon={<PlusOutlined />} onClick={() => void navigate('/food-safety/inspections/new')}>
              {w('newInspection')}
            </Button>
          ) : null
        }
      />
      <Section
        testId="home-notices"
        title={w('notices')}
        icon={<Badge count={overdue.data?.total ?? 0} overflowCount={99} title={w('overdueCount', { count: overdue.data?.total ?? 0 })} />}
        extra={<Link to="/food-safety/notices?status=notClosed">{w('allNotices')}</Link>}
      >
        {overdue.isPending || dueSoon.isPending ? (
          <CardSkeleton rows={3} />
        ) : overdue.isError || dueSoon.isError ? (
          <ProblemAlert error={overdue.error ?? dueSoon.error} retry={() => void Promise.all([overdue.refetch(), dueSoon.refetch()])} />
        ) : urgent.length === 0 ? (
          <Typography.Text>{w('noUrgent')}</Typography.Text>
        ) : (
          <>
            <Typography.Paragraph>{w('urgentSummary', { overdue: overdue.data?.total ?? 0, dueSoon: dueSoon.data?.total ?? 0 })}</Typography.Paragraph>
            <List size="small" dataSource={urgent} renderItem={(n) => <NoticeRow key={n.id} notice={n} />} />
          </>
        )}
      </Section>

      {inspect ? (
        <Section
          testId="home-drafts"
          title={w('drafts')}
          icon={<FormOutlined />}
          extra={<Link to="/food-safety/inspections?status=draft">{w('allDrafts')}</Link>}
        >
          {drafts.isPending ? (
            <CardSkeleton rows={2} />
          ) : drafts.isError ? (
            <ProblemAlert error={drafts.error} retry={() => void drafts.refetch()} />
          ) : draftRows.length === 0 ? (
            <EmptyState description={w('noDrafts')} action={{ label: w('newInspection'), to: '/food-safety/inspections/new' }} />
          ) : (
            <List
              size="small"
              dataSource={draftRows}
              renderItem={(d) => (
                <List.Item
                  actions={[
                    <Button
                      key="go"
                      type="primary"
                      onClick={() => void navigate(`/food-safety/inspections/${d.id}/fill`)}
                      aria-label={w('continueOf', { name: d.canteenName })}
                    >
                      {w('continue')}
                    </Button>,
                  ]}
                >
                  <div>
                    <strong>{d.canteenName}</strong>
                    <div>
                      <Typography.Text type="secondary">
                        <DateText value={d.inspectedOn} /> · {t(`foodSafety.common.kinds.${d.kind}`)}
                        {d.counts.unanswered ? ` · ${w('unanswered', { count: d.counts.unanswered })}` : ''}
                      </Typography.Text>
                    </div>
                    {deviceDrafts.has(d.id) ? <Tag color="processing">{w('onDevice', { time: formatDateTime(deviceDrafts.get(d.id)!) })}</Tag> : null}
                  </div>
                </List.Item>
              )}
            />
          )}
        </Section>
      ) : null}

      <Section
        testId="home-outings"
        title={w('todayOutings')}
        icon={<CarOutlined />}
        extra={<Link to={`/food-safety/outings?from=${today}&to=${today}`}>{w('allOutings')}</Link>}
      >
        {outings.isPending ? (
          <CardSkeleton rows={2} />
        ) : outings.isError ? (
          <ProblemAlert error={outings.error} retry={() => void outings.refetch()} />
        ) : (outings.data?.items.length ?? 0) === 0 ? (
          <EmptyState description={w('noOutings')} {...(inspect ? { action: { label: w('planOuting'), to: '/food-safety/outings/new' } } : {})} />
        ) : (
          <List
            size="small"
            dataSource={outings.data!.items}
            renderItem={(o) => (
              <List.Item
                actions={
                  inspect
                    ? [
                        <Button
                          key="inspect"
                          onClick={() => void navigate(`/food-safety/inspections/new?outingId=${o.id}${o.campaignId ? `&campaignId=${o.campaignId}` : ''}`)}
                        >
                          {w('inspectOnOuting')}
                        </Button>,
                      ]
                    : []
                }
              >
                <div>
                  <strong>{o.campaignName ?? w('routineOuting')}</strong>
                  <div>
                    {o.members.map((m) => m.name).join('、')} · <Count value={o.vehicles} measure="liangci" /> ·{' '}
                    {w('inspectedCount', { count: o.inspectionCount })}
                  </div>
                </div>
              </List.Item>
            )}
          />
        )}
      </Section>

      <Section testId="home-campaigns" title={w('campaigns')} icon={<FlagOutlined />} extra={<Link to="/food-safety/campaigns">{w('allCampaigns')}</Link>}>
        {campaigns.isPending ? (
          <CardSkeleton rows={2} />
        ) : campaigns.isError ? (
          <ProblemAlert error={campaigns.error} retry={() => void campaigns.refetch()} />
        ) : (campaigns.data?.items.length ?? 0) === 0 ? (
          <EmptyState description={w('noCampaigns')} />
        ) : (
          <Row gutter={[12, 12]}>
            {campaigns.data!.items.map((c) => (
              <Col key={c.id} xs={24} md={12} xl={8}>
                <CampaignCard campaign={c} />
              </Col>
            ))}
          </Row>
        )}
      </Section>
    </div>
  );
}
