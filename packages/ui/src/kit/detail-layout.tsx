import type { ReactNode } from 'react';
import { Breadcrumb, Card, Descriptions, Flex, Space, Tabs, Typography, type DescriptionsProps } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { WidgetZone } from '../plugin/plugin-context';
import type { WidgetZoneName } from '../plugin/define-admin-plugin';
import { StatusTag, type StatusMap } from './status-tag';
import './kit.css';

export interface BreadcrumbEntry {
  title: ReactNode;
  /** A route; the last entry (this page) has none. */
  to?: string;
}

export interface DetailTab {
  key: string;
  label: ReactNode;
  children: ReactNode;
}

export interface DetailFact {
  key?: string;
  label: ReactNode;
  children: ReactNode;
  span?: number;
}

export interface DetailLayoutProps {
  breadcrumb?: BreadcrumbEntry[];
  title: ReactNode;
  /** The row's status, shown as a StatusTag after the title. */
  status?: { value: string | null | undefined; map: StatusMap };
  /** Actions at the top right (编辑, 归档, 打印…). */
  extra?: ReactNode;
  /** Key facts, shown as Descriptions. */
  facts?: DetailFact[];
  /** Title of the facts card; default 基本信息. */
  factsTitle?: ReactNode;
  factsColumns?: DescriptionsProps['column'];
  /** Tabs (records, timeline, attachments, audit); the active one is `?tab=` in the URL. */
  tabs?: DetailTab[];
  /** The URL parameter of the active tab; default `tab`. */
  tabParam?: string;
  /** The widget zone other modules add cards to, e.g. 'school.detail', with this row's id. */
  widgetZone?: WidgetZoneName;
  entityId?: string;
  /** More content under the facts. */
  children?: ReactNode;
}

/**
 * A detail page: breadcrumb, title with its status and actions, key facts, the widget zone
 * for this kind of row, and tabs whose choice lives in the URL (a link opens the same tab).
 */
export function DetailLayout({
  breadcrumb,
  title,
  status,
  extra,
  facts,
  factsTitle,
  factsColumns = { xs: 1, sm: 2, lg: 3 },
  tabs,
  tabParam = 'tab',
  widgetZone,
  entityId,
  children,
}: DetailLayoutProps) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get(tabParam);
  const activeTab = tabs?.some((tab) => tab.key === requested) ? requested! : tabs?.[0]?.key;

  return (
    <div className="sb-detail-layout">
      {breadcrumb && breadcrumb.length > 0 && (
        <nav aria-label={t('kit.detail.breadcrumb')} style={{ marginBottom: 12 }}>
          <Breadcrumb
            items={breadcrumb.map((b, i) => ({
              key: i,
              title: b.to && i < breadcrumb.length - 1 ? <Link to={b.to}>{b.title}</Link> : b.title,
            }))}
          />
        </nav>
      )}
      <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 16 }}>
        <Space align="center" wrap>
          <Typography.Title level={1} data-testid="page-title" style={{ fontSize: 22, margin: 0 }}>
            {title}
          </Typography.Title>
          {status && <StatusTag value={status.value} map={status.map} />}
        </Space>
        {extra && <Space wrap>{extra}</Space>}
      </Flex>
      {facts && facts.length > 0 && (
        <Card title={factsTitle ?? t('kit.detail.facts')} style={{ marginBottom: 16 }}>
          <Descriptions
            column={factsColumns}
            items={facts.map((f, i) => ({ key: f.key ?? String(i), label: f.label, children: f.children, ...(f.span ? { span: f.span } : {}) }))}
          />
        </Card>
      )}
      {children}
      {widgetZone && (
        <div className="sb-detail-widgets" style={{ marginBottom: 16 }}>
          <WidgetZone zone={widgetZone} {...(entityId ? { entityId } : {})} />
        </div>
      )}
      {tabs && tabs.length > 0 && (
        <Card>
          <Tabs
            activeKey={activeTab}
            items={tabs.map((tab) => ({ key: tab.key, label: tab.label, children: tab.children }))}
            onChange={(key) =>
              setSearchParams((prev) => {
                const next = new URLSearchParams(prev);
                if (key === tabs[0]?.key) next.delete(tabParam);
                else next.set(tabParam, key);
                return next;
              })
            }
            destroyOnHidden
          />
        </Card>
      )}
    </div>
  );
}
