import { BellOutlined, ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Empty, Flex, Row, Skeleton, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Locale } from '@schoolbridge/shared';
import { PageTitle, WidgetZone, problemOf, toLocale, useAuth, usePlugins } from '@schoolbridge/ui';
import { useLatestNotifications, useReminders } from '../api/queries';
import type { Reminder } from '../api/types';
import { ItemList, ItemRow } from '../shell/ItemList';

const SEVERITY_RANK: Record<Reminder['severity'], number> = { overdue: 0, dueSoon: 1, info: 2 };
const SEVERITY_TAG: Record<Reminder['severity'], 'error' | 'warning' | 'default'> = { overdue: 'error', dueSoon: 'warning', info: 'default' };

/** Overdue first, then by due date (undated last), as the API already answers; kept stable. */
export function sortReminders(items: readonly Reminder[]): Reminder[] {
  return items
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const s = SEVERITY_RANK[a.r.severity] - SEVERITY_RANK[b.r.severity];
      if (s !== 0) return s;
      const da = a.r.dueDate ?? '9999-12-31';
      const db = b.r.dueDate ?? '9999-12-31';
      return da < db ? -1 : da > db ? 1 : a.i - b.i;
    })
    .map((x) => x.r);
}

/** A text the API gives in one language or in both. */
export function localText(text: string | Partial<Record<Locale, string>> | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale] ?? text['zh-CN'] ?? text.en ?? '';
}

function StatCard({ title, value, icon, to, testId }: { title: string; value: number | undefined; icon: React.ReactNode; to: string; testId: string }) {
  return (
    <Card size="small" styles={{ body: { padding: 16 } }}>
      <Link to={to} data-testid={testId} style={{ color: 'inherit', display: 'block' }}>
        <Statistic title={title} value={value ?? 0} loading={value === undefined} prefix={icon} />
      </Link>
    </Card>
  );
}

function TodoList() {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const reminders = useReminders();
  if (reminders.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (reminders.isError) return <Alert type="error" showIcon title={t('dashboard.todosFailed')} description={problemOf(reminders.error)?.detail} />;
  const items = sortReminders(reminders.data.items);
  return (
    <>
      {reminders.data.failedSources.length > 0 ? (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('dashboard.sourcesFailed', { count: reminders.data.failedSources.length })} />
      ) : null}
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.noTodos')} />
      ) : (
        <ItemList label={t('dashboard.todos')} testId="todo-list">
          {items.map((r) => {
            const title = localText(r.title, locale);
            const detail = localText(r.detail, locale);
            return (
              <ItemRow
                key={r.id}
                testId="todo-item"
                data={{ severity: r.severity }}
                title={
                  <>
                    <Tag color={SEVERITY_TAG[r.severity]} style={{ marginInlineEnd: 0 }}>
                      {t(`dashboard.severity.${r.severity}`)}
                    </Tag>
                    {r.link ? <Link to={r.link}>{title}</Link> : <Typography.Text>{title}</Typography.Text>}
                  </>
                }
                description={
                  detail || r.dueDate ? (
                    <>
                      {detail ? <Typography.Text type="secondary">{detail}</Typography.Text> : null}
                      {r.dueDate ? (
                        <Typography.Text type={r.severity === 'overdue' ? 'danger' : 'secondary'} style={{ fontSize: 13 }}>
                          {t('dashboard.dueDate', { date: r.dueDate })}
                        </Typography.Text>
                      ) : null}
                    </>
                  ) : undefined
                }
              />
            );
          })}
        </ItemList>
      )}
    </>
  );
}

/** 首页: greeting, headline figures, the to-do list and the modules' dashboard widgets. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const { me, roles } = useAuth();
  const notifications = useLatestNotifications();
  const reminders = useReminders();
  const items = reminders.data?.items ?? [];
  const counted = reminders.isSuccess;
  const roleNames = roles.map((r) => t(`roles.${r}`, { defaultValue: r }));
  const { plugins, permissions } = usePlugins();
  const hasWidgets = plugins.some((p) => (p.widgets ?? []).some((w) => w.zone === 'dashboard' && (!w.permission || permissions.has(w.permission))));

  return (
    <div>
      <PageTitle title={t('dashboard.title')} />
      <Card style={{ marginBottom: 16 }} styles={{ body: { padding: '16px 20px' } }}>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }} data-testid="greeting">
          {t('dashboard.greeting', { name: me?.user.displayName ?? '' })}
        </Typography.Title>
        <Flex gap={6} wrap style={{ marginTop: 8 }} aria-label={t('dashboard.roles')}>
          {roleNames.map((name) => (
            <Tag key={name} color="processing">
              {name}
            </Tag>
          ))}
        </Flex>
      </Card>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} sm={8}>
          <StatCard
            testId="stat-unread"
            title={t('dashboard.unread')}
            value={notifications.data?.unreadCount}
            icon={<BellOutlined aria-hidden />}
            to="/notifications?filter=unread"
          />
        </Col>
        <Col xs={12} sm={8}>
          <StatCard
            testId="stat-overdue"
            title={t('dashboard.overdue')}
            value={counted ? items.filter((r) => r.severity === 'overdue').length : undefined}
            icon={<ExclamationCircleOutlined aria-hidden />}
            to="#todos"
          />
        </Col>
        <Col xs={12} sm={8}>
          <StatCard
            testId="stat-due-soon"
            title={t('dashboard.dueSoon')}
            value={counted ? items.filter((r) => r.severity === 'dueSoon').length : undefined}
            icon={<ClockCircleOutlined aria-hidden />}
            to="#todos"
          />
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={hasWidgets ? 12 : 24}>
          <Card id="todos" title={<h2 className="sb-card-title">{t('dashboard.todos')}</h2>}>
            <TodoList />
          </Card>
        </Col>
        {hasWidgets ? (
          <Col xs={24} xl={12}>
            <Flex vertical gap={16}>
              <WidgetZone zone="dashboard" />
            </Flex>
          </Col>
        ) : null}
      </Row>
    </div>
  );
}
