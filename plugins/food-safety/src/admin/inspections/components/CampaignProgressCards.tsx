/**
 * A campaign's progress as the bureau counts it: canteens inspected of the canteens in the region
 * (家), inspections, letters (份), outings with person-times (人次) and vehicle trips (辆次), the
 * grades (faces with words) and the notices by state. Each figure links to the rows behind it.
 */
import type { ReactNode } from 'react';
import { Card, Col, Progress, Row, Statistic } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Count, formatPercent } from '@schoolbridge/ui';
import { GRADES } from '../../../shared/rules';
import type { CampaignProgress } from '../api';
import { GradeFace } from './GradeFace';
import { NoticeStatusText } from './NoticeStatusText';

function Figure({ title, to, children }: { title: string; to?: string; children: ReactNode }) {
  const value = <Statistic title={title} valueRender={() => children} />;
  return (
    <Card size="small" style={{ height: '100%' }}>
      {to ? (
        <Link to={to} aria-label={title} style={{ color: 'inherit', display: 'block' }}>
          {value}
        </Link>
      ) : (
        value
      )}
    </Card>
  );
}

export function CampaignProgressCards({ progress, campaignId }: { progress: CampaignProgress; campaignId: string }) {
  const { t } = useTranslation();
  const w = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.inspections.progress.${key}`, opts);
  const ratio = progress.canteensInRegion ? progress.canteensInspected / progress.canteensInRegion : 0;
  const q = `campaignId=${campaignId}`;
  const gradeCount = new Map(progress.grades.map((g) => [g.grade, g.count]));
  return (
    <div data-testid="campaign-progress" style={{ display: 'grid', gap: 12 }}>
      <Card size="small">
        <div>{w('canteens')}</div>
        <div style={{ fontSize: 24, fontWeight: 600 }} data-testid="canteens-progress">
          {w('canteensOf', { inspected: progress.canteensInspected, total: progress.canteensInRegion })}
        </div>
        <Progress percent={Math.round(ratio * 100)} format={() => formatPercent(ratio)} aria-label={w('canteens')} />
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6}>
          <Figure title={w('inspections')} to={`/food-safety/inspections?${q}&status=submitted`}>
            <Count value={progress.inspections} measure="ci" />
          </Figure>
        </Col>
        <Col xs={12} md={6}>
          <Figure title={w('drafts')} to={`/food-safety/inspections?${q}&status=draft`}>
            <Count value={progress.drafts} measure="ci" />
          </Figure>
        </Col>
        <Col xs={12} md={6}>
          <Figure title={w('letters')} to={`/food-safety/letters?${q}`}>
            <Count value={progress.letters} measure="fen" />
          </Figure>
        </Col>
        <Col xs={12} md={6}>
          <Figure title={w('outings')} to={`/food-safety/outings?${q}`}>
            <Count value={progress.outings} measure="ci" />
          </Figure>
        </Col>
        <Col xs={12} md={6}>
          <Figure title={w('personTimes')}>
            <Count value={progress.personTimes} unit="personTimes" />
          </Figure>
        </Col>
        <Col xs={12} md={6}>
          <Figure title={w('vehicleTrips')}>
            <Count value={progress.vehicleTrips} measure="liangci" />
          </Figure>
        </Col>
        <Col xs={12} md={6}>
          <Figure title={w('noticesIssued')} to={`/food-safety/notices?${q}`}>
            <Count value={progress.noticesIssued} measure="fen" />
          </Figure>
        </Col>
        <Col xs={12} md={6}>
          <Figure title={w('noticesOverdue')} to={`/food-safety/notices?${q}&status=overdue`}>
            <Count value={progress.noticesOverdue} measure="fen" />
          </Figure>
        </Col>
      </Row>
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12}>
          <Card size="small" title={w('grades')}>
            <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 6 }} data-testid="grade-distribution">
              {GRADES.map((g) => (
                <li key={g} style={{ display: 'flex', justifyContent: 'space-between' }}>
                  <Link to={`/food-safety/inspections?${q}&grade=${g}`}>
                    <GradeFace grade={g} />
                  </Link>
                  <Count value={gradeCount.get(g) ?? 0} measure="ci" />
                </li>
              ))}
            </ul>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small" title={w('noticesByStatus')}>
            {progress.noticesByStatus.length === 0 ? (
              w('noNotices')
            ) : (
              <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 6 }}>
                {progress.noticesByStatus.map((n) => (
                  <li key={n.status} style={{ display: 'flex', justifyContent: 'space-between' }}>
                    <Link to={`/food-safety/notices?${q}&status=${n.status}`}>
                      <NoticeStatusText status={n.status} />
                    </Link>
                    <Count value={n.count} measure="fen" />
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
