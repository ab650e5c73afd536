import { useState } from 'react';
import { Button, Descriptions, Drawer, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable, PageTitle, apiFetch, formatDateTime, type DataTableColumn, type FilterDef, type ListParams, type Page } from '@schoolbridge/ui';
import type { AuditEntry } from '../api/types';

function Json({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === null || value === undefined) return <Typography.Text type="secondary">{t('audit.none')}</Typography.Text>;
  return (
    <pre style={{ margin: 0, maxHeight: 320, overflow: 'auto', fontSize: 12, background: '#f5f5f5', padding: 8, borderRadius: 6 }} tabIndex={0}>
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

/** 操作日志: every interactive write, newest first, filtered by action, object and time. */
export default function AuditPage() {
  const { t } = useTranslation();
  const [shown, setShown] = useState<AuditEntry | null>(null);

  const filters: FilterDef[] = [
    { type: 'text', name: 'action', label: t('audit.action'), placeholder: 'platform.user.create' },
    { type: 'text', name: 'entityType', label: t('audit.entityType'), placeholder: 'platform.user' },
    { type: 'text', name: 'entityId', label: t('audit.entityId') },
    { type: 'dateRange', name: 'at', from: 'from', to: 'to', label: t('audit.time') },
  ];
  const columns: DataTableColumn<AuditEntry>[] = [
    { key: 'at', dataIndex: 'at', title: t('audit.time'), render: (v: string) => formatDateTime(v, { seconds: true }), hideable: false },
    { key: 'actorName', dataIndex: 'actorName', title: t('audit.actor'), render: (v: string | null) => v ?? t('audit.system') },
    { key: 'action', dataIndex: 'action', title: t('audit.action'), render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
    { key: 'entityType', dataIndex: 'entityType', title: t('audit.entityType') },
    { key: 'entityId', dataIndex: 'entityId', title: t('audit.entityId'), render: (v: string | null) => v ?? '—', defaultHidden: true },
    { key: 'ip', dataIndex: 'ip', title: t('audit.ip'), render: (v: string | null) => v ?? '—' },
    {
      key: 'view',
      title: t('common.actions'),
      hideable: false,
      render: (_: unknown, row: AuditEntry) => (
        <Button type="link" size="small" onClick={() => setShown(row)} aria-label={t('audit.viewNamed', { action: row.action, time: formatDateTime(row.at) })}>
          {t('audit.view')}
        </Button>
      ),
    },
  ];

  return (
    <div>
      <PageTitle title={t('audit.title')} description={t('audit.description')} />
      <DataTable<AuditEntry>
        id="platform.audit"
        queryKey={['audit']}
        fetch={(params: ListParams) => apiFetch<Page<AuditEntry>>('/api/audit', { query: params })}
        columns={columns}
        rowKey="id"
        filters={filters}
        empty={{ description: t('audit.empty') }}
      />
      <Drawer open={shown !== null} onClose={() => setShown(null)} title={t('audit.detailTitle')} size={560}>
        {shown ? (
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('audit.time')}>{formatDateTime(shown.at, { seconds: true })}</Descriptions.Item>
            <Descriptions.Item label={t('audit.actor')}>{shown.actorName ?? t('audit.system')}</Descriptions.Item>
            <Descriptions.Item label={t('audit.action')}>{shown.action}</Descriptions.Item>
            <Descriptions.Item label={t('audit.entityType')}>{shown.entityType}</Descriptions.Item>
            <Descriptions.Item label={t('audit.entityId')}>{shown.entityId ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('audit.scope')}>{shown.scopePath ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('audit.ip')}>{shown.ip ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('audit.requestId')}>{shown.requestId ?? '—'}</Descriptions.Item>
            {shown.bulk ? (
              <Descriptions.Item label={t('audit.bulk')}>
                <Json value={shown.bulk} />
              </Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t('audit.before')}>
              <Json value={shown.before} />
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.after')}>
              <Json value={shown.after} />
            </Descriptions.Item>
          </Descriptions>
        ) : null}
      </Drawer>
    </div>
  );
}
