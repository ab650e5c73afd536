import { Card, Skeleton } from 'antd';

/** What shows while a page's code or data loads: the page's shape, not a spinner over nothing. */
export function PageSkeleton({ fullPage = false }: { fullPage?: boolean }) {
  const body = (
    <>
      <Skeleton.Input active size="large" style={{ width: 220, marginBottom: 16 }} />
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    </>
  );
  return fullPage ? (
    <div style={{ padding: 24, maxWidth: 1200, margin: '0 auto' }} aria-busy="true">
      {body}
    </div>
  ) : (
    <div aria-busy="true">{body}</div>
  );
}
