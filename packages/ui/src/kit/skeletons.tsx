import { Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';

/** A whole page loading: a title line and a card of text lines (never a spinner over a blank page). */
export function PageSkeleton({ rows = 6 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <div className="sb-page-skeleton" role="status" aria-busy="true" aria-label={t('kit.common.loading')}>
      <Skeleton.Input active size="large" style={{ width: 240, marginBottom: 16 }} />
      <Card>
        <Skeleton active title paragraph={{ rows }} />
      </Card>
    </div>
  );
}

/** Table rows loading: a header line and `rows` lines of `columns` cells. */
export function TableSkeleton({ rows = 8, columns = 5 }: { rows?: number; columns?: number }) {
  const { t } = useTranslation();
  const cells = Array.from({ length: Math.max(1, columns) });
  return (
    <div className="sb-table-skeleton" role="status" aria-busy="true" aria-label={t('kit.common.loading')}>
      {Array.from({ length: rows + 1 }).map((_, r) => (
        <div
          key={r}
          data-testid={r === 0 ? undefined : 'skeleton-row'}
          style={{ display: 'flex', gap: 16, padding: '12px 8px', borderBottom: '1px solid #f0f0f0', background: r === 0 ? '#fafafa' : undefined }}
        >
          {cells.map((__, c) => (
            <div key={c} style={{ flex: 1, minWidth: 0 }}>
              <Skeleton.Input active size="small" block style={{ minWidth: 0, height: 16 }} />
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

/** A card loading, e.g. a dashboard figure or a widget. */
export function CardSkeleton({ rows = 3, title = true }: { rows?: number; title?: boolean }) {
  const { t } = useTranslation();
  return (
    <Card className="sb-card-skeleton" role="status" aria-busy="true" aria-label={t('kit.common.loading')}>
      <Skeleton active title={title} paragraph={{ rows }} />
    </Card>
  );
}
