import { Button, Result } from 'antd';
import type { ResultProps } from 'antd';
import { usePageTitle } from '@schoolbridge/ui';

/** The shape of the 403, 404 and failed-page screens: a result with a page title, a hint and one action. */
export function StatusPage({
  status,
  title,
  hint,
  action,
  onAction,
}: {
  status: ResultProps['status'];
  title: string;
  hint: string;
  action: string;
  onAction: () => void;
}) {
  usePageTitle(title);
  return (
    <Result
      status={status}
      title={
        <h1 data-testid="page-title" className="sb-result-title">
          {title}
        </h1>
      }
      subTitle={hint}
      extra={
        <Button type="primary" onClick={onAction}>
          {action}
        </Button>
      }
    />
  );
}
