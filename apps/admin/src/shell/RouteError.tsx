import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { usePageTitle } from '@schoolbridge/ui';

/** A page that failed to load or render (often: a new version was deployed; reloading helps). */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  usePageTitle(t('errors.pageFailedTitle'));
  if (error) console.error(error);
  return (
    <Result
      status="error"
      title={
        <h1 data-testid="page-title" className="sb-result-title">
          {t('errors.pageFailedTitle')}
        </h1>
      }
      subTitle={t('errors.pageFailedHint')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </Button>
      }
    />
  );
}
