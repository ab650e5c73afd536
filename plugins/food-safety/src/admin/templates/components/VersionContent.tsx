/** A version's areas, each with its items: number, text, severity tag, weight, known defect. */
import { Card, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TemplateItem, TemplateVersion } from '../api';
import { SeverityTag } from './vocab';

export function VersionContent({ version, showWeights = true }: { version: TemplateVersion; showWeights?: boolean }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {version.areas.map((area) => (
        <Card
          key={area.code}
          size="small"
          title={
            <span>
              {area.position}. {area.name}
            </span>
          }
          extra={
            showWeights ? (
              <Typography.Text type="secondary">
                {t('foodSafety.templates.totalWeight')} {area.items.reduce((n, i) => n + i.weight, 0)}
              </Typography.Text>
            ) : null
          }
          data-testid={`area-${area.code}`}
        >
          <Table<TemplateItem>
            rowKey="code"
            size="small"
            pagination={false}
            dataSource={area.items}
            columns={[
              { key: 'no', title: t('foodSafety.templates.detail.no'), width: 64, render: (_, item) => `${area.position}.${item.position}` },
              { key: 'text', title: t('foodSafety.templates.detail.item'), dataIndex: 'text' },
              { key: 'severity', title: t('foodSafety.templates.detail.severity'), width: 110, render: (_, item) => <SeverityTag value={item.severity} /> },
              ...(showWeights ? [{ key: 'weight', title: t('foodSafety.templates.detail.weight'), width: 72, dataIndex: 'weight' as const }] : []),
              {
                key: 'defect',
                title: t('foodSafety.templates.detail.defect'),
                width: 180,
                render: (_: unknown, item: TemplateItem) => (item.defectCode ? t(`foodSafety.templates.defects.${item.defectCode}`) : '—'),
              },
            ]}
          />
        </Card>
      ))}
    </Space>
  );
}
