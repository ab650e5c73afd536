/**
 * 食品安全 on the dashboard, for inspectors and officers: overdue rectification notices, submitted
 * inspections this term and their grades (faces with words). Every figure links to its rows.
 */
import { Card, Col, Row, Statistic } from 'antd';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CardSkeleton, Count, formatTerm, serverToday, useKitLocale } from '@schoolbridge/ui';
import { GRADES } from '../../../shared/rules';
import { inspectionKeys, inspectionsApi } from '../api';
import { GradeFace } from '../components/GradeFace';
import { ProblemAlert } from '../components/LoadState';
import { termOf } from './term';

export default function DashboardFoodSafetyWidget() {
  const { t } = useTranslation();
  const locale = useKitLocale();
  const w = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.inspections.widgets.${key}`, opts);
  const term = termOf(serverToday());
  const range = { from: term.from, to: term.to };
  const overdue = useQuery({
    queryKey: [...inspectionKeys.notices, 'overdue', 'count'],
    queryFn: () => inspectionsApi.notices({ status: 'overdue', pageSize: 1 }),
  });
  const inspections = useQuery({
    queryKey: [...inspectionKeys.all, 'term', term.from],
    queryFn: () => inspectionsApi.list({ status: 'submitted', ...range, pageSize: 1 }),
  });
  const grades = useQueries({
    queries: GRADES.map((grade) => ({
      queryKey: [...inspectionKeys.all, 'term', term.from, grade],
      queryFn: () => inspectionsApi.list({ status: 'submitted', grade, ...range, pageSize: 1 }),
    })),
  });
  if (overdue.isPending || inspections.isPending) return <CardSkeleton rows={3} />;
  const q = `status=submitted&from=${term.from}&to=${term.to}`;
  return (
    <Card size="small" title={w('dashboardTitle')} data-testid="dashboard-food-safety-widget">
      {overdue.isError || inspections.isError ? (
        <ProblemAlert error={overdue.error ?? inspections.error} retry={() => void Promise.all([overdue.refetch(), inspections.refetch()])} />
      ) : (
        <>
          <Row gutter={[12, 12]}>
            <Col xs={12}>
              <Link to="/food-safety/notices?status=overdue" style={{ color: 'inherit' }}>
                <Statistic title={w('overdue')} valueRender={() => <Count value={overdue.data?.total ?? 0} measure="fen" />} />
              </Link>
            </Col>
            <Col xs={12}>
              <Link to={`/food-safety/inspections?${q}`} style={{ color: 'inherit' }}>
                <Statistic
                  title={w('termInspections', { term: formatTerm(term.year, term.term, locale) })}
                  valueRender={() => <Count value={inspections.data?.total ?? 0} measure="ci" />}
                />
              </Link>
            </Col>
          </Row>
          <div style={{ marginTop: 12 }}>{w('grades')}</div>
          <ul
            style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(120px, 1fr))', gap: 8 }}
            data-testid="dashboard-grades"
          >
            {GRADES.map((g, i) => (
              <li key={g}>
                <Link to={`/food-safety/inspections?${q}&grade=${g}`} style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
                  <GradeFace grade={g} />
                  <span>{grades[i]?.data ? <Count value={grades[i].data.total} measure="ci" /> : '—'}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
