import { Alert, Button, Result } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageSkeleton, isNetworkError, problemOf } from '@schoolbridge/ui';

/**
 * What a page shows before its data is there: a skeleton while loading, a 404 in words (gone, or
 * outside the caller's scope) with the way back, or the problem's words with 重试.
 */
export function LoadState({ isPending, error, retry, backTo }: { isPending: boolean; error: unknown; retry: () => void; backTo: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (isPending) return <PageSkeleton />;
  const p = problemOf(error);
  if (p?.status === 404) {
    return (
      <Result
        status="404"
        title={t('foodSafety.common.notFound')}
        extra={
          <Button type="primary" onClick={() => void navigate(backTo)}>
            {t('foodSafety.common.back')}
          </Button>
        }
      />
    );
  }
  return <ProblemAlert error={error} retry={retry} />;
}

/** A failed request in words (the API's detail, or 网络 for no answer), with 重试. */
export function ProblemAlert({ error, retry, title }: { error: unknown; retry?: () => void; title?: string }) {
  const { t } = useTranslation();
  const p = problemOf(error);
  return (
    <Alert
      type="error"
      showIcon
      title={title ?? t('foodSafety.common.loadFailed')}
      description={isNetworkError(error) ? t('kit.form.networkError') : (p?.detail ?? p?.title)}
      action={
        retry ? (
          <Button icon={<ReloadOutlined />} onClick={retry}>
            {t('foodSafety.common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
