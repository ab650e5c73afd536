/**
 * 食品安全 on a school's page (zone school.detail, entityId = the school): its canteen and the
 * meal suppliers serving it, each with the latest grade (face and word), the open and overdue
 * rectification notices, and a link to the canteen.
 */
import { Card, List, Space, Tag, Typography } from 'antd';
import { ExclamationCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CardSkeleton, DateText, EmptyState, type WidgetProps } from '@schoolbridge/ui';
import { inspectionKeys, inspectionsApi, type Canteen } from '../api';
import { GradeFace } from '../components/GradeFace';
import { ProblemAlert } from '../components/LoadState';

function CanteenRow({ canteen }: { canteen: Canteen }) {
  const { t } = useTranslation();
  const w = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.inspections.widgets.${key}`, opts);
  const latest = useQuery({
    queryKey: [...inspectionKeys.all, 'canteen', canteen.id, 'latest'],
    queryFn: () => inspectionsApi.list({ canteenId: canteen.id, status: 'submitted', sort: '-inspectedOn', pageSize: 1 }),
  });
  const open = useQuery({
    queryKey: [...inspectionKeys.notices, 'canteen', canteen.id, 'notClosed'],
    queryFn: () => inspectionsApi.notices({ canteenId: canteen.id, status: 'notClosed', pageSize: 1 }),
  });
  const overdue = useQuery({
    queryKey: [...inspectionKeys.notices, 'canteen', canteen.id, 'overdue'],
    queryFn: () => inspectionsApi.notices({ canteenId: canteen.id, status: 'overdue', pageSize: 1 }),
  });
  const last = latest.data?.items[0];
  return (
    <List.Item data-testid={`school-canteen-${canteen.id}`}>
      <div style={{ width: '100%', display: 'grid', gap: 4 }}>
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <Link to={`/food-safety/canteens/${canteen.id}`}>{canteen.name}</Link>
          {canteen.kind === 'supplier' ? <Tag>{w('supplier')}</Tag> : null}
        </Space>
        <div>
          {latest.isPending ? (
            <Typography.Text type="secondary">{t('kit.common.loading')}</Typography.Text>
          ) : last ? (
            <Space wrap>
              <GradeFace grade={last.grade} capped={last.capped} />
              <Typography.Text type="secondary">
                {w('inspectedOn')} <DateText value={last.inspectedOn} />
              </Typography.Text>
            </Space>
          ) : (
            <Typography.Text type="secondary">{w('notInspected')}</Typography.Text>
          )}
        </div>
        <div>
          {w('openNotices', { count: open.data?.total ?? 0 })}
          {(overdue.data?.total ?? 0) > 0 ? (
            <Tag color="error" icon={<ExclamationCircleOutlined />} style={{ marginInlineStart: 8 }}>
              {w('overdueNotices', { count: overdue.data!.total })}
            </Tag>
          ) : null}
        </div>
      </div>
    </List.Item>
  );
}

export default function SchoolFoodSafetyWidget({ entityId }: WidgetProps) {
  const { t } = useTranslation();
  const w = (key: string) => t(`foodSafety.inspections.widgets.${key}`);
  const canteens = useQuery({
    queryKey: [...inspectionKeys.canteens, 'school', entityId ?? ''],
    queryFn: () => inspectionsApi.canteens({ schoolId: entityId, pageSize: 20 }),
    enabled: !!entityId,
  });
  if (!entityId) return null;
  if (canteens.isPending) return <CardSkeleton rows={2} />;
  return (
    <Card size="small" title={w('schoolTitle')} data-testid="school-food-safety-widget">
      {!canteens.data ? (
        <ProblemAlert error={canteens.error} retry={() => void canteens.refetch()} />
      ) : canteens.data.items.length === 0 ? (
        <EmptyState description={w('noCanteen')} />
      ) : (
        <List size="small" dataSource={canteens.data.items} renderItem={(c) => <CanteenRow key={c.id} canteen={c} />} />
      )}
    </Card>
  );
}
