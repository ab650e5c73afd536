import { Alert, Button, Result } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageSkeleton, isNetworkError, problemOf } from '@schoolbridge/ui';

/**
 * What a detail page shows before its record is there: a skeleton while loading, a 404 in words
 * (deleted, or outside the caller's scope), or the problem with 重试.
 */
export function DetailState({ isPending, error, retry, listPath }: { isPending: boolean; error: unknown; retry: () => void; listPath: string }) {
  const { t } = useTranslation();
  if (isPending) return <PageSkeleton />;
  const p = problemOf(error);
  if (p?.status === 404) {
    return (
      <Result
        status="404"
        title={t('directory.common.notFound')}
        extra={
          <Link to={listPath}>
            <Button type="primary">{t('directory.common.backToList')}</Button>
          </Link>
        }
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      title={t('directory.common.loadFailed')}
      description={isNetworkError(error) ? t('kit.form.networkError') : (p?.detail ?? p?.title)}
      action={
        <Button icon={<ReloadOutlined />} onClick={retry}>
          {t('directory.common.retry')}
        </Button>
      }
    />
  );
}
