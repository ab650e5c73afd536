import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePageTitle } from '@schoolbridge/ui';

/** 404: no page at this address (or a page of a plugin that is not enabled). */
export default function NotFoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t('errors.notFoundTitle'));
  return (
    <Result
      status="404"
      title={
        <h1 data-testid="page-title" className="sb-result-title">
          {t('errors.notFoundTitle')}
        </h1>
      }
      subTitle={t('errors.notFoundHint')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('errors.backHome')}
        </Button>
      }
    />
  );
}
