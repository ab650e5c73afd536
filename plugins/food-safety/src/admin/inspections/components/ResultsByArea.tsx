/**
 * An inspection's results grouped by checklist area: each item's answer as a tag with its word,
 * the severity, 当场整改, repeat marks, what was found and the photos.
 */
import { Card, Space, Tag, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '@schoolbridge/ui';
import { groupByArea } from '../form/form-model';
import { inspectionPhotoUrl } from '../form/photos';
import type { InspectionResultView } from '../types';
import { RESULT_STATUS, SeverityTag } from './vocab';

export function ResultsByArea({ inspectionId, results }: { inspectionId: string; results: InspectionResultView[] }) {
  const { t } = useTranslation();
  const byCode = new Map(results.map((r) => [r.itemCode, r]));
  return (
    <div style={{ display: 'grid', gap: 12 }} data-testid="results-by-area">
      {groupByArea(results).map((area) => {
        const failed = area.items.filter((i) => byCode.get(i.itemCode)?.result === 'nonCompliant').length;
        return (
          <Card key={area.areaCode} size="small" title={area.areaName} extra={failed ? t('foodSafety.inspections.detail.areaFailed', { count: failed }) : null}>
            <ol style={{ margin: 0, paddingInlineStart: 20, display: 'grid', gap: 8 }}>
              {area.items.map((item) => {
                const r = byCode.get(item.itemCode)!;
                return (
                  <li key={item.itemCode} data-testid={`result-${item.itemCode}`}>
                    <Space size={4} wrap>
                      <span>{item.text}</span>
                      {r.result ? <StatusTag value={r.result} map={RESULT_STATUS} /> : <Tag>{t('foodSafety.common.unanswered')}</Tag>}
                      {r.result === 'nonCompliant' ? <SeverityTag severity={item.severity} /> : null}
                      {r.correctedOnSite ? <Tag color="processing">{t('foodSafety.common.correctedOnSite')}</Tag> : null}
                      {r.repeat ? (
                        <Tag icon={<WarningOutlined />} color="warning">
                          {t('foodSafety.common.repeat')}
                        </Tag>
                      ) : null}
                    </Space>
                    {r.note ? <Typography.Paragraph style={{ margin: '4px 0 0', color: '#595959' }}>{r.note}</Typography.Paragraph> : null}
                    {r.leaveOffReason ? (
                      <Typography.Paragraph style={{ margin: '4px 0 0', color: '#595959' }}>
                        {t('foodSafety.inspections.form.leftOffBecause', { reason: r.leaveOffReason })}
                      </Typography.Paragraph>
                    ) : null}
                    {r.photos.length ? (
                      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginTop: 4 }}>
                        {r.photos.map((p, n) => (
                          <a key={p.id} href={inspectionPhotoUrl(inspectionId, p.id)} target="_blank" rel="noopener">
                            <img
                              src={inspectionPhotoUrl(inspectionId, p.id)}
                              alt={t('foodSafety.inspections.form.photoAlt', { n: n + 1, name: p.name })}
                              width={80}
                              height={80}
                              style={{ objectFit: 'cover', borderRadius: 4 }}
                            />
                          </a>
                        ))}
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          </Card>
        );
      })}
    </div>
  );
}
