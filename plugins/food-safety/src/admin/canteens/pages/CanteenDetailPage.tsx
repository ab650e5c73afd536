/**
 * A canteen's or supplier's page: facts and facilities, the schools a supplier serves, its food
 * handlers, its routine records, and its inspections with their grades over time.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { DateText, DetailLayout, PageSkeleton, problemOf, useOptionalAuth } from '@schoolbridge/ui';
import { CanteenInspectionHistory } from '../../inspections/CanteenInspectionHistory';
import { CanteenRoutineSummary } from '../../routine/components/CanteenRoutineSummary';
import { FS_MANAGE, canteenKeys, canteensApi, useCanteen, type CanteenDetail } from '../api';
import { HandlersTable } from '../components/HandlersTable';
import { SchoolSelect } from '../components/SchoolSelect';
import { ValidityTag } from '../components/vocab';

export default function CanteenDetailPage() {
  const { id } = useParams();
  const canteen = useCanteen(id);
  if (canteen.isPending) return <PageSkeleton />;
  if (canteen.isError) return <Alert type="error" showIcon message={problemOf(canteen.error)?.detail ?? String(canteen.error)} />;
  return <CanteenDetailView canteen={canteen.data} />;
}

function CanteenDetailView({ canteen }: { canteen: CanteenDetail }) {
  const { t } = useTranslation();
  const w = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.canteens.${key}`, opts);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const canManage = (useOptionalAuth()?.can(FS_MANAGE) ?? false) && canteen.canManage;
  const refresh = () => queryClient.invalidateQueries({ queryKey: canteenKeys.all });
  const act = async (run: () => Promise<unknown>) => {
    try {
      await run();
      await refresh();
    } catch (err) {
      void message.error(problemOf(err)?.detail ?? String(err));
    }
  };
  const yes = (v: boolean) => (v ? <Tag color="success">{w('has')}</Tag> : <Tag color="error">{w('hasNot')}</Tag>);
  return (
    <DetailLayout
      breadcrumb={[{ title: t('foodSafety.nav'), to: '/food-safety' }, { title: w('list'), to: '/food-safety/canteens' }, { title: canteen.name }]}
      title={
        <Space wrap>
          {canteen.name}
          <Tag>{w(`kinds.${canteen.kind}`)}</Tag>
          {canteen.archivedAt ? <Tag>{w('archived')}</Tag> : null}
        </Space>
      }
      extra={
        canManage ? (
          <Space wrap>
            {canteen.archivedAt ? (
              <Button onClick={() => void act(() => canteensApi.restore(canteen.id))}>{w('restore')}</Button>
            ) : (
              <>
                <Button type="primary" onClick={() => navigate(`/food-safety/canteens/${canteen.id}/edit`)}>
                  {w('editAction')}
                </Button>
                <Button danger onClick={() => void act(() => canteensApi.archive(canteen.id))}>
                  {w('archive')}
                </Button>
              </>
            )}
          </Space>
        ) : null
      }
      facts={[
        { label: canteen.kind === 'canteen' ? w('school') : w('region'), children: canteen.kind === 'canteen' ? canteen.schoolName : canteen.regionName },
        { label: w('licenceState'), children: <ValidityTag value={canteen.licenceState} /> },
        { label: w('handlerCounts'), children: w('handlerCountsText', canteen.handlers) },
      ]}
      tabs={[
        {
          key: 'overview',
          label: w('overview'),
          children: (
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
                <Descriptions.Item label={w('operator')}>{w(`operators.${canteen.operator}`)}</Descriptions.Item>
                <Descriptions.Item label={w('operatorName')}>{canteen.operatorName ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={w('licenceNo')}>{canteen.licenceNo ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={w('licenceExpiresOn')}>
                  {canteen.licenceExpiresOn ? <DateText value={canteen.licenceExpiresOn} /> : '—'} <ValidityTag value={canteen.licenceState} />
                </Descriptions.Item>
                <Descriptions.Item label={w('hasSampleFridge')}>{yes(canteen.hasSampleFridge)}</Descriptions.Item>
                <Descriptions.Item label={w('hasDisinfection')}>{yes(canteen.hasDisinfection)}</Descriptions.Item>
                <Descriptions.Item label={w('hasPestProofing')}>{yes(canteen.hasPestProofing)}</Descriptions.Item>
                <Descriptions.Item label={w('diners')}>{canteen.diners ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={w('address')}>{canteen.address ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={w('contact')}>{[canteen.contactName, canteen.contactMobile].filter(Boolean).join(' ') || '—'}</Descriptions.Item>
              </Descriptions>
              {canteen.kind === 'supplier' ? <ServedSchools canteen={canteen} canManage={canManage} onChange={act} /> : null}
            </Space>
          ),
        },
        { key: 'handlers', label: w('handlersTab'), children: <HandlersTable canteenId={canteen.id} urlPrefix="h." /> },
        { key: 'routine', label: w('routineTab'), children: <CanteenRoutineSummary canteenId={canteen.id} /> },
        { key: 'inspections', label: w('inspectionsTab'), children: <CanteenInspectionHistory canteenId={canteen.id} /> },
      ]}
    />
  );
}

function ServedSchools({
  canteen,
  canManage,
  onChange,
}: {
  canteen: CanteenDetail;
  canManage: boolean;
  onChange: (run: () => Promise<unknown>) => Promise<void>;
}) {
  const { t } = useTranslation();
  const w = (key: string) => t(`foodSafety.canteens.${key}`);
  const [adding, setAdding] = useState<string | null>(null);
  return (
    <Card size="small" title={w('servedSchools')}>
      <List
        dataSource={canteen.servedSchools}
        locale={{ emptyText: w('noServedSchools') }}
        renderItem={(s) => (
          <List.Item
            actions={
              canManage
                ? [
                    <Button key="remove" size="small" danger onClick={() => void onChange(() => canteensApi.removeSchool(canteen.id, s.schoolId))}>
                      {w('removeSchool')}
                    </Button>,
                  ]
                : []
            }
          >
            {s.name}
          </List.Item>
        )}
      />
      {canManage ? (
        <Space style={{ marginTop: 12, width: '100%' }} wrap>
          <div style={{ minWidth: 240 }}>
            <SchoolSelect value={adding} onChange={(v) => setAdding((v as string | null) ?? null)} placeholder={w('pickSchool')} />
          </div>
          <Button
            disabled={!adding}
            onClick={() =>
              void onChange(async () => {
                await canteensApi.addSchool(canteen.id, adding!);
                setAdding(null);
              })
            }
          >
            {w('addSchool')}
          </Button>
        </Space>
      ) : null}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {w('servedHelp')}
      </Typography.Paragraph>
    </Card>
  );
}
